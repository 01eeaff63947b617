"""Fires trigger guidelines on a visitor's message, locally and in well under a millisecond.
Every pattern word becomes one element; a message word is looked up once in a few dictionaries
to find the elements it satisfies; phrases are then walked from their first word."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from chathost.guidelines.lexicon import (
    LANGUAGE_FALLBACK,
    PHRASE_GAP,
    Element,
    Stemmer,
    Token,
    deletions,
    parse_pattern,
    tokens,
)
from chathost.protocol import models

MAX_LEVEL = 5


@dataclass(frozen=True)
class Fired:
    """A guideline that fired on one message, and why."""

    guideline: models.Guideline
    level: int
    strong: bool
    # Character ranges in the message, and the words there as the visitor wrote them.
    spans: tuple[tuple[int, int], ...]
    words: tuple[str, ...]
    # Each occurrence as the visitor wrote it, from its first word to its last ("vil bare dø").
    phrases: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Pattern:
    owner: int  # index into Matcher.guidelines
    role: str  # "words", "strong" or "not"
    text: str
    elements: tuple[int, ...]


@dataclass(frozen=True)
class Occurrence:
    pattern: _Pattern
    first: int  # token indices
    last: int
    positions: tuple[int, ...]


def documents_for(
    guidelines: Iterable[models.Guideline], language: str, service: str | None = None
) -> list[models.Guideline]:
    """The documents a conversation in `language` (and `service`) uses."""
    usable = [
        g for g in guidelines if service is None or "*" in g.services or service in g.services
    ]
    exact = [g for g in usable if g.language == language]
    if exact or language not in LANGUAGE_FALLBACK:
        return exact
    return [g for g in usable if g.language == LANGUAGE_FALLBACK[language]]


class Matcher:
    def __init__(self, guidelines: Iterable[models.Guideline], language: str) -> None:
        self.language = language
        self.guidelines = [g for g in guidelines if g.show == "trigger"]
        self.stem = Stemmer(language)
        self.errors: list[str] = []
        self._elements: dict[Element, int] = {}
        self._exact: dict[str, list[int]] = {}
        self._stems: dict[str, list[int]] = {}
        self._fuzzy: dict[str, list[int]] = {}
        self._prefix: dict[str, list[int]] = {}
        self._prefix_lengths: list[int] = []
        self._suffix: list[tuple[str, int]] = []
        self._infix: list[tuple[str, int]] = []
        self.patterns: list[_Pattern] = []
        self._cache: dict[str, frozenset[int]] = {}
        self._first: dict[int, list[_Pattern]] = {}
        for owner, guideline in enumerate(self.guidelines):
            lexicon = guideline.triggers
            for role, texts in (
                ("words", lexicon.words),
                ("strong", lexicon.strong),
                ("not", lexicon.not_),
            ):
                for text in texts:
                    self._add(owner, role, text)
        self._prefix_lengths = sorted({len(p) for p in self._prefix})

    @classmethod
    def for_conversation(
        cls, guidelines: Iterable[models.Guideline], language: str, service: str | None = None
    ) -> Matcher:
        return cls(documents_for(guidelines, language, service), language)

    # ------------------------------------------------------------ building

    def _add(self, owner: int, role: str, text: str) -> None:
        try:
            elements = parse_pattern(text, self.stem)
        except ValueError as exc:
            self.errors.append(f"{self.guidelines[owner].id}: {exc}")
            return
        pattern = _Pattern(owner, role, text, tuple(self._element(e) for e in elements))
        self.patterns.append(pattern)
        self._first.setdefault(pattern.elements[0], []).append(pattern)

    def _element(self, element: Element) -> int:
        known = self._elements.get(element)
        if known is not None:
            return known
        eid = len(self._elements)
        self._elements[element] = eid
        match element.kind:
            case "exact":
                self._exact.setdefault(element.value, []).append(eid)
            case "stem":
                self._stems.setdefault(element.value, []).append(eid)
                if element.fuzzy:
                    for variant in deletions(element.value) | {element.value}:
                        self._fuzzy.setdefault(variant, []).append(eid)
            case "prefix":
                self._prefix.setdefault(element.value, []).append(eid)
            case "suffix":
                self._suffix.append((element.value, eid))
            case "infix":
                self._infix.append((element.value, eid))
        return eid

    # ------------------------------------------------------------ matching

    def _satisfied(self, token: Token) -> frozenset[int]:
        """The elements a word satisfies; remembered, since visitors repeat their words."""
        known = self._cache.get(token.norm)
        if known is None:
            known = frozenset(self._lookup(token))
            if len(self._cache) > 50_000:
                self._cache.clear()
            self._cache[token.norm] = known
        return known

    def _lookup(self, token: Token) -> set[int]:
        norm, stem = token.norm, token.stem
        found: set[int] = set()
        found.update(self._exact.get(norm, ()))
        found.update(self._stems.get(stem, ()))
        for length in self._prefix_lengths:
            if length > len(norm):
                break
            found.update(self._prefix.get(norm[:length], ()))
        for value, eid in self._suffix:
            if norm.endswith(value):
                found.add(eid)
        for value, eid in self._infix:
            if value in norm:
                found.add(eid)
        if self._fuzzy and len(norm) >= 6:
            for word in {stem, norm}:
                for variant in deletions(word) | {word}:
                    found.update(self._fuzzy.get(variant, ()))
        return found

    def occurrences(self, text: str) -> list[Occurrence]:
        """Every pattern occurrence in `text`, figurative ones already dropped."""
        words = tokens(text, self.stem)
        per_token = [self._satisfied(t) for t in words]
        found: list[Occurrence] = []
        for start, eids in enumerate(per_token):
            for eid in eids:
                for pattern in self._first.get(eid, ()):
                    positions = self._walk(pattern, start, per_token)
                    if positions is not None:
                        found.append(Occurrence(pattern, positions[0], positions[-1], positions))
        # A hit is figurative only when every one of its words is a word of the figurative
        # phrase: "slår mig att" must not hide "slår mig själv".
        figurative = [set(o.positions) for o in found if o.pattern.role == "not"]
        return [
            o
            for o in found
            if o.pattern.role != "not"
            and not any(set(o.positions) <= words for words in figurative)
        ] + [o for o in found if o.pattern.role == "not"]

    @staticmethod
    def _walk(
        pattern: _Pattern, start: int, per_token: list[frozenset[int]]
    ) -> tuple[int, ...] | None:
        """The earliest way to place the phrase's later words, each within the gap of the one
        before; backtracks, so "took all of it and all my pills" finds "all … pills"."""

        def place(element: int, at: int) -> list[int] | None:
            if element == len(pattern.elements):
                return []
            eid = pattern.elements[element]
            for index in range(at + 1, min(at + 2 + PHRASE_GAP, len(per_token))):
                if eid in per_token[index]:
                    rest = place(element + 1, index)
                    if rest is not None:
                        return [index, *rest]
            return None

        rest = place(1, start)
        return None if rest is None else (start, *rest)

    def match(self, text: str) -> list[Fired]:
        """The guidelines this message fires, most serious first."""
        words = None
        by_owner: dict[int, list[Occurrence]] = {}
        for occurrence in self.occurrences(text):
            if occurrence.pattern.role != "not":
                by_owner.setdefault(occurrence.pattern.owner, []).append(occurrence)
        if not by_owner:
            return []
        words = tokens(text, self.stem)
        fired = []
        for owner, found in by_owner.items():
            guideline = self.guidelines[owner]
            strong = any(o.pattern.role == "strong" for o in found)
            indices = sorted({i for o in found for i in o.positions})
            spans = tuple((words[i].start, words[i].end) for i in indices)
            phrases = tuple(
                dict.fromkeys(text[words[o.first].start : words[o.last].end] for o in found)
            )
            fired.append(
                Fired(
                    guideline=guideline,
                    level=min(MAX_LEVEL, guideline.severity + strong),
                    strong=strong,
                    spans=spans,
                    words=tuple(text[a:b] for a, b in spans),
                    phrases=phrases,
                )
            )
        fired.sort(key=lambda f: (-f.level, -f.guideline.severity, f.guideline.id))
        return fired
