"""Command lines for pack authors: lint a folder, or see what a sentence fires."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from chathost.guidelines.document import default_dir, load_dir
from chathost.guidelines.lint import lint_dir
from chathost.guidelines.matcher import Matcher


def add_commands(sub: argparse._SubParsersAction, lint: bool = True, match: bool = True) -> None:  # type: ignore[type-arg]
    if lint:
        p = sub.add_parser("lint", help="check a guideline pack folder")
        p.add_argument("dir", type=Path)
        p.set_defaults(handler=run_lint)
    if match:
        p = sub.add_parser("match", help="print, as JSON, the guidelines a text fires")
        p.add_argument("--lang", required=True, help="the conversation's language (nb, fi…)")
        p.add_argument("--text", required=True)
        p.add_argument("--service", default=None, help="only this service's guidelines")
        p.add_argument(
            "--dir", type=Path, default=None, help="a pack folder (default: the shipped packs)"
        )
        p.set_defaults(handler=run_match)


def run_lint(args: argparse.Namespace, services: list[str] | None = None) -> int:
    if not args.dir.is_dir():
        print(f"{args.dir}: not a folder", file=sys.stderr)
        return 2
    problems = lint_dir(args.dir, services)
    for line in problems:
        print(line)
    count = len(list(args.dir.rglob("*.md")))
    print(f"{count} document(s), {len(problems)} problem(s)", file=sys.stderr)
    return 1 if problems else 0


def run_match(args: argparse.Namespace) -> int:
    found, problems = load_dir(args.dir or default_dir())
    for line in problems:
        print(line, file=sys.stderr)
    matcher = Matcher.for_conversation([g for _, g in found], args.lang, args.service)
    result = [
        {
            "id": f.guideline.id,
            "title": f.guideline.title,
            "topic": f.guideline.topic,
            "severity": f.guideline.severity,
            "level": f.level,
            "strong": f.strong,
            "words": list(f.words),
            "spans": [list(s) for s in f.spans],
        }
        for f in matcher.match(args.text)
    ]
    json.dump(result, sys.stdout, ensure_ascii=False, indent=2)
    print()
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m chathost.guidelines")
    add_commands(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    return int(args.handler(args))
