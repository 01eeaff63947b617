"""`chathost-server guidelines|blocks` as an admin runs them, against real database files, and
a guideline import into the database of a running server process reaching its consoles."""

from __future__ import annotations

import asyncio
import re
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import aiohttp

from chathost.devtools.protoclient import StaffClient
from chathost.protocol import frames
from tests.conftest import PASSWORDS


def document(gid: str, *, services: str = '"*"', example: str = "jeg er så ensom") -> str:
    return (
        f'+++\nid = "{gid}"\ntitle = "Ensomhet"\nlanguage = "nb"\nservices = [{services}]\n'
        f'topic = "mental-health"\nshow = "trigger"\n\n[triggers]\nwords = ["ensom*"]\n'
        f'examples = ["{example}"]\n+++\nSpør hvem som er der for personen.\n'
    )


def pack(folder: Path, **documents: str) -> Path:
    folder.mkdir()
    for name, text in documents.items():
        (folder / f"{name}.md").write_text(text, encoding="utf-8")
    return folder


def run(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "chathost.server.cli", "--db", str(db), *args],
        capture_output=True, text=True, timeout=60,
    )


def test_lint_checks_services_only_against_an_existing_database(tmp_path: Path):
    good = pack(tmp_path / "good", ensom=document("nb-ensom"))
    db = tmp_path / "centre.sqlite3"
    assert run(db, "guidelines", "lint", str(good)).returncode == 0

    voksen = pack(tmp_path / "voksen", ensom=document("nb-ensom", services='"voksen"'))
    unchecked = run(db, "guidelines", "lint", str(voksen))
    assert unchecked.returncode == 0, unchecked.stdout
    assert not db.exists()  # linting creates no database

    run(db, "service", "add", "ung", "--name", "Ung")
    checked = run(db, "guidelines", "lint", str(voksen))
    assert checked.returncode == 1 and "unknown service 'voksen'" in checked.stdout

    bad = pack(tmp_path / "bad", ensom=document("nb-ensom", example="jeg er lei meg"))
    failing = run(db, "guidelines", "lint", str(bad))
    assert failing.returncode == 1 and "example does not fire" in failing.stdout
    assert "Traceback" not in failing.stderr


def test_import_list_and_remove(tmp_path: Path):
    db = tmp_path / "centre.sqlite3"
    bad = pack(tmp_path / "bad", a=document("nb-a"), b=document("nb-a"))
    refused = run(db, "guidelines", "import", str(bad))
    assert refused.returncode == 1 and "also used by" in refused.stdout
    assert run(db, "guidelines", "list").stdout == ""

    good = pack(tmp_path / "good", a=document("nb-a"), b=document("nb-b"))
    imported = run(db, "guidelines", "import", str(good))
    assert imported.returncode == 0, imported.stdout + imported.stderr
    assert "imported 2 guideline(s); revision 1" in imported.stdout
    listed = run(db, "guidelines", "list").stdout.splitlines()
    assert [line.split()[0] for line in listed] == ["nb-a", "nb-b"]
    assert all(line.endswith("Ensomhet") for line in listed)

    assert run(db, "guidelines", "import", str(good)).stdout.strip().endswith("revision 2")
    assert run(db, "guidelines", "remove", "nb-a").returncode == 0
    missing = run(db, "guidelines", "remove", "nb-a")
    assert missing.returncode == 2 and "no such guideline" in missing.stderr
    assert [line.split()[0] for line in run(db, "guidelines", "list").stdout.splitlines()] == [
        "nb-b"
    ]
    nowhere = run(db, "guidelines", "import", str(tmp_path / "nowhere"))
    assert nowhere.returncode == 2 and "not a folder" in nowhere.stderr


def test_blocks_are_listed_and_lifted(tmp_path: Path):
    db = tmp_path / "centre.sqlite3"
    run(db, "service", "add", "ung", "--name", "Ung")  # creates the database
    conn = sqlite3.connect(db)
    now = time.time()
    conn.executemany(
        "INSERT INTO blocks (session_hash, reason, created_at, expires_at) VALUES (?, ?, ?, ?)",
        [(bytes.fromhex("ab" * 32), "abuse", now, now + 3600),
         (bytes.fromhex("cd" * 32), "spam", now, now + 3600)],
    )
    conn.commit()
    conn.close()
    listed = run(db, "blocks", "list").stdout.splitlines()
    assert [line.split()[:2] for line in listed] == [["abababababab", "abuse"],
                                                     ["cdcdcdcdcdcd", "spam"]]
    assert run(db, "blocks", "clear").returncode == 2  # neither a prefix nor --all
    assert "lifted 1 block(s)" in run(db, "blocks", "clear", "abab").stdout
    assert "lifted 1 block(s)" in run(db, "blocks", "clear", "--all").stdout
    assert run(db, "blocks", "list").stdout == ""


async def test_an_import_reaches_the_consoles_of_a_running_server(tmp_path: Path):
    db = tmp_path / "live.sqlite3"
    server = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "chathost.server.cli", "--demo", "--port", "0", "--db", str(db),
        "--no-seed-guidelines", "--log-level", "WARNING",
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
    )
    try:
        assert server.stdout is not None
        line = (await asyncio.wait_for(server.stdout.readline(), 30)).decode()
        url = re.search(r"listening on (http://\S+)", line).group(1)  # type: ignore[union-attr]
        async with aiohttp.ClientSession() as http:
            host = StaffClient(url, http)
            await host.login("host1", PASSWORDS["host1"])
            await host.connect()
            assert (await host.guidelines()).revision == 0

            folder = pack(tmp_path / "pack", ensom=document("nb-ensom"))
            importer = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "chathost.server.cli", "--db", str(db),
                "guidelines", "import", str(folder),
                stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
            )
            out, err = await asyncio.wait_for(importer.communicate(), 60)
            assert importer.returncode == 0, out.decode() + err.decode()

            # The server's sweeper polls the revision every few seconds.
            event = await host.wait_for(frames.GuidelinesEvent, timeout=30)
            assert event.revision == 1
            got = await host.guidelines()
            assert [g.id for g in got.guidelines] == ["nb-ensom"]
            await host.disconnect()
    finally:
        server.terminate()
        await server.wait()
        if server.stdout is not None:
            server.stdout.feed_eof()
