"""Extra services and accounts for tests that need more than the demo centre (a supervisor of
another service, a closed service, a full queue), made through the admin API."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from chathost.devtools.protoclient import StaffClient

PASSWORD = "a-long-test-password"


def not_today(timezone: str = "Europe/Oslo") -> int:
    return (datetime.now(ZoneInfo(timezone)).weekday() + 3) % 7


async def add_service(admin: StaffClient, slug: str, **fields: Any) -> dict[str, Any]:
    body = {"slug": slug, "name": fields.pop("name", slug.title()), "languages": ["nb", "en"]}
    return await admin.call("POST", "/admin/services", {**body, **fields})  # type: ignore[no-any-return]


async def closed_service(admin: StaffClient, slug: str) -> dict[str, Any]:
    hours = [{"days": [not_today()], "start": "00:00", "end": "00:01"}]
    return await add_service(admin, slug, opening_hours=hours)


async def add_account(
    clients: Any, admin: StaffClient, username: str, role: str, services: list[str],
    connect: bool = True,
) -> StaffClient:
    """A logged-in (and connected) client for a new account; closed with the other clients."""
    await admin.call(
        "POST",
        "/admin/users",
        {"username": username, "display_name": username.title(), "role": role,
         "password": PASSWORD, "services": services},
    )
    client = StaffClient(clients.server.url, clients.http)
    clients.made.append(client)
    await client.login(username, PASSWORD)
    if connect:
        await client.connect()
    return client
