"""Every service on the server as staff see it: where a conversation can be referred, and each
service's wrap-up form. Loaded after login and again whenever the refer dialog opens."""

from __future__ import annotations

from chathost.core.api import ApiClient
from chathost.protocol import models


class ServiceList:
    def __init__(self, api: ApiClient) -> None:
        self.api = api
        self.services: dict[str, models.StaffService] = {}

    async def refresh(self) -> list[models.StaffService]:
        found = await self.api.staff_services()
        self.services = {s.slug: s for s in found}
        return found

    def form_for(self, slug: str) -> models.WrapupForm | None:
        service = self.services.get(slug)
        return service.wrapup if service is not None else None

    def name_of(self, slug: str) -> str:
        service = self.services.get(slug)
        return service.name if service is not None else slug
