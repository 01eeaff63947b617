"""Who works where: services, staff and their roles, kept in memory for routing events."""

from __future__ import annotations

from chathost.server.storage import ServiceRow, Storage, UserRow


class Directory:
    def __init__(self, storage: Storage) -> None:
        self.storage = storage
        self.services: dict[str, ServiceRow] = {}
        self.services_by_id: dict[int, ServiceRow] = {}
        self.users: dict[int, UserRow] = {}

    async def load(self) -> None:
        for service in await self.storage.list_services():
            self.add_service(service)
        for user in await self.storage.list_users():
            self.users[user.id] = user

    def add_service(self, service: ServiceRow) -> None:
        self.services[service.slug] = service
        self.services_by_id[service.id] = service

    def put_user(self, user: UserRow) -> None:
        self.users[user.id] = user

    def username(self, user_id: int | None) -> str | None:
        if user_id is None:
            return None
        user = self.users.get(user_id)
        return user.username if user else None

    def members(self, service_id: int) -> set[int]:
        slug = self.services_by_id[service_id].slug
        return {
            u.id
            for u in self.users.values()
            if not u.disabled and u.role in ("host", "supervisor") and slug in u.services
        }

    def supervisors(self, service_id: int) -> set[int]:
        slug = self.services_by_id[service_id].slug
        return {
            u.id
            for u in self.users.values()
            if not u.disabled and u.role == "supervisor" and slug in u.services
        }

    def is_supervisor_of(self, user: UserRow, service_id: int) -> bool:
        return user.role == "supervisor" and self.services_by_id[service_id].slug in user.services
