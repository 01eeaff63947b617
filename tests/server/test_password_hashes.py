"""Stored passwords are argon2id at the RFC 9106 cost. The other tests run with a cheap hasher
(tests/conftest.py); these put the real one back."""

from __future__ import annotations

from collections.abc import Iterator

import aiohttp
import pytest
from argon2 import extract_parameters, profiles

from chathost.devtools.protoclient import ApiError, StaffClient
from chathost.server import passwords
from tests.conftest import REAL_HASHER, TEST_HASHER, Clients, Server


@pytest.fixture
def real_cost() -> Iterator[None]:
    passwords.use_hasher(REAL_HASHER)
    try:
        yield
    finally:
        passwords.use_hasher(TEST_HASHER)


async def test_a_login_makes_an_older_cheaper_hash_again_at_the_real_cost(
    server: Server, clients: Clients, real_cost: None
) -> None:
    storage = server.ctx.storage
    before = await storage.get_user("host1")
    assert before is not None and before.password_hash is not None
    assert extract_parameters(before.password_hash).memory_cost < 65536  # seeded cheaply

    await clients.staff("host1", connect=False)

    after = await storage.get_user("host1")
    assert after is not None and after.password_hash is not None
    assert extract_parameters(after.password_hash) == profiles.RFC_9106_LOW_MEMORY
    await clients.staff("host1", connect=False)  # the same password still works


async def test_the_wrong_password_is_refused_at_the_real_cost_too(
    server: Server, http: aiohttp.ClientSession, real_cost: None
) -> None:
    with pytest.raises(ApiError) as refused:
        await StaffClient(server.url, http).login("host1", "not it")
    assert refused.value.status == 401
    stored = await server.ctx.storage.get_user("host1")
    assert stored is not None and stored.password_hash is not None
    assert extract_parameters(stored.password_hash).memory_cost < 65536  # nothing rehashed
