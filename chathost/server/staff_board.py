"""The shift overview: who is on shift, paused or at capacity, connected or not, holding
conversations since when, and who asked for a debrief. Supervisors see every colleague in their
services, live; a host sees only themselves. Events go out only when a member's view changed."""

from __future__ import annotations

from chathost.protocol import frames, models
from chathost.server.errors import OpError, forbidden, not_found, storage_failed
from chathost.server.floor import Floor
from chathost.server.storage import DebriefRow, StorageError, UserRow

_STAFF_ROLES = ("host", "supervisor")


class StaffBoard:
    def __init__(self, floor: Floor) -> None:
        self.floor = floor
        self.debriefs: dict[int, DebriefRow] = {}
        self.busy_since: dict[int, float] = {}
        self._shown: dict[int, models.StaffMember] = {}
        floor.on_staff.append(self.touch)

    async def load(self) -> None:
        for row in await self.floor.storage.list_debriefs():
            self.debriefs[row.user_id] = row
        for live in self.floor.live.values():
            host, taken = live.row.host_id, live.row.taken_at
            if live.row.status == "active" and host is not None and taken is not None:
                self.busy_since[host] = min(self.busy_since.get(host, taken), taken)

    # ------------------------------------------------------------ views

    def member(self, user: UserRow) -> models.StaffMember:
        floor = self.floor
        services = [s for slug in user.services if (s := floor.directory.services.get(slug))]
        holding = len(floor.held_by(user.id))
        if holding:
            self.busy_since.setdefault(user.id, floor.now())
        else:
            self.busy_since.pop(user.id, None)
        shift = floor.shifts.state(user.id)
        debrief = self.debriefs.get(user.id)
        # A request from before the current shift began was for an earlier shift: done.
        started = shift.started_at
        if debrief is not None and started is not None and debrief.requested_at < started:
            debrief = None
        by = floor.directory.users.get(debrief.acknowledged_by or -1) if debrief else None
        return models.StaffMember(
            username=user.username,
            display_name=user.display_name,
            role=user.role,  # type: ignore[arg-type]
            services=list(user.services),
            shift=shift.status,
            shift_started_at=shift.started_at,
            holding=holding,
            capacity=sum(s.max_per_host for s in services),
            connected=bool(floor.hub.connections(user.id)),
            busy_since=self.busy_since.get(user.id),
            debrief=debrief.status if debrief else "none",  # type: ignore[arg-type]
            debrief_requested_at=debrief.requested_at if debrief else None,
            debrief_by_name=by.display_name if by is not None else None,
        )

    def _audience(self, user: UserRow) -> set[int]:
        """The supervisors of their services (a host's own view comes with their snapshot and
        the answers to their own commands: their stream carries no news of themselves)."""
        ids: set[int] = set()
        for slug in user.services:
            service = self.floor.directory.services.get(slug)
            if service is not None:
                ids |= self.floor.directory.supervisors(service.id)
        return ids

    def _colleagues(self, viewer: UserRow) -> list[UserRow]:
        mine = set(viewer.services)
        return sorted(
            (
                u
                for u in self.floor.directory.users.values()
                if not u.disabled and u.role in _STAFF_ROLES and mine.intersection(u.services)
            ),
            key=lambda u: u.display_name.casefold(),
        )

    def colleagues_of(self, viewer: UserRow) -> list[models.StaffMember]:
        """On demand, for anyone who works shifts: whom a conversation could go to."""
        if viewer.role not in _STAFF_ROLES:
            return []
        return [self.member(u) for u in self._colleagues(viewer) if u.id != viewer.id]

    def for_user(self, viewer: UserRow) -> list[models.StaffMember]:
        if viewer.role == "supervisor":
            return [self.member(u) for u in self._colleagues(viewer)]
        if viewer.role in _STAFF_ROLES:
            return [self.member(viewer)]
        return []

    def touch(self, user_id: int) -> None:
        """Something about this colleague may have changed: tell whoever sees them, if so."""
        user = self.floor.directory.users.get(user_id)
        if user is None or user.disabled or user.role not in _STAFF_ROLES:
            return
        member = self.member(user)
        if self._shown.get(user_id) == member:
            return
        self._shown[user_id] = member
        self.floor.hub.publish(self._audience(user), frames.StaffMemberEvent(seq=0, member=member))

    # ------------------------------------------------------------ debriefs

    async def _save(self, row: DebriefRow) -> None:
        try:
            await self.floor.storage.put_debrief(row)
        except StorageError as exc:
            raise storage_failed() from exc
        self.debriefs[row.user_id] = row

    async def request_debrief(self, user: UserRow) -> models.StaffMember:
        if user.role not in _STAFF_ROLES:
            raise forbidden("Only hosts and supervisors ask for a debrief.")
        await self._save(DebriefRow(user.id, "requested", self.floor.now()))
        await self.floor.audit(user.id, "debrief:request", None)
        self.touch(user.id)
        return self.member(user)

    async def acknowledge_debrief(self, user: UserRow, username: str) -> models.StaffMember:
        if user.role != "supervisor":
            raise forbidden("Only a supervisor takes a debrief request.")
        wanted = username.casefold()
        target = next(
            (u for u in self.floor.directory.users.values() if u.username.casefold() == wanted),
            None,
        )
        if target is None:
            raise not_found("user")
        if not set(user.services).intersection(target.services):
            raise forbidden("That colleague does not work on your services.")
        current = self.member(target)
        if current.debrief == "none":
            raise OpError("no_debrief", f"{target.display_name} has not asked for a debrief.")
        if current.debrief == "requested":
            row = self.debriefs[target.id]
            await self._save(
                DebriefRow(target.id, "acknowledged", row.requested_at, user.id, self.floor.now())
            )
            await self.floor.audit(user.id, "debrief:ack", None, f"for:{target.username}")
            self.touch(target.id)
            # The one event a host gets about themselves: who will take their debrief.
            member = self.member(target)
            self.floor.hub.publish({target.id}, frames.StaffMemberEvent(seq=0, member=member))
        return self.member(target)
