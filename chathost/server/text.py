"""Checks on chat text before it is stored. Text stays exactly as written: showing it safely
(plain text, bidi isolation, visible control characters) is each client's job."""

from __future__ import annotations

from chathost.protocol.limits import MAX_MESSAGE_CHARS
from chathost.server.errors import OpError


def check_message_text(text: str) -> str:
    if not text.strip():
        raise OpError("empty_message", "The message is empty.", 400)
    if len(text) > MAX_MESSAGE_CHARS:
        raise OpError(
            "message_too_long",
            f"The message has {len(text)} characters; the limit is {MAX_MESSAGE_CHARS}. "
            "Split it into shorter messages.",
            400,
        )
    if "\x00" in text:
        raise OpError("invalid_text", "The message contains a NUL character.", 400)
    return text
