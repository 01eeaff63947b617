"""Words and patterns: how a message is cut into words and how a trigger pattern is read.
Both sides go through the same normalisation, so a pattern means what its author wrote."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

import snowballstemmer

# Letters and digits; anything else (space, hyphen, apostrophe, emoji, punctuation) splits.
WORD = re.compile(r"[^\W_]+")
_PATTERN_WORD = re.compile(r"(=)?(\*)?([^\W_]+)(\*)?")
_RUNS = re.compile(r"(.)\1{2,}")
# Other words allowed between neighbouring words of a phrase pattern.
PHRASE_GAP = 2
# Plain pattern words this long (after normalising) also match with one typo.
FUZZY_MIN = 7

_STEMMERS = {
    "nb": "norwegian",
    "nn": "norwegian",
    "no": "norwegian",
    "fi": "finnish",
    "sv": "swedish",
    "en": "english",
    "da": "danish",
    "de": "german",
}
# Conversations in these languages use the documents of the language on the right.
LANGUAGE_FALLBACK = {"nn": "nb", "no": "nb"}


def normalise(word: str) -> str:
    """Lower case, composed accents, and 'diiieee' → 'die'."""
    return _RUNS.sub(r"\1", unicodedata.normalize("NFC", word).casefold())


class Stemmer:
    """A Snowball stemmer with a cache: visitors repeat their words, and stemming is the cost."""

    def __init__(self, language: str) -> None:
        name = _STEMMERS.get(language)
        self._stemmer = snowballstemmer.stemmer(name) if name else None
        self._cache: dict[str, str] = {}

    def __call__(self, word: str) -> str:
        stem = self._cache.get(word)
        if stem is None:
            stem = self._stemmer.stemWord(word) if self._stemmer is not None else word
            if len(self._cache) > 50_000:
                self._cache.clear()
            self._cache[word] = stem
        return stem


Kind = Literal["stem", "exact", "prefix", "suffix", "infix"]


@dataclass(frozen=True)
class Element:
    """One word of a pattern."""

    kind: Kind
    value: str
    fuzzy: bool = False


def parse_pattern(pattern: str, stem: Stemmer) -> tuple[Element, ...]:
    """`kutte` (same stem), `selvmord*`, `*selvmord*`, `*mord`, `=dø`; words in a row are a
    phrase. Raises ValueError for a pattern with no word in it."""
    elements: list[Element] = []
    for token in pattern.split():
        parts = list(_PATTERN_WORD.finditer(token))
        for index, part in enumerate(parts):
            exact, star_before, word, star_after = part.groups()
            # A hyphen inside a word splits it like the message does; the markers belong to
            # the outer ends.
            exact = exact if index == 0 else None
            star_before = star_before if index == 0 else None
            star_after = star_after if index == len(parts) - 1 else None
            value = normalise(word)
            if exact:
                elements.append(Element("exact", value))
            elif star_before and star_after:
                elements.append(Element("infix", value))
            elif star_after:
                elements.append(Element("prefix", value))
            elif star_before:
                elements.append(Element("suffix", value))
            else:
                stemmed = stem(value)
                # One typo is tolerated only in long stems: "pillene" stems to "pill", and one
                # letter away from that is "spill".
                fuzzy = len(value) >= FUZZY_MIN and len(stemmed) >= FUZZY_MIN - 1
                elements.append(Element("stem", stemmed, fuzzy=fuzzy))
    if not elements:
        raise ValueError(f"pattern {pattern!r} has no word in it")
    return tuple(elements)


def deletions(word: str) -> set[str]:
    """The word with one letter left out, each way: two words within one typo of each other
    share one of these (or one is the other's)."""
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    norm: str
    stem: str


def tokens(text: str, stem: Stemmer) -> list[Token]:
    found = []
    for match in WORD.finditer(text):
        norm = normalise(match.group())
        found.append(Token(match.start(), match.end(), norm, stem(norm)))
    return found
