"""Risk and escalations: a host's risk level, a call for supervision, an acute-danger flag.
An escalation alerts every supervisor of the service, again every `help_realert` seconds, until
one of them acknowledges it; the host sees who is coming. Open ones live in memory (there are
few) and in the database, so a restart keeps alerting."""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import secrets

from chathost.protocol import frames, models
from chathost.server.errors import OpError, forbidden, not_found, storage_failed
from chathost.server.floor import Floor, Live
from chathost.server.storage import EscalationRow, StorageError, UserRow

log = logging.getLogger(__name__)

_LIVE = ("open", "acknowledged")


def not_open(message: str) -> OpError:
    return OpError("not_open", message, 409)


class Escalations:
    def __init__(self, floor: Floor) -> None:
        self.floor = floor
        self.storage = floor.storage
        self.hub = floor.hub
        self.config = floor.config
        # Open and acknowledged escalations by id, with the alias of their conversation.
        self.live: dict[str, EscalationRow] = {}
        self._alias: dict[str, str] = {}
        self._lock = asyncio.Lock()
        floor.on_end.append(self.conversation_ended)

    async def load(self) -> None:
        """After a restart: escalations of conversations that ended meanwhile are closed."""
        for row in await self.storage.live_escalations():
            live = self.floor.live.get(row.conversation_id)
            if live is None:
                row.status = "closed"
                await self.storage.update_escalation(row)
                continue
            self.live[row.id] = row
            self._alias[row.id] = live.row.alias

    # ------------------------------------------------------------ views and audiences

    def view(self, row: EscalationRow) -> models.Escalation:
        users = self.floor.directory.users
        raiser = users.get(row.raised_by)
        helper = users.get(row.acknowledged_by) if row.acknowledged_by is not None else None
        return models.Escalation(
            id=row.id,
            conversation=row.conversation_id,
            service=self.floor.directory.services_by_id[row.service_id].slug,
            alias=self._alias.get(row.id, ""),
            kind=row.kind,  # type: ignore[arg-type]
            status=row.status,  # type: ignore[arg-type]
            raised_by=raiser.username if raiser else "",
            raised_by_name=raiser.display_name if raiser else "",
            raised_at=row.raised_at,
            pressed_at=row.pressed_at,
            acknowledged_by=helper.username if helper else None,
            acknowledged_by_name=helper.display_name if helper else None,
            acknowledged_at=row.acknowledged_at,
            alerts=row.alerts,
            on_duty=row.on_duty,
        )

    def for_user(self, user: UserRow) -> list[models.Escalation]:
        """What a snapshot carries: the ones the user raised or supervises."""
        directory = self.floor.directory
        return [
            self.view(row)
            for row in self.live.values()
            if row.raised_by == user.id or directory.is_supervisor_of(user, row.service_id)
        ]

    def _on_duty(self, service_id: int) -> int:
        shifts = self.floor.shifts.open
        return sum(1 for uid in self.floor.directory.supervisors(service_id) if uid in shifts)

    def _publish(self, row: EscalationRow) -> None:
        audience = self.floor.directory.supervisors(row.service_id) | {row.raised_by}
        self.hub.publish(audience, frames.EscalationEvent(seq=0, escalation=self.view(row)))

    async def _save(self, row: EscalationRow, new: bool = False) -> None:
        try:
            if new:
                await self.storage.add_escalation(row)
            else:
                await self.storage.update_escalation(row)
        except StorageError as exc:
            raise storage_failed() from exc
        if row.status in _LIVE:
            self.live[row.id] = row
        else:
            self.live.pop(row.id, None)

    def _find(self, conversation_id: str, kind: str) -> EscalationRow | None:
        for row in self.live.values():
            if row.conversation_id == conversation_id and row.kind == kind:
                return row
        return None

    async def _get(self, escalation_id: str) -> EscalationRow:
        row = self.live.get(escalation_id)
        if row is None:
            try:
                row = await self.storage.get_escalation(escalation_id)
            except StorageError as exc:
                raise storage_failed() from exc
        if row is None:
            raise not_found("escalation")
        return row

    # ------------------------------------------------------------ risk

    async def set_risk(
        self, user: UserRow, conversation_id: str, level: str
    ) -> models.Conversation:
        floor = self.floor
        live = floor.held(user, conversation_id)
        async with live.lock:
            floor.held(user, conversation_id)  # still, now that it is our turn
            if live.row.risk == level:
                return floor.conversation_view(live)
            await floor.change(live, risk=level)
        await floor.audit(user.id, f"risk:{level}", conversation_id)
        floor.publish_conversation(live)
        return floor.conversation_view(live)

    # ------------------------------------------------------------ raising

    def _new(self, live: Live, user: UserRow, kind: str, pressed_at: float | None) -> EscalationRow:
        now = self.floor.now()
        return EscalationRow(
            id=secrets.token_hex(8),
            conversation_id=live.row.id,
            service_id=live.row.service_id,
            kind=kind,
            status="open",
            raised_by=user.id,
            raised_at=now,
            # The host's clock, but never in the future of ours.
            pressed_at=min(pressed_at, now) if pressed_at is not None else now,
            alerted_at=now,
            on_duty=self._on_duty(live.row.service_id),
        )

    async def ask_help(
        self, user: UserRow, conversation_id: str, pressed_at: float | None
    ) -> models.Escalation:
        async with self._lock:
            live = self.floor.held(user, conversation_id)
            existing = self._find(conversation_id, "supervision")
            if existing is not None:  # one alert per conversation, not one per press
                return self.view(existing)
            row = self._new(live, user, "supervision", pressed_at)
            self._alias[row.id] = live.row.alias
            await self._save(row, new=True)
        await self.floor.audit(user.id, "help", conversation_id)
        self._publish(row)
        return self.view(row)

    async def flag_acute(
        self, user: UserRow, conversation_id: str, pressed_at: float | None
    ) -> tuple[models.Conversation, models.Escalation]:
        floor = self.floor
        async with self._lock:
            live = floor.held(user, conversation_id)
            existing = self._find(conversation_id, "acute")
            if existing is not None:
                return floor.conversation_view(live), self.view(existing)
            row = self._new(live, user, "acute", pressed_at)
            if live.row.acute_at is None:
                async with live.lock:
                    await floor.change(live, acute_at=row.raised_at)
            self._alias[row.id] = live.row.alias
            await self._save(row, new=True)
        detail = f"pressed_at={row.pressed_at:.3f} raised_at={row.raised_at:.3f}"
        await floor.audit(user.id, "acute", conversation_id, detail)
        floor.publish_conversation(live)
        self._publish(row)
        return floor.conversation_view(live), self.view(row)

    # ------------------------------------------------------------ answering

    async def cancel(self, user: UserRow, escalation_id: str) -> models.Escalation:
        async with self._lock:
            row = await self._get(escalation_id)
            if row.raised_by != user.id:
                raise forbidden("Only the host who asked for help can take the request back.")
            if row.kind == "acute":
                raise forbidden("An acute-danger flag cannot be taken back.")
            if row.status == "cancelled":
                return self.view(row)
            if row.status != "open":
                raise not_open("A supervisor has already answered, or the conversation is over.")
            row = dataclasses.replace(row, status="cancelled")
            await self._save(row)
        await self.floor.audit(user.id, "help_cancel", row.conversation_id)
        self._publish(row)
        return self.view(row)

    async def acknowledge(self, user: UserRow, escalation_id: str) -> models.Escalation:
        async with self._lock:
            row = await self._get(escalation_id)
            if not self.floor.directory.is_supervisor_of(user, row.service_id):
                raise forbidden("Only a supervisor of the service can answer this.")
            if row.status == "acknowledged":
                return self.view(row)
            if row.status != "open":
                raise not_open("The request was taken back, or the conversation is over.")
            row = dataclasses.replace(
                row,
                status="acknowledged",
                acknowledged_by=user.id,
                acknowledged_at=self.floor.now(),
            )
            await self._save(row)
        await self.floor.audit(user.id, f"acknowledge:{row.kind}", row.conversation_id)
        self._publish(row)
        return self.view(row)

    # ------------------------------------------------------------ the sweeper and the floor

    async def realert(self) -> None:
        """Unanswered escalations alert again, with a fresh count of supervisors on duty."""
        now = self.floor.now()
        for row in list(self.live.values()):
            if row.status != "open" or now - row.alerted_at < self.config.help_realert:
                continue
            async with self._lock:
                if self.live.get(row.id) is not row:  # answered meanwhile
                    continue
                again = dataclasses.replace(
                    row,
                    alerts=row.alerts + 1,
                    alerted_at=now,
                    on_duty=self._on_duty(row.service_id),
                )
                try:
                    await self._save(again)
                except OpError:
                    log.warning("could not alert escalation %s again; will retry", row.id)
                    continue
            self._publish(again)

    async def close_all(self, conversation_id: str) -> None:
        """The conversation ended or moved to another service: nothing left to answer."""
        async with self._lock:
            closing = [r for r in self.live.values() if r.conversation_id == conversation_id]
            for row in closing:
                closed = dataclasses.replace(row, status="closed")
                try:
                    await self._save(closed)
                except OpError:
                    log.warning("could not close escalation %s", row.id)
                    continue
                self._publish(closed)
                self._alias.pop(row.id, None)

    async def conversation_ended(self, live: Live) -> None:
        await self.close_all(live.row.id)
