"""The shift's notes with a real Secret Service (gnome-keyring on a private D-Bus session) and
the real server: the key lives in the keyring and nowhere on disk; a console killed with SIGKILL
mid-shift leaves nothing readable, and the next start offers the notes back to the same host;
the end of the shift wipes them; `chathost wipe` (as a logoff script runs it) leaves nothing."""

from __future__ import annotations

import json

from tests.conftest import PASSWORDS
from tests.integration.test_secret_service import UNLOCKED, in_keyring_session

# One console's core (session + shift notes) logging in as host1; the same code the console
# runs, without the window.
CONSOLE = r"""
import asyncio, os, signal, sys
import aiohttp, keyring
from chathost.core.notes_store import owner_tag, notes_dir
from chathost.core.session import ConsoleSession
from chathost.core.shift_notes import NotesPlace, ShiftNotes

async def console(url, password, then):
    async with aiohttp.ClientSession() as http:
        session = ConsoleSession(url, http)
        await session.login("host1", password)
        notes = ShiftNotes(session.state, NotesPlace(notes_dir(), keyring.get_keyring),
                           owner_tag(url, "host1"), debounce=0.01)
        session.start()
        await asyncio.wait_for(session.snapshot_loaded.wait(), 10)
        try:
            return await then(session, notes)
        finally:
            await session.close()

async def settled(notes, *statuses):
    changed = asyncio.Event()
    notes.changed.connect(changed.set)
    while notes.status not in statuses:
        changed.clear()
        await asyncio.wait_for(changed.wait(), 10)
"""

SCRIPT = (
    CONSOLE
    + f"CONSOLE = {CONSOLE!r}\n"
    + r"""
import json, secrets, subprocess
from pathlib import Path
from chathost.core.credentials import backend_name
from chathost.core.notes_store import KEY_SERVICE, caches_in

url, password = sys.argv[1], sys.argv[2]
canary = "canary-" + secrets.token_hex(10)
home = Path(os.environ["HOME"])

def plaintext():
    found = []
    for root in (home, Path(os.environ["TMPDIR"])):
        for p in root.rglob("*"):
            if p.is_file() and canary.encode() in p.read_bytes():
                found.append(str(p))
    return found

def keys():
    return [bool(keyring.get_password(KEY_SERVICE, cid)) for _, cid in caches_in(notes_dir())]

# A console that starts the shift, writes notes and is then killed outright.
KILLED = CONSOLE + r'''
async def work(session, notes):
    await session.start_shift()
    await settled(notes, "ready")
    notes.edit("c1", "lives with " + sys.argv[3])
    notes.edit("", "call back " + sys.argv[3])
    await notes.flush()
    os.kill(os.getpid(), signal.SIGKILL)
asyncio.run(console(sys.argv[1], sys.argv[2], work))
'''
child = subprocess.run([sys.executable, "-c", KILLED, url, password, canary])
result = {"backend": backend_name(keyring.get_keyring()), "child": child.returncode}
result["files"] = sorted(p.name for p in notes_dir().iterdir())
result["keys"] = keys()
result["plaintext"] = plaintext()

async def start_again(session, notes):
    await settled(notes, "offered")
    await notes.open_offer()
    texts = dict(notes.texts)
    during = plaintext()
    receipts = []
    notes.wiped.connect(receipts.append)
    await session.end_shift()
    await settled(notes, "off")
    return texts, during, [r.key_deleted for r in receipts]

texts, during, receipts = asyncio.run(console(url, password, start_again))
result["reopened"] = texts
result["plaintext_reopened"] = during
result["receipts"] = receipts
result["after_shift_files"] = sorted(p.name for p in notes_dir().iterdir())

# Killed again, and this time the logoff script cleans up.
subprocess.run([sys.executable, "-c", KILLED, url, password, canary])
result["second_files"] = len(caches_in(notes_dir()))
wipe = subprocess.run(
    [sys.executable, "-m", "chathost.app", "wipe"], capture_output=True, text=True
)
result["wipe_code"] = wipe.returncode
result["wipe_out"] = wipe.stdout
result["after_files"] = sorted(p.name for p in notes_dir().iterdir())
result["after_keys"] = [
    k for k in keyring.get_keyring().get_preferred_collection().get_all_items()
    if k.get_attributes().get("service") == KEY_SERVICE
]
result["after_plaintext"] = plaintext()
result["canary"] = canary
print("RESULT " + json.dumps(result, default=str))
"""
)


async def test_a_killed_console_leaves_nothing_readable_and_gets_its_notes_back(server, tmp_path):
    (tmp_path / "tmp").mkdir()
    code, out, err = await in_keyring_session(
        tmp_path,
        f'export TMPDIR="{tmp_path / "tmp"}" CHATHOST_DATA_DIR="{tmp_path / "home" / "data"}"; '
        + UNLOCKED,
        SCRIPT,
        server.url,
        PASSWORDS["host1"],
        timeout=150,
    )
    line = next((x for x in out.splitlines() if x.startswith("RESULT ")), None)
    assert code == 0 and line is not None, err[-3000:]
    result = json.loads(line[len("RESULT ") :])
    assert result["backend"] == "keyring.backends.SecretService.Keyring"
    assert result["child"] == -9  # SIGKILL, mid-shift
    # The database, and its rollback journal if the kill came mid-write (encrypted too).
    name = result["files"][0]
    assert name.startswith("notes-") and name.endswith(".db") and result["keys"] == [True]
    assert result["files"][1:] in ([], [name + "-journal"])
    assert result["plaintext"] == []  # every byte under HOME and TMPDIR
    # Started again: the same host's open shift gets its notes back, still only encrypted.
    canary = result["canary"]
    assert result["reopened"] == {"c1": f"lives with {canary}", "": f"call back {canary}"}
    assert result["plaintext_reopened"] == []
    assert result["receipts"] == [True] and result["after_shift_files"] == []
    # Killed again; the logoff script's `chathost wipe` leaves no file and no key.
    assert result["second_files"] == 1
    assert result["wipe_code"] == 0, result["wipe_out"]
    assert "key deleted" in result["wipe_out"] and "nothing left" in result["wipe_out"]
    assert result["after_files"] == [] and result["after_keys"] == []
    assert result["after_plaintext"] == []
