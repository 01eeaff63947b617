"""The SQLite tables of what the helpline offers and how it went: services, guidelines and their
revision, visitor blocks, and wrap-ups for the statistics. A mixin of `SqliteStorage` (same
connection and thread)."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from chathost.server.storage.base import BlockRow, GuidelineRow, ServiceRow, WrapupRow
from chathost.server.storage.sqlite_tables import SqliteTables


class ServiceTables(SqliteTables):
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
