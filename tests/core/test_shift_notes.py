"""The shift's notes follow the shift the real server reports: a cache when it starts, the kept
cache offered back after a crash, a wipe whenever it ends, and a full disk that loses nothing.
Real SQLCipher files; the keyring is an in-memory one."""

from __future__ import annotations

import asyncio
import os
import secrets
import threading
import time
from pathlib import Path

import pytest

from chathost.core.backoff import Backoff
from chathost.core.notes_store import (
    KEY_SERVICE,
    SCRATCHPAD,
    CacheName,
    NotesStore,
    caches_in,
    owner_tag,
    wipe_stale,
)
from chathost.core.session import ConsoleSession
from chathost.core.shift_notes import NotesPlace, ShiftNotes
from chathost.devtools.memory_keyring import TRUSTED, MemoryKeyring
from tests.conftest import PASSWORDS
from tests.core.test_notes_store import plaintext_anywhere
from tests.helpers import until


class Desk:
    """One console's core (session + notes) against the real server."""

    def __init__(self, server, http, folder: Path, keyring: MemoryKeyring, trusted=TRUSTED):
        self.session = ConsoleSession(server.url, http, backoff=Backoff(base=0.05, cap=0.3))
        self.place = NotesPlace(folder, lambda: keyring, trusted)
        self.keyring = keyring
        self.notes: ShiftNotes | None = None

    async def start(self, username: str = "host1") -> ShiftNotes:
        await self.session.login(username, PASSWORDS[username])
        self.notes = ShiftNotes(
            self.session.state,
            self.place,
            owner_tag(self.session.api.base_url, username),
            debounce=0.05,
        )
        self.session.start()
        await self.session.stream.wait_online(10)
        await asyncio.wait_for(self.session.snapshot_loaded.wait(), 10)
        return self.notes

    async def settled(self, *statuses: str) -> None:
        notes = self.notes
        assert notes is not None
        await until(lambda: notes.status in statuses, notes.changed, timeout=10)

    def keys(self) -> list[tuple[str, str]]:
        return [k for k in self.keyring.entries if k[0] == KEY_SERVICE]


@pytest.fixture
async def desks(server, http, tmp_path):
    made: list[Desk] = []

    def make(keyring: MemoryKeyring | None = None, trusted=TRUSTED) -> Desk:
        desk = Desk(server, http, tmp_path / "notes", keyring or MemoryKeyring(), trusted)
        made.append(desk)
        return desk

    yield make
    for desk in made:
        if desk.notes is not None:
            await desk.notes.close()
        await desk.session.close()


async def test_a_shift_gets_an_encrypted_cache_that_its_end_wipes(desks, tmp_path):
    desk = desks()
    notes = await desk.start()
    assert notes.status == "off" and not caches_in(tmp_path / "notes")
    wiped = []
    notes.wiped.connect(wiped.append)

    shift = await desk.session.start_shift()
    await desk.settled("ready")
    canary = "canary-" + secrets.token_hex(8)
    notes.edit(SCRATCHPAD, f"call back about {canary}")
    notes.edit("some-conversation", f"{canary} said school is hard")
    await until(lambda: not notes._dirty, notes.saved, timeout=5)  # the autosave ran
    [(path, cache_id)] = caches_in(tmp_path / "notes")
    name = CacheName.parse(cache_id)
    assert name is not None and name.shift == shift.id
    assert name.owner == owner_tag(desk.session.api.base_url, "host1")
    assert plaintext_anywhere(canary, tmp_path) == []
    assert len(desk.keys()) == 1

    await desk.session.end_shift()
    await until(lambda: bool(wiped), notes.changed, timeout=10)
    assert wiped[0].notes == 2 and wiped[0].key_deleted and path.name in wiped[0].files_deleted
    assert notes.status == "off" and notes.texts == {}
    assert not list((tmp_path / "notes").iterdir()) and desk.keys() == []
    # Every keyring call ran on a worker thread, never on the loop's (the GUI's) thread.
    assert desk.keyring.threads and threading.get_ident() not in desk.keyring.threads


async def test_the_server_ending_the_shift_wipes_too(desks, tmp_path):
    here, elsewhere = desks(), desks()
    notes = await here.start()
    await here.session.start_shift()
    await here.settled("ready")
    notes.edit(SCRATCHPAD, "x")
    await notes.flush()
    await elsewhere.start()  # the same host on another console ends the shift
    await elsewhere.session.end_shift()
    await here.settled("off")
    assert caches_in(tmp_path / "notes") == [] and here.keys() == []


async def _died_mid_shift(desk: Desk, texts: dict[str, str]) -> None:
    """A console that started the shift, wrote notes and died: no wipe, the session just went."""
    notes = await desk.start()
    await desk.session.start_shift()
    await desk.settled("ready")
    for scope, text in texts.items():
        notes.edit(scope, text)
    await notes.flush()
    desk.notes = None
    await desk.session.close()


