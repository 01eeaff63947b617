"""The console's core against the real server: login errors, a whole conversation, and the
connection breaking — nothing typed is lost or sent twice."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Callable

import pytest

from chathost.core import api as core_api
from chathost.core.api import BackendError
from chathost.core.backoff import Backoff
from chathost.core.session import CommandFailed, ConsoleSession
from chathost.protocol import frames
from tests.conftest import PASSWORDS
from tests.helpers import until as wait_until


async def until(check: Callable[[], bool], session: ConsoleSession, timeout: float = 10) -> None:
    await wait_until(check, session.state.changed, session.outbox.changed, timeout=timeout)


@pytest.fixture
async def console(server, http):
    session = ConsoleSession(server.url, http, backoff=Backoff(base=0.05, cap=0.5))
    yield session
    await session.close()


async def start(console: ConsoleSession, username: str = "host1") -> None:
    await console.login(username, PASSWORDS[username])
    console.start()
    await console.stream.wait_online(10)
    await asyncio.wait_for(console.snapshot_loaded.wait(), 10)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def test_login_errors_are_told_apart(server, http, monkeypatch):
    session = ConsoleSession(server.url, http)
    with pytest.raises(BackendError) as wrong:
        await session.login("host1", "not-it")
    assert wrong.value.kind == "wrong_credentials"

    nowhere = ConsoleSession(f"http://127.0.0.1:{free_port()}", http)
    with pytest.raises(BackendError) as unreachable:
        await nowhere.login("host1", PASSWORDS["host1"])
    assert unreachable.value.kind == "unreachable"

    monkeypatch.setattr(core_api, "PROTOCOL_VERSION", 2)
    with pytest.raises(BackendError) as old:
        await session.login("host1", PASSWORDS["host1"])
    assert old.value.kind == "incompatible" and "1" in old.value.detail


async def test_certificate_problems_are_reported_as_such(http, tmp_path):
    """A TLS server whose certificate nobody trusts (a plain socket server that talks TLS)."""
    import ssl
    import subprocess

    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-keyout",
            str(key),
            "-out",
            str(cert),
            "-days",
            "1",
            "-subj",
            "/CN=localhost",
        ],
        check=True,
        capture_output=True,
    )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writer.close()

    tls = await asyncio.start_server(handle, "127.0.0.1", 0, ssl=context)
    port = tls.sockets[0].getsockname()[1]
    try:
        session = ConsoleSession(f"https://localhost:{port}", http)
        with pytest.raises(BackendError) as untrusted:
            await session.login("host1", "x")
        assert untrusted.value.kind == "certificate"
    finally:
        tls.close()
        await tls.wait_closed()


async def test_a_whole_conversation_through_the_core(console, clients):
    await start(console)
    assert console.state.shift.status == "off"
    await console.start_shift()
    visitor = await clients.visitor("ung")
    await until(lambda: bool(console.state.queues["ung"].waiting), console)

    await visitor.send("Hei, jeg trenger noen å snakke med")
    conversation = await console.take()
    state = console.state.conversations[conversation.id]
    assert [m.text for m in state.messages] == ["Hei, jeg trenger noen å snakke med"]
    assert state.unread == 1
    await until(lambda: console.state.queues["ung"].mine == 1, console)

    item = console.send_message(conversation.id, "Jeg er her. Fortell.")
    await until(lambda: item.state == "sent", console)
    got = await visitor.wait_for(frames.VisitorMessageFrame, lambda f: f.message.sender == "host")
    assert got.message.text == "Jeg er her. Fortell." and got.message.seq == item.seq

    await visitor.send_raw('{"type":"typing","typing":true}')
    await until(lambda: state.visitor_typing, console)
    await visitor.send("Det er mye nå")
    await until(lambda: state.last_seq == 3, console)

    await console.mark_read(conversation.id, 3)
    await until(lambda: state.unread == 0, console)
    await visitor.wait_for(frames.VisitorReadOut, lambda f: f.upto == 3)

    await console.end(conversation.id)
    assert state.info.status == "ended"
    await visitor.wait_for(frames.VisitorStatus, lambda s: s.status == "ended")


async def test_written_while_the_server_is_down_goes_out_once_in_order(server, console, clients):
    await start(console)
    await console.start_shift()
    visitor = await clients.visitor("ung")
    conversation = await console.take(visitor.conversation)
    first = console.send_message(conversation.id, "før")
    await until(lambda: first.state == "sent", console)

    await server.stop()
    await until(lambda: console.stream.status != "online", console)
    await visitor.closed.wait()
    queued = [console.send_message(conversation.id, f"offline {i}") for i in range(3)]
    assert all(item.state == "pending" for item in queued)

    await server.restart()
    await console.stream.wait_online(10)
    await asyncio.wait_for(console.snapshot_loaded.wait(), 10)
    await until(lambda: all(item.state == "sent" for item in queued), console)

    await visitor.connect(after=0)
    texts = ["før", "offline 0", "offline 1", "offline 2"]
    for text in texts:
        await visitor.wait_for(frames.VisitorMessageFrame, lambda f, t=text: f.message.text == t)
    replayed = [f.message.text for f in visitor.of(frames.VisitorMessageFrame)]
    assert replayed.count("offline 0") == 1  # once, even though it was sent across a restart
    stored = [m.text for m in (await server_messages(server, conversation.id))]
    assert stored == texts
    assert [m.text for m in console.state.conversations[conversation.id].messages] == texts


async def server_messages(server, conversation_id):
    return await server.ctx.storage.messages_after(conversation_id, 0, 100)


async def test_a_dropped_connection_resumes_without_a_snapshot(server, console, clients):
    await start(console)
    await console.start_shift()
    visitor = await clients.visitor("ung")
    conversation = await console.take(visitor.conversation)
    stream_id = console.stream.stream_id
    # The console's socket drops (the network, not the server).
    assert console.stream._ws is not None
    await console.stream._ws.close()
    await visitor.send("mens du var borte")
    await console.stream.wait_online(10)
    await until(lambda: console.state.conversations[conversation.id].last_seq == 1, console)
    assert console.stream.stream_id == stream_id  # resumed, same stream


async def test_a_message_the_server_refuses_stays_visible_as_failed(console, clients):
    await start(console)
    await console.start_shift()
    visitor = await clients.visitor("ung")
    conversation = await console.take(visitor.conversation)
    too_long = console.send_message(conversation.id, "x" * 5000)
    fine = console.send_message(conversation.id, "kort")
    await until(lambda: too_long.state == "failed" and fine.state == "sent", console)
    assert too_long.error_code == "message_too_long"
    assert console.outbox.pending(conversation.id) == [too_long]


async def test_refused_commands_raise_with_the_servers_code(console):
    await start(console)
    with pytest.raises(CommandFailed) as refused:
        await console.take()
    assert refused.value.code == "no_shift"


async def test_a_supervisor_who_logs_out_stops_reading_along(console, clients):
    """Otherwise the host would go on reading "Sigrid is reading along" about nobody."""
    host = await clients.staff("host1", shift=True)
    visitor = await clients.visitor("ung", "nb")
    await host.take(visitor.conversation)
    await start(console, "super1")
    await console.supervise(visitor.conversation, "reading")
    assert console.state.supervising(visitor.conversation) is not None

    await console.close(logout=True)
    left = await host.wait_for(
        frames.MessageEvent, lambda e: e.message.private and e.message.notice == "left"
    )
    assert left.message.author == "super1"
    [info] = [c for c in (await host.snapshot()).conversations if c.id == visitor.conversation]
    assert info.supervisors == []
