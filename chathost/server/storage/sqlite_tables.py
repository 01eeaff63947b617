"""What every SQLite table mixin borrows from `SqliteStorage`: its one connection and the one
thread it is used on. Declared here so each mixin type-checks on its own."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")


class SqliteTables:
    # Provided by SqliteStorage: its one connection, used on its one thread.
    @property
    def db(self) -> sqlite3.Connection:  # pragma: no cover
        raise NotImplementedError

    async def _run(self, fn: Callable[..., T], *args: Any) -> T:  # pragma: no cover
        raise NotImplementedError

    def _tx(self, fn: Callable[[sqlite3.Connection], T]) -> T:  # pragma: no cover
        raise NotImplementedError
