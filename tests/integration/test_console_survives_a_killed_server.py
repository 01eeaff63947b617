"""The console's core against a server process that is killed (SIGKILL) in the middle of a
conversation and started again on the same port and database: nothing the host wrote is lost
or stored twice, and the conversation carries on."""

from __future__ import annotations

import signal
import socket
from pathlib import Path

import aiohttp

from chathost.core.backoff import Backoff
from chathost.core.session import ConsoleSession
from chathost.devtools.protoclient import StaffClient, VisitorClient
from chathost.protocol import frames
from tests.conftest import PASSWORDS
from tests.helpers import until
from tests.integration.test_server_process import _start, _stop


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def test_killed_and_restarted_server_loses_and_duplicates_nothing(tmp_path: Path):
    db, port = tmp_path / "kill.sqlite3", _free_port()
    proc, url, _ = await _start(db, "--port", str(port))
    async with aiohttp.ClientSession() as http:
        console = ConsoleSession(url, http, backoff=Backoff(base=0.05, cap=0.3))
        try:
            await console.login("host1", PASSWORDS["host1"])
            console.start()
            await console.stream.wait_online(10)
            await console.start_shift()
            visitor = VisitorClient(url, http)
            await visitor.open("ung", "nb")
            await visitor.connect()
            await visitor.send("hei, er det noen der?")
            conversation = (await console.take()).id
            state = console.state.conversations[conversation]
            for n in range(3):
                console.send_message(conversation, f"før {n}")
            await until(lambda: not console.outbox.pending(), console.outbox.changed)

            await _stop(proc, signal.SIGKILL)
            await until(lambda: console.stream.status != "online", console.stream.status_changed)
            for n in range(2):
                console.send_message(conversation, f"under {n}")
            assert [i.state for i in console.outbox.pending()] == ["pending", "pending"]

            proc, url2, _ = await _start(db, "--port", str(port))
            assert url2 == url
            await until(lambda: not console.outbox.pending(), console.outbox.changed, timeout=20)

            host = StaffClient(url, http)
            await host.login("host1", PASSWORDS["host1"])
            stored = [(m.sender, m.text) for m in (await host.messages(conversation)).messages]
            assert stored == [
                ("visitor", "hei, er det noen der?"),
                *[("host", f"før {n}") for n in range(3)],
                *[("host", f"under {n}") for n in range(2)],
            ]
            # The console shows each exactly once, and hears the visitor again.
            await until(lambda: [m.text for m in state.messages] == [t for _, t in stored],
                        console.state.changed, timeout=20)
            back = VisitorClient(url, http)
            back.token, back.conversation = visitor.token, conversation
            assert isinstance(await back.connect(after=0), frames.VisitorWelcome)
            await back.send("ja, jeg er her fortsatt")
            await until(lambda: state.messages[-1].text == "ja, jeg er her fortsatt",
                        console.state.changed)
            assert len(state.messages) == len(stored) + 1
            await back.disconnect()
        finally:
            await console.close()
            if proc.returncode is None:
                await _stop(proc)
