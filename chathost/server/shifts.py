"""Shifts: who is available, paused or off. A host takes conversations only while available and
ends a shift only with empty hands (the floor checks that under its queue lock)."""

from __future__ import annotations

from collections.abc import Callable

from chathost.protocol import frames, models
from chathost.server.audit import write_audit
from chathost.server.errors import OpError, forbidden, storage_failed
from chathost.server.storage import ShiftRow, Storage, StorageError, UserRow
from chathost.server.streams import EventHub


class Shifts:
    def __init__(self, storage: Storage, hub: EventHub, clock: Callable[[], float]) -> None:
        self.storage = storage
        self.hub = hub
        self.clock = clock
        self.open: dict[int, ShiftRow] = {}

    async def load(self) -> None:
        for shift in await self.storage.open_shifts():
            self.open[shift.user_id] = shift

    def state(self, user_id: int) -> models.ShiftState:
        shift = self.open.get(user_id)
        if shift is None:
            return models.ShiftState(status="off")
        return models.ShiftState(
            status="paused" if shift.paused else "available",
            started_at=shift.started_at,
            id=f"{shift.id}-{int(shift.started_at * 1000)}",
        )

    def is_available(self, user_id: int) -> bool:
        shift = self.open.get(user_id)
        return shift is not None and not shift.paused

    def require_available(self, user_id: int) -> None:
        shift = self.open.get(user_id)
        if shift is None:
            raise OpError("no_shift", "Start your shift before taking conversations.")
        if shift.paused:
            raise OpError("shift_paused", "Your shift is paused. Resume it to take conversations.")

    def _publish(self, user_id: int) -> models.ShiftState:
        state = self.state(user_id)
        self.hub.publish({user_id}, frames.ShiftEvent(seq=0, shift=state))
        return state

    async def start(self, user: UserRow) -> models.ShiftState:
        if user.role not in ("host", "supervisor"):
            raise forbidden("Only hosts and supervisors work shifts.")
        if user.id in self.open:
            return self.state(user.id)
        try:
            self.open[user.id] = await self.storage.start_shift(user.id, self.clock())
        except StorageError as exc:
            raise storage_failed() from exc
        await write_audit(self.storage, self.clock(), user.id, "shift_start", None)
        return self._publish(user.id)

    async def set_paused(self, user: UserRow, paused: bool) -> models.ShiftState:
        shift = self.open.get(user.id)
        if shift is None:
            raise OpError("no_shift", "You are not on shift. Start a shift first.")
        if shift.paused == paused:
            return self.state(user.id)
        try:
            await self.storage.set_shift_paused(shift.id, paused)
        except StorageError as exc:
            raise storage_failed() from exc
        shift.paused = paused
        return self._publish(user.id)

    async def end(self, user: UserRow, held: int) -> models.ShiftState:
        shift = self.open.get(user.id)
        if shift is None:
            return self.state(user.id)
        if held:
            raise OpError(
                "open_conversations",
                f"You still hold {held} conversation(s). End them or hand them back "
                "to the queue first.",
            )
        try:
            await self.storage.end_shift(shift.id, self.clock())
        except StorageError as exc:
            raise storage_failed() from exc
        del self.open[user.id]
        await write_audit(self.storage, self.clock(), user.id, "shift_end", None)
        return self._publish(user.id)
