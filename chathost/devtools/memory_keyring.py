"""An in-memory keyring for tests, benchmarks and screenshots: the OS keyring is an edge we do
not own. It is never trusted by default; pass `TRUSTED` to TokenStore to accept it."""

from __future__ import annotations

import threading

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}
        self.threads: set[int] = set()  # which threads called it (never the GUI's)

    def get_password(self, service: str, username: str) -> str | None:
        self.threads.add(threading.get_ident())
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.threads.add(threading.get_ident())
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.threads.add(threading.get_ident())
        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError("no such entry")


TRUSTED = frozenset({f"{MemoryKeyring.__module__}.{MemoryKeyring.__qualname__}"})