async def test_a_kept_cache_of_the_open_shift_is_offered_back_after_a_crash(desks, tmp_path):
    keyring = MemoryKeyring()
    await _died_mid_shift(
        desks(keyring),
        {"conv-1": "she has a plan for Friday", SCRATCHPAD: "ring the supervisor at 02"},
    )

    again = desks(keyring)
    notes = await again.start()
    await again.settled("offered")
    assert notes.offer is not None and not notes.writable
    assert abs(notes.offer.created - time.time()) < 60
    loaded = []
    notes.loaded.connect(lambda: loaded.append(True))
    await notes.open_offer()
    assert notes.status == "ready" and loaded
    assert notes.text("conv-1") == "she has a plan for Friday"
    assert notes.text(SCRATCHPAD) == "ring the supervisor at 02"
    notes.edit("conv-1", "she has a plan for Friday; agreed to call 113")
    await notes.flush()
    assert len(caches_in(tmp_path / "notes")) == 1  # the same cache, not a second one

    await again.session.end_shift()
    await again.settled("off")
    assert caches_in(tmp_path / "notes") == [] and again.keys() == []


async def test_declining_the_kept_notes_wipes_them_and_starts_afresh(desks, tmp_path):
    keyring = MemoryKeyring()
    await _died_mid_shift(desks(keyring), {SCRATCHPAD: "old words"})

    again = desks(keyring)
    notes = await again.start()
    await again.settled("offered")
    wiped = []
    notes.wiped.connect(wiped.append)
    await notes.delete_offer()
    assert wiped and wiped[0].key_deleted
    assert notes.status == "ready" and notes.text(SCRATCHPAD) == ""
    assert len(caches_in(tmp_path / "notes")) == 1 and len(again.keys()) == 1
    assert await notes._store.load() == {}  # a new, empty cache under a new key


async def test_caches_of_this_hosts_other_shifts_go_and_other_hosts_stay(desks, tmp_path):
    keyring = MemoryKeyring()
    desk = desks(keyring)
    folder = tmp_path / "notes"
    mine = owner_tag(desk.session.api.base_url, "host1")
    theirs = owner_tag(desk.session.api.base_url, "host2")
    for owner in (mine, theirs):
        old = await NotesStore.create(
            folder, str(CacheName(owner, int(time.time()), "3-1700000000000")), keyring, TRUSTED
        )
        await old._run(old._conn.close)  # left behind by a console that died
    notes = await desk.start()  # host1 is off shift: the server says that shift is over
    await notes.follow()
    [(_, left)] = caches_in(folder)
    assert CacheName.parse(left).owner == theirs
    assert len(desk.keys()) == 1  # host2's key is still there


async def test_start_up_wipes_caches_older_than_the_longest_shift(tmp_path):
    keyring = MemoryKeyring()
    folder = tmp_path / "notes"
    now = time.time()
    for created in (now - 13 * 3600, now - 3600):
        store = await NotesStore.create(
            folder, str(CacheName("a" * 12, int(created), f"s{int(created)}")), keyring, TRUSTED
        )
        await store._run(store._conn.close)
    foreign = folder / "notes-from-an-older-version.db"
    foreign.write_bytes(b"\0" * 16)
    os.utime(foreign, (now - 20 * 3600, now - 20 * 3600))

    receipts = wipe_stale(folder, keyring, 12 * 3600, now)
    assert len(receipts) == 2 and all(r.key_deleted for r in receipts)
    [(_, left)] = caches_in(folder)
    assert CacheName.parse(left).created == int(now - 3600)
    assert len([k for k in keyring.entries if k[0] == KEY_SERVICE]) == 1


async def test_a_full_disk_keeps_the_text_and_saves_it_when_there_is_room(desks, tmp_path):
    desk = desks()
    notes = await desk.start()
    await desk.session.start_shift()
    await desk.settled("ready")
    notes.retry_after = 0.05
    store = notes._store
    assert store is not None
    # SQLite's own "database or disk is full" (SQLITE_FULL), as on a full disk.
    pages = await store._run(lambda: store._conn.execute("PRAGMA page_count").fetchone()[0])
    await store._run(store._conn.execute, f"PRAGMA max_page_count = {pages}")
    long_note = "Visitor's situation: " + "x" * 200_000
    notes.edit("conv-1", long_note)
    await until(lambda: bool(notes.save_error), notes.changed, timeout=5)
    assert "full" in notes.save_error
    assert notes.text("conv-1") == long_note  # still on screen, nothing lost

    await store._run(store._conn.execute, "PRAGMA max_page_count = 1073741823")
    await until(lambda: not notes.save_error, notes.changed, timeout=5)  # retried by itself
    assert (await store.load())["conv-1"] == long_note


async def test_an_untrusted_keyring_means_no_notes_and_says_why(desks, tmp_path):
    desk = desks(MemoryKeyring(), trusted=())
    notes = await desk.start()
    await desk.session.start_shift()
    await desk.settled("refused")
    assert "keyring" in notes.reason and "not a recognised OS keyring" in notes.reason
    notes.edit(SCRATCHPAD, "never kept")
    assert notes.text(SCRATCHPAD) == "" and not (tmp_path / "notes").exists()
    assert desk.keys() == []
