"""Shared fixtures: a real server on 127.0.0.1 with a real SQLite file, and protocol clients."""

from __future__ import annotations

import os
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp
import pytest
from aiohttp import web
from argon2 import PasswordHasher

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from chathost.devtools.protoclient import StaffClient, VisitorClient
from chathost.server import demo, passwords
from chathost.server.app import SWEEPER, build_app, start
from chathost.server.config import ServerConfig
from chathost.server.context import CONTEXT, ServerContext
from chathost.server.sweeper import Sweeper

PASSWORDS = {a.username: a.password for a, _, _ in demo.DEMO_ACCOUNTS}

# argon2 at its real cost (~150 ms and 64 MiB a hash) in every test server's seeding and every
# login was over half of the suite's time; tests/server/test_passwords.py checks the real one.
REAL_HASHER = passwords._hasher
TEST_HASHER = PasswordHasher(time_cost=1, memory_cost=256, parallelism=1)
passwords.use_hasher(TEST_HASHER)


class Clock:
    """Real time plus an offset that tests move forward instead of sleeping."""

    def __init__(self) -> None:
        self.offset = 0.0

    def __call__(self) -> float:
        return time.time() + self.offset

    def advance(self, seconds: float) -> None:
        self.offset += seconds


@dataclass
class Server:
    config: ServerConfig
    app: web.Application
    runner: web.AppRunner
    url: str
    clock: Clock
    port: int = 0
    running: bool = field(default=True)

    @property
    def ctx(self) -> ServerContext:
        return self.app[CONTEXT]

    @property
    def sweeper(self) -> Sweeper:
        return self.app[SWEEPER]

    async def stop(self) -> None:
        if self.running:
            self.running = False
            await self.runner.cleanup()

    async def restart(self) -> None:
        """Stop gracefully and start again on the same database file and port."""
        await self.stop()
        self.app = build_app(self.config)
        self.runner, self.url = await start(self.app, "127.0.0.1", self.port)
        self.running = True


async def launch(tmp_path: Path, **overrides: object) -> Server:
    clock = Clock()
    config = ServerConfig(db_path=str(tmp_path / "chat.sqlite3"), clock=clock,
                          sweep_interval=3600.0, **overrides)  # type: ignore[arg-type]

    async def seed(storage: object) -> None:
        await demo.seed(storage, clock())  # type: ignore[arg-type]

    app = build_app(config, seed=seed)
    runner, url = await start(app, "127.0.0.1", 0)
    port = int(url.rsplit(":", 1)[1])
    return Server(config, app, runner, url, clock, port)


@pytest.fixture
async def server(tmp_path: Path) -> AsyncIterator[Server]:
    srv = await launch(tmp_path)
    try:
        yield srv
    finally:
        await srv.stop()


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


class Clients:
    """Makes logged-in staff clients and visitors, and closes them all afterwards."""

    def __init__(self, server: Server, http: aiohttp.ClientSession) -> None:
        self.server = server
        self.http = http
        self.made: list[StaffClient | VisitorClient] = []

    async def staff(self, username: str, connect: bool = True, shift: bool = False) -> StaffClient:
        client = StaffClient(self.server.url, self.http)
        self.made.append(client)
        await client.login(username, PASSWORDS[username])
        if connect:
            await client.connect()
        if shift:
            await client.start_shift()
        return client

    async def visitor(self, service: str = "ung", language: str = "nb",
                      connect: bool = True) -> VisitorClient:
        client = VisitorClient(self.server.url, self.http)
        self.made.append(client)
        await client.open(service, language)
        if connect:
            await client.connect()
        return client

    async def close(self) -> None:
        for client in self.made:
            await client.disconnect()


@pytest.fixture
async def clients(server: Server, http: aiohttp.ClientSession) -> AsyncIterator[Clients]:
    made = Clients(server, http)
    try:
        yield made
    finally:
        await made.close()
