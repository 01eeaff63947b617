#!/usr/bin/env python3
"""Cold start of the console: from spawning a fresh Python process to the login window on
screen; and the console's memory when it sits logged in with its main window open.

Each start is a new `python -c <script>` process that runs the console's real entry point,
`chathost.app.main(["--server", URL])`, on the offscreen platform, with two substitutions made
before it runs: the OS keyring is replaced by an in-memory store that holds no session (so
Console.begin goes straight to the login dialog, as on a first start), and the QApplication
built by chathost.app._qt_app gets an application-wide event filter that notes the login
dialog's first Paint event. A zero-timer then fires once that paint pass has returned; the
process prints time.time() at that moment and quits. The parent takes time.time() right before
spawning, so "spawn → shown" includes the interpreter's own start. QSettings go to a temporary
XDG_CONFIG_HOME, never the user's.

For reference the same is timed for `python -c pass`. One untimed start comes first (bytecode
caches, disk cache).

Idle memory: the chat server is started as its own process (`chathost.server.cli --demo`, as
relay.py does), a fresh console process logs in as the demo host `host1` through the login
dialog, waits until its main window is up, the event stream online and the snapshot loaded,
stays idle for --idle seconds, and reads VmRSS (and the peak, VmHWM) from /proc/self/status.

Not part of the test suite. Run from the repository root:

    python bench/cold_start.py                 # 7 starts, then the idle memory (~15 s)
    python bench/cold_start.py --starts 3 --importtime
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from typing import Any

from common import REPO, LoadMeter, Server, machine_note

TARGET_START_S = 0.8
TARGET_IDLE_MIB = 150.0

# Runs in the child. argv: mode ("login" or "idle"), server URL, idle seconds.
CHILD = r"""
import sys, time
started = time.time()
import json
import os
import chathost.app as console_app
imported = time.time()
from PySide6.QtCore import QEvent, QObject, QTimer
from chathost.core.config import CentreConfig
from chathost.server import demo
from chathost.ui.login_dialog import LoginDialog

mode, url, idle = sys.argv[1], sys.argv[2], float(sys.argv[3])
marks = {"started": started, "imported": imported}


def rss(field="VmRSS"):
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024


class NoKeyring:
    # chathost.core.credentials.TokenStore's coroutines, holding nothing (a first start)
    def __init__(self, *args, **kwargs):
        pass

    async def load(self, server_url):
        return None

    async def save(self, server_url, username, token):
        return True

    async def forget(self, server_url):
        return True


console_app.TokenStore = NoKeyring


class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and isinstance(watched, LoginDialog):
            marks["first_paint"] = time.time()
            app.removeEventFilter(self)  # one paint is all it waits for
            QTimer.singleShot(0, shown)
        return False


def shown():
    marks["shown"] = time.time()
    marks["rss_login_mib"] = rss()
    if mode == "login":
        finish()


def finish():
    # The figures are taken; how the console shuts down is not this benchmark's business.
    print(json.dumps(marks), flush=True)
    os._exit(0)


build = console_app._qt_app
app = None


def qt_app(argv):
    global app, watcher
    app = build(argv)
    marks["qapp"] = time.time()
    watcher = FirstPaint(app)
    app.installEventFilter(watcher)
    return app


console_app._qt_app = qt_app

if mode == "login":
    sys.exit(console_app.main(["--server", url]))

# mode == "idle": log in as the demo host, main window up, then sit idle.
import asyncio

host = demo.DEMO_ACCOUNTS[0][0]


async def after_start(console):
    dialog = console.login
    dialog.username.setText(host.username)
    dialog.password.setText(host.password)
    dialog.submit()
    await asyncio.wait_for(console.ready.wait(), 30)
    session = console.session
    await session.stream.wait_online(30)
    await asyncio.wait_for(session.snapshot_loaded.wait(), 30)
    marks["logged_in"] = time.time()
    marks["rss_logged_in_mib"] = rss()
    await asyncio.sleep(idle)
    marks["rss_idle_mib"] = rss()
    marks["hwm_mib"] = rss("VmHWM")
    marks["window_visible"] = console.window is not None and console.window.isVisible()
    finish()


