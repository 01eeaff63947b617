"""`chathost-server user|service|audit` against a real database file."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def run(db: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "chathost.server.cli", "--db", str(db), *args],
        input=stdin, capture_output=True, text=True, timeout=60,
    )


def test_services_and_users_are_added_listed_and_disabled(tmp_path: Path):
    db = tmp_path / "centre.sqlite3"
    added = run(db, "service", "add", "mental", "--name", "Psykisk helse", "--languages",
                "nb,en", "--audience", "9–19 år", "--max-per-host", "2",
                "--hours", '[{"days":[0,1,2,3,4],"start":"18:00","end":"23:00"}]')
    assert added.returncode == 0, added.stderr
    listed = run(db, "service", "list")
    assert "mental" in listed.stdout and "Psykisk helse" in listed.stdout

    host = run(db, "user", "add", "kari", "--role", "host", "--services", "mental",
               "--password-stdin", stdin="et-langt-passord\n")
    assert host.returncode == 0, host.stderr
    assert "password" not in host.stdout  # a given password is never echoed
    generated = run(db, "user", "add", "ola", "--role", "supervisor", "--services", "mental")
    assert generated.returncode == 0 and "password: " in generated.stdout

    users = run(db, "user", "list").stdout
    assert "kari" in users and "ola" in users and "supervisor" in users

    disabled = run(db, "user", "disable", "kari")
    assert disabled.returncode == 0
    assert "disabled" in [line.split()[2] for line in run(db, "user", "list").stdout.splitlines()
                          if line.startswith("kari")]


def test_bad_admin_input_gets_a_clear_error_and_exit_code(tmp_path: Path):
    db = tmp_path / "centre.sqlite3"
    unknown = run(db, "user", "add", "x1", "--role", "host", "--services", "nope")
    assert unknown.returncode == 2 and "No such service: nope" in unknown.stderr
    short = run(db, "user", "add", "x2", "--role", "host", "--password-stdin", stdin="short\n")
    assert short.returncode == 2 and "10 characters" in short.stderr
    run(db, "service", "add", "a", "--name", "A")
    dup = run(db, "service", "add", "a", "--name", "A")
    assert dup.returncode == 2 and "exists" in dup.stderr
    tz = run(db, "service", "add", "b", "--name", "B", "--timezone", "Mars/Olympus")
    assert tz.returncode == 2 and "time zone" in tz.stderr
    missing = run(db, "user", "disable", "nobody")
    assert missing.returncode == 2 and "no such user" in missing.stderr
    for out in (unknown, short, dup, tz, missing):
        assert "Traceback" not in out.stderr


