"""packaging/server/: the systemd unit starts the server with flags the server really has, and
the backup script makes a consistent, checked copy of a live WAL database, leaving out what
retention deleted and pruning old copies."""

from __future__ import annotations

import os
import shlex
import shutil
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest

from chathost.server.cli import _parser

PACKAGING = Path(__file__).resolve().parents[2] / "packaging" / "server"


def exec_start(unit: Path) -> list[str]:
    """The ExecStart= command line of a unit, continuation lines joined."""
    text = unit.read_text(encoding="utf-8").replace("\\\n", " ")
    line = next(line for line in text.splitlines() if line.startswith("ExecStart="))
    return shlex.split(line.removeprefix("ExecStart="))


def test_the_unit_starts_the_server_with_flags_it_has_on_loopback_behind_the_proxy():
    command = exec_start(PACKAGING / "chathost-server.service")
    assert command[0].endswith("/chathost-server")
    args = _parser().parse_args(command[1:])  # an unknown flag would exit here
    assert args.command is None  # runs the server, not an admin command
    assert args.db == "/var/lib/chathost/chathost.sqlite3"
    assert (args.host, args.behind_proxy) == ("127.0.0.1", True)
    unit = (PACKAGING / "chathost-server.service").read_text(encoding="utf-8")
    assert "StateDirectory=chathost\n" in unit  # the database's folder is the service's own
    assert "ProtectSystem=strict\n" in unit and "User=chathost\n" in unit


def test_the_backup_unit_backs_up_the_database_the_server_uses():
    server_db = _parser().parse_args(exec_start(PACKAGING / "chathost-server.service")[1:]).db
    backup = exec_start(PACKAGING / "chathost-backup.service")
    assert backup[1] == server_db


@pytest.mark.skipif(shutil.which("sqlite3") is None, reason="needs the sqlite3 command")
def test_the_backup_script_copies_a_live_wal_database_without_deleted_transcripts(tmp_path):
    live = tmp_path / "chathost.sqlite3"
    server = sqlite3.connect(live, isolation_level=None)  # stays open, like the server
    server.execute("PRAGMA journal_mode = WAL")
    server.execute("PRAGMA wal_autocheckpoint = 0")  # everything stays in the -wal file
    server.execute("CREATE TABLE messages (text TEXT)")
    server.execute("INSERT INTO messages VALUES ('kept until retention')")
    server.execute("INSERT INTO messages VALUES ('deleted by retention')")
    server.execute("DELETE FROM messages WHERE text = 'deleted by retention'")
    assert b"kept until retention" not in live.read_bytes()  # only in the -wal file so far
    folder = tmp_path / "backups"
    folder.mkdir()
    old = folder / "chathost-20000101-000000.sqlite3"
    old.write_bytes(b"")
    week_ago = time.time() - 8 * 86400
    os.utime(old, (week_ago, week_ago))

    done = subprocess.run(
        [str(PACKAGING / "chathost-backup"), str(live), str(folder), "7"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )

    assert done.returncode == 0, done.stderr
    copies = sorted(folder.glob("chathost-*.sqlite3"))
    assert len(copies) == 1 and copies[0] != old  # the week-old copy is gone
    assert oct(copies[0].stat().st_mode & 0o777) == "0o600"
    copy = sqlite3.connect(copies[0])
    assert copy.execute("SELECT text FROM messages").fetchall() == [("kept until retention",)]
    copy.close()
    assert b"deleted by retention" not in copies[0].read_bytes()
    server.close()
