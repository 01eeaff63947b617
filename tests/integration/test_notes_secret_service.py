"""The notes cache with a real Secret Service (gnome-keyring on a private D-Bus session): the
key lives in the keyring and nowhere on disk, a console killed with SIGKILL mid-shift leaves
nothing readable, and `chathost wipe` (as a logoff script runs it) leaves nothing at all."""

from __future__ import annotations

import json

from tests.integration.test_secret_service import UNLOCKED, in_keyring_session

SCRIPT = r"""
import asyncio, json, os, secrets, signal, subprocess, sys
from pathlib import Path
import keyring
from chathost.core.credentials import backend_name
from chathost.core.notes_store import KEY_SERVICE, NotesStore, notes_dir

canary = "canary-" + secrets.token_hex(10)
home = Path(os.environ["HOME"])

def plaintext():
    found = []
    for root in (home, Path(os.environ["TMPDIR"])):
        for p in root.rglob("*"):
            if p.is_file() and canary.encode() in p.read_bytes():
                found.append(str(p))
    return found

# A console that writes a note and is then killed outright, mid-shift.
child = subprocess.run([sys.executable, "-c", f'''
import asyncio, os, signal
import keyring
from chathost.core.notes_store import NotesStore, notes_dir
async def main():
    store = await NotesStore.create(notes_dir(), "shift-9", keyring.get_keyring())
    await store.save("c1", "lives with {canary}")
    os.kill(os.getpid(), signal.SIGKILL)
asyncio.run(main())
'''])
result = {"backend": backend_name(keyring.get_keyring()), "child": child.returncode}
result["files"] = sorted(p.name for p in notes_dir().iterdir())
result["key"] = bool(keyring.get_password(KEY_SERVICE, "shift-9"))
result["plaintext"] = plaintext()

async def reopen():
    store = await NotesStore.reopen(notes_dir(), "shift-9", keyring.get_keyring())
    return await store.load()
result["reopened"] = asyncio.run(reopen())

wipe = subprocess.run(
    [sys.executable, "-m", "chathost.app", "wipe"], capture_output=True, text=True
)
result["wipe_code"] = wipe.returncode
result["wipe_out"] = wipe.stdout
result["after_files"] = sorted(p.name for p in notes_dir().iterdir())
result["after_key"] = keyring.get_password(KEY_SERVICE, "shift-9")
result["after_plaintext"] = plaintext()
result["canary"] = canary
print("RESULT " + json.dumps(result))
"""


async def test_a_killed_console_leaves_nothing_readable_and_wipe_leaves_nothing(tmp_path):
    (tmp_path / "tmp").mkdir()
    code, out, err = await in_keyring_session(
        tmp_path,
        f'export TMPDIR="{tmp_path / "tmp"}" CHATHOST_DATA_DIR="{tmp_path / "home" / "data"}"; '
        + UNLOCKED,
        SCRIPT,
        timeout=120,
    )
    line = next((x for x in out.splitlines() if x.startswith("RESULT ")), None)
    assert code == 0 and line is not None, err[-2000:]
    result = json.loads(line[len("RESULT ") :])
    assert result["backend"] == "keyring.backends.SecretService.Keyring"
    assert result["child"] == -9  # SIGKILL, mid-shift
    assert result["files"] == ["notes-shift-9.db"] and result["key"]
    assert result["plaintext"] == []  # every byte under HOME and TMPDIR
    assert result["reopened"] == {"c1": f"lives with {result['canary']}"}
    assert result["wipe_code"] == 0, result["wipe_out"]
    assert "notes-shift-9.db; key deleted" in result["wipe_out"]
    assert result["after_files"] == [] and result["after_key"] is None
    assert result["after_plaintext"] == []
