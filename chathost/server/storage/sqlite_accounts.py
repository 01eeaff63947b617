"""The SQLite tables of the people: staff accounts and the services they serve, their login
sessions, and their shifts. A mixin of `SqliteStorage` (same connection and thread)."""

from __future__ import annotations

import sqlite3
from typing import Any

from chathost.server.storage.base import SessionRow, ShiftRow, UserRow
from chathost.server.storage.sqlite_tables import SqliteTables


class AccountTables(SqliteTables):
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
