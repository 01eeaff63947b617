"""SQLite storage. One connection, used only from one dedicated thread, so the event loop never
waits on the disk and every write is serialised without locks of our own.

This module is the connection and migration plumbing; the tables live in mixins by job
(`sqlite_accounts`, `sqlite_conversations`, `sqlite_services`, `sqlite_floor`), all running on
this class's one connection and thread."""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

from chathost.server.storage.base import DuplicateError, StorageError
from chathost.server.storage.groupcommit import GroupCommit
from chathost.server.storage.migrations import MIGRATIONS
from chathost.server.storage.sqlite_accounts import AccountTables
from chathost.server.storage.sqlite_conversations import ConversationTables
from chathost.server.storage.sqlite_floor import FloorTables
from chathost.server.storage.sqlite_services import ServiceTables

T = TypeVar("T")


class SqliteStorage(AccountTables, ConversationTables, ServiceTables, FloorTables):
    def __init__(self, path: str) -> None:
        self.path = path
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="chathost-db")
        self._conn: sqlite3.Connection | None = None
        self._messages = GroupCommit(self._executor, self._insert_messages)

    # ------------------------------------------------------------ plumbing

    async def _run(self, fn: Callable[..., T], *args: Any) -> T:
        loop = asyncio.get_running_loop()
        try:
            return await loop.run_in_executor(self._executor, fn, *args)
        except sqlite3.IntegrityError as exc:
            raise DuplicateError(str(exc)) from exc
        except sqlite3.Error as exc:
            raise StorageError(str(exc)) from exc

    @property
    def db(self) -> sqlite3.Connection:
        assert self._conn is not None, "storage is not open"
        return self._conn

    def _open(self) -> None:
        conn = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 5000")
        if self.path != ":memory:":
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
        self._conn = conn
        self._migrate()

    def _migrate(self) -> None:
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version > len(MIGRATIONS):
            raise StorageError(
                f"The database is from a newer ChatHost (schema {version}); "
                f"this one knows up to {len(MIGRATIONS)}."
            )
        for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
            self.db.executescript(f"BEGIN; {script}; PRAGMA user_version = {number}; COMMIT;")

    async def open(self) -> None:
        await self._run(self._open)

    def _close(self) -> None:
        if self._conn is not None:
            if self.path != ":memory:":
                # Housekeeping only: a full disk must not stop the database from closing.
                with contextlib.suppress(sqlite3.Error):
                    self._conn.execute("PRAGMA optimize")
            self._conn.close()
            self._conn = None

    async def close(self) -> None:
        try:
            await self._messages.drain()
            await self._run(self._close)
        finally:
            self._executor.shutdown(wait=True)

    async def execute(self, sql: str, *params: Any) -> list[tuple[Any, ...]]:
        """Raw access for administration and tests (e.g. `PRAGMA max_page_count`)."""
        return await self._run(lambda: self.db.execute(sql, params).fetchall())

    def _tx(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        db = self.db
        db.execute("BEGIN IMMEDIATE")
        try:
            result = fn(db)
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")
        return result
