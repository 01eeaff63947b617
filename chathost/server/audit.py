"""The audit log: who did what to which conversation, when. Never any message text."""

from __future__ import annotations

import logging

from chathost.server.storage import Storage, StorageError

log = logging.getLogger(__name__)


async def write_audit(
    storage: Storage,
    now: float,
    actor: int | None,
    action: str,
    conversation: str | None,
    detail: str = "",
) -> None:
    """An audit entry that cannot be written is logged, but never undoes the action."""
    try:
        await storage.audit(now, actor, action, conversation, detail)
    except StorageError:
        log.exception("audit entry not written: %s", action)
