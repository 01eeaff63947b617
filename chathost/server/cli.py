"""`chathost-server`: run the server, or administer accounts and services in its database."""

from __future__ import annotations

import argparse
import asyncio
import logging
import secrets
import sys
import time
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta

import msgspec

from chathost import __version__
from chathost.protocol import models
from chathost.server import admin, cli_care, demo
from chathost.server.app import build_app, serve_forever
from chathost.server.config import ServerConfig
from chathost.server.errors import OpError
from chathost.server.storage import SqliteStorage, Storage, StorageError


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="chathost-server",
        description=("ChatHost chat backend. With no command it runs the server."),
    )
    p.add_argument("--version", action="version", version=f"chathost-server {__version__}")
    p.add_argument(
        "--db",
        default=None,
        help="SQLite database file (default: chathost.sqlite3; ':memory:' with --demo)",
    )
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8080, help="port; 0 picks a free one")
    p.add_argument(
        "--demo",
        action="store_true",
        help="seed a demo centre and print its accounts and the visitor URL",
    )
    p.add_argument(
        "--retention",
        type=float,
        default=0.0,
        metavar="SECONDS",
        help="keep transcripts this long after a conversation ends (default 0)",
    )
    p.add_argument("--visitor-grace", type=float, default=120.0, metavar="SECONDS")
    p.add_argument("--visitor-inactivity", type=float, default=1800.0, metavar="SECONDS")
    p.add_argument(
        "--quick-exit-url",
        default="https://www.google.com/",
        help="where the visitor page's quick-exit button goes",
    )
    p.add_argument(
        "--visitor-opens-per-minute",
        type=int,
        default=10,
        metavar="N",
        help="new chats allowed per client address per minute (default 10)",
    )
    p.add_argument(
        "--behind-proxy",
        action="store_true",
        help="behind a reverse proxy: rate-limit by the X-Forwarded-For address",
    )
    p.add_argument(
        "--host-absence",
        type=float,
        default=180.0,
        metavar="SECONDS",
        help="hand a conversation back to the queue when its host's console has been gone "
        "this long (default 180)",
    )
    p.add_argument(
        "--guidelines-dir",
        default=None,
        metavar="DIR",
        help="guideline packs to import into an empty database (default: the shipped packs)",
    )
    p.add_argument(
        "--no-seed-guidelines",
        action="store_true",
        help="start an empty database without the shipped guideline packs",
    )
    p.add_argument(
        "--help-realert",
        type=float,
        default=60.0,
        metavar="SECONDS",
        help="alert supervisors again this often until a call for help is answered (default 60)",
    )
    p.add_argument(
        "--block-hours",
        type=float,
        default=24.0,
        metavar="HOURS",
        help="how long a blocked visitor's browser cannot open a new chat (default 24)",
    )
    p.add_argument("--log-level", default="INFO")
    sub = p.add_subparsers(dest="command")

    user = sub.add_parser("user", help="manage accounts").add_subparsers(
        dest="action", required=True
    )
    add = user.add_parser("add", help="add an account")
    add.add_argument("username")
    add.add_argument("--role", choices=["host", "supervisor", "admin"], required=True)
    add.add_argument("--name", help="display name (default: the username)")
    add.add_argument("--services", default="", help="comma-separated service slugs")
    add.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from standard input (else one is generated)",
    )
    user.add_parser("list", help="list accounts")
    dis = user.add_parser("disable", help="disable an account and revoke its tokens")
    dis.add_argument("username")

    service = sub.add_parser("service", help="manage services").add_subparsers(
        dest="action", required=True
    )
    sadd = service.add_parser("add", help="add a service")
    sadd.add_argument("slug")
    sadd.add_argument("--name", required=True)
    sadd.add_argument("--languages", default="nb,en", help="comma-separated, e.g. nb,en")
    sadd.add_argument("--audience", default="")
    sadd.add_argument("--timezone", default="Europe/Oslo")
    sadd.add_argument(
        "--hours",
        default="",
        help='opening hours as JSON, e.g. [{"days":[0,1,2,3,4],"start":"18:00",'
        '"end":"23:00"}]; empty: always open',
    )
    sadd.add_argument("--max-per-host", type=int, default=3)
    sadd.add_argument("--max-queue", type=int, default=50)
    sadd.add_argument(
        "--announce-reading",
        action="store_true",
        help="tell the visitor when a supervisor starts reading along",
    )
    service.add_parser("list", help="list services")

    audit = sub.add_parser("audit", help="print the audit log for a period")
    audit.add_argument("--days", type=float, default=1.0, help="how far back (default 1 day)")
    audit.add_argument(
        "--since", type=_when, help="from this local date or time (ISO, e.g. 2026-11-20T18:00)"
    )
    audit.add_argument("--until", type=_when, help="up to this local date or time (default now)")
    audit.add_argument("--conversation", help="only this conversation")
    audit.add_argument("--actor", help="only this username")
    cli_care.add_parsers(sub)
    return p


def _when(text: str) -> float:
    try:
        return datetime.fromisoformat(text).timestamp()
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date or time: {text!r}") from None


def _fail(message: str) -> int:
    print(f"chathost-server: {message}", file=sys.stderr)
    return 2


async def _with_storage(db: str, job: Callable[[SqliteStorage], Awaitable[int]]) -> int:
    storage = SqliteStorage(db)
    try:
        await storage.open()
        return await job(storage)
    except OpError as exc:
        return _fail(exc.message)
    except StorageError as exc:
        return _fail(f"database problem: {exc}")
    finally:
        await storage.close()


