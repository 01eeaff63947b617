"""What is written in a conversation and who hears of it: messages stored once per client id and
fanned out to the watchers (and, unless private, to the visitor), the service's own notices, read
marks, and pages of the transcript for the staff."""

from __future__ import annotations

import logging
import secrets
from collections.abc import Callable
from typing import TYPE_CHECKING

from chathost.protocol import frames, models
from chathost.server import views
from chathost.server.errors import OpError, forbidden, not_found, storage_failed
from chathost.server.live import Live
from chathost.server.storage import MessageRow, StorageError, UserRow
from chathost.server.text import check_message_text

if TYPE_CHECKING:
    from chathost.server.floor import Floor

log = logging.getLogger(__name__)


class Transcript:
    def __init__(self, floor: Floor) -> None:
        self.floor = floor

    # ------------------------------------------------------------ storing and fanning out

    async def append_message(
        self,
        live: Live,
        sender: str,
        author: int | None,
        client_id: str,
        text: str,
        private: bool = False,
        allowed: Callable[[Live], bool] | None = None,
    ) -> tuple[MessageRow, bool]:
        """Store a message once per client id. Returns (message, newly stored). `allowed` is
        checked again under the conversation's lock (the default: a host's own conversation)."""
        check_message_text(text)
        storage = self.floor.storage
        async with live.lock:
            seen = live.client_ids.get((sender, client_id))
            if seen is not None:
                try:
                    rows = await storage.messages_after(live.row.id, seen - 1, 1)
                except StorageError as exc:
                    raise storage_failed() from exc
                if rows and (rows[0].author_id != author or rows[0].private != private):
                    raise OpError(
                        "id_in_use", "That message id was used by someone else. Use a new id.", 409
                    )
                if rows:
                    return rows[0], False
            # Checked again under the lock: while this waited, the host may have released the
            # conversation, or it may have ended.
            if live.row.status == "ended":
                raise OpError("conversation_ended", "That conversation has ended.", 409)
            if allowed is not None:
                if not allowed(live):
                    raise forbidden("You may no longer write in that conversation.")
            elif sender == "host" and (
                live.row.status != "active" or live.row.host_id != author
            ):
                raise forbidden("You are no longer the host of that conversation.")
            message = MessageRow(
                live.row.id,
                live.row.last_seq + 1,
                sender,
                author,
                client_id,
                text,
                self.floor.now(),
                private,
            )
            try:
                await storage.add_message(message)
            except StorageError as exc:
                raise storage_failed() from exc
            live.row.last_seq = message.seq
            live.client_ids[(sender, client_id)] = message.seq
            return message, True

    def fan_out(self, live: Live, message: MessageRow) -> None:
        floor = self.floor
        floor.hub.publish(
            floor.staff_audience(live.row),
            frames.MessageEvent(
                seq=0,
                message=views.staff_message(message, floor.directory.username(message.author_id)),
            ),
        )
        if live.visitor is not None and not message.private:
            live.visitor.send(frames.VisitorMessageFrame(message=views.visitor_message(message)))

    # ------------------------------------------------------------ the service's own notices

    async def post_system(self, live: Live, text: str, private: bool = False) -> MessageRow:
        """A notice from the service itself (a referral; privately, who supervises), stored
        and shown like any message."""
        client_id = f"system-{secrets.token_hex(6)}"
        message, _ = await self.append_message(live, "system", None, client_id, text, private)
        self.fan_out(live, message)
        return message

    async def post_notice(self, live: Live, notice: str, about: int) -> None:
        """A private record for the staff of a change of supervision, worded by each console.
        A notice that cannot be stored is logged: the change itself has happened."""
        client_id = f"system-{secrets.token_hex(6)}"
        try:
            message, _ = await self.append_message(live, "system", about, client_id, notice, True)
        except OpError:
            log.exception("staff notice not stored: %s", notice)
            return
        self.fan_out(live, message)

    async def tell_visitor(self, live: Live, text: str) -> None:
        """A public notice from the service; one that cannot be stored is logged."""
        try:
            await self.post_system(live, text)
        except OpError:
            log.exception("visitor notice not stored")

    # ------------------------------------------------------------ the two sides writing

    async def host_send(
        self, user: UserRow, conversation_id: str, client_id: str, text: str
    ) -> models.Message:
        """From the host, or from a supervisor who joined openly (the visitor sees the role)."""
        live = self.floor.live.get(conversation_id)
        joined = live is not None and live.has_joined(user.id)
        if not joined:
            live = self.floor.held(user, conversation_id)
        assert live is not None
        if joined:
            message, new = await self.append_message(
                live,
                "supervisor",
                user.id,
                client_id,
                text,
                allowed=lambda lv: lv.has_joined(user.id),
            )
        else:
            message, new = await self.append_message(live, "host", user.id, client_id, text)
        if new:
            self.fan_out(live, message)
        return views.staff_message(message, user.username)

    async def visitor_send(self, live: Live, client_id: str, text: str) -> MessageRow:
        if live.row.status == "ended":
            raise OpError("conversation_ended", "This conversation has ended.", 409)
        message, new = await self.append_message(live, "visitor", None, client_id, text)
        if new:
            live.row.visitor_active_at = message.created_at
            self.fan_out(live, message)
        return message

    # ------------------------------------------------------------ read marks and pages

    async def host_read(self, user: UserRow, conversation_id: str, seq: int) -> None:
        floor = self.floor
        live = floor.held(user, conversation_id)
        upto = min(seq, live.row.last_seq)
        if upto <= live.row.host_read_seq:
            return
        await self._save_read(live, "host", upto)
        live.row.host_read_seq = max(live.row.host_read_seq, upto)
        floor.hub.publish(
            floor.staff_audience(live.row),
            frames.ReadEvent(seq=0, conversation=live.row.id, reader="host", upto=upto),
        )
        if live.visitor is not None:
            live.visitor.send(frames.VisitorReadOut(upto=upto))

    async def visitor_read(self, live: Live, seq: int) -> None:
        floor = self.floor
        upto = min(seq, live.row.last_seq)
        if upto <= live.row.visitor_read_seq:
            return
        await self._save_read(live, "visitor", upto)
        live.row.visitor_read_seq = max(live.row.visitor_read_seq, upto)
        if live.row.status == "active":
            floor.hub.publish(
                floor.staff_audience(live.row),
                frames.ReadEvent(seq=0, conversation=live.row.id, reader="visitor", upto=upto),
            )

    async def _save_read(self, live: Live, reader: str, upto: int) -> None:
        try:
            await self.floor.storage.set_read(live.row.id, reader, upto)
        except StorageError as exc:
            raise storage_failed() from exc

    async def messages(
        self, user: UserRow, conversation_id: str, after: int, limit: int
    ) -> models.MessagePage:
        floor = self.floor
        live = floor.live.get(conversation_id)
        row = live.row if live else await floor.storage.get_conversation(conversation_id)
        if row is None:
            raise not_found("conversation")
        watching = live is not None and user.id in live.supervisors
        if (
            row.host_id != user.id
            and not watching
            and not floor.directory.is_supervisor_of(user, row.service_id)
        ):
            raise forbidden("That conversation is not yours.")
        rows = await floor.storage.messages_after(conversation_id, after, limit)
        return models.MessagePage(
            conversation=conversation_id,
            messages=[views.staff_message(m, floor.directory.username(m.author_id)) for m in rows],
            last_seq=row.last_seq,
        )
