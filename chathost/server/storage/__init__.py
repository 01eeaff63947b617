"""Storage behind an interface: SQLite is the embedded default; PostgreSQL can follow."""

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
    Storage,
    StorageError,
    UserRow,
    WrapupRow,
)
from chathost.server.storage.sqlite import SqliteStorage

__all__ = [
    "BlockRow",
    "ConversationRow",
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
    "UserRow",
    "WrapupRow",
]
