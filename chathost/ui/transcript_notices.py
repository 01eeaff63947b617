"""What the transcript says about the staff, in the console's language: the line above a staff
row ("Private · Sigrid", "Supervisor · Sigrid") and the wording of a staff notice (who is
reading along, joined, took over, a transfer). The server sends a notice as a code, so each
console words it in its own language.

The texts keep the translation context of `TranscriptModel`, where they were first worded."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication


def staff_label(
    sender: str, private: bool, author: str | None, name_of: Callable[[str | None], str]
) -> str:
    """The line drawn above a row, or "". `name_of` is asked only when the label names
    someone."""
    if sender == "system":  # the server's own words: to the visitor, or a staff notice
        return (
            ""
            if private
            else QCoreApplication.translate("TranscriptModel", "Automatic message to the visitor")
        )
    if private:
        return QCoreApplication.translate("TranscriptModel", "Private · {0}").format(
            name_of(author)
        )
    if sender == "supervisor":
        return QCoreApplication.translate("TranscriptModel", "Supervisor · {0}").format(
            name_of(author)
        )
    return ""


def notice_text(notice: str, name: str) -> str:
    """A change of supervision, in the console's language; an unknown code as it came."""
    texts = {
        "reading": QCoreApplication.translate("TranscriptModel", "{0} is reading along."),
        "joined": QCoreApplication.translate(
            "TranscriptModel", "{0} joined the conversation openly."
        ),
        "left": QCoreApplication.translate("TranscriptModel", "{0} left the conversation."),
        "took_over": QCoreApplication.translate(
            "TranscriptModel", "{0} took over the conversation."
        ),
        "kept_host": QCoreApplication.translate(
            "TranscriptModel", "{0} took over; the earlier host stays to learn."
        ),
        "transferred": QCoreApplication.translate(
            "TranscriptModel", "The conversation was transferred to {0}."
        ),
    }
    text = texts.get(notice)
    return text.format(name) if text is not None else notice
