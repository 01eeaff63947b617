"""The SQLite tables of the chats themselves: conversations, their messages (written in group
commits), transcript purging, and escalations. A mixin of `SqliteStorage` (same connection and
thread)."""

from __future__ import annotations

import sqlite3
from typing import Any

from chathost.server.storage.base import (
    ConversationRow,
    DuplicateError,
    EscalationRow,
    MessageRow,
    StorageError,
)
from chathost.server.storage.groupcommit import GroupCommit
from chathost.server.storage.sqlite_tables import SqliteTables

_CONV_COLUMNS = (
    "id, service_id, language, alias, status, host_id, visitor_token_hash, created_at, "
    "queued_at, taken_at, ended_at, ended_by, last_seq, host_read_seq, visitor_read_seq, "
    "visitor_active_at, risk, acute_at, referred_from, handover_note, visitor_session_hash"
)
_CONV_PLACEHOLDERS = ", ".join("?" * len(_CONV_COLUMNS.split(",")))


def _conv(row: tuple[Any, ...]) -> ConversationRow:
    return ConversationRow(*row)


class ConversationTables(SqliteTables):
    # Provided by SqliteStorage: the group commit that feeds `_insert_messages`.
    _messages: GroupCommit[MessageRow]

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
