"""The shipped packs against the independent corpus: what a host would notice is a card that
does not appear when a visitor writes about ending their life, or one that appears for a joke."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from chathost.guidelines.document import default_dir, load_dir
from chathost.guidelines.evaluate import evaluate
from chathost.guidelines.lint import lint_dir

CORPUS = Path(__file__).parent / "corpus"
LANGUAGES = ["nb", "nn", "fi", "sv", "en"]


@pytest.fixture(scope="module")
def shipped():
    found, problems = load_dir(default_dir())
    assert problems == []
    return [g for _, g in found]


@pytest.mark.parametrize("language", LANGUAGES)
def test_corpus_is_big_enough(language):
    corpus = tomllib.loads((CORPUS / f"{language}.toml").read_text(encoding="utf-8"))
    topics = {item["topic"] for item in corpus["positive"]}
    assert len(corpus["positive"]) >= 50 and len(corpus["negative"]) >= 50
    assert topics >= {"suicide", "self-harm", "acute-danger", "violence-abuse", "mental-health"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_shipped_packs_find_risk_and_ignore_figures_of_speech(shipped, language):
    corpus = tomllib.loads((CORPUS / f"{language}.toml").read_text(encoding="utf-8"))
    score = evaluate(shipped, corpus)
    assert score.recall >= 0.95, score.missed
    assert score.false_positive_rate <= 0.05, score.wrongly_fired


@pytest.mark.parametrize("language", ["nb", "fi", "sv", "en"])
def test_shipped_packs_pass_their_own_lint(language):
    assert lint_dir(default_dir() / language) == []


def test_every_language_has_the_emergency_numbers_and_the_checklist(shipped):
    for language in ["nb", "fi", "sv", "en"]:
        mine = [g for g in shipped if g.language == language]
        acute = [g for g in mine if g.topic == "acute-danger"]
        assert any(r.emergency and r.number for g in acute for r in g.resources), language
        suicide = [g for g in mine if g.topic == "suicide" and g.checklist]
        assert {i.id for i in suicide[0].checklist} >= {"plan", "preparations", "means", "attempts"}
    nb_numbers = {r.number for g in shipped if g.language == "nb" for r in g.resources}
    assert {"113", "112", "110", "116 117", "116 123", "116 111"} <= nb_numbers
