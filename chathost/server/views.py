"""Turning stored rows into protocol values: the one place that decides what each audience sees."""

from __future__ import annotations

import msgspec

from chathost.protocol import frames, models
from chathost.server.storage import ConversationRow, MessageRow, ServiceRow, UserRow


def user(row: UserRow) -> models.User:
    return models.User(
        username=row.username,
        display_name=row.display_name,
        role=row.role,  # type: ignore[arg-type]
        services=list(row.services),
        disabled=row.disabled,
    )


def opening_hours(service: ServiceRow) -> list[models.OpeningWindow]:
    return msgspec.json.decode(service.opening_hours_json, type=list[models.OpeningWindow])


def conversation(
    row: ConversationRow,
    service_slug: str,
    host_name: str | None,
    visitor_connected: bool,
    supervisors: list[models.Supervisor] | None = None,
) -> models.Conversation:
    return models.Conversation(
        id=row.id,
        service=service_slug,
        language=row.language,
        alias=row.alias,
        status=row.status,  # type: ignore[arg-type]
        host=host_name,
        created_at=row.created_at,
        queued_at=row.queued_at,
        taken_at=row.taken_at,
        ended_at=row.ended_at,
        ended_by=row.ended_by,  # type: ignore[arg-type]
        last_seq=row.last_seq,
        host_read_seq=row.host_read_seq,
        visitor_read_seq=row.visitor_read_seq,
        visitor_connected=visitor_connected,
        risk=row.risk,  # type: ignore[arg-type]
        acute_at=row.acute_at,
        referred_from=row.referred_from,
        handover_note=row.handover_note,
        visitor_active_at=row.visitor_active_at if row.status == "active" else None,
        supervisors=supervisors or [],
    )


def staff_message(row: MessageRow, author: str | None) -> models.Message:
    return models.Message(
        conversation=row.conversation_id,
        seq=row.seq,
        sender=row.sender,  # type: ignore[arg-type]
        text=row.text,
        created_at=row.created_at,
        client_id=row.client_id,
        author=author,
        private=row.private,
        # A private system message stores the notice's code as its text.
        notice=row.text if row.private and row.sender == "system" else None,  # type: ignore[arg-type]
    )


def visitor_message(row: MessageRow) -> frames.VisitorMessage:
    """Visitors never learn which staff member wrote, nor staff client ids."""
    return frames.VisitorMessage(
        seq=row.seq,
        sender=row.sender,  # type: ignore[arg-type]
        text=row.text,
        created_at=row.created_at,
        client_id=row.client_id if row.sender == "visitor" else None,
    )


def service(row: ServiceRow, open_now: bool, queue_length: int) -> models.Service:
    return models.Service(
        slug=row.slug,
        name=row.name,
        languages=row.languages,
        audience=row.audience,
        timezone=row.timezone,
        opening_hours=opening_hours(row),
        max_per_host=row.max_per_host,
        max_queue=row.max_queue,
        open_now=open_now,
        queue_length=queue_length,
        announce_reading=row.announce_reading,
    )


def public_service(full: models.Service) -> models.PublicService:
    """The visitor's view is the admin's view without capacities, plus whether it is full."""
    fields = msgspec.structs.asdict(full)
    shared = {k: fields[k] for k in models.PublicService.__struct_fields__ if k in fields}
    return models.PublicService(**shared, queue_full=full.queue_length >= full.max_queue)
