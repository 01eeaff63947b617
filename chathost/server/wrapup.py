"""Wrap-up: after a conversation, each host who took it files a short anonymous form (topics,
age group, gender…) for the centre's statistics. Only option codes are stored, with the hour
the conversation ended; free text only where an admin has allowed a comment."""

from __future__ import annotations

import math

import msgspec

from chathost.protocol import models
from chathost.server.errors import OpError, forbidden, not_found, storage_failed
from chathost.server.floor import Floor
from chathost.server.storage import ServiceRow, StorageError, UserRow, WrapupRow

MAX_FIELDS = 20
MAX_OPTIONS = 50

DEFAULT_FORM = models.WrapupForm(
    fields=[
        models.WrapupField(
            id="topics",
            label="Topics",
            options=[
                "suicide",
                "self-harm",
                "violence-abuse",
                "mental-health",
                "bullying",
                "loneliness",
                "relationships",
                "school-work",
                "identity",
                "other",
            ],
            multiple=True,
        ),
        models.WrapupField(
            id="age_group",
            label="Age group",
            options=["under-13", "13-15", "16-19", "20-25", "over-25", "unknown"],
        ),
        models.WrapupField(
            id="gender",
            label="Gender",
            options=["girl", "boy", "non-binary", "other", "unknown"],
        ),
    ],
    allow_comment=False,
)


def invalid(message: str) -> OpError:
    return OpError("invalid_wrapup", message, 400)


def form_of(service: ServiceRow) -> models.WrapupForm:
    if not service.wrapup_json:
        return DEFAULT_FORM
    return msgspec.json.decode(service.wrapup_json, type=models.WrapupForm)


def check_form(form: models.WrapupForm) -> None:
    def refuse(message: str) -> OpError:
        return OpError("invalid_wrapup_form", message, 400)

    ids = [f.id for f in form.fields]
    if not ids:
        raise refuse("A form needs at least one field.")
    if len(ids) > MAX_FIELDS:
        raise refuse(f"A form has at most {MAX_FIELDS} fields.")
    if len(set(ids)) != len(ids):
        raise refuse("Two fields have the same id.")
    for field in form.fields:
        if not field.options or len(field.options) > MAX_OPTIONS:
            raise refuse(f"Field {field.id!r} needs 1 to {MAX_OPTIONS} options.")
        if len(set(field.options)) != len(field.options):
            raise refuse(f"Field {field.id!r} lists an option twice.")


def check_answers(form: models.WrapupForm, body: models.WrapupAnswers) -> dict[str, list[str]]:
    fields = {f.id: f for f in form.fields}
    clean: dict[str, list[str]] = {}
    for field_id, values in body.answers.items():
        field = fields.get(field_id)
        if field is None:
            raise invalid(f"The form has no field {field_id!r}.")
        unknown = [v for v in values if v not in field.options]
        if unknown:
            raise invalid(f"Field {field_id!r} has no option {unknown[0]!r}.")
        chosen = list(dict.fromkeys(values))
        if len(chosen) > 1 and not field.multiple:
            raise invalid(f"Field {field_id!r} takes one answer.")
        clean[field_id] = chosen
    if body.comment and body.comment.strip() and not form.allow_comment:
        raise invalid("This service's form takes no comment.")
    return clean


def staff_services(floor: Floor) -> list[models.StaffService]:
    """Every service (a host may refer to any of them), with its wrap-up form."""
    out = []
    for service in floor.directory.services.values():
        view = floor.service_view(service)
        out.append(
            models.StaffService(
                slug=service.slug,
                name=service.name,
                languages=list(service.languages),
                audience=service.audience,
                open_now=view.open_now,
                queue_full=view.queue_length >= service.max_queue,
                wrapup=form_of(service),
            )
        )
    return out


async def set_form(floor: Floor, slug: str, form: models.WrapupForm) -> models.WrapupForm:
    check_form(form)
    try:
        stored = await floor.storage.set_service_wrapup(slug, msgspec.json.encode(form).decode())
    except StorageError as exc:
        raise storage_failed() from exc
    if stored is None:
        raise not_found("service")
    service = floor.directory.services.get(slug)
    if service is not None:  # in place: open conversations hold this very row
        service.wrapup_json = stored.wrapup_json
    return form


# How a host comes to hold a conversation: from the queue, by taking over, by a warm transfer.
_TOOK = frozenset({"take", "take_over", "take_over:kept_host", "transfer:accept"})


async def file_wrapup(
    floor: Floor, user: UserRow, conversation_id: str, body: models.WrapupAnswers
) -> None:
    """Allowed to each user who took the conversation, once it ended or once they referred it;
    a second filing by the same user replaces the first."""
    storage = floor.storage
    try:
        live = floor.live.get(conversation_id)
        row = live.row if live else await storage.get_conversation(conversation_id)
        if row is None:
            raise not_found("conversation")
        actions = await storage.audit_of(conversation_id, user.id)
    except StorageError as exc:
        raise storage_failed() from exc
    if not any(action in _TOOK for _, action, _ in actions):
        raise forbidden("Only a host who took this conversation can file its wrap-up.")
    # What this user's part ended with: a referral (unless they took it again afterwards) …
    referral: tuple[float, str, str] | None = None
    for at, action, detail in actions:
        if action in _TOOK:
            referral = None
        elif action.startswith("refer:"):
            referral = (at, action.removeprefix("refer:"), detail.removeprefix("from:"))
    service_id, referred_to = row.service_id, None
    if referral is not None:
        at, referred_to, source = referral
        origin = floor.directory.services.get(source)
        service_id = origin.id if origin is not None else row.service_id
    elif row.status == "ended" and row.ended_at is not None:  # … or the end
        at = row.ended_at
    else:
        raise OpError("conversation_open", "File the wrap-up once the conversation has ended.")
    answers = check_answers(form_of(floor.directory.services_by_id[service_id]), body)
    comment = body.comment.strip() if body.comment and body.comment.strip() else None
    try:
        await storage.put_wrapup(
            WrapupRow(
                conversation_id=conversation_id,
                author_id=user.id,
                service_id=service_id,
                ended_hour=math.floor(at / 3600.0) * 3600.0,
                answers_json=msgspec.json.encode(answers).decode(),
                risk=row.risk,
                referred_to=referred_to,
                comment=comment,
                created_at=floor.now(),
            )
        )
    except StorageError as exc:
        raise storage_failed() from exc
    await floor.audit(user.id, "wrapup", conversation_id)
