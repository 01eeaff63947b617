"""Scores a pack against a corpus of labelled sentences: recall per topic and false positives.
Used by the test suite (thresholds) and bench/triggers.py (figures)."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from chathost.guidelines.matcher import Matcher
from chathost.protocol import models


@dataclass
class Score:
    language: str
    positives: int = 0
    found: int = 0
    negatives: int = 0
    false_positives: int = 0
    missed: list[tuple[str, str]] = field(default_factory=list)  # (topic, text)
    wrongly_fired: list[tuple[str, str]] = field(default_factory=list)  # (ids, text)
    by_topic: dict[str, tuple[int, int]] = field(default_factory=dict)  # topic → (found, all)
    seconds_per_message: float = 0.0

    @property
    def recall(self) -> float:
        return self.found / self.positives if self.positives else 0.0

    @property
    def false_positive_rate(self) -> float:
        return self.false_positives / self.negatives if self.negatives else 0.0


def evaluate(guidelines: list[models.Guideline], corpus: dict[str, Any]) -> Score:
    """A positive counts when a guideline of its topic fires; a negative when nothing fires."""
    language = corpus["language"]
    matcher = Matcher.for_conversation(guidelines, language)
    score = Score(language)
    started = time.perf_counter()
    for item in corpus.get("positive", []):
        topics = {f.guideline.topic for f in matcher.match(item["text"])}
        hit = item["topic"] in topics
        score.positives += 1
        score.found += hit
        found, total = score.by_topic.get(item["topic"], (0, 0))
        score.by_topic[item["topic"]] = (found + hit, total + 1)
        if not hit:
            score.missed.append((item["topic"], item["text"]))
    for item in corpus.get("negative", []):
        fired = matcher.match(item["text"])
        score.negatives += 1
        if fired:
            score.false_positives += 1
            score.wrongly_fired.append((",".join(f.guideline.id for f in fired), item["text"]))
    count = score.positives + score.negatives
    score.seconds_per_message = (time.perf_counter() - started) / count if count else 0.0
    return score
