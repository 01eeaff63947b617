"""Which words of a visitor's message to highlight in the transcript, found in the text as it
is shown (isolated, long runs broken with zero-width spaces, controls made visible) — by word,
never by offsets, which the shown text does not keep. Plain text in, ranges out: no Qt."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

# for_display breaks a long run of letters with zero-width spaces: inside a word they are no
# boundary. Everything else that is not a letter or digit (a bidi control, an isolate, a hyphen)
# is one, as it is for the matcher.
ZWSP = "\u200b"


@functools.lru_cache(maxsize=512)
def _word_pattern(word: str) -> re.Pattern[str] | None:
    parts = [r"\s+" if ch.isspace() else re.escape(ch) for ch in word if ch != ZWSP]
    if not parts:
        return None
    before = rf"(?<![^\W_])(?<![^\W_]{ZWSP})"
    after = rf"(?!{ZWSP}?[^\W_])"
    return re.compile(before + f"{ZWSP}?".join(parts) + after, re.IGNORECASE)


def _merged(spans: Iterable[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """(start, end) spans → sorted (start, length) ranges, overlapping ones joined."""
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return tuple((start, end - start) for start, end in merged)


def highlight_ranges(shown: str, words: Iterable[str]) -> tuple[tuple[int, int], ...]:
    """Where `words` stand in the text as shown (isolated, with zero-width breaks and control
    characters made visible), as sorted, merged (start, length) ranges: every whole-word
    occurrence. Found by word, never by offsets, which the shown text does not keep."""
    found: list[tuple[int, int]] = []
    for word in dict.fromkeys(words):
        pattern = _word_pattern(word)
        if pattern is not None:
            found += [m.span() for m in pattern.finditer(shown)]
    return _merged(found)


def span_ranges(
    text: str, shown: str, spans: Iterable[tuple[int, int]]
) -> tuple[tuple[int, int], ...]:
    """Where (start, end) spans of the original text stand in the shown text. The word at a
    span is looked up in both: its k-th occurrence in the original is the k-th one shown (the
    display keeps every word, in order), so the same word elsewhere in the message — where it
    did not fire — is not marked."""
    found: list[tuple[int, int]] = []
    for start, end in spans:
        pattern = _word_pattern(text[start:end]) if 0 <= start < end <= len(text) else None
        if pattern is None:
            continue
        originals = [m.start() for m in pattern.finditer(text)]
        shown_at = [m.span() for m in pattern.finditer(shown)]
        if start not in originals:
            found += shown_at  # not on a word boundary as we see it: every occurrence
        elif originals.index(start) < len(shown_at):  # (else: cut off by "show more")
            found.append(shown_at[originals.index(start)])
    return _merged(found)


def marks_for(
    text: str,
    shown: str,
    words: Iterable[str] = (),
    spans: Iterable[tuple[int, int]] = (),
) -> tuple[tuple[int, int], ...]:
    """The highlighted ranges of a message's shown text, from words and original spans."""
    ranges = highlight_ranges(shown, words) + span_ranges(text, shown, spans)
    return _merged((start, start + length) for start, length in ranges)
