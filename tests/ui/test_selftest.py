"""`chathost --self-test`: each check against the real thing (the real server, SQLCipher, the
compiled catalogues, Qt offscreen), and the whole report with its exit code.

`run_self_test` runs its own event loop (asyncio.run), as it does before the console starts, so
the tests that call it are plain functions and the real server runs on a loop in a thread of
its own. The run with a real Secret Service is in tests/integration/test_secret_service.py."""

from __future__ import annotations

import asyncio
import io
import socket
import ssl
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.core
import pytest
from aiohttp import web
from keyring.backend import KeyringBackend
from keyring.backends import fail, null
from keyring.errors import KeyringLocked

from chathost.core import api as core_api
from chathost.core import credentials
from chathost.core.selftest import (
    Check,
    check_keyring,
    check_server,
    check_sqlcipher,
    format_report,
)
from chathost.devtools import memory_keyring
from chathost.devtools.memory_keyring import MemoryKeyring
from chathost.protocol.version import PROTOCOL_VERSION
from chathost.server.app import build_app
from chathost.server.config import ServerConfig
from chathost.ui.selftest import check_qt_platform, check_translations, run_self_test
from tests.conftest import launch


class LockedVault(MemoryKeyring):
    """Trusted, but locked: what the Secret Service does when nobody can unlock it."""

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringLocked("Failed to unlock the collection!")


class PlaintextKeyring(MemoryKeyring):
    """Stands for keyrings.alt's plaintext file backend."""


PlaintextKeyring.__module__ = "keyrings.alt.file"


@pytest.fixture
def use_keyring(monkeypatch: pytest.MonkeyPatch):
    """Set keyring's process-wide backend (keyring.set_keyring) for one test, trusting
    MemoryKeyring as an OS keyring; both are undone afterwards."""
    monkeypatch.setattr(keyring.core, "_keyring_backend", keyring.core._keyring_backend)
    monkeypatch.setattr(
        credentials,
        "SECURE_BACKENDS",
        credentials.SECURE_BACKENDS | memory_keyring.TRUSTED | {f"{__name__}.LockedVault"},
    )

    def use(backend: KeyringBackend) -> KeyringBackend:
        keyring.set_keyring(backend)
        return backend

    return use


@pytest.fixture
def server_url(tmp_path: Path) -> Iterator[str]:
    """The real server (tests.conftest.launch) on an event loop in its own thread."""
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, name="server-loop")
    thread.start()
    try:
        server = asyncio.run_coroutine_threadsafe(launch(tmp_path), loop).result(30)
        try:
            yield server.url
        finally:
            asyncio.run_coroutine_threadsafe(server.stop(), loop).result(30)
    finally:
        loop.call_soon_threadsafe(loop.stop)
        thread.join(30)
        loop.run_until_complete(loop.shutdown_asyncgens())
        loop.run_until_complete(loop.shutdown_default_executor())
        loop.close()


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def report(server: str | None, ca_file: str | None = None) -> tuple[int, list[str]]:
    out = io.StringIO()
    code = run_self_test(server, ca_file, out)
    return code, out.getvalue().splitlines()


def line(lines: list[str], name: str) -> str:
    return next(x for x in lines if x.split()[1] == f"{name}:")


# --- the whole self-test --------------------------------------------------------------------


def test_all_checks_pass_against_the_real_server(server_url, use_keyring):
    vault = use_keyring(MemoryKeyring())
    code, lines = report(server_url)
    assert code == 0, "\n".join(lines)
    assert [x.split()[:2] for x in lines[:-1]] == [
        ["OK", "keyring:"],
        ["OK", "sqlcipher:"],
        ["OK", "server:"],
        ["OK", "translations:"],
        ["OK", "qt:"],
    ]
    assert f"{server_url} reachable" in line(lines, "server")
    assert f"protocol {PROTOCOL_VERSION}" in line(lines, "server")
    assert "platform 'offscreen'" in line(lines, "qt")
    assert lines[-1] == "Self-test passed: all 5 checks OK."
    assert vault.entries == {}  # the keyring probe cleaned up after itself


def test_without_a_server_the_server_is_not_checked(use_keyring):
    use_keyring(MemoryKeyring())
    code, lines = report(None)
    assert code == 0
    assert not any("server" in x for x in lines)
    assert lines[-1] == "Self-test passed: all 4 checks OK."


def test_a_dead_server_address_fails_with_an_unreachable_line(use_keyring):
    use_keyring(MemoryKeyring())
    url = f"http://127.0.0.1:{closed_port()}"
    code, lines = report(url)
    assert code == 1
    server = line(lines, "server")
    assert server.startswith(f"FAIL  server: unreachable: no answer from {url}")
    assert "check the address" in server
    assert [x.split()[0] for x in lines[:-1]] == ["OK", "OK", "FAIL", "OK", "OK"]
    assert lines[-1] == "Self-test FAILED: 1 of 5 checks failed (server)."


