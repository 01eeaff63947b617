"""Building and running the aiohttp application."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import signal
from collections.abc import Awaitable, Callable
from importlib import resources

from aiohttp import web

from chathost.protocol.version import API_PREFIX
from chathost.server.api import problem
from chathost.server.auth import authenticate
from chathost.server.config import ServerConfig
from chathost.server.context import CONTEXT, ServerContext
from chathost.server.rest import api
from chathost.server.staff_ws import disconnect_all
from chathost.server.storage import SqliteStorage, Storage
from chathost.server.sweeper import Sweeper

log = logging.getLogger(__name__)

SWEEPER: web.AppKey[Sweeper] = web.AppKey("chathost_sweeper", Sweeper)
_STATIC = resources.files("chathost.server") / "static"

_PAGE_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
        "img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cache-Control": "no-store",
}
_CONTENT_TYPES = {
    ".html": "text/html",
    ".js": "text/javascript",
    ".css": "text/css",
    ".svg": "image/svg+xml",
}


@web.middleware
async def _guard(
    request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
) -> web.StreamResponse:
    """JSON problems for every API error, safety headers everywhere, no 500 with a traceback."""
    try:
        response = await handler(request)
    except web.HTTPException as exc:
        if not request.path.startswith(API_PREFIX) or exc.status < 400:
            raise
        response = problem(exc.status, "http_" + str(exc.status), exc.reason)
        if "Allow" in exc.headers:  # 405 must say which methods are allowed (RFC 9110)
            response.headers["Allow"] = exc.headers["Allow"]
    except asyncio.CancelledError:
        raise
    except Exception:
        log.exception("unhandled error in %s %s", request.method, request.match_info.route.name)
        response = problem(500, "internal_error", "Something went wrong on the server.")
    if not response.prepared:
        for key, value in _PAGE_HEADERS.items():
            response.headers.setdefault(key, value)
    return response


async def _page(request: web.Request) -> web.StreamResponse:
    return _static_file("index.html")


async def _asset(request: web.Request) -> web.StreamResponse:
    name = request.match_info["name"]
    if "/" in name or name.startswith("."):
        raise web.HTTPNotFound()
    return _static_file(name)


def _static_file(name: str) -> web.Response:
    path = _STATIC / name
    suffix = "." + name.rsplit(".", 1)[-1]
    if suffix not in _CONTENT_TYPES or not path.is_file():
        raise web.HTTPNotFound()
    return web.Response(
        body=path.read_bytes(),
        content_type=_CONTENT_TYPES[suffix],
        charset="utf-8" if suffix != ".svg" else None,
    )


async def _openapi(request: web.Request) -> web.Response:
    ctx = request.app[CONTEXT]
    return web.json_response(api.openapi(f"{ctx.config.name} API"))


Seed = Callable[[Storage], Awaitable[None]]


def build_app(
    config: ServerConfig, storage: Storage | None = None, seed: Seed | None = None
) -> web.Application:
    """`seed` runs once the database is open and before the floor loads what it holds."""
    app = web.Application(middlewares=[_guard], client_max_size=64 * 1024)
    ctx = ServerContext.create(config, storage or SqliteStorage(config.db_path))
    app[CONTEXT] = ctx
    sweeper = Sweeper(ctx)
    app[SWEEPER] = sweeper
    api.install(app, authenticate)
    app.router.add_get(API_PREFIX + "/openapi.json", _openapi)
    app.router.add_get("/", _page)
    app.router.add_get("/chat/{service}", _page)
    app.router.add_get("/static/{name}", _asset)

    async def on_startup(app: web.Application) -> None:
        await ctx.storage.open()
        if seed is not None:
            await seed(ctx.storage)
        await ctx.floor.load()
        await ctx.escalations.load()
        await ctx.transfers.load()
        await ctx.staff_board.load()
        await ctx.guidelines.load()
        sweeper.start()
        # What exists now lives as long as the server: keep it out of full collections, which
        # otherwise paused the loop for 100+ ms under load (bench/relay.py).
        gc.freeze()

    async def on_shutdown(app: web.Application) -> None:
        await sweeper.stop()
        await disconnect_all(ctx)
        await ctx.floor.shutdown()

    async def on_cleanup(app: web.Application) -> None:
        await ctx.storage.close()

    app.on_startup.append(on_startup)
    app.on_shutdown.append(on_shutdown)
    app.on_cleanup.append(on_cleanup)
    return app


async def start(app: web.Application, host: str, port: int) -> tuple[web.AppRunner, str]:
    """Start listening; returns the runner and the base URL (with the real port for port 0)."""
    runner = web.AppRunner(app, access_log=None, shutdown_timeout=5.0)
    await runner.setup()
    site = web.TCPSite(runner, host, port)
    await site.start()
    real_port = runner.addresses[0][1] if runner.addresses else port
    shown = f"[{host}]" if ":" in host else host
    return runner, f"http://{shown}:{real_port}"


async def serve_forever(
    app: web.Application, host: str, port: int, announce: Callable[[str], None]
) -> None:
    runner, url = await start(app, host, port)
    announce(url)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        # Windows has no signal handlers here: Ctrl+C raises KeyboardInterrupt instead.
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, stop.set)
    try:
        await stop.wait()
    finally:
        log.info("shutting down")
        await runner.cleanup()
