"""The chat floor: queues and conversations, who holds them, how they are handed back and end.
Memory holds the live state and decides races (all mutations happen between awaits under a
lock); storage is written first, so a failed write changes nothing and an acknowledged one
survives a restart. Arrivals (`Intake`), what is written (`Transcript`) and typing
(`TypingRelay`) are parts of the floor, each in its own module."""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import secrets
from collections.abc import Awaitable, Callable

from chathost.protocol import frames, models
from chathost.server import views
from chathost.server.audit import write_audit
from chathost.server.config import ServerConfig
from chathost.server.connection import Connection
from chathost.server.directory import Directory
from chathost.server.errors import OpError, forbidden, not_found, storage_failed
from chathost.server.hours import is_open
from chathost.server.intake import Intake
from chathost.server.live import Live
from chathost.server.shifts import Shifts
from chathost.server.storage import (
    ConversationRow,
    ServiceRow,
    Storage,
    StorageError,
    UserRow,
)
from chathost.server.streams import EventHub
from chathost.server.transcript import Transcript
from chathost.server.typing_relay import TypingRelay
from chathost.server.waits import RECENT, WaitEstimator, queued_status

__all__ = ["Floor", "Live"]  # many modules import Live from here

log = logging.getLogger(__name__)


class Floor:
    def __init__(self, config: ServerConfig, storage: Storage, hub: EventHub) -> None:
        self.config = config
        self.storage = storage
        self.hub = hub
        self.directory = Directory(storage)
        self.live: dict[str, Live] = {}
        self.shifts = Shifts(storage, hub, config.clock)
        self.queue_lock = asyncio.Lock()
        # Hosts holding conversations whose console is not connected, since when.
        self._host_gone_at: dict[int, float] = {}
        self.waits = WaitEstimator()
        # Called after a conversation ended (escalations close theirs).
        self.on_end: list[Callable[[Live], Awaitable[None]]] = []
        # Called when a conversation leaves its host (ended, released, referred): open
        # transfers of it are cancelled.
        self.on_unheld: list[Callable[[Live], Awaitable[None]]] = []
        # Called with a staff member's id whenever what the shift overview shows of them may
        # have changed (shift, conversations held, connection).
        self.on_staff: list[Callable[[int], None]] = []
        self.intake = Intake(self)
        self.transcript = Transcript(self)
        self.typing = TypingRelay(self)

    def now(self) -> float:
        return self.config.clock()

    async def load(self) -> None:
        await self.directory.load()
        await self.shifts.load()
        now = self.now()
        for row in await self.storage.open_conversations():
            service = self.directory.services_by_id[row.service_id]
            live = Live(row, service, await self.storage.client_ids(row.id))
            # Nobody is connected after a restart: every visitor's grace period starts now,
            # and nobody is ended for a silence that the restart may have caused.
            live.visitor_gone_at = now
            row.visitor_active_at = max(row.visitor_active_at, now)
            self.live[row.id] = live
        for entry in await self.storage.all_supervision():
            holder = self.live.get(entry.conversation_id)
            if holder is not None:
                holder.supervisors[entry.user_id] = entry
        for service in self.directory.services.values():
            self.waits.seed(service.id, await self.storage.recent_waits(service.id, RECENT))

    def add_service(self, service: ServiceRow) -> None:
        self.directory.add_service(service)

    async def shutdown(self) -> None:
        """Tell every visitor the server is going away; their conversations wait for them."""
        for live in list(self.live.values()):
            if live.visitor is not None:
                live.visitor.send(frames.Goodbye(reason="server_shutdown", reconnect=True))
                await live.visitor.drain_and_close(1001, "server shutdown")

    # ------------------------------------------------------------ views and audiences

    def conversation_view(self, live_or_row: Live | ConversationRow) -> models.Conversation:
        if isinstance(live_or_row, Live):
            row, connected = live_or_row.row, live_or_row.visitor is not None
        else:
            row, connected = live_or_row, False
        slug = self.directory.services_by_id[row.service_id].slug
        live = self.live.get(row.id)
        watching = [
            models.Supervisor(
                username=user.username,
                display_name=user.display_name,
                mode=entry.mode,  # type: ignore[arg-type]
                since=entry.since,
            )
            for entry in (live.supervisors.values() if live is not None else ())
            if (user := self.directory.users.get(entry.user_id)) is not None
        ]
        return views.conversation(
            row, slug, self.directory.username(row.host_id), connected, watching
        )

    def staff_audience(self, row: ConversationRow, *extra: int | None) -> set[int]:
        """The host, the service's supervisors, and anyone reading along (a host kept to
        learn after a take-over is not a supervisor of the service)."""
        ids = self.directory.supervisors(row.service_id)
        ids.update(i for i in (row.host_id, *extra) if i is not None)
        live = self.live.get(row.id)
        if live is not None:
            ids.update(live.supervisors)
        return ids

    def staff_changed(self, *user_ids: int | None) -> None:
        for user_id in user_ids:
            if user_id is not None:
                for hook in self.on_staff:
                    hook(user_id)

    def queued(self, service_id: int) -> list[Live]:
        return sorted(
            (
                lv
                for lv in self.live.values()
                if lv.row.status == "queued" and lv.row.service_id == service_id
            ),
            key=lambda lv: (lv.row.queued_at, lv.row.id),
        )

    def queue_entries(self, service_id: int) -> list[models.QueueEntry]:
        slug = self.directory.services_by_id[service_id].slug
        return [
            models.QueueEntry(
                lv.row.id,
                slug,
                lv.row.alias,
                lv.row.language,
                lv.row.queued_at,
                lv.row.referred_from,
                lv.row.handover_note,
            )
            for lv in self.queued(service_id)
        ]

    def held_by(self, user_id: int, service_id: int | None = None) -> list[Live]:
        return [
            lv
            for lv in self.live.values()
            if lv.row.status == "active"
            and lv.row.host_id == user_id
            and (service_id is None or lv.row.service_id == service_id)
        ]

    def service_open(self, service: ServiceRow) -> bool:
        return is_open(views.opening_hours(service), service.timezone, self.now())

    def service_view(self, service: ServiceRow) -> models.Service:
        return views.service(service, self.service_open(service), len(self.queued(service.id)))

    def _wait_basis(self, service_id: int) -> tuple[float, int] | None:
        available = sum(
            1 for uid in self.directory.members(service_id) if self.shifts.is_available(uid)
        )
        return self.waits.basis(service_id, available)

    def publish_queue(self, service_id: int) -> None:
        service = self.directory.services_by_id[service_id]
        self.hub.publish(
            self.directory.members(service_id),
            frames.QueueEvent(seq=0, service=service.slug, waiting=self.queue_entries(service_id)),
        )
        basis = self._wait_basis(service_id)
        for position, live in enumerate(self.queued(service_id), start=1):
            if live.visitor is not None:
                live.visitor.send(queued_status(position, basis))

    def visitor_status(self, live: Live) -> frames.VisitorStatus:
        row = live.row
        if row.status == "queued":
            ids = [lv.row.id for lv in self.queued(row.service_id)]
            position = ids.index(row.id) + 1
            return queued_status(position, self._wait_basis(row.service_id))
        return frames.VisitorStatus(
            status=row.status,  # type: ignore[arg-type]
            host_present=row.status == "active",
            ended_by=row.ended_by,  # type: ignore[arg-type]
        )

    def publish_conversation(self, live: Live, *extra: int | None) -> None:
        """The new state to the watchers, after any change of it. Who may write to the visitor
        changes only with such a change: anyone who no longer may stops being shown typing."""
        self.hub.publish(
            self.staff_audience(live.row, *extra),
            frames.ConversationEvent(seq=0, conversation=self.conversation_view(live)),
        )
        self.typing.settle(live)

    async def audit(
        self, actor: int | None, action: str, conversation: str | None, detail: str = ""
    ) -> None:
        await write_audit(self.storage, self.now(), actor, action, conversation, detail)

    # ------------------------------------------------------------ shifts

    async def start_shift(self, user: UserRow) -> models.ShiftState:
        async with self.queue_lock:
            state = await self.shifts.start(user)
        self.staff_changed(user.id)
        return state

    async def pause_shift(self, user: UserRow, paused: bool) -> models.ShiftState:
        state = await self.shifts.set_paused(user, paused)
        self.staff_changed(user.id)
        return state

    async def end_shift(self, user: UserRow) -> models.ShiftState:
        async with self.queue_lock:
            state = await self.shifts.end(user, len(self.held_by(user.id)))
        self.staff_changed(user.id)
        return state

    async def sign_off(self, user: UserRow) -> None:
        """A disabled account: its conversations go back to the queue and its shift ends."""
        for live in self.held_by(user.id):
            await self.release(user, live.row.id)
        await self.end_shift(user)

    # ------------------------------------------------------------ access and changes

    def held(self, user: UserRow, conversation_id: str) -> Live:
        live = self.live.get(conversation_id)
        if live is None:
            raise OpError("conversation_ended", "That conversation has ended.", 409)
        if live.row.host_id != user.id or live.row.status != "active":
            raise forbidden("You are not the host of that conversation.")
        return live

    async def change(self, live: Live, purge: bool | None = None, **changes: object) -> None:
        """Write the changed fields first, then apply them in place (never swap `live.row`: a
        message write may be in flight and owns `last_seq`). `purge` ends the conversation."""
        updated = dataclasses.replace(live.row, **changes)  # type: ignore[arg-type]
        try:
            if purge is None:
                await self.storage.update_conversation(updated)
            else:
                await self.storage.end_conversation(updated, purge=purge)
        except StorageError as exc:
            raise storage_failed() from exc
        for name, value in changes.items():
            setattr(live.row, name, value)

    # ------------------------------------------------------------ releasing and ending

    async def release(
        self, user: UserRow, conversation_id: str, note: str = ""
    ) -> models.Conversation:
        async with self.queue_lock:
            live = self.handled_by(user, conversation_id)
            await self._release(live, user.id, "release", note)
        return self.conversation_view(live)

    def handled_by(self, user: UserRow, conversation_id: str) -> Live:
        """An active conversation that `user` may hand on: their own, or one in a service
        they supervise."""
        live = self.live.get(conversation_id)
        if live is None:
            raise OpError("conversation_ended", "That conversation has ended.", 409)
        if live.row.host_id == user.id and live.row.status == "active":
            return live
        if not self.directory.is_supervisor_of(user, live.row.service_id):
            raise forbidden("You are not the host of that conversation.")
        if live.row.status != "active":
            raise OpError("not_active", "Nobody holds that conversation now.", 409)
        return live

    async def _release(self, live: Live, actor: int, action: str, note: str = "") -> None:
        """Back to its queue at its first place, with the handover note if one was written
        (an earlier note stays otherwise). The caller holds the queue lock."""
        host_id = live.row.host_id
        kept = live.row.handover_note
        async with live.lock:
            await self.change(
                live,
                status="queued",
                host_id=None,
                taken_at=None,
                handover_note=note.strip() if note.strip() else kept,
            )
        live.released = True
        await self.audit(actor, action, live.row.id)
        watchers = await self.left_host(live, host_id)
        self.publish_conversation(live, host_id, *watchers)
        self.publish_queue(live.row.service_id)

    async def drop_supervisor(self, live: Live, user_id: int) -> None:
        """One person stops supervising (left, took over, accepted a transfer): stored first,
        so a failed write changes nothing."""
        try:
            await self.storage.drop_supervision(live.row.id, user_id)
        except StorageError as exc:
            raise storage_failed() from exc
        live.supervisors.pop(user_id, None)

    async def left_host(self, live: Live, host_id: int | None) -> list[int]:
        """The conversation left its host (released, referred, ended): nobody supervises it
        any more and open transfers of it are cancelled. Returns who was supervising, so that
        they hear of it once more."""
        watchers = list(live.supervisors)
        if watchers:
            live.supervisors.clear()
            try:
                await self.storage.drop_supervision(live.row.id)
            except StorageError:
                log.exception("supervision of a conversation not cleared")
        for hook in self.on_unheld:
            await hook(live)
        self.staff_changed(host_id)
        return watchers

    async def release_absent_hosts(self) -> None:
        """A host whose console has been gone for `host_absence` leaves nobody stuck: their
        conversations go back to the queue for another host to take."""
        now = self.now()
        holders = {
            lv.row.host_id
            for lv in self.live.values()
            if lv.row.status == "active" and lv.row.host_id is not None
        }
        for host_id in list(self._host_gone_at):
            if host_id not in holders:
                del self._host_gone_at[host_id]
        for host_id in holders:
            if self.hub.connections(host_id):
                self._host_gone_at.pop(host_id, None)
                continue
            gone_at = self._host_gone_at.setdefault(host_id, now)
            if now - gone_at < self.config.host_absence:
                continue
            async with self.queue_lock:
                for live in self.held_by(host_id):
                    if not self.hub.connections(host_id):
                        await self._release(live, host_id, "release:host_gone")
            self._host_gone_at.pop(host_id, None)

    async def host_end(self, user: UserRow, conversation_id: str) -> models.Conversation:
        live = self.live.get(conversation_id)
        if live is None:
            try:
                row = await self.storage.get_conversation(conversation_id)
            except StorageError as exc:
                raise storage_failed() from exc
            if row is not None and row.host_id == user.id:
                return self.conversation_view(row)  # already ended: no second effect
            raise not_found("conversation")
        self.held(user, conversation_id)

        def still_mine(lv: Live) -> bool:
            return lv.row.status == "active" and lv.row.host_id == user.id

        ended_now = await self.end(live, "host", user.id, still=still_mine)
        ended_before = live.row.status == "ended" and live.row.host_id == user.id
        if not (ended_now or ended_before):
            raise forbidden("You are no longer the host of that conversation.")
        return self.conversation_view(live)

    async def end(
        self,
        live: Live,
        reason: str,
        actor: int | None = None,
        still: Callable[[Live], bool] | None = None,
    ) -> bool:
        """End it, if `still` holds once the locks are ours (the world may have moved while
        we waited for them). Returns whether this call ended it."""
        # The conversation's lock lets a message write in flight land before the transcript
        # is purged; no path takes these two locks in the other order.
        async with self.queue_lock, live.lock:
            if live.row.status == "ended" or (still is not None and not still(live)):
                return False
            was_queued = live.row.status == "queued"
            # The note and the session hash are not kept past the end, whatever the retention.
            await self.change(
                live,
                status="ended",
                ended_at=self.now(),
                ended_by=reason,
                handover_note=None,
                visitor_session_hash=None,
                purge=self.config.retention <= 0,
            )
            self.live.pop(live.row.id, None)
        await self.audit(actor, f"end:{reason}", live.row.id)
        if live.visitor is not None:
            live.visitor.send(self.visitor_status(live))
            live.visitor.close_soon(1000, "conversation ended")
            live.visitor = None
        watchers = await self.left_host(live, live.row.host_id)
        self.publish_conversation(live, *watchers)
        if was_queued:
            self.publish_queue(live.row.service_id)
        for hook in self.on_end:
            await hook(live)
        return True

    # ------------------------------------------------------------ visitor presence

    def find_by_token(self, token_hash: bytes) -> Live | None:
        for live in self.live.values():
            if secrets.compare_digest(live.row.visitor_token_hash, token_hash):
                return live
        return None

    def visitor_attached(self, live: Live, conn: Connection) -> None:
        if live.visitor is not None and live.visitor is not conn:
            live.visitor.send(frames.Goodbye(reason="opened_elsewhere", reconnect=False))
            live.visitor.close_soon(1000, "opened elsewhere")
        live.visitor = conn
        live.visitor_gone_at = None
        self._publish_presence(live)

    def visitor_detached(self, live: Live, conn: Connection) -> None:
        if live.visitor is conn:
            live.visitor = None
            live.visitor_gone_at = self.now()
            self._publish_presence(live)

    def _publish_presence(self, live: Live) -> None:
        if live.row.status == "active":
            self.hub.publish(
                self.staff_audience(live.row),
                frames.PresenceEvent(
                    seq=0, conversation=live.row.id, visitor_connected=live.visitor is not None
                ),
            )
