"""Who may do what: tokens, roles, participants, rate-limited login, admin actions."""

from __future__ import annotations

import asyncio

import aiohttp
import pytest

from chathost.devtools.protoclient import ApiError, CommandError, StaffClient
from chathost.protocol import frames
from tests.conftest import PASSWORDS


async def test_login_gives_an_expiring_token_and_logout_revokes_it(server, clients):
    host = await clients.staff("host1", connect=False)
    me = await host.call("GET", "/me")
    assert me["username"] == "host1" and me["role"] == "host"
    await host.connect()
    await host.call("POST", "/auth/logout")
    goodbye = await host.wait_for(frames.Goodbye)
    assert goodbye.reason == "logged_out" and not goodbye.reconnect
    with pytest.raises(ApiError) as revoked:
        await host.call("GET", "/me")
    assert revoked.value.status == 401


async def test_expired_token_is_refused_and_its_connection_closed(server, clients):
    host = await clients.staff("host1")
    server.clock.advance(server.config.token_lifetime + 1)
    await server.sweeper.sweep_once()
    goodbye = await host.wait_for(frames.Goodbye)
    assert goodbye.reason == "session_expired" and not goodbye.reconnect
    with pytest.raises(ApiError) as expired:
        await host.call("GET", "/me")
    assert expired.value.status == 401 and expired.value.code == "unauthorized"


async def test_wrong_password_is_refused_and_attempts_are_rate_limited(server, http):
    client = StaffClient(server.url, http)
    for _ in range(5):
        with pytest.raises(ApiError) as wrong:
            await client.login("host1", "not-the-password")
        assert wrong.value.status == 401
    with pytest.raises(ApiError) as limited:
        await client.login("host1", PASSWORDS["host1"])
    assert limited.value.status == 429 and limited.value.problem["retry_after"] > 0
    # A colleague behind the same centre router is not locked out by one person's typos.
    assert (await StaffClient(server.url, http).login("host2", PASSWORDS["host2"])).token
    server.clock.advance(61)
    assert (await client.login("host1", PASSWORDS["host1"])).user.username == "host1"


async def test_unknown_user_and_visitor_token_do_not_open_staff_doors(server, clients, http):
    stranger = StaffClient(server.url, http)
    with pytest.raises(ApiError) as unknown:
        await stranger.login("nobody", "whatever-password")
    assert unknown.value.status == 401
    visitor = await clients.visitor("ung", connect=False)
    stranger.token = visitor.token
    with pytest.raises(ApiError) as as_staff:
        await stranger.call("GET", "/staff/snapshot")
    assert as_staff.value.status == 401
    async with http.get(server.url + "/api/v1/staff/ws",
                        headers={"Authorization": f"Bearer {visitor.token}"}) as resp:
        assert resp.status == 401


async def test_a_host_cannot_read_or_write_another_hosts_conversation(clients):
    host1 = await clients.staff("host1", shift=True)
    host2 = await clients.staff("host2", shift=True)
    visitor = await clients.visitor("ung")
    conv = await host1.take(visitor.conversation)
    await visitor.send("bare til host1")

    with pytest.raises(ApiError) as read:
        await host2.messages(conv.id)
    assert read.value.status == 403
    for command in (
        frames.Send(id="x1", conversation=conv.id, text="hei"),
        frames.End(id="x2", conversation=conv.id),
        frames.Release(id="x3", conversation=conv.id),
    ):
        with pytest.raises(CommandError) as refused:
            await host2.command(command)
        assert refused.value.code == "forbidden"
    assert not [e for e in host2.of(frames.MessageEvent) if e.message.conversation == conv.id]


async def test_supervisor_of_the_service_sees_conversations_and_messages(clients):
    host = await clients.staff("host1", shift=True)
    supervisor = await clients.staff("super1")
    visitor = await clients.visitor("ung")
    conv = await host.take(visitor.conversation)
    await visitor.send("hjelp")
    event = await supervisor.wait_for(frames.MessageEvent, lambda e: e.message.text == "hjelp")
    assert event.message.conversation == conv.id
    assert [m.text for m in (await supervisor.messages(conv.id)).messages] == ["hjelp"]
    assert [c.id for c in (await supervisor.snapshot()).conversations] == [conv.id]


async def test_host_cannot_take_from_a_service_they_do_not_work_on(server, clients, http):
    admin = await clients.staff("admin", connect=False)
    await admin.call("POST", "/admin/services", {"slug": "vold", "name": "Vold og overgrep",
                                                 "languages": ["nb"]})
    host = await clients.staff("host1", shift=True)
    visitor = await clients.visitor("vold")
    with pytest.raises(CommandError) as refused:
        await host.take(visitor.conversation)
    assert refused.value.code == "forbidden"
    with pytest.raises(CommandError) as none:
        await host.take()
    assert none.value.code == "queue_empty"


async def test_admin_endpoints_need_an_admin(clients):
    host = await clients.staff("host1", connect=False)
    for method, path, body in (
        ("GET", "/admin/users", None),
        ("GET", "/admin/services", None),
        ("POST", "/admin/users/host2/disable", None),
        ("POST", "/admin/services", {"slug": "x", "name": "X", "languages": ["nb"]}),
    ):
        with pytest.raises(ApiError) as refused:
            await host.call(method, path, body)
        assert refused.value.status == 403