app = qt_app([sys.argv[0]])
sys.exit(
    console_app._run_on_qt(
        app,
        lambda: console_app._console_main(
            app, CentreConfig(server_url=url), server_locked=True, after_start=after_start
        ),
    )
)
"""


def child_env(config_home: str) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["XDG_CONFIG_HOME"] = config_home  # QSettings: a fresh, empty file
    env.pop("CHATHOST_CONFIG", None)  # no centre file: the default configuration
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    return env


def spawn_console(
    mode: str, url: str, env: dict[str, str], idle: float = 0.0, extra: list[str] | None = None
) -> tuple[float, dict[str, Any], str]:
    """(time.time() right before spawning, the child's marks, its stderr)."""
    cmd = [sys.executable, *(extra or []), "-c", CHILD, mode, url, str(idle)]
    spawned = time.time()
    done = subprocess.run(
        cmd, cwd=str(REPO), env=env, capture_output=True, text=True, timeout=120, check=False
    )
    lines = [ln for ln in done.stdout.splitlines() if ln.startswith("{")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(
            f"the console process failed ({done.returncode}):\n{done.stderr[-3000:]}"
        )
    return spawned, json.loads(lines[-1]), done.stderr


def time_pass(env: dict[str, str]) -> float:
    spawned = time.time()
    subprocess.run([sys.executable, "-c", "pass"], env=env, check=True)
    return time.time() - spawned


def import_lines(stderr: str) -> list[tuple[int, int, int, str]]:
    """The -X importtime lines in order: (depth, self µs, cumulative µs, module)."""
    rows = []
    for line in stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        own, total, raw = line[len("import time:") :].split("|")
        name = raw.strip()
        rows.append(((len(raw) - len(raw.lstrip())) // 2, int(own), int(total), name))
    return rows


def app_import_groups(rows: list[tuple[int, int, int, str]]) -> dict[str, int]:
    """What importing chathost.app costs, by the packages it imports directly (µs, cumulative;
    a module imported by an earlier one counts there). The -X importtime output lists children
    before their parent."""
    index = next(i for i, r in enumerate(rows) if r[3] == "chathost.app")
    depth = rows[index][0]
    groups: dict[str, int] = {"chathost.app itself": rows[index][1]}
    i = index - 1
    while i >= 0 and rows[i][0] > depth:
        if rows[i][0] == depth + 1:
            parts = rows[i][3].split(".")
            group = ".".join(parts[:2]) if parts[0] == "chathost" else parts[0]
            groups[group] = groups.get(group, 0) + rows[i][2]
        i -= 1
    return groups


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--starts", type=int, default=7, help="timed cold starts (default 7)")
    p.add_argument("--idle", type=float, default=3.0, help="idle seconds before RSS (default 3)")
    p.add_argument("--no-idle", action="store_true", help="skip the idle-memory part")
    p.add_argument(
        "--importtime",
        action="store_true",
        help="one more start under python -X importtime: the costliest imports",
    )
    args = p.parse_args(argv)
    print(f"cold start: {machine_note()}")
    load = LoadMeter()
    with tempfile.TemporaryDirectory(prefix="bench-cold-") as workdir:
        env = child_env(os.path.join(workdir, "config"))
        url = "http://127.0.0.1:9"  # nothing is asked of it before the login
        time_pass(env)
        spawn_console("login", url, env)  # untimed: bytecode and disk caches
        passes, results = [], []
        steps = ("started", "imported", "qapp", "first_paint", "shown")
        print(f"\n{args.starts} cold starts to the login window, ms after the spawn:")
        print("  run | script runs | chathost.app imported | QApplication | first paint | shown "
              "| RSS MiB")  # fmt: skip
        for r in range(args.starts):
            passes.append(1000 * time_pass(env))
            spawned, marks, _ = spawn_console("login", url, env)
            row = {key: 1000 * (marks[key] - spawned) for key in steps}
            row["rss"] = marks["rss_login_mib"]
            results.append(row)
            print(
                f"  {r + 1:3} | {row['started']:11.0f} | {row['imported']:21.0f} | "
                f"{row['qapp']:12.0f} | {row['first_paint']:11.0f} | {row['shown']:5.0f} "
                f"| {row['rss']:7.1f}"
            )
        med = {key: statistics.median(r[key] for r in results) for key in (*steps, "rss")}
        shown = [r["shown"] for r in results]
        print(
            f"  medians: interpreter start {med['started']:.0f} ms; import chathost.app "
            f"{med['imported'] - med['started']:.0f} ms; main() to a built QApplication "
            f"{med['qapp'] - med['imported']:.0f} ms; to the login dialog's first paint "
            f"{med['first_paint'] - med['qapp']:.0f} ms; paint pass done "
            f"{med['shown'] - med['first_paint']:.0f} ms"
        )
        print(f"  python -c pass: median {statistics.median(passes):.0f} ms "
              f"({min(passes):.0f}–{max(passes):.0f})")  # fmt: skip

        if args.importtime:
            _spawned, _marks, stderr = spawn_console("login", url, env, extra=["-X", "importtime"])
            print("\nthe costliest imports by their own time (python -X importtime, one start; "
                  "the tool's overhead inflates these):")  # fmt: skip
            rows = import_lines(stderr)
            for _depth, own, total, name in sorted(rows, key=lambda r: -r[1])[:12]:
                print(
                    f"  {own / 1000:7.1f} ms own, {total / 1000:7.1f} ms with its imports: {name}"
                )
            groups = app_import_groups(rows)
            print("import chathost.app, by what it imports directly (ms, with their imports):")
            print(
                "  "
                + ", ".join(
                    f"{name} {us / 1000:.0f}"
                    for name, us in sorted(groups.items(), key=lambda g: -g[1])
                    if us >= 2000
                )
            )

        idle: dict[str, Any] | None = None
        if not args.no_idle:
            server = Server(workdir, opens_per_minute=10)
            try:
                server_url = server.start()
                _spawned, idle, _ = spawn_console("idle", server_url, env, idle=args.idle)
            finally:
                server.stop()
            print(
                f"\nidle memory: logged in as host1 against a real server process, main window "
                f"open (visible: {idle['window_visible']}), after {args.idle:g} s idle: VmRSS "
                f"{idle['rss_idle_mib']:.1f} MiB (right after the login "
                f"{idle['rss_logged_in_mib']:.1f} MiB, at the login dialog "
                f"{idle['rss_login_mib']:.1f} MiB; peak VmHWM {idle['hwm_mib']:.1f} MiB)"
            )

    print("\nsummary")
    print(
        f"  spawn → login window shown: median {med['shown']:.0f} ms over {args.starts} starts "
        f"({min(shown):.0f}–{max(shown):.0f}); python -c pass {statistics.median(passes):.0f} ms"
        f" — target ≤ {1000 * TARGET_START_S:.0f} ms: "
        f"{'met' if med['shown'] <= 1000 * TARGET_START_S else 'NOT met'}"
    )
    print(f"  {load.note()}")
    if idle is not None:
        print(
            f"  idle RSS, main window open: {idle['rss_idle_mib']:.1f} MiB — target ≤ "
            f"{TARGET_IDLE_MIB:.0f} MiB: "
            f"{'met' if idle['rss_idle_mib'] <= TARGET_IDLE_MIB else 'NOT met'}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
