"""Errors an operation reports to its caller: a stable code, an HTTP status, words for people."""

from __future__ import annotations


class OpError(Exception):
    def __init__(self, code: str, message: str, status: int = 409) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.status = status


def not_found(what: str) -> OpError:
    return OpError("not_found", f"No such {what}.", 404)


def forbidden(message: str = "You may not do that.") -> OpError:
    return OpError("forbidden", message, 403)


def storage_failed() -> OpError:
    return OpError(
        "storage_failed",
        "The server could not save this just now; nothing was changed. Try again.",
        503,
    )
