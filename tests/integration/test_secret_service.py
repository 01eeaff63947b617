"""The session token in a real Secret Service: gnome-keyring-daemon on a private D-Bus session,
in a child process with its own HOME, so the machine's own keyring is never touched.

dbus-run-session and gnome-keyring-daemon come from scripts/dev (TEST_PACKAGES); a machine
without them fails these tests rather than skipping them."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "tok-7d0b3e92c4a14f6e8b55"
URL = "https://chat.example.org"

UNLOCKED = "printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null"
# No login keyring and nobody to answer the unlock prompt: every call is refused.
LOCKED = "gnome-keyring-daemon --start --components=secrets >/dev/null"

ROUND_TRIP = f"""
import asyncio, json, os
from pathlib import Path
import keyring
from chathost.core.credentials import SERVICE, TokenStore, backend_name
from chathost.core.selftest import check_keyring

TOKEN, URL = {TOKEN!r}, {URL!r}

def files_holding_the_token():
    home = Path(os.environ["HOME"])
    return [str(p) for p in home.rglob("*") if p.is_file() and TOKEN.encode() in p.read_bytes()]

async def main():
    result = {{"backend": backend_name(keyring.get_keyring())}}
    result["saved"] = await TokenStore().save(URL + "/", "host1", TOKEN)
    loaded = await TokenStore().load(URL)
    result["loaded"] = [loaded.username, loaded.token] if loaded else None
    raw = keyring.get_password(SERVICE, URL)
    result["in_keyring"] = json.loads(raw) if raw else None
    result["plaintext_files"] = files_holding_the_token()
    result["forgot"] = await TokenStore().forget(URL)
    result["after"] = await TokenStore().load(URL)
    result["raw_after"] = keyring.get_password(SERVICE, URL)
    return result

result = asyncio.run(main())
check = check_keyring()
result["check"] = [check.ok, check.detail]
print(json.dumps(result))
"""

LOCKED_SCRIPT = f"""
import asyncio, json, logging
from chathost.core.credentials import TokenStore
from chathost.core.selftest import check_keyring

logging.basicConfig(level=logging.DEBUG, format="LOG %(name)s %(message)s")

async def main():
    store = TokenStore()
    return {{
        "status": (await store.status()).secure,
        "saved": await store.save({URL!r}, "host1", {TOKEN!r}),
        "loaded": await store.load({URL!r}),
        "forgot": await store.forget({URL!r}),
    }}

result = asyncio.run(main())
check = check_keyring()
result["check"] = [check.ok, check.detail]
print("RESULT " + json.dumps(result))
"""

SELF_TEST = """
import sys
from chathost.ui.selftest import run_self_test
sys.exit(run_self_test(sys.argv[1], None, sys.stdout))
"""


def keyring_tools() -> None:
    missing = [t for t in ("dbus-run-session", "gnome-keyring-daemon") if not shutil.which(t)]
    assert not missing, f"missing {missing}: scripts/dev installs gnome-keyring and dbus"


def private_session_env(tmp_path: Path) -> dict[str, str]:
    """A HOME, runtime dir and keyring config of the test's own; no display for prompts."""
    home, runtime = tmp_path / "home", tmp_path / "run"
    home.mkdir()
    runtime.mkdir(mode=0o700)
    env = {
        k: v
        for k, v in os.environ.items()
        if k
        not in {
            "DISPLAY",
            "WAYLAND_DISPLAY",
            "DBUS_SESSION_BUS_ADDRESS",
            "PYTHON_KEYRING_BACKEND",
            "XDG_DATA_HOME",
            "XDG_CONFIG_HOME",
            "XDG_CACHE_HOME",
        }
    }
    env.update(
        HOME=str(home),
        XDG_RUNTIME_DIR=str(runtime),
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    )
    return env


async def in_keyring_session(
    tmp_path: Path, daemon: str, script: str, *args: str, timeout: float = 60
) -> tuple[int, str, str]:
    """Run `python -c script args…` inside dbus-run-session with gnome-keyring-daemon."""
    keyring_tools()
    proc = await asyncio.create_subprocess_exec(
        "dbus-run-session",
        "--",
        "sh",
        "-c",
        daemon + '; exec "$0" -c "$@"',
        sys.executable,
        script,
        *args,
        env=private_session_env(tmp_path),
        cwd=str(tmp_path),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        out, err = await asyncio.wait_for(proc.communicate(), timeout)
    except TimeoutError:
        proc.kill()
        await proc.communicate()
        pytest.fail(f"the keyring session did not finish within {timeout} s")
    assert proc.returncode is not None
    return proc.returncode, out.decode(), err.decode()


async def test_the_token_round_trips_through_a_real_secret_service(tmp_path):
    code, out, err = await in_keyring_session(tmp_path, UNLOCKED, ROUND_TRIP)
    assert code == 0, err
    result = json.loads(out.strip().splitlines()[-1])
    assert result["backend"] == "keyring.backends.SecretService.Keyring"
    assert result["saved"] is True
    assert result["loaded"] == ["host1", TOKEN]
    assert result["in_keyring"] == {"username": "host1", "token": TOKEN}
    assert result["plaintext_files"] == []  # gnome-keyring encrypts its file
    assert result["forgot"] is True
    assert result["after"] is None and result["raw_after"] is None
    ok, detail = result["check"]
    assert ok is True, detail
    assert (
        "keyring.backends.SecretService.Keyring" in detail and "stored, read and deleted" in detail
    )
    assert TOKEN not in err


async def test_a_locked_secret_service_is_survived_and_the_token_never_logged(tmp_path):
    code, out, err = await in_keyring_session(tmp_path, LOCKED, LOCKED_SCRIPT)
    assert code == 0, err
    line = next(x for x in out.splitlines() if x.startswith("RESULT "))
    result = json.loads(line.removeprefix("RESULT "))
    # An OS keyring, so it is accepted; but it cannot be unlocked, so nothing is kept.
    assert result["status"] is True
    assert result["saved"] is False and result["loaded"] is None and result["forgot"] is False
    ok, detail = result["check"]
    assert ok is False and "SecretService" in detail and "does not work" in detail
    logged = [x for x in err.splitlines() if x.startswith("LOG chathost")]
    assert len(logged) == 3 and all("Session token for " + URL in x for x in logged)
    assert TOKEN not in out + err


async def test_the_whole_self_test_passes_with_a_real_keyring_and_server(server, tmp_path):
    code, out, err = await in_keyring_session(tmp_path, UNLOCKED, SELF_TEST, server.url)
    lines = out.splitlines()
    assert code == 0, out + err
    assert [x.split()[0:2] for x in lines[:-1]] == [
        ["OK", "keyring:"],
        ["OK", "sqlcipher:"],
        ["OK", "server:"],
        ["OK", "translations:"],
        ["OK", "qt:"],
    ]
    assert "SecretService" in lines[0] and server.url in lines[2]
    assert lines[-1] == "Self-test passed: all 5 checks OK."
