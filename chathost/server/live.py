"""One open conversation as the server holds it in memory between storage writes."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field

from chathost.server.connection import Connection
from chathost.server.storage import ConversationRow, ServiceRow, SupervisionRow
from chathost.server.ws_common import Limits


@dataclass
class Live:
    """An open (queued or active) conversation."""

    row: ConversationRow
    service: ServiceRow
    client_ids: dict[tuple[str, str], int]
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    visitor: Connection | None = None
    visitor_gone_at: float | None = None
    # Handed back after a host held it: its next take says nothing about queue waits.
    released: bool = False
    # The visitor's rate limits, kept across reconnects.
    limits: Limits | None = None
    # Supervisors reading along or joined (and a host kept to learn), by user id, in order.
    supervisors: dict[int, SupervisionRow] = field(default_factory=dict)
    # Staff typing to the visitor (the host, a joined supervisor): when each last said so.
    typists: dict[int, float] = field(default_factory=dict)

    def may_reply(self, user_id: int) -> bool:
        """Whether `user_id` writes to the visitor now: the host, or a supervisor who joined
        openly (not one reading along, nor a host kept to learn)."""
        if self.row.status != "active":
            return False
        if self.row.host_id == user_id:
            return True
        entry = self.supervisors.get(user_id)
        return entry is not None and entry.mode == "joined"

    def has_joined(self, user_id: int) -> bool:
        """A supervisor who joined openly and is not the host."""
        return self.row.host_id != user_id and self.may_reply(user_id)
