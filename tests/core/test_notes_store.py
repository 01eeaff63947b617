"""The encrypted notes cache: nothing readable on disk during the shift, nothing at all after
it. Real SQLCipher files; the keyring is an in-memory one (tests/integration has the real
Secret Service)."""

from __future__ import annotations

import secrets
import tempfile
import threading
from pathlib import Path

import pytest

from chathost.core.notes_store import (
    KEY_SERVICE,
    SCRATCHPAD,
    NotesStore,
    NotesUnavailable,
    cache_path,
    wipe_all,
)
from chathost.devtools.memory_keyring import TRUSTED, MemoryKeyring


def plaintext_anywhere(canary: str, *folders: Path) -> list[Path]:
    """Every file under `folders` holding the canary in UTF-8 or UTF-16 (all of its bytes)."""
    needles = [canary.encode("utf-8"), canary.encode("utf-16-le")]
    found = []
    for folder in folders:
        for path in folder.rglob("*"):
            try:
                data = path.read_bytes() if path.is_file() else b""
            except OSError:
                continue
            if any(needle in data for needle in needles):
                found.append(path)
    return found


async def test_notes_are_encrypted_during_the_shift_and_gone_after_the_wipe(tmp_path, monkeypatch):
    # SQLite's temporary files (if any) would go to TMPDIR: give it one we can search whole.
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", None)
    keyring = MemoryKeyring()
    canary = "canary-" + secrets.token_hex(12)
    store = await NotesStore.create(tmp_path / "data", "shift-41", keyring, TRUSTED)
    await store.save("c1", f"visitor lives with {canary}")
    await store.save(SCRATCHPAD, f"remember {canary}")
    assert await store.load() == {"": f"remember {canary}", "c1": f"visitor lives with {canary}"}
    assert (KEY_SERVICE, "shift-41") in keyring.entries
    assert len(keyring.entries[(KEY_SERVICE, "shift-41")]) == 64  # 256 random bits
    assert Path(tempfile.gettempdir()) == temp
    assert plaintext_anywhere(canary, tmp_path) == []  # data and temp directories, every byte
    assert cache_path(tmp_path / "data", "shift-41").exists()

    receipt = await store.wipe()
    assert receipt.notes == 2 and receipt.key_deleted
    assert receipt.files_deleted == ["notes-shift-41.db"]
    assert list((tmp_path / "data").iterdir()) == [] and list(temp.iterdir()) == []
    assert keyring.entries == {}
    assert threading.get_ident() not in keyring.threads  # never on the loop's thread


async def test_a_crashed_shift_is_reopened_with_its_key_or_refused_clearly(tmp_path):
    keyring = MemoryKeyring()
    store = await NotesStore.create(tmp_path, "shift-7", keyring, TRUSTED)
    await store.save("c1", "agreed: call the GP tomorrow")
    store._pool.shutdown(wait=True)  # the console dies without closing anything

    again = await NotesStore.reopen(tmp_path, "shift-7", keyring, TRUSTED)
    assert await again.load() == {"c1": "agreed: call the GP tomorrow"}
    again._pool.shutdown(wait=True)

    keyring.entries[(KEY_SERVICE, "shift-7")] = secrets.token_bytes(32).hex()  # a wrong key
    before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(NotesUnavailable, match="cannot be opened with its key"):
        await NotesStore.reopen(tmp_path, "shift-7", keyring, TRUSTED)
    del keyring.entries[(KEY_SERVICE, "shift-7")]
    with pytest.raises(NotesUnavailable, match="not in the keyring"):
        await NotesStore.reopen(tmp_path, "shift-7", keyring, TRUSTED)
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # nothing new, nothing plain


async def test_an_untrusted_keyring_keeps_no_notes_at_all(tmp_path):
    with pytest.raises(NotesUnavailable, match="protected OS keyring"):
        await NotesStore.create(tmp_path, "shift-1", MemoryKeyring())  # not trusted here
    assert list(tmp_path.iterdir()) == []


async def test_wipe_all_removes_every_cache_and_key_of_this_user(tmp_path):
    keyring = MemoryKeyring()
    for shift in ("a", "b"):
        store = await NotesStore.create(tmp_path, f"shift-{shift}", keyring, TRUSTED)
        await store.save("c", "x")
        store._pool.shutdown(wait=True)
    receipts = wipe_all(tmp_path, keyring)
    assert sorted(r.shift for r in receipts) == ["shift-a", "shift-b"]
    assert all(r.key_deleted for r in receipts)
    assert list(tmp_path.iterdir()) == [] and keyring.entries == {}
