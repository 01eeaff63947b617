"""Checks a pack before it reaches a host: every document readable, ids unique, services known,
and every trigger proven on its own examples."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from chathost.guidelines.document import load_dir
from chathost.guidelines.matcher import Matcher
from chathost.protocol import models


def lint_documents(
    documents: list[tuple[str, models.Guideline]], services: Iterable[str] | None = None
) -> list[str]:
    """One line per problem, naming the document; an empty list means the pack is fine."""
    problems: list[str] = []
    known = set(services) if services is not None else None
    seen: dict[str, str] = {}
    for where, guideline in documents:
        if guideline.id in seen:
            problems.append(f"{where}: id {guideline.id!r} is also used by {seen[guideline.id]}")
        seen.setdefault(guideline.id, where)
        if known is not None:
            for slug in guideline.services:
                if slug != "*" and slug not in known:
                    problems.append(f"{where}: unknown service {slug!r}")
    languages = {g.language for _, g in documents}
    for language in sorted(languages):
        group = [(w, g) for w, g in documents if g.language == language]
        matcher = Matcher([g for _, g in group], language)
        problems += [f"{language}: {error}" for error in matcher.errors]
        for owner, guideline in enumerate(matcher.guidelines):
            where = next(w for w, g in group if g is guideline)
            problems += _check_examples(matcher, owner, guideline, where)
    return problems


def _check_examples(
    matcher: Matcher, owner: int, guideline: models.Guideline, where: str
) -> list[str]:
    problems = []
    lexicon = guideline.triggers
    if not lexicon.examples:
        problems.append(f"{where}: no examples: add sentences that must fire this guideline")
    proven: set[str] = set()
    for example in lexicon.examples:
        found = [o for o in matcher.occurrences(example) if o.pattern.owner == owner]
        proven.update(o.pattern.text for o in found if o.pattern.role != "not")
        if not any(o.pattern.role != "not" for o in found):
            problems.append(f"{where}: example does not fire: {example!r}")
    for counter in lexicon.counter_examples:
        if any(f.guideline is guideline for f in matcher.match(counter)):
            problems.append(f"{where}: counter-example fires: {counter!r}")
    for text in [*lexicon.words, *lexicon.strong]:
        if text not in proven:
            problems.append(f"{where}: trigger {text!r} matches none of the examples")
    return problems


def lint_dir(directory: Path, services: Iterable[str] | None = None) -> list[str]:
    found, problems = load_dir(directory)
    return problems + lint_documents([(str(p), g) for p, g in found], services)
