"""SQLite storage. One connection, used only from one dedicated thread, so the event loop never
waits on the disk and every write is serialised without locks of our own."""

from __future__ import annotations

import asyncio
import contextlib
import json
import sqlite3
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

from chathost.server.storage.base import (
    BlockRow,
    ConversationRow,
    DuplicateError,
    EscalationRow,
    GuidelineRow,
    MessageRow,
    ServiceRow,
    SessionRow,
    ShiftRow,
    StorageError,
    UserRow,
    WrapupRow,
)
from chathost.server.storage.groupcommit import GroupCommit
from chathost.server.storage.migrations import MIGRATIONS
from chathost.server.storage.sqlite_floor import FloorTables

T = TypeVar("T")

_CONV_COLUMNS = (
    "id, service_id, language, alias, status, host_id, visitor_token_hash, created_at, "
    "queued_at, taken_at, ended_at, ended_by, last_seq, host_read_seq, visitor_read_seq, "
    "visitor_active_at, risk, acute_at, referred_from, handover_note, visitor_session_hash"
)
_CONV_PLACEHOLDERS = ", ".join("?" * len(_CONV_COLUMNS.split(",")))


def _conv(row: tuple[Any, ...]) -> ConversationRow:
    return ConversationRow(*row)


class SqliteStorage(FloorTables):
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

    # ------------------------------------------------------------ accounts

    def _user_services(self, user_id: int) -> list[str]:
        rows = self.db.execute(
            "SELECT s.slug FROM user_services us JOIN services s ON s.id = us.service_id "
            "WHERE us.user_id = ? ORDER BY s.slug",
            (user_id,),
        ).fetchall()
        return [r[0] for r in rows]

    def _user_from(self, row: tuple[Any, ...] | None) -> UserRow | None:
        if row is None:
            return None
        user = UserRow(row[0], row[1], row[2], row[3], row[4], bool(row[5]))
        user.services = self._user_services(user.id)
        return user

    _USER_SQL = "SELECT id, username, display_name, role, password_hash, disabled FROM users"

    async def add_user(
        self,
        username: str,
        display_name: str,
        role: str,
        password_hash: str,
        services: list[str],
        now: float,
    ) -> UserRow:
        def run(db: sqlite3.Connection) -> UserRow:
            cur = db.execute(
                "INSERT INTO users (username, display_name, role, password_hash, created_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (username, display_name, role, password_hash, now),
            )
            user_id = cur.lastrowid
            for slug in services:
                found = db.execute("SELECT id FROM services WHERE slug = ?", (slug,)).fetchone()
                if found is None:
                    raise KeyError(slug)
                db.execute("INSERT INTO user_services VALUES (?, ?)", (user_id, found[0]))
            user = self._user_from(
                db.execute(self._USER_SQL + " WHERE id = ?", (user_id,)).fetchone()
            )
            assert user is not None
            return user

        return await self._run(self._tx, run)

    async def get_user(self, username: str) -> UserRow | None:
        return await self._run(
            lambda: self._user_from(
                self.db.execute(self._USER_SQL + " WHERE username = ?", (username,)).fetchone()
            )
        )

    async def get_user_by_id(self, user_id: int) -> UserRow | None:
        return await self._run(
            lambda: self._user_from(
                self.db.execute(self._USER_SQL + " WHERE id = ?", (user_id,)).fetchone()
            )
        )

    async def list_users(self) -> list[UserRow]:
        def run() -> list[UserRow]:
            rows = self.db.execute(self._USER_SQL + " ORDER BY username").fetchall()
            return [u for u in (self._user_from(r) for r in rows) if u is not None]

        return await self._run(run)

    async def set_user_disabled(self, username: str, disabled: bool) -> UserRow | None:
        def run(db: sqlite3.Connection) -> UserRow | None:
            db.execute(
                "UPDATE users SET disabled = ? WHERE username = ?", (int(disabled), username)
            )
            if disabled:
                db.execute(
                    "UPDATE sessions SET revoked = 1 WHERE user_id = "
                    "(SELECT id FROM users WHERE username = ?)",
                    (username,),
                )
            return self._user_from(
                db.execute(self._USER_SQL + " WHERE username = ?", (username,)).fetchone()
            )

        return await self._run(self._tx, run)

    async def set_password_hash(self, user_id: int, password_hash: str) -> None:
        await self._run(
            lambda: self.db.execute(
                "UPDATE users SET password_hash = ? WHERE id = ?", (password_hash, user_id)
            )
        )

    # ------------------------------------------------------------ sessions

    async def add_session(
        self, token_hash: bytes, user_id: int, now: float, expires_at: float
    ) -> None:
        await self._run(
            lambda: self.db.execute(
                "INSERT INTO sessions (token_hash, user_id, created_at, expires_at) "
                "VALUES (?, ?, ?, ?)",
                (token_hash, user_id, now, expires_at),
            )
        )

    async def get_session(self, token_hash: bytes) -> SessionRow | None:
        def run() -> SessionRow | None:
            row = self.db.execute(
                "SELECT user_id, expires_at, revoked FROM sessions WHERE token_hash = ?",
                (token_hash,),
            ).fetchone()
            if row is None:
                return None
            user = self._user_from(
                self.db.execute(self._USER_SQL + " WHERE id = ?", (row[0],)).fetchone()
            )
            if user is None:
                return None
            return SessionRow(user, row[1], bool(row[2]))

        return await self._run(run)

    async def revoke_session(self, token_hash: bytes) -> None:
        await self._run(
            lambda: self.db.execute(
                "UPDATE sessions SET revoked = 1 WHERE token_hash = ?", (token_hash,)
            )
        )

    async def revoke_user_sessions(self, user_id: int) -> None:
        await self._run(
            lambda: self.db.execute("UPDATE sessions SET revoked = 1 WHERE user_id = ?", (user_id,))
        )

    async def purge_sessions(self, now: float) -> int:
        return await self._run(
            lambda: (
                self.db.execute(
                    "DELETE FROM sessions WHERE expires_at < ? OR revoked = 1", (now,)
                ).rowcount
            )
        )

    # ------------------------------------------------------------ services

    _SERVICE_SQL = (
        "SELECT id, slug, name, languages, audience, timezone, opening_hours, max_per_host, "
        "max_queue, wrapup, announce_reading FROM services"
    )

    @staticmethod
    def _service(row: tuple[Any, ...]) -> ServiceRow:
        return ServiceRow(
            row[0],
            row[1],
            row[2],
            json.loads(row[3]),
            row[4],
            row[5],
            row[6],
            row[7],
            row[8],
            row[9],
            bool(row[10]),
        )

    async def add_service(
        self,
        slug: str,
        name: str,
        languages: list[str],
        audience: str,
        timezone: str,
        opening_hours_json: str,
        max_per_host: int,
        max_queue: int,
        now: float,
        announce_reading: bool = False,
    ) -> ServiceRow:
        def run(db: sqlite3.Connection) -> ServiceRow:
            cur = db.execute(
                "INSERT INTO services (slug, name, languages, audience, timezone, opening_hours, "
                "max_per_host, max_queue, created_at, announce_reading) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    slug,
                    name,
                    json.dumps(languages),
                    audience,
                    timezone,
                    opening_hours_json,
                    max_per_host,
                    max_queue,
                    now,
                    int(announce_reading),
                ),
            )
            return self._service(
                db.execute(self._SERVICE_SQL + " WHERE id = ?", (cur.lastrowid,)).fetchone()
            )

        return await self._run(self._tx, run)

    async def list_services(self) -> list[ServiceRow]:
        return await self._run(
            lambda: [
                self._service(r)
                for r in self.db.execute(self._SERVICE_SQL + " ORDER BY slug").fetchall()
            ]
        )

    async def set_service_wrapup(self, slug: str, wrapup_json: str) -> ServiceRow | None:
        def run(db: sqlite3.Connection) -> ServiceRow | None:
            db.execute("UPDATE services SET wrapup = ? WHERE slug = ?", (wrapup_json, slug))
            row = db.execute(self._SERVICE_SQL + " WHERE slug = ?", (slug,)).fetchone()
            return None if row is None else self._service(row)

        return await self._run(self._tx, run)

    # ------------------------------------------------------------ shifts

    async def open_shifts(self) -> list[ShiftRow]:
        return await self._run(
            lambda: [
                ShiftRow(r[0], r[1], r[2], bool(r[3]))
                for r in self.db.execute(
                    "SELECT id, user_id, started_at, paused FROM shifts WHERE ended_at IS NULL"
                ).fetchall()
            ]
        )

    async def start_shift(self, user_id: int, now: float) -> ShiftRow:
        def run() -> ShiftRow:
            cur = self.db.execute(
                "INSERT INTO shifts (user_id, started_at) VALUES (?, ?)", (user_id, now)
            )
            assert cur.lastrowid is not None
            return ShiftRow(cur.lastrowid, user_id, now, False)

        return await self._run(run)

    async def set_shift_paused(self, shift_id: int, paused: bool) -> None:
        await self._run(
            lambda: self.db.execute(
                "UPDATE shifts SET paused = ? WHERE id = ?", (int(paused), shift_id)
            )
        )

    async def end_shift(self, shift_id: int, now: float) -> None:
        await self._run(
            lambda: self.db.execute("UPDATE shifts SET ended_at = ? WHERE id = ?", (now, shift_id))
        )

    # ------------------------------------------------------------ conversations

    async def add_conversation(self, row: ConversationRow) -> None:
        values = tuple(getattr(row, name.strip()) for name in _CONV_COLUMNS.split(","))
        await self._run(
            lambda: self.db.execute(
                f"INSERT INTO conversations ({_CONV_COLUMNS}) VALUES ({_CONV_PLACEHOLDERS})",
                values,
            )
        )

    async def open_conversations(self) -> list[ConversationRow]:
        return await self._run(
            lambda: [
                _conv(r)
                for r in self.db.execute(
                    f"SELECT {_CONV_COLUMNS} FROM conversations WHERE status != 'ended' "
                    "ORDER BY queued_at"
                ).fetchall()
            ]
        )

    async def get_conversation(self, conversation_id: str) -> ConversationRow | None:
        def run() -> ConversationRow | None:
            row = self.db.execute(
                f"SELECT {_CONV_COLUMNS} FROM conversations WHERE id = ?", (conversation_id,)
            ).fetchone()
            return None if row is None else _conv(row)

        return await self._run(run)

    async def client_ids(self, conversation_id: str) -> dict[tuple[str, str], int]:
        return await self._run(
            lambda: {
                (r[0], r[1]): r[2]
                for r in self.db.execute(
                    "SELECT sender, client_id, seq FROM messages "
                    "WHERE conversation_id = ? AND client_id IS NOT NULL",
                    (conversation_id,),
                ).fetchall()
            }
        )

    @staticmethod
    def _update(db: sqlite3.Connection, row: ConversationRow) -> None:
        """The state columns only. Read marks, `last_seq` and visitor activity only ever move
        forward and have writers of their own, so a snapshot taken earlier never rolls them
        back."""
        db.execute(
            "UPDATE conversations SET status = ?, host_id = ?, queued_at = ?, taken_at = ?, "
            "ended_at = ?, ended_by = ?, visitor_active_at = MAX(visitor_active_at, ?), "
            "service_id = ?, risk = ?, acute_at = ?, referred_from = ?, handover_note = ?, "
            "visitor_session_hash = ? WHERE id = ?",
            (
                row.status,
                row.host_id,
                row.queued_at,
                row.taken_at,
                row.ended_at,
                row.ended_by,
                row.visitor_active_at,
                row.service_id,
                row.risk,
                row.acute_at,
                row.referred_from,
                row.handover_note,
                row.visitor_session_hash,
                row.id,
            ),
        )

    async def update_conversation(self, row: ConversationRow) -> None:
        await self._run(self._update, self.db, row)

    async def set_read(self, conversation_id: str, reader: str, upto: int) -> None:
        column = {"host": "host_read_seq", "visitor": "visitor_read_seq"}[reader]
        await self._run(
            lambda: self.db.execute(
                f"UPDATE conversations SET {column} = MAX({column}, ?) WHERE id = ?",
                (upto, conversation_id),
            )
        )

    async def add_message(self, message: MessageRow) -> None:
        try:
            await self._messages.submit(message)
        except sqlite3.IntegrityError as exc:
            raise DuplicateError(str(exc)) from exc
        except sqlite3.Error as exc:
            raise StorageError(str(exc)) from exc

    def _insert_messages(self, messages: list[MessageRow]) -> list[BaseException | None]:
        """One transaction for the batch, one savepoint per message: a message that cannot be
        stored fails alone; a COMMIT that fails (full disk) fails them all, storing none."""
        db = self.db
        outcomes: list[BaseException | None] = []
        db.execute("BEGIN IMMEDIATE")
        try:
            for m in messages:
                db.execute("SAVEPOINT message")
                try:
                    db.execute(
                        "INSERT INTO messages (conversation_id, seq, sender, author_id, "
                        "client_id, text, created_at, private) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        (
                            m.conversation_id,
                            m.seq,
                            m.sender,
                            m.author_id,
                            m.client_id,
                            m.text,
                            m.created_at,
                            int(m.private),
                        ),
                    )
                    db.execute(
                        "UPDATE conversations SET last_seq = MAX(last_seq, ?), visitor_active_at "
                        "= CASE WHEN ? = 'visitor' THEN ? ELSE visitor_active_at END WHERE id = ?",
                        (m.seq, m.sender, m.created_at, m.conversation_id),
                    )
                except sqlite3.Error as exc:
                    db.execute("ROLLBACK TO message")
                    outcomes.append(exc)
                else:
                    outcomes.append(None)
                db.execute("RELEASE message")
            db.execute("COMMIT")
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise
        return outcomes

    async def messages_after(
        self, conversation_id: str, after: int, limit: int, private: bool = True
    ) -> list[MessageRow]:
        """`private=False`: the visitor's view, without the staff's private messages."""
        only_public = "" if private else " AND private = 0"
        return await self._run(
            lambda: [
                MessageRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], bool(r[7]))
                for r in self.db.execute(
                    "SELECT conversation_id, seq, sender, author_id, client_id, text, created_at, "
                    "private FROM messages WHERE conversation_id = ? AND seq > ?"
                    + only_public
                    + " ORDER BY seq LIMIT ?",
                    (conversation_id, after, limit),
                ).fetchall()
            ]
        )

    async def end_conversation(self, row: ConversationRow, purge: bool) -> None:
        def run(db: sqlite3.Connection) -> None:
            self._update(db, row)
            if purge:
                db.execute("DELETE FROM messages WHERE conversation_id = ?", (row.id,))
                db.execute("UPDATE conversations SET purged = 1 WHERE id = ?", (row.id,))

        await self._run(self._tx, run)

    async def purge_transcripts(self, ended_before: float) -> int:
        def run(db: sqlite3.Connection) -> int:
            ids = [
                r[0]
                for r in db.execute(
                    "SELECT id FROM conversations WHERE purged = 0 AND status = 'ended' "
                    "AND ended_at <= ?",
                    (ended_before,),
                ).fetchall()
            ]
            for conversation_id in ids:
                db.execute("DELETE FROM messages WHERE conversation_id = ?", (conversation_id,))
                db.execute("UPDATE conversations SET purged = 1 WHERE id = ?", (conversation_id,))
            return len(ids)

        return await self._run(self._tx, run)

    async def recent_waits(self, service_id: int, limit: int) -> list[float]:
        return await self._run(
            lambda: [
                r[0]
                for r in self.db.execute(
                    "SELECT taken_at - queued_at FROM conversations WHERE service_id = ? "
                    "AND taken_at IS NOT NULL ORDER BY taken_at DESC LIMIT ?",
                    (service_id, limit),
                ).fetchall()
            ]
        )

    async def ended_conversations(self, since: float, until: float) -> list[tuple[int, float]]:
        return await self._run(
            lambda: [
                (r[0], r[1])
                for r in self.db.execute(
                    "SELECT service_id, ended_at FROM conversations WHERE status = 'ended' "
                    "AND ended_at >= ? AND ended_at < ?",
                    (since, until),
                ).fetchall()
            ]
        )

    # ------------------------------------------------------------ guidelines

    _GUIDELINE_SQL = (
        "SELECT g.id, g.language, g.source, g.updated_at, u.username FROM guidelines g "
        "LEFT JOIN users u ON u.id = g.updated_by"
    )

    @staticmethod
    def _bump_revision(db: sqlite3.Connection) -> int:
        db.execute(
            "INSERT INTO meta (key, value) VALUES ('guidelines_revision', '1') "
            "ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1"
        )
        return int(
            db.execute("SELECT value FROM meta WHERE key = 'guidelines_revision'").fetchone()[0]
        )

    @staticmethod
    def _store_guidelines(
        db: sqlite3.Connection,
        documents: list[tuple[str, str, str]],
        now: float,
        user_id: int | None,
    ) -> None:
        db.executemany(
            "INSERT INTO guidelines (id, language, source, updated_at, updated_by) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET language = excluded.language, "
            "source = excluded.source, updated_at = excluded.updated_at, "
            "updated_by = excluded.updated_by",
            [(gid, language, source, now, user_id) for gid, language, source in documents],
        )

    async def list_guidelines(self) -> list[GuidelineRow]:
        return await self._run(
            lambda: [
                GuidelineRow(*r)
                for r in self.db.execute(self._GUIDELINE_SQL + " ORDER BY g.id").fetchall()
            ]
        )

    async def get_guideline(self, guideline_id: str) -> GuidelineRow | None:
        def run() -> GuidelineRow | None:
            row = self.db.execute(
                self._GUIDELINE_SQL + " WHERE g.id = ?", (guideline_id,)
            ).fetchone()
            return None if row is None else GuidelineRow(*row)

        return await self._run(run)

    async def put_guidelines(
        self, documents: list[tuple[str, str, str]], now: float, user_id: int | None
    ) -> int:
        """(id, language, source) each, stored or replaced; returns the new revision."""

        def run(db: sqlite3.Connection) -> int:
            self._store_guidelines(db, documents, now, user_id)
            return self._bump_revision(db)

        return await self._run(self._tx, run)

    async def delete_guideline(self, guideline_id: str) -> int | None:
        """The new revision, or None when there was no such guideline."""

        def run(db: sqlite3.Connection) -> int | None:
            if not db.execute("DELETE FROM guidelines WHERE id = ?", (guideline_id,)).rowcount:
                return None
            return self._bump_revision(db)

        return await self._run(self._tx, run)

    async def seed_guidelines(self, documents: list[tuple[str, str, str]], now: float) -> bool:
        """Stores the defaults once in the database's life: not if any guideline exists or
        defaults were ever seeded (an admin who deleted them all meant it)."""

        def run(db: sqlite3.Connection) -> bool:
            if db.execute("SELECT 1 FROM guidelines LIMIT 1").fetchone() is not None:
                return False
            if db.execute("SELECT 1 FROM meta WHERE key = 'guidelines_seeded'").fetchone():
                return False
            self._store_guidelines(db, documents, now, None)
            db.execute("INSERT INTO meta (key, value) VALUES ('guidelines_seeded', ?)", (now,))
            self._bump_revision(db)
            return True

        return await self._run(self._tx, run)

    async def guidelines_revision(self) -> int:
        value = await self.get_meta("guidelines_revision")
        return int(value) if value is not None else 0

    async def get_meta(self, key: str) -> str | None:
        def run() -> str | None:
            row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
            return None if row is None else str(row[0])

        return await self._run(run)

    # ------------------------------------------------------------ escalations

    _ESCALATION_COLUMNS = (
        "id, conversation_id, service_id, kind, status, raised_by, raised_at, pressed_at, "
        "acknowledged_by, acknowledged_at, alerts, alerted_at, on_duty"
    )

    async def add_escalation(self, row: EscalationRow) -> None:
        await self._run(
            lambda: self.db.execute(
                f"INSERT INTO escalations ({self._ESCALATION_COLUMNS}) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    row.id,
                    row.conversation_id,
                    row.service_id,
                    row.kind,
                    row.status,
                    row.raised_by,
                    row.raised_at,
                    row.pressed_at,
                    row.acknowledged_by,
                    row.acknowledged_at,
                    row.alerts,
                    row.alerted_at,
                    row.on_duty,
                ),
            )
        )

    async def update_escalation(self, row: EscalationRow) -> None:
        await self._run(
            lambda: self.db.execute(
                "UPDATE escalations SET status = ?, acknowledged_by = ?, acknowledged_at = ?, "
                "alerts = ?, alerted_at = ?, on_duty = ? WHERE id = ?",
                (
                    row.status,
                    row.acknowledged_by,
                    row.acknowledged_at,
                    row.alerts,
                    row.alerted_at,
                    row.on_duty,
                    row.id,
                ),
            )
        )

    async def get_escalation(self, escalation_id: str) -> EscalationRow | None:
        def run() -> EscalationRow | None:
            row = self.db.execute(
                f"SELECT {self._ESCALATION_COLUMNS} FROM escalations WHERE id = ?",
                (escalation_id,),
            ).fetchone()
            return None if row is None else EscalationRow(*row)

        return await self._run(run)

    async def live_escalations(self) -> list[EscalationRow]:
        return await self._run(
            lambda: [
                EscalationRow(*r)
                for r in self.db.execute(
                    f"SELECT {self._ESCALATION_COLUMNS} FROM escalations "
                    "WHERE status IN ('open', 'acknowledged') ORDER BY raised_at"
                ).fetchall()
            ]
        )

    # ------------------------------------------------------------ blocks

    async def add_block(
        self, session_hash: bytes, reason: str, user_id: int | None, now: float, expires_at: float
    ) -> None:
        await self._run(
            lambda: self.db.execute(
                "INSERT OR REPLACE INTO blocks (session_hash, reason, blocked_by, created_at, "
                "expires_at) VALUES (?, ?, ?, ?, ?)",
                (session_hash, reason, user_id, now, expires_at),
            )
        )

    async def is_blocked(self, session_hash: bytes, now: float) -> bool:
        return await self._run(
            lambda: (
                self.db.execute(
                    "SELECT 1 FROM blocks WHERE session_hash = ? AND expires_at > ?",
                    (session_hash, now),
                ).fetchone()
                is not None
            )
        )

    async def list_blocks(self, now: float) -> list[BlockRow]:
        return await self._run(
            lambda: [
                BlockRow(*r)
                for r in self.db.execute(
                    "SELECT b.session_hash, b.reason, u.username, b.created_at, b.expires_at "
                    "FROM blocks b LEFT JOIN users u ON u.id = b.blocked_by "
                    "WHERE b.expires_at > ? ORDER BY b.created_at",
                    (now,),
                ).fetchall()
            ]
        )

    async def clear_blocks(self, hex_prefix: str) -> int:
        """Blocks whose hash starts with these hex digits ("" clears every block)."""
        return await self._run(
            lambda: (
                self.db.execute(
                    "DELETE FROM blocks WHERE lower(hex(session_hash)) LIKE ? || '%'",
                    (hex_prefix.lower(),),
                ).rowcount
            )
        )

    async def purge_blocks(self, now: float) -> int:
        return await self._run(
            lambda: self.db.execute("DELETE FROM blocks WHERE expires_at <= ?", (now,)).rowcount
        )

    # ------------------------------------------------------------ wrap-ups

    _WRAPUP_COLUMNS = (
        "conversation_id, author_id, service_id, ended_hour, answers, risk, referred_to, "
        "comment, created_at"
    )

    async def put_wrapup(self, row: WrapupRow) -> None:
        await self._run(
            lambda: self.db.execute(
                f"INSERT OR REPLACE INTO wrapups ({self._WRAPUP_COLUMNS}) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    row.conversation_id,
                    row.author_id,
                    row.service_id,
                    row.ended_hour,
                    row.answers_json,
                    row.risk,
                    row.referred_to,
                    row.comment,
                    row.created_at,
                ),
            )
        )

    async def wrapups_between(self, since: float, until: float) -> list[WrapupRow]:
        return await self._run(
            lambda: [
                WrapupRow(*r)
                for r in self.db.execute(
                    f"SELECT {self._WRAPUP_COLUMNS} FROM wrapups "
                    "WHERE ended_hour >= ? AND ended_hour < ? ORDER BY ended_hour",
                    (since, until),
                ).fetchall()
            ]
        )
