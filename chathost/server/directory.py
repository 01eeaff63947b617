"""Who works where: services, staff and their roles, kept in memory for routing events.
Membership is rebuilt only when an account or a service changes, never per message."""

from __future__ import annotations

from chathost.server.storage import ServiceRow, Storage, UserRow


class Directory:
    def __init__(self, storage: Storage) -> None:
        self.storage = storage
        self.services: dict[str, ServiceRow] = {}
        self.services_by_id: dict[int, ServiceRow] = {}
        self.users: dict[int, UserRow] = {}
        self._members: dict[int, set[int]] = {}
        self._supervisors: dict[int, set[int]] = {}

    async def load(self) -> None:
        for service in await self.storage.list_services():
            self.add_service(service)
        for user in await self.storage.list_users():
            self.users[user.id] = user
        self._rebuild()

    def add_service(self, service: ServiceRow) -> None:
        self.services[service.slug] = service
        self.services_by_id[service.id] = service
        self._rebuild()

    def put_user(self, user: UserRow) -> None:
        old = self.users.get(user.id)
        self.users[user.id] = user
        if old is None or (old.role, old.disabled, old.services) != (
            user.role,
            user.disabled,
            user.services,
        ):
            self._rebuild()

    def username(self, user_id: int | None) -> str | None:
        if user_id is None:
            return None
        user = self.users.get(user_id)
        return user.username if user else None

    def _rebuild(self) -> None:
        self._members = {sid: set() for sid in self.services_by_id}
        self._supervisors = {sid: set() for sid in self.services_by_id}
        by_slug = {s.slug: s.id for s in self.services.values()}
        for user in self.users.values():
            if user.disabled or user.role not in ("host", "supervisor"):
                continue
            for slug in user.services:
                if slug in by_slug:
                    self._members[by_slug[slug]].add(user.id)
                    if user.role == "supervisor":
                        self._supervisors[by_slug[slug]].add(user.id)

    def members(self, service_id: int) -> set[int]:
        """Hosts and supervisors who work on the service (a copy: callers may change it)."""
        return set(self._members.get(service_id, ()))

    def supervisors(self, service_id: int) -> set[int]:
        return set(self._supervisors.get(service_id, ()))

    def is_supervisor_of(self, user: UserRow, service_id: int) -> bool:
        return user.role == "supervisor" and self.services_by_id[service_id].slug in user.services