async def test_admin_adds_a_host_who_can_log_in_and_disabling_cuts_them_off(server, clients, http):
    admin = await clients.staff("admin", connect=False)
    created = await admin.call("POST", "/admin/users", {
        "username": "nyvakt", "display_name": "Ny vakt", "role": "host",
        "password": "a-long-password-1", "services": ["ung"],
    })
    assert created["services"] == ["ung"]
    with pytest.raises(ApiError) as dup:
        await admin.call("POST", "/admin/users", {
            "username": "NYVAKT", "display_name": "x", "role": "host",
            "password": "a-long-password-1",
        })
    assert dup.value.status == 409
    newbie = StaffClient(server.url, http)
    clients.made.append(newbie)
    await newbie.login("nyvakt", "a-long-password-1")
    await newbie.connect()
    await newbie.start_shift()
    visitor = await clients.visitor("ung")
    await newbie.take(visitor.conversation)
    await admin.call("POST", "/admin/users/nyvakt/disable")
    goodbye = await newbie.wait_for(frames.Goodbye)
    assert goodbye.reason == "account_disabled"
    # Nobody is left waiting on a disabled host: the visitor is back in the queue.
    await visitor.wait_for(frames.VisitorStatus, lambda s: s.status == "queued")
    with pytest.raises(ApiError) as disabled:
        await newbie.call("GET", "/me")
    assert disabled.value.status == 401
    with pytest.raises(ApiError) as login:
        await StaffClient(server.url, http).login("nyvakt", "a-long-password-1")
    assert login.value.status == 403


async def test_transcripts_are_deleted_when_the_conversation_ends_by_default(server, clients):
    host = await clients.staff("host1", shift=True)
    visitor = await clients.visitor("ung")
    conv = await host.take(visitor.conversation)
    await visitor.send("noe privat")
    await host.end(conv.id)
    rows = await server.ctx.storage.execute(
        "SELECT count(*) FROM messages WHERE conversation_id = ?", conv.id
    )
    assert rows[0][0] == 0
    assert (await host.messages(conv.id)).messages == []


@pytest.fixture
async def retaining_server(tmp_path):
    from tests.conftest import launch

    srv = await launch(tmp_path, retention=3600.0)
    yield srv
    await srv.stop()


async def test_retention_keeps_transcripts_for_the_configured_time_then_purges(
    retaining_server, http
):
    from tests.conftest import Clients

    made = Clients(retaining_server, http)
    try:
        host = await made.staff("host1", shift=True)
        visitor = await made.visitor("ung")
        conv = await host.take(visitor.conversation)
        await visitor.send("behold en stund")
        await host.end(conv.id)
        await retaining_server.sweeper.sweep_once()
        assert [m.text for m in (await host.messages(conv.id)).messages] == ["behold en stund"]
        retaining_server.clock.advance(3601)
        await retaining_server.sweeper.sweep_once()
        assert (await host.messages(conv.id)).messages == []
    finally:
        await made.close()


async def test_no_visitor_address_is_stored(server, clients):
    visitor = await clients.visitor("ung")
    await visitor.send("hei")
    db_path = server.config.db_path
    await server.stop()
    data = b""
    import glob

    for name in glob.glob(db_path + "*"):
        with open(name, "rb") as fh:
            data += fh.read()
    assert b"127.0.0.1" not in data
    assert b"hei" in data  # the check itself can see text in the file


async def test_password_guesses_sent_all_at_once_still_meet_the_limit(server, http):
    async def guess(i: int) -> int:
        try:
            await StaffClient(server.url, http).login("host1", f"guess-{i}")
        except ApiError as exc:
            return exc.status
        return 200

    statuses = await asyncio.gather(*(guess(i) for i in range(30)))
    assert statuses.count(401) == 5 and statuses.count(429) == 25


async def test_an_account_disabled_before_hello_gets_nothing(server, clients, http):
    host = await clients.staff("host2", connect=False)
    headers = {"Authorization": f"Bearer {host.token}"}
    async with http.ws_connect(server.url + "/api/v1/staff/ws", headers=headers) as ws:
        admin = await clients.staff("admin", connect=False)
        await admin.call("POST", "/admin/users/host2/disable")
        await ws.send_str('{"type":"hello","protocol":1}')
        goodbye = await ws.receive_json()
        assert goodbye == {"type": "goodbye", "reason": "account_disabled", "reconnect": False}
        assert (await ws.receive()).type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED)


async def test_a_token_revoked_from_the_command_line_ends_its_connection(server, clients):
    host = await clients.staff("host1")
    await server.ctx.storage.set_user_disabled("host1", True)  # what `user disable` writes
    server.clock.advance(61)
    await server.sweeper.sweep_once()
    goodbye = await host.wait_for(frames.Goodbye)
    assert goodbye.reason == "account_disabled" and not goodbye.reconnect


async def test_forwarded_for_uses_the_last_hop_across_header_lines(tmp_path, http):
    from tests.conftest import launch

    srv = await launch(tmp_path, behind_proxy=True, visitor_opens_per_minute=1)
    try:
        url = srv.url + "/api/v1/visitor/conversations"
        body = {"service": "ung", "language": "nb"}
        statuses = []
        for spoofed in ("10.0.0.1", "10.0.0.2", "10.0.0.3"):
            headers = [("X-Forwarded-For", spoofed), ("X-Forwarded-For", "198.51.100.7")]
            async with http.post(url, json=body, headers=headers) as resp:
                statuses.append(resp.status)
        assert statuses == [201, 429, 429]  # the client cannot choose its own key
    finally:
        await srv.stop()
