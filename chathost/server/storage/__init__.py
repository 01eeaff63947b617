"""Storage behind an interface: SQLite is the embedded default; PostgreSQL can follow."""

from chathost.server.storage.base import (
    AuditEntry,
    BlockRow,
    ConversationRow,
    DebriefRow,
    DuplicateError,
    EscalationRow,
    GuidelineRow,
    MessageRow,
    ServiceRow,
    SessionRow,
    ShiftRow,
    Storage,
    StorageError,
    SupervisionRow,
    TransferOfferRow,
    UserRow,
    WrapupRow,
)
from chathost.server.storage.sqlite import SqliteStorage

__all__ = [
    "AuditEntry",
    "BlockRow",
    "ConversationRow",
    "DebriefRow",
    "DuplicateError",
    "EscalationRow",
    "GuidelineRow",
    "MessageRow",
    "ServiceRow",
    "SessionRow",
    "ShiftRow",
    "SqliteStorage",
    "Storage",
    "StorageError",
    "SupervisionRow",
    "TransferOfferRow",
    "UserRow",
    "WrapupRow",
]
