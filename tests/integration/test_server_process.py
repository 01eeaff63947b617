"""`chathost-server` as people run it: a separate process, its printed URL, its demo centre,
and what happens to accepted messages when it is stopped or killed."""

from __future__ import annotations

import asyncio
import re
import signal
import sys
from pathlib import Path

import aiohttp

from chathost.devtools.protoclient import StaffClient, VisitorClient
from chathost.protocol import frames
from tests.conftest import PASSWORDS


async def _start(db: Path, *extra: str) -> tuple[asyncio.subprocess.Process, str, str]:
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "chathost.server.cli", "--demo", "--port", "0", "--db", str(db),
        "--log-level", "WARNING", *extra,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
    )
    assert proc.stdout is not None
    lines = []
    while True:
        line = (await asyncio.wait_for(proc.stdout.readline(), 30)).decode()
        assert line, "server exited before announcing its URL: " + "".join(lines)
        lines.append(line)
        if "demo admin" in line:
            break
    url = re.search(r"listening on (http://\S+)", lines[0]).group(1)  # type: ignore[union-attr]
    return proc, url, "".join(lines)


async def _conversation(
    url: str, http: aiohttp.ClientSession
) -> tuple[StaffClient, VisitorClient, str]:
    """host1 on shift, holding a fresh conversation with a connected visitor."""
    host = StaffClient(url, http)
    await host.login("host1", PASSWORDS["host1"])
    await host.connect()
    await host.start_shift()
    visitor = VisitorClient(url, http)
    await visitor.open("ung", "nb")
    await visitor.connect()
    conv = await host.take()
    return host, visitor, conv.id


async def _stop(proc: asyncio.subprocess.Process, sig: int = signal.SIGTERM) -> str:
    proc.send_signal(sig)
    assert proc.stdout is not None
    rest = await asyncio.wait_for(proc.stdout.read(), 30)
    await proc.wait()
    return rest.decode()


async def test_demo_server_prints_its_url_and_accounts_and_serves_a_whole_conversation(
    tmp_path: Path,
):
    proc, url, banner = await _start(tmp_path / "demo.sqlite3")
    try:
        assert url.startswith("http://127.0.0.1:")
        for account in ("host1", "host2", "super1", "admin"):
            assert f" {account} " in banner and PASSWORDS[account] in banner
        assert f"visitor chat page: {url}/" in banner
        async with aiohttp.ClientSession() as http:
            async with http.get(url + "/chat/ung") as page:
                assert page.status == 200 and "text/html" in page.content_type
            host, visitor, conv_id = await _conversation(url, http)
            await visitor.send("Jeg har det vanskelig")
            await host.wait_for(frames.MessageEvent, lambda e: e.message.sender == "visitor")
            await host.send(conv_id, "Takk for at du skriver. Jeg lytter.")
            await visitor.wait_for(frames.VisitorMessageFrame, lambda f: f.message.seq == 2)
            await host.end(conv_id)
            await visitor.wait_for(frames.VisitorStatus, lambda s: s.status == "ended")

            # Graceful shutdown: connected clients are told, and may come back.
            tail = await _stop(proc)
            goodbye = await host.wait_for(frames.Goodbye)
            assert goodbye.reason == "server_shutdown" and goodbye.reconnect
            await host.disconnect()
            await visitor.disconnect()
        assert proc.returncode == 0, tail
        assert "Traceback" not in tail
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()


async def test_acknowledged_messages_survive_a_killed_server(tmp_path: Path):
    db = tmp_path / "kill.sqlite3"
    proc, url, _ = await _start(db)
    async with aiohttp.ClientSession() as http:
        try:
            host, visitor, conv_id = await _conversation(url, http)
            acked = [await host.send(conv_id, f"melding {i}") for i in range(6)]
            await _stop(proc, signal.SIGKILL)
            await host.closed.wait()
            await visitor.closed.wait()
        finally:
            if proc.returncode is None:
                proc.kill()
                await proc.wait()

        proc, url, _ = await _start(db)
        try:
            host = StaffClient(url, http)
            await host.login("host1", PASSWORDS["host1"])
            page = await host.messages(conv_id)
            assert [m.seq for m in page.messages] == [m.seq for m in acked]
            snapshot = await host.snapshot()
            assert snapshot.shift.status == "available"
            assert [c.id for c in snapshot.conversations] == [conv_id]
            # The visitor's page reconnects with its token and carries on.
            token = visitor.token
            visitor = VisitorClient(url, http)
            visitor.token = token
            answer = await visitor.connect(after=0)
            assert isinstance(answer, frames.VisitorWelcome)
            ack = await visitor.send("er du fortsatt der?")
            assert ack.seq == 7
            await visitor.disconnect()
        finally:
            await _stop(proc)


async def test_audit_command_prints_logins_takes_and_ends_without_any_text(tmp_path: Path):
    db = tmp_path / "audit.sqlite3"
    proc, url, _ = await _start(db)
    try:
        async with aiohttp.ClientSession() as http:
            host, visitor, conv_id = await _conversation(url, http)
            await visitor.send("hemmelig tekst")
            await host.end(conv_id)
            await host.disconnect()
            await visitor.disconnect()
    finally:
        await _stop(proc)
    audit = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "chathost.server.cli", "--db", str(db), "audit", "--days", "1",
        stdout=asyncio.subprocess.PIPE,
    )
    out = (await audit.communicate())[0].decode()
    assert audit.returncode == 0
    actions = [line.split()[1:3] for line in out.splitlines()]
    assert ["host1", "login"] in actions and ["host1", "shift_start"] in actions
    assert ["host1", "take"] in actions and ["host1", "end:host"] in actions
    assert conv_id in out and "hemmelig" not in out
