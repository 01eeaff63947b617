"""`chathost demo`: the embedded server with a demo centre, the console logged in as a demo
host and on shift, and scripted visitors writing in, all on one qasync loop."""

from __future__ import annotations

import contextlib
import tempfile
import time
import webbrowser
from pathlib import Path

from aiohttp import web

from chathost.app import Console, _console_main, _qt_app, _run_on_qt
from chathost.core.config import CentreConfig
from chathost.devtools.demo_visitor import run_demo_visitors
from chathost.server import demo as server_demo
from chathost.server.app import build_app, start
from chathost.server.config import ServerConfig


def run_demo(argv: list[str], port: int, open_browser: bool) -> int:
    """The embedded server with a demo centre, the console logged in as a demo host, and two
    scripted visitors writing in."""
    app = _qt_app(argv)

    async def main() -> int:
        workdir = tempfile.TemporaryDirectory(prefix="chathost-demo-")
        config = ServerConfig(db_path=str(Path(workdir.name) / "demo.sqlite3"))

        async def seed(storage: object) -> None:
            await server_demo.seed(storage, time.time())  # type: ignore[arg-type]

        server = build_app(config, seed=seed)
        runner: web.AppRunner | None = None
        try:
            runner, url = await start(server, "127.0.0.1", port)
            visitor_url = f"{url}/"
            print(f"ChatHost demo server: {url}", flush=True)
            print(f"Visitor chat page:   {visitor_url}", flush=True)
            print("Demo accounts:", flush=True)
            for account, _name, _services in server_demo.DEMO_ACCOUNTS:
                print(f"  {account.username:8} {account.password}", flush=True)
            if open_browser:
                webbrowser.open(visitor_url)

            async def after_start(console: Console) -> None:
                host = server_demo.DEMO_ACCOUNTS[0][0]
                if console.login is not None:
                    console.login.username.setText(host.username)
                    console.login.password.setText(host.password)
                    console.login.submit()
                await console.ready.wait()
                assert console.session is not None
                with contextlib.suppress(Exception):
                    await console.session.stream.wait_online(10)
                    await console.session.start_shift()
                print(f"Console: logged in as {host.username}, on shift.", flush=True)
                await run_demo_visitors(url)

            centre = CentreConfig(server_url=url)
            return await _console_main(app, centre, server_locked=True, after_start=after_start)
        finally:
            if runner is not None:
                await runner.cleanup()
            workdir.cleanup()

    return _run_on_qt(app, main)
