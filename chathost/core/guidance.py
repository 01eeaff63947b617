"""What the side panel shows beside one conversation: the service's always-on guidance, and cards
that the visitor's own words fire, most serious first. Matching runs here, locally, on every
visitor message as it arrives (well under a millisecond), so guidance never waits for the
network."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from chathost.core.events import Emitter
from chathost.core.risk import rank
from chathost.guidelines.matcher import Matcher, documents_for
from chathost.protocol import models

# Topics whose dismissed cards come back when the host raises the risk level.
RISK_TOPICS = {"suicide", "self-harm", "acute-danger"}
MAX_WORDS = 8


@dataclass
class Card:
    guideline: models.Guideline
    # 0 for always-on cards; for fired cards the highest level any message reached.
    level: int = 0
    fired: bool = False
    words: list[str] = field(default_factory=list)
    # The visitor message that fired it last.
    seq: int | None = None
    pinned: bool = False
    dismissed: bool = False
    dismissed_level: int = 0
    # Came back by itself after being dismissed: the panel says so.
    returned: bool = False

    @property
    def id(self) -> str:
        return self.guideline.id


MatcherFor = Callable[[str, str], tuple[list[models.Guideline], Matcher]]


def build_matcher(
    guidelines: Iterable[models.Guideline],
) -> MatcherFor:
    """Documents and matcher for (language, service), built once per pair and shared by every
    conversation that needs them (building one costs tens of milliseconds)."""
    documents = list(guidelines)
    built: dict[tuple[str, str], tuple[list[models.Guideline], Matcher]] = {}

    def matcher_for(language: str, service: str) -> tuple[list[models.Guideline], Matcher]:
        key = (language, service)
        if key not in built:
            chosen = documents_for(documents, language, service)
            built[key] = (chosen, Matcher(chosen, language))
        return built[key]

    return matcher_for


class Guidance:
    def __init__(
        self,
        guidelines: Iterable[models.Guideline] | MatcherFor,
        language: str,
        service: str,
    ):
        self.language = language
        self.service = service
        self.changed: Emitter[[]] = Emitter()
        self.cards: dict[str, Card] = {}
        # Message seq → character ranges to highlight in the transcript.
        self.highlights: dict[int, tuple[tuple[int, int], ...]] = {}
        self.closing = False
        # The suicide checklist: item id → True (yes), False (no); unanswered items absent.
        self.answers: dict[str, bool] = {}
        self.seen: set[int] = set()
        self._risk = "none"
        self._load(guidelines)

    def _load(self, guidelines: Iterable[models.Guideline] | MatcherFor) -> None:
        matcher_for = guidelines if callable(guidelines) else build_matcher(guidelines)
        documents, self.matcher = matcher_for(self.language, self.service)
        self.documents = {g.id: g for g in documents}

    # ------------------------------------------------------------ input

    def feed(self, messages: Iterable[models.Message]) -> bool:
        """Match new visitor messages; True if anything on the panel changed."""
        touched = False
        for message in messages:
            if message.seq in self.seen:
                continue
            self.seen.add(message.seq)
            if message.sender != "visitor":
                continue
            for fired in self.matcher.match(message.text):
                touched |= self._fire(fired.guideline, fired.level, fired.phrases, message.seq)
                spans = self.highlights.get(message.seq, ())
                self.highlights[message.seq] = tuple(sorted({*spans, *fired.spans}))
        if touched:
            self.changed.emit()
        return touched

    def _fire(
        self, guideline: models.Guideline, level: int, words: Iterable[str], seq: int
    ) -> bool:
        card = self.cards.get(guideline.id)
        if card is None:
            card = self.cards[guideline.id] = Card(guideline)
        card.fired = True
        card.level = max(card.level, level)
        card.seq = seq
        for word in words:
            folded = word.casefold()
            if folded not in (w.casefold() for w in card.words) and len(card.words) < MAX_WORDS:
                card.words.append(word)
        if card.dismissed and level > card.dismissed_level:
            card.dismissed = False
            card.returned = True
        return True

    def reload(
        self,
        guidelines: Iterable[models.Guideline] | MatcherFor,
        messages: Iterable[models.Message],
    ) -> None:
        """The packs changed on the server: match the whole conversation again with the new
        ones, keeping what the host pinned and dismissed."""
        kept = {card.id: card for card in self.cards.values()}
        self._load(guidelines)
        self.cards.clear()
        self.highlights.clear()
        self.seen.clear()
        self.feed(messages)
        for card_id, old in kept.items():
            card = self.cards.get(card_id)
            if card is None and (old.pinned or old.dismissed) and card_id in self.documents:
                card = self._card(card_id)  # an always-on card the host pinned or dismissed
            if card is not None:
                card.pinned = old.pinned
                card.returned = old.returned
                if old.dismissed and card.level <= old.dismissed_level:
                    card.dismissed, card.dismissed_level = True, old.dismissed_level
        self.changed.emit()

    @property
    def risk(self) -> str:
        return self._risk

    def set_risk(self, level: str) -> None:
        """A higher risk level brings dismissed suicide and danger cards back."""
        grew = rank(level) > rank(self._risk)
        self._risk = level
        if not grew:
            return
        for card in self.cards.values():
            if card.dismissed and card.guideline.topic in RISK_TOPICS:
                card.dismissed = False
                card.returned = True
        self.changed.emit()

    def answer(self, item: str, value: bool | None) -> None:
        if value is None:
            self.answers.pop(item, None)
        else:
            self.answers[item] = value
        self.changed.emit()

    def set_closing(self, closing: bool) -> None:
        if closing != self.closing:
            self.closing = closing
            self.changed.emit()

    # ------------------------------------------------------------ the host's choices

    def pin(self, card_id: str, pinned: bool = True) -> None:
        card = self._card(card_id)
        card.pinned = pinned
        if pinned:
            card.dismissed = False
        self.changed.emit()

    def dismiss(self, card_id: str) -> None:
        card = self._card(card_id)
        card.dismissed, card.dismissed_level = True, card.level
        card.pinned = card.returned = False
        self.changed.emit()

    def reopen(self, card_id: str) -> None:
        card = self._card(card_id)
        card.dismissed = False
        self.changed.emit()

    def _card(self, card_id: str) -> Card:
        card = self.cards.get(card_id)
        if card is None:  # an always-on or closing card the host pins or dismisses
            card = self.cards[card_id] = Card(self.documents[card_id])
        return card

    # ------------------------------------------------------------ what to show

    def fired(self) -> list[Card]:
        """Pinned cards first, then fired ones, most serious first."""
        shown = [c for c in self.cards.values() if (c.fired or c.pinned) and not c.dismissed]
        shown.sort(key=lambda c: (not c.pinned, -c.level, -c.guideline.severity, c.id))
        return shown

    def dismissed(self) -> list[Card]:
        return sorted((c for c in self.cards.values() if c.dismissed), key=lambda c: c.id)

    def standing(self) -> list[models.Guideline]:
        """Always-on guidance (and the closing guidance while the host is closing), in order."""
        kinds = {"always", "closing"} if self.closing else {"always"}
        docs = [g for g in self.documents.values() if g.show in kinds]
        shown = {c.id for c in self.fired()} | {c.id for c in self.dismissed()}
        docs = [g for g in docs if g.id not in shown]
        docs.sort(key=lambda g: (g.show != "closing", g.order, g.id))
        return docs

    def by_topic(self, topic: str) -> list[models.Guideline]:
        return sorted(
            (g for g in self.documents.values() if g.topic == topic),
            key=lambda g: (g.order, g.id),
        )

    def emergency_resources(self) -> list[models.HelpResource]:
        """The numbers for the acute-danger steps: from this service's pack, never from code."""
        found: list[models.HelpResource] = []
        for guideline in self.by_topic("acute-danger"):
            found += [r for r in guideline.resources if r.emergency]
        return found

    def checklist(self) -> list[models.ChecklistItem]:
        for guideline in self.by_topic("suicide"):
            if guideline.checklist:
                return guideline.checklist
        return []
