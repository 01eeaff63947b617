"""What the console benchmarks share: figures, timing a view's paints, process CPU and memory,
an in-memory session keyring, Norwegian-ish chat text, and the server process (from relay.py).

Not a benchmark itself. Importing it loads PySide6 (the paint timer is a QObject), but creates
no QApplication."""

from __future__ import annotations

import asyncio
import contextlib
import math
import os
import platform
import random
import resource
import signal
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, qInstallMessageHandler
from PySide6.QtWidgets import QAbstractScrollArea

REPO = Path(__file__).resolve().parent.parent
BENCH = REPO / "bench"
for _path in (str(REPO), str(BENCH)):
    if _path not in sys.path:
        sys.path.insert(0, _path)

# The server process, the machine's CPU counters and the REST helper: the same as relay.py's.
from relay import Server, call, machine_busy, new_session, percentile  # noqa: E402

from chathost.core.credentials import StoredSession  # noqa: E402

__all__ = [
    "BENCH",
    "REPO",
    "LoadMeter",
    "MemoryTokenStore",
    "PaintWatch",
    "Server",
    "call",
    "chat_text",
    "cpu_seconds",
    "die_with_parent",
    "machine_busy",
    "machine_note",
    "new_session",
    "percentile",
    "proc_cpu",
    "quiet_offscreen",
    "rss_mib",
    "spread",
    "summary",
]


# ---------------------------------------------------------------- figures


def summary(values_s: list[float]) -> dict[str, float]:
    """p50 / p99 / max in milliseconds (nearest-rank percentiles, as relay.py)."""
    ordered = sorted(values_s)
    return {
        "n": len(ordered),
        "p50": 1000 * percentile(ordered, 0.50),
        "p99": 1000 * percentile(ordered, 0.99),
        "max": 1000 * (ordered[-1] if ordered else math.nan),
    }


def spread(values: list[float]) -> str:
    """'median (min–max)' of some timings in milliseconds."""
    if not values:
        return "n/a"
    return f"{statistics.median(values):.1f} ms ({min(values):.1f}–{max(values):.1f})"


def machine_note() -> str:
    model = ""
    try:
        with open("/proc/cpuinfo") as f:
            model = next(ln.split(":", 1)[1].strip() for ln in f if ln.startswith("model name"))
    except (OSError, StopIteration):
        pass
    from PySide6 import __version__ as pyside

    return (
        f"{platform.node()}: {os.cpu_count()} CPU(s) {model}, Linux {platform.release()}, "
        f"Python {platform.python_version()}, PySide6 {pyside}"
    )


# ---------------------------------------------------------------- this process


def cpu_seconds() -> tuple[float, float]:
    """(this process, all threads; this thread) CPU seconds, user + system."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime, time.thread_time()


class LoadMeter:
    """How much CPU other processes used while a benchmark ran: the noise in its figures.
    Our own share is this process plus its finished children, plus `extra_cpu_s` (e.g. a server
    process still running)."""

    def __init__(self) -> None:
        self.busy0 = machine_busy()
        self.own0 = self._own()
        self.wall0 = time.monotonic()

    @staticmethod
    def _own() -> float:
        me = resource.getrusage(resource.RUSAGE_SELF)
        kids = resource.getrusage(resource.RUSAGE_CHILDREN)
        return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime

    def others_pct(self, extra_cpu_s: float = 0.0) -> float | None:
        """Other processes' CPU since the start, in % of one core."""
        busy1, wall = machine_busy(), time.monotonic() - self.wall0
        if self.busy0 is None or busy1 is None or busy1[1] <= self.busy0[1] or wall <= 0:
            return None
        busy = (busy1[0] - self.busy0[0]) / (busy1[1] - self.busy0[1])  # share of all cores
        own = (self._own() - self.own0 + extra_cpu_s) / wall  # in cores
        return 100 * max(0.0, busy * (os.cpu_count() or 1) - own)

    def note(self, extra_cpu_s: float = 0.0) -> str:
        pct = self.others_pct(extra_cpu_s)
        if pct is None:
            return "other processes' CPU: unknown"
        return f"other processes used {pct:.0f}% of one core meanwhile (noise: re-run if high)"


def die_with_parent() -> None:
    """Linux: this process gets SIGKILL when its parent dies, even by kill -9."""
    if sys.platform.startswith("linux"):
        import ctypes

        with contextlib.suppress(Exception):
            ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


