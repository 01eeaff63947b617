"""Referral: a host hands a conversation to another service's queue with a note for the next
host. The visitor keeps the conversation (same token, same transcript) and is told, in their
language, that a new person will answer; it waits at its original place in the new queue."""

from __future__ import annotations

from chathost.protocol import models
from chathost.server.errors import OpError, not_found
from chathost.server.escalations import Escalations
from chathost.server.floor import Floor
from chathost.server.notices import transfer_notice
from chathost.server.storage import UserRow


async def refer(
    floor: Floor,
    escalations: Escalations,
    user: UserRow,
    conversation_id: str,
    slug: str,
    note: str,
) -> models.Conversation:
    live = floor.handled_by(user, conversation_id)
    target = floor.directory.services.get(slug)
    if target is None:
        raise not_found("service")
    old = live.service
    if target.id == old.id:
        raise OpError("same_service", "The conversation is already in that service.")
    if not floor.service_open(target):
        raise OpError("service_closed", f"{target.name} is closed right now.")
    async with floor.queue_lock:
        floor.handled_by(user, conversation_id)  # still, now that it is our turn
        host_id = live.row.host_id
        if len(floor.queued(target.id)) >= target.max_queue:
            raise OpError("queue_full", f"The queue of {target.name} is full right now.")
        # Told first, while its host still holds it: the host sees what the visitor was told.
        await floor.transcript.post_system(live, transfer_notice(live.row.language, target.name))
        async with live.lock:
            await floor.change(
                live,
                service_id=target.id,
                status="queued",
                host_id=None,
                taken_at=None,
                referred_from=old.slug,
                handover_note=note if note.strip() else None,
            )
        live.service = target
        live.released = True  # its next take says nothing about the new queue's waits
    await floor.audit(user.id, f"refer:{target.slug}", conversation_id, f"from:{old.slug}")
    await escalations.close_all(conversation_id)
    watchers = await floor.left_host(live, host_id)
    floor.publish_conversation(
        live, user.id, host_id, *watchers, *floor.directory.supervisors(old.id)
    )
    floor.publish_queue(old.id)
    floor.publish_queue(target.id)  # the visitor gets its place in the new queue
    return floor.conversation_view(live)
