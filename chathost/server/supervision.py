"""Supervisors on the floor: read along, join openly, take over, leave, and the private
host–supervisor channel (whispers). Every change of mode is audited, recorded privately in the
transcript for the staff, and told to the visitor when the visitor should know."""

from __future__ import annotations

from chathost.protocol import models
from chathost.server import notices, views
from chathost.server.errors import OpError, forbidden, storage_failed
from chathost.server.floor import Floor, Live
from chathost.server.storage import StorageError, SupervisionRow, UserRow


def _ended() -> OpError:
    return OpError("conversation_ended", "That conversation has ended.", 409)


class Supervision:
    def __init__(self, floor: Floor) -> None:
        self.floor = floor

    def _supervisable(self, user: UserRow, conversation_id: str) -> Live:
        floor = self.floor
        live = floor.live.get(conversation_id)
        if live is None:
            raise _ended()
        if not floor.directory.is_supervisor_of(user, live.row.service_id):
            raise forbidden("Only a supervisor of the service can do that.")
        if live.row.status != "active":
            raise OpError("not_active", "Nobody holds that conversation now.", 409)
        if live.row.host_id == user.id:
            raise OpError("already_host", "You are the host of that conversation.", 409)
        return live

    async def _put(self, live: Live, user_id: int, mode: str) -> SupervisionRow:
        entry = SupervisionRow(live.row.id, user_id, mode, self.floor.now())
        try:
            await self.floor.storage.put_supervision(entry)
        except StorageError as exc:
            raise storage_failed() from exc
        live.supervisors[user_id] = entry
        return entry

    async def _tell_visitor(self, live: Live, notice: dict[str, str]) -> None:
        """One of `notices`, in the visitor's language."""
        await self.floor.transcript.tell_visitor(live, notices.notice(notice, live.row.language))

    # ------------------------------------------------------------ modes

    async def supervise(
        self, user: UserRow, conversation_id: str, mode: str
    ) -> models.Conversation:
        floor = self.floor
        async with floor.queue_lock:
            live = self._supervisable(user, conversation_id)
            before = live.supervisors.get(user.id)
            if before is not None and before.mode == mode:
                return floor.conversation_view(live)  # already so: no second notice
            await self._put(live, user.id, mode)
        await floor.audit(user.id, f"supervise:{mode}", conversation_id)
        await floor.transcript.post_notice(live, mode, user.id)
        if mode == "joined":
            await self._tell_visitor(live, notices.JOINED)
        elif before is not None and before.mode == "joined":
            await self._tell_visitor(live, notices.LEFT)
        elif before is None and live.service.announce_reading:
            await self._tell_visitor(live, notices.READING)
        floor.publish_conversation(live)
        return floor.conversation_view(live)

    async def unsupervise(self, user: UserRow, conversation_id: str) -> models.Conversation:
        floor = self.floor
        async with floor.queue_lock:
            live = floor.live.get(conversation_id)
            if live is None:
                raise _ended()
            entry = live.supervisors.get(user.id)
            if entry is None:
                raise OpError("not_supervising", "You are not in that conversation.", 409)
            await floor.drop_supervisor(live, user.id)
        await floor.audit(user.id, "unsupervise", conversation_id)
        await floor.transcript.post_notice(live, "left", user.id)
        if entry.mode == "joined":
            await self._tell_visitor(live, notices.LEFT)
        floor.publish_conversation(live, user.id)  # they may no longer be in the audience
        return floor.conversation_view(live)

    async def take_over(
        self, user: UserRow, conversation_id: str, keep_host: bool
    ) -> models.Conversation:
        """The supervisor becomes the host. The earlier host is released, or stays reading
        along to learn; either way the visitor keeps the conversation and is told."""
        floor = self.floor
        async with floor.queue_lock:
            live = self._supervisable(user, conversation_id)
            earlier = live.row.host_id
            async with live.lock:
                await floor.change(live, host_id=user.id, taken_at=floor.now())
            if user.id in live.supervisors:
                await floor.drop_supervisor(live, user.id)
            if keep_host and earlier is not None:
                await self._put(live, earlier, "reading")
        action = "take_over:kept_host" if keep_host else "take_over"
        detail = f"from:{floor.directory.username(earlier) or '-'}"
        await floor.audit(user.id, action, conversation_id, detail)
        await self._tell_visitor(live, notices.TAKEN_OVER)
        await floor.transcript.post_notice(live, "kept_host" if keep_host else "took_over", user.id)
        for hook in floor.on_unheld:
            await hook(live)
        floor.publish_conversation(live, earlier)
        floor.staff_changed(earlier, user.id)
        return floor.conversation_view(live)

    # ------------------------------------------------------------ the private channel

    def _may_whisper(self, user: UserRow, live: Live) -> bool:
        return live.row.status == "active" and (
            live.row.host_id == user.id
            or user.id in live.supervisors
            or self.floor.directory.is_supervisor_of(user, live.row.service_id)
        )

    async def whisper(
        self, user: UserRow, conversation_id: str, client_id: str, text: str
    ) -> models.Message:
        floor = self.floor
        live = floor.live.get(conversation_id)
        if live is None:
            raise _ended()
        if not self._may_whisper(user, live):
            if live.row.status != "active" and (
                floor.directory.is_supervisor_of(user, live.row.service_id)
            ):
                raise OpError("not_active", "Nobody holds that conversation now.", 409)
            raise forbidden("Only the host and the service's supervisors can write here.")
        sender = "host" if live.row.host_id == user.id or user.role != "supervisor" else (
            "supervisor"
        )
        message, new = await floor.transcript.append_message(
            live,
            sender,
            user.id,
            client_id,
            text,
            private=True,
            allowed=lambda lv: self._may_whisper(user, lv),
        )
        if new:
            await floor.audit(user.id, "whisper", conversation_id)
            floor.transcript.fan_out(live, message)
        return views.staff_message(message, user.username)
