"""Everything a request handler may need, built once per application."""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from dataclasses import dataclass, field

from aiohttp import web

from chathost.protocol.limits import (
    LOGIN_ATTEMPTS,
    LOGIN_ATTEMPTS_PER_ADDRESS,
    LOGIN_WINDOW_SECONDS,
)
from chathost.server.config import ServerConfig
from chathost.server.escalations import Escalations
from chathost.server.floor import Floor
from chathost.server.guidelines import GuidelineLibrary
from chathost.server.ratelimit import WindowLimiter
from chathost.server.staff_board import StaffBoard
from chathost.server.storage import Storage
from chathost.server.streams import EventHub
from chathost.server.supervision import Supervision
from chathost.server.transfers import Transfers


@dataclass
class ServerContext:
    config: ServerConfig
    storage: Storage
    hub: EventHub
    floor: Floor
    guidelines: GuidelineLibrary
    escalations: Escalations
    login_limiter: WindowLimiter
    address_login_limiter: WindowLimiter
    open_limiter: WindowLimiter
    supervision: Supervision
    transfers: Transfers
    staff_board: StaffBoard
    # Recent command replies per staff user, so a repeated command id is answered, not redone.
    replies: dict[int, OrderedDict[str, asyncio.Future[str]]] = field(default_factory=dict)

    @classmethod
    def create(cls, config: ServerConfig, storage: Storage) -> ServerContext:
        hub = EventHub(config.stream_buffer)
        floor = Floor(config, storage, hub)
        return cls(
            config=config,
            storage=storage,
            hub=hub,
            floor=floor,
            guidelines=GuidelineLibrary(config, storage, hub, floor.directory),
            escalations=Escalations(floor),
            login_limiter=WindowLimiter(LOGIN_ATTEMPTS, LOGIN_WINDOW_SECONDS, config.clock),
            address_login_limiter=WindowLimiter(
                LOGIN_ATTEMPTS_PER_ADDRESS, LOGIN_WINDOW_SECONDS, config.clock
            ),
            open_limiter=WindowLimiter(config.visitor_opens_per_minute, 60.0, config.clock),
            supervision=Supervision(floor),
            transfers=Transfers(floor),
            staff_board=StaffBoard(floor),
        )


CONTEXT: web.AppKey[ServerContext] = web.AppKey("chathost_context", ServerContext)
