"""SQLite storage on a real file: migrations, and group commit of messages."""

from __future__ import annotations

import asyncio
import sqlite3

import pytest

from chathost.server.storage import (
    ConversationRow,
    DuplicateError,
    MessageRow,
    SqliteStorage,
    StorageError,
)
from chathost.server.storage.migrations import MIGRATIONS


@pytest.fixture
async def storage(tmp_path):
    store = SqliteStorage(str(tmp_path / "store.sqlite3"))
    await store.open()
    service = await store.add_service("ung", "Ung", ["nb"], "", "Europe/Oslo", "[]", 3, 50, 1.0)
    await store.add_conversation(
        ConversationRow(
            id="c1",
            service_id=service.id,
            language="nb",
            alias="Vega 1",
            status="active",
            host_id=None,
            visitor_token_hash=b"t" * 32,
            created_at=1.0,
            queued_at=1.0,
            taken_at=2.0,
            ended_at=None,
            ended_by=None,
            last_seq=0,
            host_read_seq=0,
            visitor_read_seq=0,
            visitor_active_at=2.0,
        )
    )
    yield store
    await store.close()


def message(seq: int, text: str = "hei") -> MessageRow:
    return MessageRow("c1", seq, "visitor", None, f"id-{seq}-{text}", text, 10.0 + seq)


async def test_concurrent_messages_share_commits_and_a_bad_one_fails_alone(storage):
    results = await asyncio.gather(
        storage.add_message(message(1)),
        storage.add_message(message(2)),
        storage.add_message(message(2, "same seq again")),
        storage.add_message(message(3)),
        return_exceptions=True,
    )
    assert results[0] is None and results[1] is None and results[3] is None
    assert isinstance(results[2], DuplicateError)
    stored = await storage.messages_after("c1", 0, 10)
    assert [(m.seq, m.text) for m in stored] == [(1, "hei"), (2, "hei"), (3, "hei")]
    row = await storage.get_conversation("c1")
    assert row.last_seq == 3 and row.visitor_active_at == 13.0


async def test_a_failed_commit_stores_none_of_the_batch(storage):
    pages = (await storage.execute("PRAGMA page_count"))[0][0]
    await storage.execute(f"PRAGMA max_page_count = {pages}")
    big = "x" * 60_000
    results = await asyncio.gather(
        *(storage.add_message(message(i, big)) for i in range(1, 4)), return_exceptions=True
    )
    assert all(isinstance(r, StorageError) for r in results)
    assert await storage.messages_after("c1", 0, 10) == []


async def test_the_schema_is_migrated_and_a_newer_one_is_refused(tmp_path, storage):
    version = (await storage.execute("PRAGMA user_version"))[0][0]
    assert version == len(MIGRATIONS)
    path = tmp_path / "future.sqlite3"
    with sqlite3.connect(path) as db:
        db.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    future = SqliteStorage(str(path))
    with pytest.raises(StorageError, match="newer ChatHost"):
        await future.open()
    await future.close()


async def test_a_schema_2_database_is_migrated_and_keeps_its_messages(tmp_path):
    path = tmp_path / "old.sqlite3"
    with sqlite3.connect(path) as db:
        for number, script in enumerate(MIGRATIONS[:2], start=1):
            db.executescript(f"BEGIN; {script}; PRAGMA user_version = {number}; COMMIT;")
        db.execute(
            "INSERT INTO services (id, slug, name, languages, audience, timezone, opening_hours, "
            "max_per_host, max_queue, created_at) VALUES (1, 'ung', 'Ung', '[\"nb\"]', '', "
            "'Europe/Oslo', '[]', 3, 50, 1.0)"
        )
        db.execute(
            "INSERT INTO users (id, username, display_name, role, password_hash, created_at) "
            "VALUES (7, 'kari', 'Kari', 'host', 'x', 1.0), (8, 'sigrid', 'Sigrid', "
            "'supervisor', 'x', 1.0)"
        )
        db.execute(
            "INSERT INTO conversations (id, service_id, language, alias, status, host_id, "
            "visitor_token_hash, created_at, queued_at, taken_at, last_seq, visitor_active_at) "
            "VALUES ('old', 1, 'nb', 'Vega 1', 'active', 7, ?, 1.0, 1.0, 2.0, 2, 3.0)",
            (b"o" * 32,),
        )
        db.executemany(
            "INSERT INTO messages (conversation_id, seq, sender, author_id, client_id, text, "
            "created_at) VALUES ('old', ?, ?, ?, ?, ?, ?)",
            [(1, "visitor", None, "v-1", "Hei", 3.0), (2, "host", 7, "h-1", "Hei, du", 4.0)],
        )
        with pytest.raises(sqlite3.IntegrityError):  # schema 2 knows no supervisors
            db.execute(
                "INSERT INTO messages (conversation_id, seq, sender, text, created_at) "
                "VALUES ('old', 3, 'supervisor', 'x', 5.0)"
            )

    store = SqliteStorage(str(path))
    await store.open()
    try:
        assert (await store.execute("PRAGMA user_version"))[0][0] == 4 == len(MIGRATIONS)
        kept = await store.messages_after("old", 0, 10)
        assert [(m.seq, m.sender, m.author_id, m.client_id, m.text, m.private) for m in kept] == [
            (1, "visitor", None, "v-1", "Hei", False),
            (2, "host", 7, "h-1", "Hei, du", False),
        ]
        await store.add_message(
            MessageRow("old", 3, "supervisor", 8, "s-1", "Jeg er også her", 5.0)
        )
        await store.add_message(MessageRow("old", 4, "supervisor", 8, "s-2", "Psst", 6.0, True))
        stored = await store.messages_after("old", 2, 10)
        assert [(m.sender, m.private) for m in stored] == [("supervisor", False),
                                                         ("supervisor", True)]
        assert [m.seq for m in await store.messages_after("old", 0, 10, private=False)] == [1, 2, 3]
        # The old uniqueness of client ids holds in the rebuilt table.
        with pytest.raises(StorageError):
            await store.add_message(MessageRow("old", 5, "host", 7, "h-1", "again", 7.0))
        (service,) = await store.list_services()
        assert service.announce_reading is False
        assert (await store.get_conversation("old")).last_seq == 4
    finally:
        await store.close()