def proc_cpu(pid: int) -> float | None:
    """CPU seconds (user + system, all threads) of another process, from /proc."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def rss_mib(field: str = "VmRSS") -> float:
    """VmRSS (or VmHWM, the peak) of this process, from /proc/self/status."""
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return math.nan


def quiet_offscreen() -> None:
    """Drop the offscreen platform's "This plugin does not support raise()" and the like."""

    def handler(_kind: Any, _context: Any, message: str) -> None:
        if "This plugin does not support" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)


# ---------------------------------------------------------------- the console's edges


class MemoryTokenStore:
    """Stands in for chathost.core.credentials.TokenStore (the OS keyring): same coroutines,
    kept in a dict. The benchmarks must not touch the machine's keyring."""

    def __init__(self) -> None:
        self.kept: dict[str, tuple[str, str]] = {}

    async def load(self, server_url: str) -> StoredSession | None:
        found = self.kept.get(server_url.strip().rstrip("/"))
        return StoredSession(*found) if found else None

    async def save(self, server_url: str, username: str, token: str) -> bool:
        self.kept[server_url.strip().rstrip("/")] = (username, token)
        return True

    async def forget(self, server_url: str) -> bool:
        self.kept.pop(server_url.strip().rstrip("/"), None)
        return True


class PaintWatch(QObject):
    """Times every paint of a scroll area's viewport (a QListView's, here).

    The filter runs before the view's own viewport filter, does what that one does (hands the
    event to `view.viewportEvent`, which paints), and returns True. So `end` is taken when the
    paint handler has returned: the pixels are in the window's backing store. Listeners get
    (start, end) in time.perf_counter seconds."""

    def __init__(self, view: QAbstractScrollArea) -> None:
        super().__init__(view)
        self.view = view
        self.paints: list[tuple[float, float]] = []
        self.listeners: list[Callable[[float, float], None]] = []
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Paint:
            return False
        start = time.perf_counter()
        self.view.viewportEvent(event)
        end = time.perf_counter()
        self.paints.append((start, end))
        for listener in list(self.listeners):
            listener(start, end)
        return True

    async def next_paint(self, timeout: float = 10.0) -> tuple[float, float]:
        """(start, end) of the next paint; the caller makes sure one is due."""
        future: asyncio.Future[tuple[float, float]] = asyncio.get_running_loop().create_future()

        def done(start: float, end: float) -> None:
            self.listeners.remove(done)
            if not future.done():
                future.set_result((start, end))

        self.listeners.append(done)
        try:
            return await asyncio.wait_for(future, timeout)
        finally:
            if done in self.listeners:
                self.listeners.remove(done)


# ---------------------------------------------------------------- chat text

_VOCABULARY = (
    "jeg du det er ikke og som har vet hva skal med på til kan bare når så litt mer helt "
    "hjemme skolen venner mamma pappa sover dårlig tenker mye alene sliten redd lei trist "
    "vanskelig snakke noen ingen forstår føler kjenner prøver klarer orker hjelp natt dag "
    "uke kveld morgen fordi etter før igjen aldri alltid kanskje egentlig liksom ganske "
    "veldig takk hei ja nei vel også fortelle høre lese skrive tid trenger trygg akkurat nå"
)
_WORDS = _VOCABULARY.split()


def chat_text(rng: random.Random, low: int = 20, high: int = 400) -> str:
    """A chat message of `low`–`high` characters (short ones most often), now and then over
    several lines, in made-up Norwegian."""
    target = min(high - 1, max(low - 1, int(rng.lognormvariate(math.log(90), 0.8))))
    words = [rng.choice(_WORDS)]
    length = len(words[0])
    while True:
        word = rng.choice(_WORDS)
        longer = length + 1 + len(word)
        if (longer > target and length >= low - 1) or longer > high - 1:
            break
        words.append(word)
        length = longer
    text = " ".join(words)
    if len(words) > 16 and rng.random() < 0.3:  # a longer message, now and then in paragraphs
        cut = rng.randrange(4, len(words) - 4)
        text = " ".join(words[:cut]) + "\n" + " ".join(words[cut:])
    text = text[0].upper() + text[1:]
    return text + rng.choice([".", ".", "?", "…", "!"])