@pytest.mark.parametrize(
    ("backend", "words"),
    [
        (fail.Keyring(), "no OS keyring"),
        (null.Keyring(), "forgets every secret"),
        (PlaintextKeyring(), "keyrings.alt"),
    ],
    ids=["fail", "null", "keyrings.alt"],
)
def test_an_insecure_keyring_fails_the_self_test(backend, words, use_keyring, server_url):
    use_keyring(backend)
    code, lines = report(server_url)
    assert code == 1
    keyring_line = line(lines, "keyring")
    assert keyring_line.startswith("FAIL  keyring: ")
    assert f"{type(backend).__module__}.{type(backend).__name__} refused" in keyring_line
    assert words in keyring_line
    assert lines[-1] == "Self-test FAILED: 1 of 5 checks failed (keyring)."
    if isinstance(backend, PlaintextKeyring):
        assert backend.entries == {}  # not even the probe was written


# --- single checks --------------------------------------------------------------------------


def test_a_trusted_keyring_that_fails_is_reported(use_keyring):
    use_keyring(LockedVault())
    check = check_keyring()
    assert not check.ok
    assert "does not work: KeyringLocked: Failed to unlock the collection!" in check.detail


def test_sqlcipher_4_encrypts():
    check = check_sqlcipher()
    assert check.ok, check.detail
    assert check.detail.startswith("SQLCipher 4.") and "encrypted" in check.detail


def test_sqlcipher_missing_is_a_clear_failure(monkeypatch):
    monkeypatch.setitem(sys.modules, "sqlcipher3", None)  # import now raises ImportError
    check = check_sqlcipher()
    assert not check.ok and "sqlcipher3 is not installed" in check.detail


def test_translations_load_and_translate():
    check = check_translations()
    assert check.ok, check.detail
    assert "nb 'Send' → 'Send'" in check.detail and "fi 'Send' → 'Lähetä'" in check.detail
    assert "sv 'Send' → 'Skicka'" in check.detail
    assert check.detail.endswith("(from the .qm files beside the code)")  # a checkout
    missing = check_translations(("nb", "xx"))
    assert not missing.ok and "xx: catalogue missing" in missing.detail


def test_qt_platform_shows_a_window(qapp):
    check = check_qt_platform()
    assert check.ok, check.detail
    assert "platform 'offscreen'" in check.detail and "Qt 6." in check.detail


async def test_server_check_reports_version_and_protocol(server, http):
    check = await check_server(server.url, None, http)
    assert check.ok, check.detail
    assert f"protocol {PROTOCOL_VERSION}" in check.detail


async def test_server_check_explains_an_incompatible_server(server, monkeypatch):
    monkeypatch.setattr(core_api, "PROTOCOL_VERSION", PROTOCOL_VERSION + 1)
    check = await check_server(server.url)  # with a session of its own
    assert not check.ok
    assert check.detail.startswith(f"incompatible server at {server.url}")
    assert "update the console or the server" in check.detail


async def test_server_check_explains_a_server_that_is_not_ours(http):
    async def teapot(request: web.Request) -> web.Response:
        return web.Response(status=500, text="upstream down")

    app = web.Application()
    app.router.add_get("/{tail:.*}", teapot)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    try:
        check = await check_server(f"http://127.0.0.1:{port}", None, http)
    finally:
        await runner.cleanup()
    assert not check.ok and check.detail.startswith("server error at")
    assert "upstream down" in check.detail


@pytest.fixture
def certificate(tmp_path: Path) -> tuple[Path, Path]:
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key),
         "-out", str(cert), "-days", "1", "-subj", "/CN=localhost",
         "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    return cert, key


async def test_server_check_over_tls_needs_the_centres_ca(certificate, tmp_path, http):
    """The real server behind TLS with the centre's own certificate: refused until the CA file
    is given, then reachable."""
    cert, key = certificate
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    app = build_app(ServerConfig(db_path=str(tmp_path / "tls.sqlite3")))
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0, ssl_context=context)
    await site.start()
    url = f"https://localhost:{runner.addresses[0][1]}"
    try:
        untrusted = await check_server(url, None, http)
        trusted = await check_server(url, str(cert), http)
        unreadable = await check_server(url, str(tmp_path / "nope.pem"), http)
    finally:
        await runner.cleanup()
    assert not untrusted.ok and untrusted.detail.startswith(f"certificate not trusted for {url}")
    assert "--ca-file" in untrusted.detail
    assert trusted.ok, trusted.detail
    assert not unreadable.ok and "nope.pem cannot be used" in unreadable.detail


def test_the_report_has_one_line_per_check_and_a_summary():
    checks = [Check("keyring", True, "fine"), Check("server", False, "unreachable: no answer")]
    assert format_report(checks) == (
        "OK    keyring: fine\n"
        "FAIL  server: unreachable: no answer\n"
        "Self-test FAILED: 1 of 2 checks failed (server).\n"
    )
    assert format_report(checks[:1]).endswith("Self-test passed: all 1 checks OK.\n")
