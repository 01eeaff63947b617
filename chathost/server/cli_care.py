"""`chathost-server guidelines|blocks|stats`: guideline packs, visitor blocks and statistics in
the database. These write only the database; a running server notices guideline changes
within seconds (its sweeper polls the revision) and checks blocks at every new chat."""

from __future__ import annotations

import argparse
import sqlite3
import sys
import time
from datetime import date, datetime
from pathlib import Path

from chathost.guidelines.cli import run_lint
from chathost.guidelines.document import GuidelineError, parse_document
from chathost.server import stats
from chathost.server.errors import OpError
from chathost.server.guidelines import lint_folder, read_folder
from chathost.server.storage import SqliteStorage


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    packs = sub.add_parser("guidelines", help="guideline packs in the database")
    actions = packs.add_subparsers(dest="action", required=True)
    lint = actions.add_parser("lint", help="check a pack folder (services from --db if it exists)")
    lint.add_argument("dir", type=Path)
    load = actions.add_parser("import", help="lint a pack folder, then store every document")
    load.add_argument("dir", type=Path)
    actions.add_parser("list", help="list the stored guidelines")
    remove = actions.add_parser("remove", help="delete a stored guideline")
    remove.add_argument("id")

    blocks = sub.add_parser("blocks", help="blocked visitor sessions").add_subparsers(
        dest="action", required=True
    )
    blocks.add_parser("list", help="list the blocks in force")
    clear = blocks.add_parser("clear", help="lift blocks (undo)")
    clear.add_argument("prefix", nargs="?", default=None, help="hash prefix from `blocks list`")
    clear.add_argument("--all", action="store_true", help="lift every block")

    report = sub.add_parser("stats", help="conversations and wrap-ups per service and period")
    report.add_argument("--since", type=_day, default=None, metavar="YYYY-MM-DD")
    report.add_argument("--until", type=_day, default=None, metavar="YYYY-MM-DD")
    report.add_argument("--by", choices=["day", "week", "month"], default="month")
    report.add_argument("--json", action="store_true", help="print JSON instead of text")


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _stamp(at: float) -> str:
    return datetime.fromtimestamp(at).isoformat(timespec="minutes")


def service_slugs(db: str) -> list[str] | None:
    """The services of an existing database, read without changing it; None when there is no
    database (or no services table) to check against."""
    if db == ":memory:" or not Path(db).is_file():
        return None
    try:
        conn = sqlite3.connect(f"{Path(db).resolve().as_uri()}?mode=ro", uri=True)
        try:
            return [r[0] for r in conn.execute("SELECT slug FROM services").fetchall()]
        finally:
            conn.close()
    except sqlite3.Error:
        return None


def lint(args: argparse.Namespace, db: str) -> int:
    return run_lint(args, service_slugs(db))


async def guidelines(args: argparse.Namespace, storage: SqliteStorage) -> int:
    if args.action == "import":
        if not args.dir.is_dir():
            raise OpError("not_a_folder", f"{args.dir}: not a folder")
        documents, problems = read_folder(args.dir)
        services = [s.slug for s in await storage.list_services()]
        problems += lint_folder(documents, services)
        for line in problems:
            print(line)
        if problems:
            print(f"nothing imported: {len(problems)} problem(s)", file=sys.stderr)
            return 1
        if not documents:
            raise OpError("empty", f"{args.dir}: no guideline documents")
        rows = [(g.id, g.language, source) for _, source, g in documents]
        revision = await storage.put_guidelines(rows, time.time(), None)
        print(f"imported {len(rows)} guideline(s); revision {revision}")
        return 0
    if args.action == "list":
        for row in await storage.list_guidelines():
            try:
                title = parse_document(row.source).title
            except GuidelineError:
                title = "(cannot be read)"
            who = row.updated_by or "-"
            print(f"{row.id:28} {row.language:4} {_stamp(row.updated_at)}  {who:12} {title}")
        return 0
    if await storage.delete_guideline(args.id) is None:
        raise OpError("not_found", f"no such guideline: {args.id}")
    print(f"removed {args.id}")
    return 0


async def blocks(args: argparse.Namespace, storage: SqliteStorage) -> int:
    if args.action == "list":
        for row in await storage.list_blocks(time.time()):
            print(
                f"{row.session_hash.hex()[:12]}  {row.reason:8} {row.blocked_by or '-':16} "
                f"{_stamp(row.created_at)} → {_stamp(row.expires_at)}"
            )
        return 0
    if args.all == (args.prefix is not None):
        raise OpError("usage", "give a hash prefix from `blocks list`, or --all (not both)")
    prefix = "" if args.all else args.prefix
    if prefix and not all(c in "0123456789abcdefABCDEF" for c in prefix):
        raise OpError("usage", f"not a hash prefix: {prefix!r}")
    print(f"lifted {await storage.clear_blocks(prefix)} block(s)")
    return 0


async def report(args: argparse.Namespace, storage: SqliteStorage) -> int:
    if args.since and args.until and args.since > args.until:
        raise OpError("usage", "--since is after --until")
    buckets = await stats.collect(storage, args.since, args.until, args.by)
    sys.stdout.write(stats.as_json(buckets) if args.json else stats.as_text(buckets))
    return 0
