"""A logged-in console session: REST client, event stream, outbox and state, wired together.
The UI talks to this and nothing below it; it never sees a socket."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Any

import aiohttp

from chathost.core.api import ApiClient, BackendError
from chathost.core.backoff import Backoff
from chathost.core.escalations import EscalationDesk
from chathost.core.failures import CommandFailed
from chathost.core.guidance_book import GuidanceBook
from chathost.core.outbox import Outbox, Outgoing
from chathost.core.services import ServiceList
from chathost.core.state import ConsoleState
from chathost.core.stream import StaffStream
from chathost.protocol import frames, models
from chathost.protocol.text import new_client_id

log = logging.getLogger(__name__)

# Errors after which resending the same message is pointless; the host decides what to do.
_FINAL = {
    "conversation_ended",
    "forbidden",
    "message_too_long",
    "empty_message",
    "invalid_text",
    "id_in_use",
    "invalid_frame",
    "not_found",
}


class ConsoleSession:
    def __init__(
        self,
        base_url: str,
        http: aiohttp.ClientSession,
        ca_file: str | None = None,
        backoff: Backoff | None = None,
    ) -> None:
        self.api = ApiClient(base_url, http, ca_file)
        self.state = ConsoleState()
        self.outbox = Outbox()
        self.stream = StaffStream(self.api, self._on_frame, backoff)
        self.stream.snapshot_needed.connect(self._schedule_snapshot)
        self.stream.status_changed.connect(self._on_status)
        self._pending: dict[str, asyncio.Future[Any]] = {}
        self._wake = asyncio.Event()
        self._tasks: set[asyncio.Task[None]] = set()
        self._flusher: asyncio.Task[None] | None = None
        self.snapshot_loaded = asyncio.Event()
        # Guidance beside each conversation, the escalation buttons, and the service list.
        self.guidance = GuidanceBook(self.state, self.api.guidelines)
        self.services = ServiceList(self.api)
        self.desk = EscalationDesk(self)

    # ------------------------------------------------------------ lifecycle

    async def login(self, username: str, password: str) -> models.User:
        answer = await self.api.login(username, password)
        self.state.user = answer.user
        return answer.user

    async def restore(self, token: str) -> models.User:
        """Pick up a session kept in the keyring. BackendError("unauthorized") when it has
        ended (expired, logged out elsewhere, revoked): the host logs in again."""
        await self.api.check_version()
        self.api.token = token
        try:
            snapshot = await self.api.snapshot()
        except BackendError:
            self.api.token = None
            raise
        self.state.user = snapshot.user
        return snapshot.user

    async def verify_password(self, password: str) -> bool:
        """Unlocking the workstation: False for a wrong password; BackendError when it cannot
        be checked now."""
        return await self.api.verify_password(password)

    def start(self) -> None:
        self.stream.start()
        self._flusher = asyncio.create_task(self._flush_outbox())
        self.desk.start()
        self._spawn(self._load_setup())

    async def _load_setup(self) -> None:
        """The service list and the guidelines; retried when the connection comes back."""
        with contextlib.suppress(BackendError):
            await self.services.refresh()
        mine = self.state.user.services if self.state.user else []
        await self.guidance.load(
            (language, slug)
            for slug in mine
            for language in (
                self.services.services[slug].languages if slug in self.services.services else []
            )
        )

    async def close(self, logout: bool = False) -> None:
        await self._leave_supervision()
        if logout and self.api.token:
            with contextlib.suppress(BackendError):
                await self.api.logout()
        await self.stream.stop()
        await self.desk.close()
        await self.guidance.close()
        for task in [*self._tasks, *([self._flusher] if self._flusher else [])]:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._fail_pending("closed")

    async def _leave_supervision(self) -> None:
        """A supervisor who quits or logs out is no longer watching: the host must not go on
        reading "Sigrid is reading along". Best effort (the server may be gone)."""
        if self.stream.status != "online":
            return
        for state in list(self.state.conversations.values()):
            if state.info.status == "active" and self.state.supervising(state.info.id):
                with contextlib.suppress(BackendError, CommandFailed, asyncio.TimeoutError):
                    await asyncio.wait_for(self.unsupervise(state.info.id), 3)

    # ------------------------------------------------------------ incoming

    def _on_status(self, status: str) -> None:
        if status == "online" and self.guidance.revision is None and self._flusher is not None:
            self._spawn(self._load_setup())  # the first try found the server away
        if status != "online":
            # Commands in flight will not be answered on this connection: say so now rather
            # than at their timeout. Messages stay in the outbox and go again.
            self._fail_pending("connection lost")
        self._wake.set()

    def _on_frame(self, frame: Any) -> None:
        if isinstance(frame, frames.Ack | frames.Error) and frame.id is not None:
            future = self._pending.pop(frame.id, None)
            if future is not None and not future.done():
                future.set_result(frame)
            return
        if isinstance(frame, frames.Error):
            log.warning("server error frame: %s", frame.code)
            return
        self.state.apply(frame)

    def _schedule_snapshot(self) -> None:
        self.snapshot_loaded.clear()
        self._spawn(self._load_snapshot())

    def _spawn(self, coro: Any) -> None:
        task = asyncio.create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _load_snapshot(self) -> None:
        """After a break in the event history: the whole picture, then the missing messages."""
        try:
            snapshot = await self.api.snapshot()
            self.state.apply_snapshot(snapshot)
            for conversation in snapshot.conversations:
                # A supervisor's snapshot holds the whole floor: only the transcripts this
                # console shows are fetched (supervise and take over fetch theirs).
                if self.state.follows(conversation.id):
                    await self._load_history(conversation.id)
            self.snapshot_loaded.set()
        except BackendError as exc:
            log.warning("snapshot failed (%s); will retry on the next connection", exc.kind)

    # ------------------------------------------------------------ commands

    async def command(self, frame: Any, timeout: float = 15.0) -> frames.Ack:
        """Send a command and wait for its answer. A lost connection raises BackendError
        ("unreachable"); the same frame (same id) may be sent again safely."""
        loop = asyncio.get_running_loop()
        future: asyncio.Future[Any] = loop.create_future()
        self._pending[frame.id] = future
        try:
            await self.stream.send(frame)
            async with asyncio.timeout(timeout):
                reply = await future
        except TimeoutError:
            raise BackendError("unreachable", "no answer in time") from None
        finally:
            self._pending.pop(frame.id, None)
        if isinstance(reply, frames.Error):
            raise CommandFailed(reply)
        assert isinstance(reply, frames.Ack)
        return reply

    def _fail_pending(self, why: str) -> None:
        for future in self._pending.values():
            if not future.done():
                future.set_exception(BackendError("unreachable", why))
        self._pending.clear()

    async def start_shift(self) -> models.ShiftState:
        return await self._shift(frames.ShiftStart(id=new_client_id()))

    async def pause_shift(self, paused: bool) -> models.ShiftState:
        frame = frames.ShiftPause if paused else frames.ShiftResume
        return await self._shift(frame(id=new_client_id()))

    async def end_shift(self) -> models.ShiftState:
        return await self._shift(frames.ShiftEnd(id=new_client_id()))

    async def _shift(self, frame: Any) -> models.ShiftState:
        ack = await self.command(frame)
        assert ack.shift is not None
        self.state.shift = ack.shift
        self.state.changed.emit("shift")
        return ack.shift

    async def take(self, conversation: str | None = None) -> models.Conversation:
        ack = await self.command(frames.Take(id=new_client_id(), conversation=conversation))
        taken = self._conversation(ack)
        await self._load_history(taken.id)
        return taken

    def _conversation(self, ack: frames.Ack) -> models.Conversation:
        assert ack.conversation is not None
        self.state.apply(frames.ConversationEvent(seq=0, conversation=ack.conversation))
        return ack.conversation

    async def _load_history(self, conversation: str) -> None:
        """Fetch what is missing of a transcript, from its first gap on (nothing when it is
        complete: a supervisor has seen every live message of the floor)."""
        state = self.state.conversations.get(conversation)
        if state is None:
            return
        known = state.complete_upto()
        if state.info.last_seq > known:
            missing = await self.api.messages_after(conversation, known)
            self.state.add_messages(conversation, missing)

    async def release(self, conversation: str, note: str = "") -> models.Conversation:
        """Hand back to the queue; `note` (the host's own words, shown to them before sending)
        goes with it to the next host."""
        frame = frames.Release(id=new_client_id(), conversation=conversation, note=note)
        ack = await self.command(frame)
        assert ack.conversation is not None
        return ack.conversation

    async def end(self, conversation: str) -> models.Conversation:
        return self._conversation(
            await self.command(frames.End(id=new_client_id(), conversation=conversation))
        )

    async def mark_read(self, conversation: str, seq: int) -> None:
        with contextlib.suppress(BackendError):
            await self.stream.send(frames.Read(conversation=conversation, seq=seq))

    async def typing(self, conversation: str, typing: bool) -> None:
        with contextlib.suppress(BackendError):
            await self.stream.send(frames.Typing(conversation=conversation, typing=typing))

    # ------------------------------------------------------------ supervision

    async def supervise(
        self, conversation: str, mode: models.SupervisionMode
    ) -> models.Conversation:
        """Read along or join openly (sent again with the other mode, it switches); the
        transcript is fetched so the tab can show it. A BackendError from the fetch means
        only the transcript is late: the next snapshot fills it in."""
        frame = frames.Supervise(id=new_client_id(), conversation=conversation, mode=mode)
        info = self._conversation(await self.command(frame))
        await self._load_history(info.id)
        return info

    async def unsupervise(self, conversation: str) -> models.Conversation:
        frame = frames.Unsupervise(id=new_client_id(), conversation=conversation)
        return self._conversation(await self.command(frame))

    async def take_over(self, conversation: str, keep_host: bool = False) -> models.Conversation:
        """Become the host; `keep_host` lets the earlier host stay to read along and learn."""
        frame = frames.TakeOver(id=new_client_id(), conversation=conversation, keep_host=keep_host)
        info = self._conversation(await self.command(frame))
        await self._load_history(info.id)
        return info

    async def whisper(self, conversation: str, text: str) -> models.Message:
        """A private message between the host and the supervisors, never shown to the visitor.
        Sent at once, not through the outbox: the caller shows a refusal and the writer
        decides whether to send it again."""
        frame = frames.Whisper(id=new_client_id(), conversation=conversation, text=text)
        ack = await self.command(frame)
        assert ack.message is not None
        self.state.add_messages(conversation, [ack.message])
        return ack.message

    # ------------------------------------------------------------ warm transfer

    async def colleagues(self) -> list[models.StaffMember]:
        """The colleagues sharing a service with this user, as the server sees them now (on
        shift or not, connected, holding how many): asked for when a transfer is offered."""
        return await self.api.colleagues()

    async def offer_transfer(self, conversation: str, to: str, note: str = "") -> models.Transfer:
        frame = frames.OfferTransfer(
            id=new_client_id(), conversation=conversation, to=to, note=note
        )
        return self._transfer(await self.command(frame))

    async def answer_transfer(self, transfer_id: str, accept: bool) -> models.Transfer:
        """Accepting makes this user the host: the conversation and its transcript load."""
        frame = frames.AnswerTransfer(id=new_client_id(), transfer=transfer_id, accept=accept)
        ack = await self.command(frame)
        transfer = self._transfer(ack)
        if ack.conversation is not None:
            info = self._conversation(ack)
            if transfer.status == "accepted":
                await self._load_history(info.id)
        return transfer

    async def cancel_transfer(self, transfer_id: str) -> models.Transfer:
        frame = frames.CancelTransfer(id=new_client_id(), transfer=transfer_id)
        return self._transfer(await self.command(frame))

    def _transfer(self, ack: frames.Ack) -> models.Transfer:
        assert ack.transfer is not None
        self.state.put_transfer(ack.transfer)
        return ack.transfer

    # ------------------------------------------------------------ debrief

    async def request_debrief(self) -> models.StaffMember:
        return self._staff(await self.command(frames.RequestDebrief(id=new_client_id())))

    async def acknowledge_debrief(self, username: str) -> models.StaffMember:
        frame = frames.AcknowledgeDebrief(id=new_client_id(), username=username)
        return self._staff(await self.command(frame))

    def _staff(self, ack: frames.Ack) -> models.StaffMember:
        assert ack.staff is not None
        self.state.put_staff(ack.staff)
        return ack.staff

    # ------------------------------------------------------------ outbox

    def send_message(self, conversation: str, text: str) -> Outgoing:
        """Queue a message; it goes out as soon as (and every time) the connection allows."""
        item = self.outbox.add(conversation, text)
        self._wake.set()
        return item

    def retry_message(self, client_id: str) -> None:
        self.outbox.retry(client_id)
        self._wake.set()

    async def _flush_outbox(self) -> None:
        """One message at a time, in the order written; stops while offline, resumes after."""
        while True:
            await self._wake.wait()
            self._wake.clear()
            while self.stream.status == "online":
                item = self.outbox.next_pending()
                if item is None:
                    break
                frame = frames.Send(
                    id=item.client_id, conversation=item.conversation, text=item.text
                )
                try:
                    ack = await self.command(frame)
                except BackendError:
                    break  # offline again: the item stays pending for the next connection
                except CommandFailed as exc:
                    if exc.code in _FINAL:
                        self.outbox.failed(item.client_id, exc.code, exc.message)
                    else:  # rate_limited, storage_failed…: the same message again shortly
                        await asyncio.sleep(min(30.0, exc.retry_after or 1.0))
                    continue
                assert ack.message is not None
                self.state.add_messages(item.conversation, [ack.message])
                self.outbox.sent(item.client_id, ack.message)
