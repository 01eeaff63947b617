"""The pattern language of docs/guidelines.md, one rule at a time."""

from __future__ import annotations

import pytest

from chathost.guidelines import GuidelineError, Matcher, parse_document
from chathost.guidelines.lint import lint_documents


def document(words, strong=(), not_=(), language="nb", topic="suicide", **extra):
    def toml_list(items):
        return "[" + ", ".join(f'"{w}"' for w in items) + "]"

    examples = extra.get("examples", [])
    counter = extra.get("counter_examples", [])
    return parse_document(
        f"""+++
id = "{language}-{topic}"
title = "T"
language = "{language}"
services = {toml_list(extra.get("services", ["*"]))}
topic = "{topic}"
show = "trigger"

[triggers]
words = {toml_list(words)}
strong = {toml_list(strong)}
not = {toml_list(not_)}
examples = {toml_list(examples)}
counter_examples = {toml_list(counter)}
+++
Body
"""
    )


def fires(doc, text, language="nb"):
    return [(f.guideline.id, f.words) for f in Matcher([doc], language).match(text)]


@pytest.mark.parametrize(
    ("pattern", "text", "expected"),
    [
        ("kutte", "jeg kutter meg", True),  # same stem
        ("kutte", "kuttet", True),
        ("selvmord*", "har selvmordstanker", True),  # prefix: compounds
        ("selvmord*", "ungdomsselvmord", False),
        ("*selvmord*", "ungdomsselvmord", True),  # infix
        ("=kms", "kms", True),
        ("=kms", "kmss", False),  # exact means exact
        ("tabletter", "tablwtter", True),  # one typo in a long word
        ("tabletter", "tab", False),
        ("ta livet av meg", "vil ta livet mitt av meg", True),  # a phrase with gaps
        ("ta livet av meg", "ta livet, det er fint, og så går vi en tur av meg", False),
        ("vil dø", "jeg viiiil døøø", True),  # stretched letters
        ("itsemurha*", "itsemurha-ajatuksia", True),  # a hyphen splits words
        ("selvmord*", "SELVMORDSTANKER!!", True),  # case
    ],
)
def test_pattern_rules(pattern, text, expected):
    assert bool(fires(document([pattern]), text)) is expected


def test_the_words_that_fired_are_reported_as_written():
    found = Matcher([document(["selvmord*"])], "nb").match("Jeg har SELVMORDSTANKER.")
    assert found[0].words == ("SELVMORDSTANKER",)
    assert found[0].spans == ((8, 23),)


def test_a_figurative_phrase_cancels_the_hit_inside_it():
    doc = document(["døde", "dø"], not_=["døde av latter"])
    assert fires(doc, "jeg døde av latter") == []
    assert fires(doc, "jeg døde av latter, men nå vil jeg dø") != []


def test_strong_raises_the_level_and_most_serious_comes_first():
    suicide = document(["selvmord*"], strong=["har en plan"])
    acute = document(["piller"], topic="acute-danger")
    matcher = Matcher([suicide, acute], "nb")
    assert [f.level for f in matcher.match("selvmordstanker")] == [4]
    assert [f.level for f in matcher.match("selvmord, jeg har en plan")] == [5]
    found = matcher.match("selvmordstanker og tok piller")
    assert [f.guideline.topic for f in found] == ["acute-danger", "suicide"]


def test_nynorsk_conversations_use_the_bokmal_documents():
    doc = document(["sjølvmord*"])
    assert Matcher.for_conversation([doc], "nn").match("sjølvmordstankar")


def test_a_service_sees_only_its_own_documents():
    doc = document(["selvmord*"], services=["ung"])
    assert Matcher.for_conversation([doc], "nb", "ung").match("selvmord")
    assert not Matcher.for_conversation([doc], "nb", "voksen").match("selvmord")


def test_broken_documents_say_what_is_wrong():
    with pytest.raises(GuidelineError, match="'\\+\\+\\+'"):
        parse_document("no front matter")
    with pytest.raises(GuidelineError, match="TOML"):
        parse_document("+++\nid = \n+++\n")
    with pytest.raises(GuidelineError, match="topic"):
        parse_document(
            '+++\nid="x"\ntitle="t"\nlanguage="nb"\nservices=["*"]\ntopic="weather"\nshow="always"\n+++\n'
        )


def test_lint_catches_triggers_without_examples_and_failing_examples():
    doc = document(
        ["selvmord*", "=kms"],
        examples=["selvmordstanker"],
        counter_examples=["jeg har selvmord i tankene"],
        services=["ung", "nope"],
    )
    problems = lint_documents([("a.md", doc), ("b.md", doc)], services=["ung"])
    text = "\n".join(problems)
    assert "'=kms' matches none of the examples" in text
    assert "counter-example fires" in text
    assert "unknown service 'nope'" in text
    assert "also used by a.md" in text


def test_a_phrase_tries_every_place_for_its_words():
    doc = document(["ot* kaik* piller*"], language="fi")
    assert fires(doc, "otin kaikki ja kaikki mun pillerit", "fi")


def test_a_typo_is_tolerated_only_in_long_stems():
    doc = document(["tatt alle pillene"])
    assert not fires(doc, "jeg har tatt alle spillene på steam")
    assert fires(document(["tabletter"]), "tablwtter")


def test_the_match_command_prints_what_a_sentence_fires(capsys):
    """`chathost guidelines match`, as an admin testing a pack would run it."""
    import json

    from chathost.app import main

    code = main(["guidelines", "match", "--lang", "nb", "--text", "jeg har selvmordstanker"])
    assert code == 0
    fired = json.loads(capsys.readouterr().out)
    suicide = next(f for f in fired if f["topic"] == "suicide")
    assert suicide["id"] == "nb-suicide" and "selvmordstanker" in suicide["words"]
    assert suicide["level"] >= suicide["severity"] == 4
