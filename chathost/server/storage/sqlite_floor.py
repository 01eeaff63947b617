"""The SQLite tables of the floor's oversight: the audit log, who supervises which
conversation, debrief requests and open transfer offers. A mixin of `SqliteStorage` (same
connection and thread)."""

from __future__ import annotations

from chathost.server.storage.base import (
    AuditEntry,
    DebriefRow,
    SupervisionRow,
    TransferOfferRow,
)
from chathost.server.storage.sqlite_tables import SqliteTables


class FloorTables(SqliteTables):
    # ------------------------------------------------------------ audit

    async def audit(
        self,
        now: float,
        actor_id: int | None,
        action: str,
        conversation_id: str | None,
        detail: str,
    ) -> None:
        await self._run(
            lambda: self.db.execute(
                "INSERT INTO audit (at, actor_id, action, conversation_id, detail) "
                "VALUES (?, ?, ?, ?, ?)",
                (now, actor_id, action, conversation_id, detail),
            )
        )

    async def audit_entries(
        self,
        since: float,
        until: float,
        conversation_id: str | None = None,
        actor: str | None = None,
    ) -> list[AuditEntry]:
        where = ["a.at >= ?", "a.at < ?"]
        params: list[object] = [since, until]
        if conversation_id is not None:
            where.append("a.conversation_id = ?")
            params.append(conversation_id)
        if actor is not None:
            where.append("u.username = ? COLLATE NOCASE")
            params.append(actor)
        sql = (
            "SELECT a.at, u.username, a.action, a.conversation_id, a.detail FROM audit a "
            "LEFT JOIN users u ON u.id = a.actor_id WHERE "
            + " AND ".join(where)
            + " ORDER BY a.at, a.id"
        )
        return await self._run(
            lambda: [
                AuditEntry(r[0], r[1] or "-", r[2], r[3] or "-", r[4] or "")
                for r in self.db.execute(sql, params).fetchall()
            ]
        )

    async def audit_of(self, conversation_id: str, actor_id: int) -> list[tuple[float, str, str]]:
        """One person's actions on one conversation, oldest first: (at, action, detail)."""
        return await self._run(
            lambda: [
                (r[0], r[1], r[2])
                for r in self.db.execute(
                    "SELECT at, action, detail FROM audit WHERE conversation_id = ? "
                    "AND actor_id = ? ORDER BY at, id",
                    (conversation_id, actor_id),
                ).fetchall()
            ]
        )

    # ------------------------------------------------------------ supervision

    async def put_supervision(self, row: SupervisionRow) -> None:
        await self._run(
            lambda: self.db.execute(
                "INSERT INTO supervision (conversation_id, user_id, mode, since) "
                "VALUES (?, ?, ?, ?) ON CONFLICT (conversation_id, user_id) "
                "DO UPDATE SET mode = excluded.mode, since = excluded.since",
                (row.conversation_id, row.user_id, row.mode, row.since),
            )
        )

    async def drop_supervision(self, conversation_id: str, user_id: int | None = None) -> None:
        """One supervisor leaves, or (no user) everyone: the conversation moved on or ended."""
        if user_id is None:
            sql, params = "DELETE FROM supervision WHERE conversation_id = ?", (conversation_id,)
        else:
            sql = "DELETE FROM supervision WHERE conversation_id = ? AND user_id = ?"
            params = (conversation_id, user_id)  # type: ignore[assignment]
        await self._run(lambda: self.db.execute(sql, params))

    async def all_supervision(self) -> list[SupervisionRow]:
        return await self._run(
            lambda: [
                SupervisionRow(*r)
                for r in self.db.execute(
                    "SELECT conversation_id, user_id, mode, since FROM supervision ORDER BY since"
                ).fetchall()
            ]
        )

    # ------------------------------------------------------------ debriefs

    async def put_debrief(self, row: DebriefRow) -> None:
        await self._run(
            lambda: self.db.execute(
                "INSERT INTO debriefs (user_id, status, requested_at, acknowledged_by, "
                "acknowledged_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (user_id) DO UPDATE SET "
                "status = excluded.status, requested_at = excluded.requested_at, "
                "acknowledged_by = excluded.acknowledged_by, "
                "acknowledged_at = excluded.acknowledged_at",
                (
                    row.user_id,
                    row.status,
                    row.requested_at,
                    row.acknowledged_by,
                    row.acknowledged_at,
                ),
            )
        )

    async def drop_debrief(self, user_id: int) -> None:
        await self._run(
            lambda: self.db.execute("DELETE FROM debriefs WHERE user_id = ?", (user_id,))
        )

    async def list_debriefs(self) -> list[DebriefRow]:
        return await self._run(
            lambda: [
                DebriefRow(*r)
                for r in self.db.execute(
                    "SELECT user_id, status, requested_at, acknowledged_by, acknowledged_at "
                    "FROM debriefs"
                ).fetchall()
            ]
        )

    # ------------------------------------------------------------ transfer offers

    async def put_transfer_offer(self, row: TransferOfferRow) -> None:
        await self._run(
            lambda: self.db.execute(
                "INSERT INTO transfer_offers (id, conversation_id, service_id, from_id, to_id, "
                "transfer) VALUES (?, ?, ?, ?, ?, ?)",
                (row.id, row.conversation_id, row.service_id, row.from_id, row.to_id, row.transfer),
            )
        )

    async def drop_transfer_offer(self, offer_id: str) -> None:
        await self._run(
            lambda: self.db.execute("DELETE FROM transfer_offers WHERE id = ?", (offer_id,))
        )

    async def transfer_offers(self) -> list[TransferOfferRow]:
        return await self._run(
            lambda: [
                TransferOfferRow(*r)
                for r in self.db.execute(
                    "SELECT id, conversation_id, service_id, from_id, to_id, transfer "
                    "FROM transfer_offers"
                ).fetchall()
            ]
        )
