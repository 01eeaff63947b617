"""A command the server refused, with the protocol's error code (shared by the session and the
escalation desk, which must not import each other)."""

from __future__ import annotations

from chathost.protocol import frames


class CommandFailed(Exception):
    """The server refused a command; `code` is the protocol's error code."""

    def __init__(self, error: frames.Error) -> None:
        super().__init__(f"{error.code}: {error.message}")
        self.code = error.code
        self.message = error.message
        self.retry_after = error.retry_after
