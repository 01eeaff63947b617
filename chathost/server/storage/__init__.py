"""Storage behind an interface: SQLite is the embedded default; PostgreSQL can follow."""

from chathost.server.storage.base import (
    ConversationRow,
    DuplicateError,
    MessageRow,
    ServiceRow,
    SessionRow,
    ShiftRow,
    Storage,
    StorageError,
    UserRow,
)
from chathost.server.storage.sqlite import SqliteStorage

__all__ = [
    "ConversationRow",
    "DuplicateError",
    "MessageRow",
    "ServiceRow",
    "SessionRow",
    "ShiftRow",
    "SqliteStorage",
    "Storage",
    "StorageError",
    "UserRow",
]
