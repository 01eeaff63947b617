"""Arrivals on the floor: a visitor opens a conversation (it waits in its service's queue under
a random alias), and a host takes one, named or the longest waiting they may take."""

from __future__ import annotations

import secrets
from typing import TYPE_CHECKING

from chathost.protocol import models
from chathost.server.errors import OpError, forbidden, not_found, storage_failed
from chathost.server.live import Live
from chathost.server.storage import ConversationRow, StorageError, UserRow
from chathost.server.tokens import hash_token, new_token

if TYPE_CHECKING:
    from chathost.server.floor import Floor

_ALIASES = (
    "Aurora",
    "Vega",
    "Lyra",
    "Orion",
    "Nova",
    "Luna",
    "Sirius",
    "Altair",
    "Polaris",
    "Atlas",
    "Iris",
    "Juno",
    "Mira",
    "Rigel",
    "Tyra",
    "Sol",
    "Elara",
    "Kaia",
    "Noor",
    "Ronja",
)


class Intake:
    def __init__(self, floor: Floor) -> None:
        self.floor = floor

    async def open_conversation(
        self, slug: str, language: str, session_hash: bytes | None = None
    ) -> tuple[str, Live]:
        floor = self.floor
        service = floor.directory.services.get(slug)
        if service is None:
            raise not_found("service")
        if not floor.service_open(service):
            raise OpError("service_closed", "This chat is closed right now.", 409)
        async with floor.queue_lock:
            if len(floor.queued(service.id)) >= service.max_queue:
                raise OpError("queue_full", "The queue is full right now.", 409)
            token = new_token("chv_")
            now = floor.now()
            row = ConversationRow(
                id=secrets.token_hex(8),
                service_id=service.id,
                language=language if language in service.languages else service.languages[0],
                alias=f"{secrets.choice(_ALIASES)} {secrets.randbelow(90) + 10}",
                status="queued",
                host_id=None,
                visitor_token_hash=hash_token(token),
                created_at=now,
                queued_at=now,
                taken_at=None,
                ended_at=None,
                ended_by=None,
                last_seq=0,
                host_read_seq=0,
                visitor_read_seq=0,
                visitor_active_at=now,
                visitor_session_hash=session_hash,
            )
            try:
                await floor.storage.add_conversation(row)
            except StorageError as exc:
                raise storage_failed() from exc
            live = Live(row, service, {}, visitor_gone_at=now)
            floor.live[row.id] = live
        floor.publish_queue(service.id)
        return token, live

    def _may_take(self, user: UserRow, live: Live) -> None:
        floor = self.floor
        if live.service.slug not in user.services:
            raise forbidden("That conversation belongs to a service you do not work on.")
        if len(floor.held_by(user.id, live.service.id)) >= live.service.max_per_host:
            raise OpError(
                "at_capacity",
                f"You already hold {live.service.max_per_host} conversation(s) in "
                f"{live.service.name}, the most this service allows.",
            )

    async def take(
        self, user: UserRow, conversation_id: str | None, service_slug: str | None
    ) -> models.Conversation:
        floor = self.floor
        floor.shifts.require_available(user.id)
        async with floor.queue_lock:
            if conversation_id is not None:
                live = floor.live.get(conversation_id)
                if live is None:
                    raise OpError("not_queued", "That conversation is no longer waiting.", 409)
                if live.row.status == "active" and live.row.host_id == user.id:
                    return floor.conversation_view(live)  # a repeated take: no second effect
                if live.row.status != "queued":
                    raise OpError("not_queued", "Someone else has already taken it.", 409)
                self._may_take(user, live)
            else:
                live = self._next_for(user, service_slug)
            row = live.row
            now = floor.now()
            async with live.lock:
                await floor.change(
                    live, status="active", host_id=user.id, taken_at=now, visitor_active_at=now
                )
            if not live.released:
                floor.waits.record(row.service_id, now - row.queued_at)
        await floor.audit(user.id, "take", row.id)
        floor.publish_conversation(live)
        floor.publish_queue(row.service_id)
        floor.staff_changed(user.id)
        if live.visitor is not None:
            live.visitor.send(floor.visitor_status(live))
        return floor.conversation_view(live)

    def _next_for(self, user: UserRow, service_slug: str | None) -> Live:
        floor = self.floor
        candidates = [
            lv
            for lv in floor.live.values()
            if lv.row.status == "queued"
            and lv.service.slug in user.services
            and (service_slug is None or lv.service.slug == service_slug)
        ]
        candidates.sort(key=lambda lv: (lv.row.queued_at, lv.row.id))
        full = False
        for live in candidates:
            if len(floor.held_by(user.id, live.service.id)) < live.service.max_per_host:
                return live
            full = True
        if full:
            raise OpError("at_capacity", "You are at capacity in every service with a queue.")
        raise OpError("queue_empty", "Nobody is waiting.", 409)
