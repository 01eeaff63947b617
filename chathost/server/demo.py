"""A demo centre: two services, two hosts, a supervisor and an admin, with known passwords."""

from __future__ import annotations

from dataclasses import dataclass

from chathost.protocol import models
from chathost.protocol.models import Role
from chathost.server import admin
from chathost.server.storage import Storage


@dataclass(frozen=True)
class DemoAccount:
    username: str
    password: str
    role: Role


DEMO_SERVICES = [
    models.ServiceCreate(
        slug="ung",
        name="Ung chat",
        languages=["nb", "en"],
        audience="Young people 13–25",
        timezone="Europe/Oslo",
        max_per_host=3,
        max_queue=50,
    ),
    models.ServiceCreate(
        slug="nuoret",
        name="Nuorten chat",
        languages=["fi", "en"],
        audience="Nuoret 12–29",
        timezone="Europe/Helsinki",
        max_per_host=3,
        max_queue=50,
    ),
]

DEMO_ACCOUNTS = [
    (DemoAccount("host1", "demo-host-1", "host"), "Kari (host)", ["ung", "nuoret"]),
    (DemoAccount("host2", "demo-host-2", "host"), "Mikko (host)", ["ung", "nuoret"]),
    (DemoAccount("super1", "demo-super-1", "supervisor"), "Sigrid (supervisor)", ["ung", "nuoret"]),
    (DemoAccount("admin", "demo-admin-1", "admin"), "Administrator", []),
]


async def seed(storage: Storage, now: float) -> list[DemoAccount]:
    """Idempotent: an existing demo centre is left as it is."""
    existing = {s.slug for s in await storage.list_services()}
    for service in DEMO_SERVICES:
        if service.slug not in existing:
            await admin.add_service(storage, service, now)
    users = {u.username for u in await storage.list_users()}
    for account, display_name, services in DEMO_ACCOUNTS:
        if account.username not in users:
            await admin.add_user(
                storage,
                models.UserCreate(
                    username=account.username,
                    display_name=display_name,
                    role=account.role,
                    password=account.password,
                    services=services,
                ),
                now,
            )
    return [a for a, _, _ in DEMO_ACCOUNTS]