def _read_password(args: argparse.Namespace) -> tuple[str, bool]:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n"), False
    return secrets.token_urlsafe(12), True


async def _user(args: argparse.Namespace, storage: SqliteStorage) -> int:
    now = time.time()
    if args.action == "add":
        password, generated = _read_password(args)
        try:
            body = msgspec.convert(
                {
                    "username": args.username,
                    "display_name": args.name or args.username,
                    "role": args.role,
                    "password": password,
                    "services": [s for s in args.services.split(",") if s],
                },
                models.UserCreate,
            )
        except msgspec.ValidationError as exc:
            return _fail(f"invalid account: {exc} (passwords need at least 10 characters)")
        user = await admin.add_user(storage, body, now)
        print(
            f"added {user.role} {user.username}"
            + (f" ({', '.join(user.services)})" if user.services else "")
        )
        if generated:
            print(f"password: {password}")
        return 0
    if args.action == "list":
        for u in await storage.list_users():
            state = "disabled" if u.disabled else "active"
            print(f"{u.username:20} {u.role:11} {state:9} {','.join(u.services)}")
        return 0
    disabled = await storage.set_user_disabled(args.username, True)
    if disabled is None:
        return _fail(f"no such user: {args.username}")
    print(f"disabled {disabled.username}; their tokens are revoked")
    return 0


async def _service(args: argparse.Namespace, storage: SqliteStorage) -> int:
    if args.action == "list":
        for s in await storage.list_services():
            print(
                f"{s.slug:16} {s.name:24} {','.join(s.languages):10} max/host {s.max_per_host}"
                f"  queue {s.max_queue}  {s.timezone}"
            )
        return 0
    try:
        body = msgspec.convert(
            {
                "slug": args.slug,
                "name": args.name,
                "languages": args.languages.split(","),
                "audience": args.audience,
                "timezone": args.timezone,
                "opening_hours": msgspec.json.decode(args.hours) if args.hours else [],
                "max_per_host": args.max_per_host,
                "max_queue": args.max_queue,
                "announce_reading": args.announce_reading,
            },
            models.ServiceCreate,
        )
    except (msgspec.ValidationError, msgspec.DecodeError) as exc:
        return _fail(f"invalid service: {exc}")
    service = await admin.add_service(storage, body, time.time())
    print(f"added service {service.slug} ({service.name})")
    return 0


async def _audit(args: argparse.Namespace, storage: SqliteStorage) -> int:
    until = args.until if args.until is not None else time.time()
    if args.since is not None:
        since = args.since
    else:
        since = (datetime.fromtimestamp(until) - timedelta(days=args.days)).timestamp()
    if since >= until:
        return _fail("--since must be before --until")
    entries = await storage.audit_entries(since, until, args.conversation, args.actor)
    for e in entries:
        stamp = datetime.fromtimestamp(e.at).isoformat(timespec="seconds")
        print(f"{stamp}  {e.actor:16} {e.action:24} {e.conversation_id:18} {e.detail}".rstrip())
    return 0


async def _serve(args: argparse.Namespace) -> int:
    db = args.db or (":memory:" if args.demo else "chathost.sqlite3")
    config = ServerConfig(
        db_path=db,
        host=args.host,
        port=args.port,
        retention=args.retention,
        visitor_grace=args.visitor_grace,
        visitor_inactivity=args.visitor_inactivity,
        quick_exit_url=args.quick_exit_url,
        visitor_opens_per_minute=args.visitor_opens_per_minute,
        behind_proxy=args.behind_proxy,
        host_absence=args.host_absence,
        guidelines_dir=args.guidelines_dir,
        seed_guidelines=not args.no_seed_guidelines,
        help_realert=args.help_realert,
        block_hours=args.block_hours,
    )
    accounts: list[demo.DemoAccount] = []

    async def seed(storage: Storage) -> None:
        accounts.extend(await demo.seed(storage, time.time()))

    app = build_app(config, seed=seed if args.demo else None)

    def announce(url: str) -> None:
        print(f"ChatHost server listening on {url}", flush=True)
        print(f"  visitor chat page: {url}/", flush=True)
        print(f"  API: {url}/api/v1  (OpenAPI: {url}/api/v1/openapi.json)", flush=True)
        for account in accounts:
            print(
                f"  demo {account.role:10} {account.username:8} password {account.password}",
                flush=True,
            )

    try:
        await serve_forever(app, args.host, args.port, announce)
    except OSError as exc:
        return _fail(f"cannot listen on {args.host}:{args.port}: {exc.strerror or exc}")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(
        level=getattr(logging, str(args.log_level).upper(), logging.INFO),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    db = args.db or "chathost.sqlite3"
    try:
        if args.command == "user":
            return asyncio.run(_with_storage(db, lambda s: _user(args, s)))
        if args.command == "service":
            return asyncio.run(_with_storage(db, lambda s: _service(args, s)))
        if args.command == "audit":
            return asyncio.run(_with_storage(db, lambda s: _audit(args, s)))
        if args.command == "guidelines" and args.action == "lint":
            return cli_care.lint(args, db)
        if args.command == "guidelines":
            return asyncio.run(_with_storage(db, lambda s: cli_care.guidelines(args, s)))
        if args.command == "blocks":
            return asyncio.run(_with_storage(db, lambda s: cli_care.blocks(args, s)))
        if args.command == "stats":
            return asyncio.run(_with_storage(db, lambda s: cli_care.report(args, s)))
        return asyncio.run(_serve(args))
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
