"""What went wrong, in the host's language, with what to do about it. The server's own English
detail is never shown; its error kind or code picks the sentence."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from chathost.core.api import BackendError
from chathost.core.session import CommandFailed

# Marked for lupdate here, translated when shown (after the host's language is installed).
_BACKEND = {
    "wrong_credentials": QT_TRANSLATE_NOOP("Errors", "Wrong username or password."),
    "account_disabled": QT_TRANSLATE_NOOP(
        "Errors", "This account is disabled. Ask your supervisor or administrator."
    ),
    "unauthorized": QT_TRANSLATE_NOOP("Errors", "Your session has ended. Please log in again."),
    "unreachable": QT_TRANSLATE_NOOP(
        "Errors",
        "Cannot reach the server. Check the address and the network; the console keeps trying.",
    ),
    "certificate": QT_TRANSLATE_NOOP(
        "Errors",
        "The server's certificate is not trusted. Do not continue: call your administrator "
        "(the centre's CA file may be missing).",
    ),
    "incompatible": QT_TRANSLATE_NOOP(
        "Errors",
        "This console does not match the server's version. Ask your administrator to update "
        "the console.",
    ),
    "rate_limited": QT_TRANSLATE_NOOP("Errors", "Too many attempts. Wait a minute and try again."),
    "forbidden": QT_TRANSLATE_NOOP("Errors", "You may not do that."),
    "rejected": QT_TRANSLATE_NOOP("Errors", "The server refused the request."),
    "server": QT_TRANSLATE_NOOP("Errors", "The server had a problem. Try again in a moment."),
}

_COMMAND = {
    "no_shift": QT_TRANSLATE_NOOP("Errors", "Start your shift first."),
    "shift_paused": QT_TRANSLATE_NOOP(
        "Errors", "Your shift is paused. Resume it to take conversations."
    ),
    "at_capacity": QT_TRANSLATE_NOOP(
        "Errors", "You already hold as many conversations as this service allows."
    ),
    "queue_empty": QT_TRANSLATE_NOOP("Errors", "Nobody is waiting."),
    "not_queued": QT_TRANSLATE_NOOP(
        "Errors", "That visitor is no longer waiting: someone else took the conversation."
    ),
    "conversation_ended": QT_TRANSLATE_NOOP("Errors", "This conversation has ended."),
    "open_conversations": QT_TRANSLATE_NOOP(
        "Errors", "You still hold open conversations. End them or hand them back first."
    ),
    "forbidden": QT_TRANSLATE_NOOP("Errors", "You may not do that."),
    "message_too_long": QT_TRANSLATE_NOOP(
        "Errors", "The message is too long. Split it into shorter messages."
    ),
    "rate_limited": QT_TRANSLATE_NOOP("Errors", "Too many messages at once. Wait a moment."),
    "storage_failed": QT_TRANSLATE_NOOP(
        "Errors", "The server could not save that. Try again in a moment."
    ),
    "not_found": QT_TRANSLATE_NOOP("Errors", "That conversation no longer exists."),
}

_UNKNOWN = QT_TRANSLATE_NOOP(
    "Errors", "Something went wrong. Try again; if it keeps happening, call your supervisor."
)


def _t(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


def describe(exc: BaseException) -> str:
    if isinstance(exc, BackendError):
        return _t(_BACKEND.get(exc.kind, _BACKEND["server"]))
    if isinstance(exc, CommandFailed):
        return _t(_COMMAND.get(exc.code, _BACKEND["rejected"]))
    return _t(_UNKNOWN)
