"""`chathost-server audit` on the database a real server wrote: who did what, filtered by time,
conversation and actor; never a message or whisper text."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime
from pathlib import Path

from chathost.protocol import frames
from tests.conftest import Server

SECRET = "Jeg har tenkt på å ta livet mitt"
WHISPER = "Spør rolig om planene"
HOST_TEXT = "Takk for at du forteller meg det"


def audit(db: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "chathost.server.cli", "--db", db, "audit", *args],
        capture_output=True, text=True, timeout=60,
    )


def when(server: Server, offset: float) -> str:
    return datetime.fromtimestamp(server.clock() + offset).isoformat(timespec="seconds")


def entries(out: str) -> list[list[str]]:
    """Each printed line as (time, actor, action, conversation[, detail])."""
    return [line.split() for line in out.splitlines() if line.strip()]


async def test_the_audit_command_prints_who_did_what_and_no_text(server, clients):
    host1 = await clients.staff("host1", shift=True)
    host2 = await clients.staff("host2", shift=True)
    supervisor = await clients.staff("super1")
    visitor = await clients.visitor("ung")
    await visitor.send(SECRET)
    first = (await host1.take(visitor.conversation)).id
    await host1.send(first, HOST_TEXT)
    await supervisor.supervise(first, "reading")
    await supervisor.whisper(first, WHISPER)
    await host1.whisper(first, WHISPER + " (svar)")
    offer = await host1.offer_transfer(first, "host2", note="Hun vil snakke med Mikko")
    await host2.answer_transfer(offer.id, accept=True)
    other = await clients.visitor("ung")
    second = (await host1.take(other.conversation)).id
    await host1.end(second)
    await host2.end(first)
    await host2.wait_for(frames.ConversationEvent, lambda e: e.conversation.status == "ended")
    await server.stop()
    db = server.config.db_path
    since, until = when(server, -3600), when(server, 3600)

    everything = audit(db, "--since", since, "--until", until)
    assert everything.returncode == 0, everything.stderr
    for text in (SECRET, WHISPER, HOST_TEXT, "Hun vil snakke"):
        assert text not in everything.stdout
    lines = entries(everything.stdout)
    for line in lines:
        datetime.fromisoformat(line[0])  # every line starts with its time
    about_first = [line[1:] for line in lines if line[3] == first]
    assert about_first == [
        ["host1", "take", first],
        ["super1", "supervise:reading", first],
        ["super1", "whisper", first],
        ["host1", "whisper", first],
        ["host1", "transfer:offer", first, "to:host2"],
        ["host2", "transfer:accept", first],
        ["host2", "end:host", first],
    ]
    assert ["host1", "login", "-"] in [line[1:] for line in lines]
    assert ["host1", "end:host", second] in [line[1:] for line in lines]

    only_first = entries(audit(db, "--since", since, "--until", until,
                               "--conversation", first).stdout)
    assert [line[1:] for line in only_first] == about_first

    only_super = entries(audit(db, "--since", since, "--until", until, "--actor", "SUPER1").stdout)
    assert {line[1] for line in only_super} == {"super1"}
    assert [line[2] for line in only_super if line[3] == first] == [
        "supervise:reading", "whisper"
    ]

    both = entries(audit(db, "--since", since, "--until", until, "--actor", "host1",
                         "--conversation", second).stdout)
    assert [line[1:] for line in both] == [["host1", "take", second], ["host1", "end:host", second]]

    # The default period is the last day; a period in the future holds nothing.
    assert entries(audit(db).stdout) == lines
    later = audit(db, "--since", when(server, 3600), "--until", when(server, 7200))
    assert later.returncode == 0 and later.stdout == ""


def test_since_after_until_is_refused_clearly(tmp_path: Path):
    db = str(tmp_path / "centre.sqlite3")
    backwards = audit(db, "--since", "2026-11-21T18:00", "--until", "2026-11-21T17:00")
    assert backwards.returncode == 2
    assert "--since must be before --until" in backwards.stderr
    assert backwards.stdout == ""
    nonsense = audit(db, "--since", "yesterday-ish")
    assert nonsense.returncode == 2 and "not a date or time" in nonsense.stderr
    for out in (backwards, nonsense):
        assert "Traceback" not in out.stderr
