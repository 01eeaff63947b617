"""Unlocking a locked console: `POST /auth/verify` checks the caller's password again without
touching the session, and is limited like logging in, so a locked workstation cannot be used
to guess the password."""

from __future__ import annotations

import pytest

from chathost.devtools.protoclient import ApiError, StaffClient
from chathost.protocol.limits import LOGIN_ATTEMPTS
from tests.conftest import PASSWORDS


async def verify(client: StaffClient, password: str) -> None:
    await client.call("POST", "/auth/verify", {"password": password})


async def test_the_right_password_is_accepted_and_a_wrong_one_refused(clients):
    host = await clients.staff("host1", connect=False)
    assert await verify(host, PASSWORDS["host1"]) is None  # 204, no body

    with pytest.raises(ApiError) as wrong:
        await verify(host, "not-the-password")
    assert wrong.value.status == 401 and wrong.value.code == "wrong_password"
    # A wrong password is not a lost session: the token still works, unlocking too.
    assert (await host.call("GET", "/me"))["username"] == "host1"
    await verify(host, PASSWORDS["host1"])


async def test_too_many_wrong_passwords_are_rate_limited(server, clients):
    host = await clients.staff("host1", connect=False)
    for _ in range(LOGIN_ATTEMPTS):
        with pytest.raises(ApiError) as wrong:
            await verify(host, "guess")
        assert wrong.value.status == 401
    with pytest.raises(ApiError) as limited:
        await verify(host, PASSWORDS["host1"])  # even the right one, until the wait is over
    assert limited.value.status == 429 and limited.value.problem["retry_after"] > 0
    # Another host's unlock is not affected; and the wait ends.
    other = await clients.staff("host2", connect=False)
    await verify(other, PASSWORDS["host2"])
    server.clock.advance(limited.value.problem["retry_after"] + 1)
    await verify(host, PASSWORDS["host1"])


async def test_unlocking_needs_a_session(server, http):
    anonymous = StaffClient(server.url, http)
    with pytest.raises(ApiError) as refused:
        await verify(anonymous, PASSWORDS["host1"])
    assert refused.value.status == 401 and refused.value.code == "unauthorized"
