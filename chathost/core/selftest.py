"""The Qt-free half of `chathost --self-test`: is the keyring an OS keyring, does SQLCipher 4
encrypt, does the server answer with our protocol. Each check gives one line a person (or a
support ticket) can read; the report is English on purpose, so that it can be searched.

The Qt checks (platform plugin, translations) live in `chathost.ui.selftest`."""

from __future__ import annotations

import os
import secrets
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp
import keyring

from chathost.core.api import ApiClient, BackendError
from chathost.core.credentials import keyring_status
from chathost.protocol.version import PROTOCOL_VERSION

MIN_SQLCIPHER_MAJOR = 4
PROBE_SERVICE = "ChatHost self-test"


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str


def check_keyring() -> Check:
    """The configured keyring backend: refused when it is not an OS keyring, failed when it is
    one but cannot store, read and delete a random probe secret (locked, prompt dismissed)."""
    status = keyring_status()
    if not status.secure:
        return Check("keyring", False, f"{status.backend} refused: {status.reason}")
    problem = _keyring_round_trip()
    if problem:
        return Check("keyring", False, f"{status.backend} does not work: {problem}")
    return Check(
        "keyring",
        True,
        f"{status.backend} ({status.reason}); a test secret was stored, read and deleted",
    )


def _keyring_round_trip() -> str:
    probe = secrets.token_urlsafe(16)
    user = f"probe-{os.getpid()}"
    try:
        backend = keyring.get_keyring()
        backend.set_password(PROBE_SERVICE, user, probe)
        try:
            read = backend.get_password(PROBE_SERVICE, user)
        finally:
            backend.delete_password(PROBE_SERVICE, user)
        left = backend.get_password(PROBE_SERVICE, user)
    except Exception as exc:
        return f"{type(exc).__name__}: {str(exc).replace(probe, '<hidden>')}"
    if read != probe:
        return "the test secret read back differs from the one stored"
    if left is not None:
        return "the test secret is still there after deleting it"
    return ""


def check_sqlcipher() -> Check:
    """sqlcipher3 imports, speaks SQLCipher 4 or newer, and really encrypts a file."""
    try:
        import sqlcipher3
    except ImportError as exc:
        return Check(
            "sqlcipher",
            False,
            f"sqlcipher3 is not installed ({exc}); install ChatHost with its console extra",
        )
    try:
        conn = sqlcipher3.connect(":memory:")
        try:
            conn.execute("PRAGMA cipher_log_level = NONE")
            conn.execute("PRAGMA key = \"x'" + os.urandom(32).hex() + "'\"")
            row = conn.execute("PRAGMA cipher_version").fetchone()
            provider = conn.execute("PRAGMA cipher_provider").fetchone()
        finally:
            conn.close()
    except Exception as exc:
        return Check("sqlcipher", False, f"SQLCipher does not work: {type(exc).__name__}: {exc}")
    if not row or not row[0]:
        return Check("sqlcipher", False, "sqlcipher3 is plain SQLite: no cipher_version")
    version = str(row[0])
    try:
        major = int(version.split(".")[0])
    except ValueError:
        return Check("sqlcipher", False, f"unreadable SQLCipher version {version!r}")
    if major < MIN_SQLCIPHER_MAJOR:
        return Check(
            "sqlcipher", False, f"SQLCipher {version} is too old; {MIN_SQLCIPHER_MAJOR} needed"
        )
    problem = _encrypts_a_file(sqlcipher3)
    if problem:
        return Check("sqlcipher", False, f"SQLCipher {version}: {problem}")
    crypto = f", {provider[0]}" if provider and provider[0] else ""
    return Check("sqlcipher", True, f"SQLCipher {version}{crypto}; a test file was encrypted")


def _encrypts_a_file(sqlcipher3: Any) -> str:
    """Write a keyed database, then check its bytes are not SQLite's and that a wrong key
    cannot read it. Returns what went wrong, or "" when all is well."""
    connect = sqlcipher3.connect
    with tempfile.TemporaryDirectory(prefix="chathost-selftest-") as tmp:
        path = str(Path(tmp) / "probe.db")
        right = "\"x'" + os.urandom(32).hex() + "'\""
        wrong = "\"x'" + os.urandom(32).hex() + "'\""
        try:
            conn = connect(path)
            try:
                conn.execute("PRAGMA cipher_log_level = NONE")
                conn.execute(f"PRAGMA key = {right}")
                conn.execute("CREATE TABLE probe (text TEXT)")
                conn.execute("INSERT INTO probe VALUES ('chathost self-test')")
                conn.commit()
            finally:
                conn.close()
            if Path(path).read_bytes()[:16] == b"SQLite format 3\x00":
                return "the test file was written unencrypted"
            conn = connect(path)
            try:
                conn.execute("PRAGMA cipher_log_level = NONE")
                conn.execute(f"PRAGMA key = {wrong}")
                try:
                    conn.execute("SELECT count(*) FROM probe").fetchone()
                except sqlcipher3.DatabaseError:
                    pass
                else:
                    return "a wrong key could read the test file"
            finally:
                conn.close()
        except Exception as exc:
            return f"the encryption test failed: {type(exc).__name__}: {exc}"
    return ""


_KIND_ADVICE = {
    "unreachable": "unreachable: no answer from {url} ({detail}); check the address, the "
    "network and that the server is running",
    "certificate": "certificate not trusted for {url} ({detail}); give the centre's CA "
    "certificate with --ca-file",
    "incompatible": "incompatible server at {url}: {detail}; update the console or the server",
    "server": "server error at {url}: {detail}",
}


async def check_server(
    url: str, ca_file: str | None = None, http: aiohttp.ClientSession | None = None
) -> Check:
    """The server answers /info with our protocol version. Uses `http` when given, else a
    session of its own that is closed before returning."""
    if http is None:
        async with aiohttp.ClientSession() as own:
            return await check_server(url, ca_file, own)
    try:
        client = ApiClient(url, http, ca_file)
    except (OSError, ValueError) as exc:  # ssl.SSLError is an OSError
        return Check("server", False, f"the CA file {ca_file} cannot be used: {exc}")
    try:
        info = await client.check_version()
    except BackendError as exc:
        template = _KIND_ADVICE.get(exc.kind, "{kind} at {url}: {detail}")
        detail = template.format(url=url, kind=exc.kind, detail=exc.detail or "no detail")
        return Check("server", False, detail)
    return Check(
        "server",
        True,
        f"{url} reachable: {info.name} {info.version}, protocol {info.protocol} "
        f"(console protocol {PROTOCOL_VERSION})",
    )


def format_check(check: Check) -> str:
    return f"{'OK' if check.ok else 'FAIL':<4}  {check.name}: {check.detail}"


def format_summary(checks: Iterable[Check]) -> str:
    checks = list(checks)
    failed = [c.name for c in checks if not c.ok]
    if not failed:
        return f"Self-test passed: all {len(checks)} checks OK."
    return f"Self-test FAILED: {len(failed)} of {len(checks)} checks failed ({', '.join(failed)})."


def format_report(checks: Iterable[Check]) -> str:
    """One line per check ("OK" or "FAIL", name, detail), then a summary line."""
    checks = list(checks)
    return "\n".join([*map(format_check, checks), format_summary(checks)]) + "\n"
