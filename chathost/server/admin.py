"""Account and service administration, shared by the admin REST API and the command line."""

from __future__ import annotations

import msgspec

from chathost.protocol import models
from chathost.server.errors import OpError
from chathost.server.hours import valid_timezone
from chathost.server.passwords import hash_password_async
from chathost.server.storage import DuplicateError, ServiceRow, Storage, UserRow


async def add_user(storage: Storage, body: models.UserCreate, now: float) -> UserRow:
    known = {s.slug for s in await storage.list_services()}
    unknown = sorted(set(body.services) - known)
    if unknown:
        raise OpError("unknown_service", f"No such service: {', '.join(unknown)}.", 400)
    password_hash = await hash_password_async(body.password)
    try:
        return await storage.add_user(
            body.username,
            body.display_name,
            body.role,
            password_hash,
            sorted(set(body.services)),
            now,
        )
    except DuplicateError:
        raise OpError("user_exists", f"The username {body.username!r} is taken.", 409) from None


async def add_service(storage: Storage, body: models.ServiceCreate, now: float) -> ServiceRow:
    if not valid_timezone(body.timezone):
        raise OpError("invalid_timezone", f"Unknown time zone {body.timezone!r}.", 400)
    try:
        return await storage.add_service(
            body.slug,
            body.name,
            list(dict.fromkeys(body.languages)),
            body.audience,
            body.timezone,
            msgspec.json.encode(body.opening_hours).decode(),
            body.max_per_host,
            body.max_queue,
            now,
            body.announce_reading,
        )
    except DuplicateError:
        raise OpError("service_exists", f"The service {body.slug!r} exists.", 409) from None
