"""Warm transfers: a host (or a supervisor of the service) offers a conversation to a named
colleague, who accepts or declines. Until then nothing changes for the visitor, who keeps
writing to the same host; on acceptance the visitor is told first, then the colleague becomes
the host. Open offers are stored: after a server restart they are still open (or expire if
their time ran out meanwhile)."""

from __future__ import annotations

import secrets
from collections import OrderedDict
from dataclasses import dataclass

import msgspec

from chathost.protocol import frames, models
from chathost.server import notices
from chathost.server.errors import OpError, forbidden, not_found
from chathost.server.floor import Floor, Live
from chathost.server.storage import TransferOfferRow, UserRow

OFFER_SECONDS = 120.0
_KEEP_CLOSED = 500  # recently closed offers, to answer "no longer open" rather than "unknown"


@dataclass
class Offer:
    transfer: models.Transfer
    service_id: int
    from_id: int
    to_id: int


def _closed() -> OpError:
    return OpError("transfer_closed", "That transfer is no longer open.", 409)


class Transfers:
    def __init__(self, floor: Floor) -> None:
        self.floor = floor
        self.open: dict[str, Offer] = {}
        self._closed: OrderedDict[str, Offer] = OrderedDict()
        floor.on_unheld.append(self._conversation_moved)

    async def load(self) -> None:
        """The offers open when the server stopped: still open if their conversation is held
        as it was; the sweeper expires those whose time ran out."""
        storage = self.floor.storage
        for row in await storage.transfer_offers():
            transfer = msgspec.json.decode(row.transfer, type=models.Transfer)
            live = self.floor.live.get(row.conversation_id)
            if live is None or live.row.status != "active":
                await storage.drop_transfer_offer(row.id)
                continue
            self.open[row.id] = Offer(transfer, row.service_id, row.from_id, row.to_id)

    # ------------------------------------------------------------ audiences and views

    def _audience(self, offer: Offer) -> set[int]:
        floor = self.floor
        ids = floor.directory.supervisors(offer.service_id) | {offer.from_id, offer.to_id}
        live = floor.live.get(offer.transfer.conversation)
        if live is not None and live.row.host_id is not None:
            ids.add(live.row.host_id)
        return ids

    def _publish(self, offer: Offer, *extra: int | None) -> None:
        audience = self._audience(offer) | {i for i in extra if i is not None}
        self.floor.hub.publish(audience, frames.TransferEvent(seq=0, transfer=offer.transfer))

    def for_user(self, user: UserRow) -> list[models.Transfer]:
        """Open offers the user made, received, holds the conversation of, or supervises."""
        return [o.transfer for o in self.open.values() if user.id in self._audience(o)]

    def open_for(self, conversation_id: str) -> Offer | None:
        for offer in self.open.values():
            if offer.transfer.conversation == conversation_id:
                return offer
        return None

    # ------------------------------------------------------------ checks

    def _check_target(self, live: Live, target: UserRow) -> None:
        floor, service = self.floor, live.service
        name = target.display_name
        if (
            target.disabled
            or target.role not in ("host", "supervisor")
            or service.slug not in target.services
        ):
            raise OpError("not_available", f"{name} does not work on {service.name}.")
        if target.id == live.row.host_id:
            raise OpError("already_host", f"{name} already holds this conversation.", 409)
        if not floor.shifts.is_available(target.id):
            raise OpError("not_available", f"{name} is not on shift, or their shift is paused.")
        if not floor.hub.connections(target.id):
            raise OpError("not_available", f"{name}'s console is not connected.")
        if len(floor.held_by(target.id, service.id)) >= service.max_per_host:
            raise OpError(
                "at_capacity",
                f"{name} already holds as many conversations as {service.name} allows.",
            )

    def _find_user(self, username: str) -> UserRow:
        wanted = username.casefold()
        for user in self.floor.directory.users.values():
            if user.username.casefold() == wanted:
                return user
        raise not_found("user")

    def _get(self, transfer_id: str) -> Offer:
        offer = self.open.get(transfer_id)
        if offer is None:
            if transfer_id in self._closed:
                raise _closed()
            raise not_found("transfer")
        return offer

    # ------------------------------------------------------------ commands

    async def offer(
        self, user: UserRow, conversation_id: str, to: str, note: str
    ) -> models.Transfer:
        floor = self.floor
        live = floor.handled_by(user, conversation_id)
        target = self._find_user(to)
        if self.open_for(conversation_id) is not None:
            raise OpError(
                "transfer_open", "A transfer of this conversation is already waiting.", 409
            )
        self._check_target(live, target)
        now = floor.now()
        transfer = models.Transfer(
            id=secrets.token_hex(8),
            conversation=conversation_id,
            service=live.service.slug,
            alias=live.row.alias,
            status="offered",
            from_user=user.username,
            from_name=user.display_name,
            to_user=target.username,
            to_name=target.display_name,
            note=note.strip(),
            offered_at=now,
            expires_at=now + OFFER_SECONDS,
        )
        offer = Offer(transfer, live.service.id, user.id, target.id)
        await floor.storage.put_transfer_offer(
            TransferOfferRow(
                transfer.id,
                conversation_id,
                live.service.id,
                user.id,
                target.id,
                msgspec.json.encode(transfer).decode(),
            )
        )
        self.open[transfer.id] = offer
        await floor.audit(user.id, "transfer:offer", conversation_id, f"to:{target.username}")
        self._publish(offer)
        return transfer

    async def _close(
        self, offer: Offer, status: str, actor: int | None, *extra: int | None
    ) -> models.Transfer:
        if self.open.pop(offer.transfer.id, None) is None:
            raise _closed()
        await self.floor.storage.drop_transfer_offer(offer.transfer.id)
        offer.transfer = msgspec.structs.replace(
            offer.transfer,
            status=status,  # type: ignore[arg-type]
            answered_at=self.floor.now(),
        )
        self._closed[offer.transfer.id] = offer
        while len(self._closed) > _KEEP_CLOSED:
            self._closed.popitem(last=False)
        action = {"accepted": "accept", "declined": "decline", "cancelled": "cancel"}.get(
            status, "expire"
        )
        await self.floor.audit(actor, f"transfer:{action}", offer.transfer.conversation)
        self._publish(offer, *extra)
        return offer.transfer

    async def answer(
        self, user: UserRow, transfer_id: str, accept: bool
    ) -> tuple[models.Transfer, models.Conversation | None]:
        offer = self._get(transfer_id)
        if offer.to_id != user.id:
            raise forbidden("That transfer was offered to someone else.")
        if not accept:
            return await self._close(offer, "declined", user.id), None
        floor = self.floor
        async with floor.queue_lock:
            if transfer_id not in self.open:  # cancelled or expired while we waited
                raise _closed()
            live = floor.live.get(offer.transfer.conversation)
            if live is None or live.row.status != "active":
                await self._close(offer, "cancelled", None)
                raise OpError("conversation_ended", "That conversation is no longer held.", 409)
            self._check_target(live, user)
            if user.id in live.supervisors:  # a supervisor reading along takes it
                await floor.drop_supervisor(live, user.id)
            # Told first, while the earlier host still holds it: they see what was said.
            put_through = notices.notice(notices.PUT_THROUGH, live.row.language)
            await floor.transcript.tell_visitor(live, put_through)
            earlier = live.row.host_id
            note = offer.transfer.note
            async with live.lock:
                await floor.change(
                    live,
                    host_id=user.id,
                    taken_at=floor.now(),
                    handover_note=note or live.row.handover_note,
                )
            transfer = await self._close(offer, "accepted", user.id, earlier)
        await floor.transcript.post_notice(live, "transferred", user.id)
        floor.publish_conversation(live, earlier)
        floor.staff_changed(earlier, user.id)
        return transfer, floor.conversation_view(live)

    async def cancel(self, user: UserRow, transfer_id: str) -> models.Transfer:
        offer = self._get(transfer_id)
        live = self.floor.live.get(offer.transfer.conversation)
        allowed = (
            user.id == offer.from_id
            or (live is not None and live.row.host_id == user.id)
            or self.floor.directory.is_supervisor_of(user, offer.service_id)
        )
        if not allowed:
            raise forbidden("Only who offered it, the host or a supervisor can cancel it.")
        return await self._close(offer, "cancelled", user.id)

    # ------------------------------------------------------------ the floor moving on

    async def _conversation_moved(self, live: Live) -> None:
        offer = self.open_for(live.row.id)
        if offer is not None:
            await self._close(offer, "cancelled", None)

    async def expire(self) -> None:
        now = self.floor.now()
        for offer in [o for o in self.open.values() if o.transfer.expires_at <= now]:
            if offer.transfer.id in self.open:
                await self._close(offer, "expired", None)
