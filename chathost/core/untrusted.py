"""How text from the network is shown: literally, never as markup, with its direction contained
and its invisible characters made visible, and capped so a huge message cannot swamp a screen.
Pure functions: every widget that shows remote text goes through here."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Characters shown before "show more".
DISPLAY_CAP = 2000

# Bidirectional controls: kept (they may be meaningful in Arabic or Hebrew text) but contained.
_FSI, _PDI = "\u2068", "\u2069"
# Qt's line breaking is quadratic in an unbroken run (200,000 characters took 13 s); a
# zero-width break opportunity every so often keeps it linear. Copying uses the original text.
_LONG_RUN = re.compile(r"\S{64}")
_ZWSP = "\u200b"
_BIDI_CONTROLS = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f")
# Anything `_visible` changes (C0 but newline and tab, DEL, C1) or that needs isolating.
_SPECIAL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f]")


@dataclass(frozen=True)
class DisplayText:
    text: str
    truncated: bool
    hidden_chars: int


def _visible(ch: str) -> str:
    code = ord(ch)
    if ch in "\n\t":
        return ch
    if code < 0x20:
        return chr(0x2400 + code)  # ␀…␟, the Control Pictures block
    if code == 0x7F:
        return "\u2421"  # ␡
    if 0x80 <= code < 0xA0:
        return f"\\x{code:02x}"
    return ch


def for_display(text: str, cap: int = DISPLAY_CAP) -> DisplayText:
    """The text as a host should see it. The result is wrapped in a first-strong isolate, so no
    override inside it can reorder anything around it (a name, a timestamp, the next line)."""
    shown = text if len(text) <= cap else text[:cap]
    if _SPECIAL.search(shown) is None:
        # The common case, checked in one regex pass: nothing to make visible or isolate.
        body = _LONG_RUN.sub(lambda m: m.group(0) + _ZWSP, shown)
        return DisplayText(
            text=_FSI + body + _PDI,
            truncated=len(text) > cap,
            hidden_chars=max(0, len(text) - cap),
        )
    body = _LONG_RUN.sub(lambda m: m.group(0) + _ZWSP, "".join(_visible(ch) for ch in shown))
    # Unbalanced isolates/embeddings inside would leak past the end; close each paragraph's
    # worth by re-isolating every line.
    lines = [
        f"{_FSI}{line}{_PDI}" if any(c in _BIDI_CONTROLS for c in line) else line
        for line in body.split("\n")
    ]
    return DisplayText(
        text=_FSI + "\n".join(lines) + _PDI,
        truncated=len(text) > cap,
        hidden_chars=max(0, len(text) - cap),
    )
