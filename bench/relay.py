#!/usr/bin/env python3
"""Relay latency benchmark: N visitor↔host conversations, each exchanging one message a second.

The chat server runs as a separate process (started fresh for every N, killed at the end). The
benchmark first creates its own services and host accounts through the admin REST API, then
opens N visitor conversations and has the hosts take them. During the measurement every pair
sends one message a second in total, alternating visitor→host and host→visitor, with a random
phase per pair so that the load is steady. Relay latency is the time from the sender's send to
the other side receiving the message frame, both measured with time.perf_counter in the same
client process.

Not part of the test suite. Run from the repository root:

    python bench/relay.py --quick             # N=20 for 5 s: checks that it works
    python bench/relay.py                     # N=200, 500, 1000 for 30 s each
    python bench/relay.py --pairs 200 --seconds 60 --client-procs 2

Only talks to 127.0.0.1. See bench/README.md for what the columns mean.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import json
import math
import multiprocessing as mp
import os
import platform
import queue
import random
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from collections import Counter
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import aiohttp
import msgspec

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from chathost.protocol.limits import MESSAGES_PER_SECOND  # noqa: E402
from chathost.protocol.version import API_PREFIX, PROTOCOL_VERSION  # noqa: E402

ADMIN_USER = "admin"
ADMIN_PASSWORD = "demo-admin-1"
TARGET_PAIRS = 200
TARGET_P99_MS = 10.0
# A chat message of ordinary length; the unique key goes in front of it.
FILLER = "Hei, jeg har hatt en tung dag og vet ikke helt hvem jeg skal snakke med om det."
URL_LINE = re.compile(r"listening on (http://127\.0\.0\.1:\d+)")


# ---------------------------------------------------------------- garbage collector pauses


class GcPauses:
    """Collector pauses of this process: (clock at start, generation, seconds)."""

    def __init__(self, clock: Any = time.perf_counter) -> None:
        self.clock = clock
        self.pauses: list[tuple[float, int, float]] = []
        self._start = 0.0
        gc.callbacks.append(self._callback)

    def _callback(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._start = self.clock()
        else:
            self.pauses.append((self._start, info["generation"], self.clock() - self._start))

    def summary(self, begin: float, end: float) -> dict[str, Any]:
        inside = [p for p in self.pauses if begin <= p[0] < end]
        return {
            "count": len(inside),
            "gen2": sum(1 for p in inside if p[1] == 2),
            "total_ms": 1000 * sum(p[2] for p in inside),
            "max_ms": 1000 * max((p[2] for p in inside), default=0.0),
        }


# Runs the server with its collector pauses recorded (wall clock), written to a JSON file at exit.
# Diagnostic only (--gc-trace): the server code is unchanged.
SERVER_GC_WRAPPER = """
import atexit, gc, json, os, runpy, sys, time
pauses, start = [], [0.0]
def callback(phase, info):
    if phase == "start":
        start[0] = time.time()
    else:
        pauses.append((start[0], info["generation"], time.time() - start[0]))
gc.callbacks.append(callback)
atexit.register(lambda: open(os.environ["BENCH_GC_FILE"], "w").write(json.dumps(pauses)))
sys.argv = ["chathost-server", *sys.argv[1:]]
runpy.run_module("chathost.server.cli", run_name="__main__", alter_sys=True)
"""


# ---------------------------------------------------------------- the server process


def _parent_death_signal() -> None:
    """Linux: the server dies with the benchmark even if the benchmark is killed outright."""
    with contextlib.suppress(Exception):
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


class Server:
    """`python -m chathost.server.cli --demo` on a free port of 127.0.0.1, with its own database."""

    def __init__(self, workdir: str, opens_per_minute: int, gc_trace: bool = False) -> None:
        self.db = os.path.join(workdir, "bench.sqlite3")
        self.log_path = os.path.join(workdir, "server.log")
        self.gc_path = os.path.join(workdir, "gc.json") if gc_trace else None
        self.opens_per_minute = opens_per_minute
        self.proc: subprocess.Popen[bytes] | None = None
        self.url = ""
        self._lines: queue.Queue[str | None] = queue.Queue()

    def start(self, timeout: float = 30.0) -> str:
        run = ["-c", SERVER_GC_WRAPPER] if self.gc_path else ["-m", "chathost.server.cli"]
        cmd = [
            sys.executable, *run, "--demo",
            "--host", "127.0.0.1", "--port", "0", "--db", self.db, "--log-level", "WARNING",
            "--visitor-opens-per-minute", str(self.opens_per_minute),
        ]  # fmt: skip
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
        if self.gc_path:
            env["BENCH_GC_FILE"] = self.gc_path
        with open(self.log_path, "wb") as log:
            self.proc = subprocess.Popen(
                cmd,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=log,
                cwd=str(REPO),
                env=env,
                start_new_session=True,  # Ctrl+C reaches the benchmark, which then stops it
                preexec_fn=_parent_death_signal if sys.platform == "linux" else None,
            )
        threading.Thread(target=self._drain, daemon=True).start()
        deadline = time.monotonic() + timeout
        while True:
            try:
                line = self._lines.get(timeout=max(0.01, deadline - time.monotonic()))
            except queue.Empty:
                raise RuntimeError(f"the server printed no URL within {timeout:.0f} s") from None
            if line is None:
                raise RuntimeError(f"the server exited at start:\n{self.log_tail()}")
            found = URL_LINE.search(line)
            if found:
                self.url = found.group(1)
                return self.url
            if time.monotonic() > deadline:
                raise RuntimeError(f"unexpected first line from the server: {line!r}")

    def _drain(self) -> None:
        """Read the server's stdout to the end, so that it can never block on a full pipe."""
        assert self.proc is not None and self.proc.stdout is not None
        for raw in self.proc.stdout:
            self._lines.put(raw.decode(errors="replace"))
        self._lines.put(None)

    def cpu_seconds(self, main_thread: bool = False) -> float | None:
        """utime + stime of the server process (all its threads), or of its main thread (the
        event loop; the database has a thread of its own), or None off Linux."""
        if self.proc is None:
            return None
        pid = self.proc.pid
        try:
            with open(f"/proc/{pid}/task/{pid}/stat" if main_thread else f"/proc/{pid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            return None
        # Fields 14 and 15 of proc(5); after the ")" of the command name, field 3 is index 0.
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def rss_mib(self) -> float | None:
        if self.proc is None:
            return None
        try:
            with open(f"/proc/{self.proc.pid}/status") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        return int(line.split()[1]) / 1024
        except OSError:
            return None
        return None

    def log_tail(self, lines: int = 20) -> str:
        try:
            return "\n".join(Path(self.log_path).read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""

    def gc_pauses(self) -> list[tuple[float, int, float]]:
        """With --gc-trace, after stop(): the server's collector pauses (wall clock)."""
        if not self.gc_path:
            return []
        try:
            return [tuple(p) for p in json.loads(Path(self.gc_path).read_text())]  # type: ignore[misc]
        except (OSError, ValueError):
            return []

    def log_problems(self) -> list[str]:
        try:
            text = Path(self.log_path).read_text(errors="replace")
        except OSError:
            return []
        return [ln for ln in text.splitlines() if " WARNING " in ln or " ERROR " in ln]

    def stop(self) -> None:
        proc, self.proc = self.proc, None
        if proc is None or proc.poll() is not None:
            return
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


def machine_busy() -> tuple[float, float] | None:
    """(busy, total) CPU jiffies of the whole machine, from /proc/stat."""
    try:
        with open("/proc/stat") as f:
            values = [int(v) for v in f.readline().split()[1:]]
    except (OSError, ValueError):
        return None
    total = sum(values[:8])  # user nice system idle iowait irq softirq steal
    return total - values[3] - values[4], total


# ---------------------------------------------------------------- REST helpers


async def call(
    http: aiohttp.ClientSession, method: str, url: str, body: Any = None, token: str = ""
) -> Any:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    for _attempt in range(20):
        async with http.request(method, url, json=body, headers=headers) as resp:
            raw = await resp.read()
            if resp.status == 429:  # rate limited: wait as told and try again
                problem = json.loads(raw) if raw else {}
                await asyncio.sleep(min(10.0, float(problem.get("retry_after") or 1.0)))
                continue
            if resp.status >= 400:
                raise RuntimeError(f"{method} {url}: {resp.status} {raw.decode(errors='replace')}")
            return json.loads(raw) if raw else None
    raise RuntimeError(f"{method} {url}: still rate limited")


def new_session() -> aiohttp.ClientSession:
    return aiohttp.ClientSession(
        connector=aiohttp.TCPConnector(limit=0, force_close=False),
        timeout=aiohttp.ClientTimeout(total=None, sock_connect=30),
    )


@dataclass
class Plan:
    pairs: int
    per_host: int
    hosts_per_service: int

    @property
    def hosts(self) -> int:
        return math.ceil(self.pairs / self.per_host)

    def service(self, host: int) -> str:
        return f"bench{host // self.hosts_per_service}"

    def services(self) -> list[str]:
        return sorted({self.service(h) for h in range(self.hosts)})

    def pairs_of(self, host: int) -> range:
        return range(host * self.per_host, min(self.pairs, (host + 1) * self.per_host))


async def admin_setup(url: str, plan: Plan) -> None:
    """The services and host accounts the run needs (argon2 hashing makes this the slow part)."""
    api = url + API_PREFIX
    async with new_session() as http:
        login = await call(
            http, "POST", api + "/auth/login", {"username": ADMIN_USER, "password": ADMIN_PASSWORD}
        )
        token = login["token"]
        for slug in plan.services():
            await call(http, "POST", api + "/admin/services", {
                "slug": slug, "name": f"Bench {slug}", "languages": ["en"],
                "max_per_host": plan.per_host, "max_queue": 1000,
            }, token)  # fmt: skip
        gate = asyncio.Semaphore(4)

        async def add_host(h: int) -> None:
            async with gate:
                await call(http, "POST", api + "/admin/users", {
                    "username": f"benchhost{h}", "display_name": f"Bench host {h}",
                    "role": "host", "password": f"bench-password-{h}",
                    "services": [plan.service(h)],
                }, token)  # fmt: skip

        await asyncio.gather(*(add_host(h) for h in range(plan.hosts)))


# ---------------------------------------------------------------- the lean client (workers)


class _Msg(msgspec.Struct):
    sender: str = ""
    text: str = ""


class _Frame(msgspec.Struct):
    """Just the fields the benchmark looks at, of any staff or visitor frame."""

    type: str
    id: str | None = None
    code: str | None = None
    message: _Msg | str | None = None


_decode = msgspec.json.Decoder(_Frame).decode


@dataclass
class Stats:
    sent: dict[str, tuple[float, bool]] = field(default_factory=dict)  # key -> (t_send, measured)
    latencies: list[float] = field(default_factory=list)  # seconds, measured messages only
    series: list[tuple[float, float]] = field(default_factory=list)  # (t_send, latency)
    send_lag: list[float] = field(default_factory=list)  # how late the client sent, measured
    total_sent: int = 0
    measured_sent: int = 0
    received: int = 0
    duplicates: int = 0
    acks: int = 0
    errors: Counter[str] = field(default_factory=Counter)
    closed: Counter[str] = field(default_factory=Counter)
    stopping: bool = False
    keep_series: bool = False

    def got(self, key: str, t: float) -> None:
        entry = self.sent.pop(key, None)
        if entry is None:
            self.duplicates += 1
            return
        self.received += 1
        if entry[1]:
            self.latencies.append(t - entry[0])
            if self.keep_series:
                self.series.append((entry[0], t - entry[0]))


class Link:
    """One WebSocket, with a reader that timestamps message frames the moment they arrive."""

    def __init__(self, ws: aiohttp.ClientWebSocketResponse, stats: Stats, peer: str) -> None:
        self.ws = ws
        self.stats = stats
        self.peer = peer  # the sender whose messages this side receives: "host" or "visitor"
        self.waiters: dict[str, asyncio.Future[_Frame]] = {}
        self.reader = asyncio.create_task(self._read())

    def expect(self, key: str) -> asyncio.Future[_Frame]:
        fut: asyncio.Future[_Frame] = asyncio.get_running_loop().create_future()
        self.waiters[key] = fut
        return fut

    async def request(self, frame: dict[str, Any], timeout: float = 30.0) -> _Frame:
        fut = self.expect(frame["id"])
        await self.ws.send_str(json.dumps(frame))
        return await asyncio.wait_for(fut, timeout)

    async def _read(self) -> None:
        stats, peer, ws = self.stats, self.peer, self.ws
        perf = time.perf_counter
        try:
            async for msg in ws:
                t = perf()
                if msg.type is not aiohttp.WSMsgType.TEXT:
                    break
                frame = _decode(msg.data)
                kind = frame.type
                if kind == "message":
                    m = frame.message
                    if isinstance(m, _Msg) and m.sender == peer:
                        stats.got(m.text.partition(" ")[0], t)
                elif kind == "ack":
                    fut = self.waiters.pop(frame.id or "", None)
                    if fut is None:
                        stats.acks += 1
                    elif not fut.done():
                        fut.set_result(frame)
                elif kind == "error":
                    fut = self.waiters.pop(frame.id or "", None)
                    if fut is None:
                        stats.errors[frame.code or "?"] += 1
                    elif not fut.done():
                        fut.set_exception(RuntimeError(f"{frame.code}: {frame.message}"))
                elif kind == "welcome":
                    fut = self.waiters.pop("welcome", None)
                    if fut is not None and not fut.done():
                        fut.set_result(frame)
        finally:
            if not stats.stopping:
                stats.closed[f"{peer}-side closed {ws.close_code}"] += 1
            for fut in self.waiters.values():
                if not fut.done():
                    fut.set_exception(ConnectionError(f"closed ({ws.close_code})"))


@dataclass
class Pair:
    index: int
    conversation: str
    visitor: Link
    host: Link
    phase: float
    visitor_first: bool


async def connect(
    http: aiohttp.ClientSession, url: str, stats: Stats, peer: str, hello: dict[str, Any],
    token: str = "",
) -> Link:  # fmt: skip
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    ws = await http.ws_connect(url, headers=headers, autoping=True, compress=0)
    link = Link(ws, stats, peer)
    welcome = link.expect("welcome")
    await ws.send_str(json.dumps(hello))
    await asyncio.wait_for(welcome, 30)
    return link


async def setup_host(
    http: aiohttp.ClientSession, base: str, plan: Plan, h: int, stats: Stats, rng: random.Random
) -> list[Pair]:
    api = base + API_PREFIX
    ws_base = "ws" + api[len("http") :]
    login = await call(
        http, "POST", api + "/auth/login",
        {"username": f"benchhost{h}", "password": f"bench-password-{h}"},
    )  # fmt: skip
    token = login["token"]
    host = await connect(
        http,
        ws_base + "/staff/ws",
        stats,
        "visitor",
        {"type": "hello", "protocol": PROTOCOL_VERSION},
        token,
    )
    await host.request({"type": "shift_start", "id": f"shift-{h}"})
    pairs = []
    for index in plan.pairs_of(h):
        opened = await call(
            http, "POST", api + "/visitor/conversations",
            {"service": plan.service(h), "language": "en"},
        )  # fmt: skip
        hello = {
            "type": "hello", "token": opened["token"], "protocol": PROTOCOL_VERSION, "after": 0
        }  # fmt: skip
        visitor = await connect(http, ws_base + "/visitor/ws", stats, "host", hello)
        cid = opened["conversation"]
        await host.request({"type": "take", "id": f"take-{index}", "conversation": cid})
        pairs.append(Pair(index, cid, visitor, host, rng.random(), rng.random() < 0.5))
    return pairs


async def run_pair(pair: Pair, stats: Stats, start: float, measure: float, stop: float) -> None:
    """Send at start + phase + k seconds, alternating directions, until `stop` (perf_counter)."""
    perf = time.perf_counter
    k = 0
    due = start + pair.phase
    while due < stop:
        delay = due - perf()
        if delay > 0:
            await asyncio.sleep(delay)
        key = f"{pair.index}.{k}"
        measured = due >= measure
        if (k % 2 == 0) == pair.visitor_first:
            data = f'{{"type":"send","id":"{key}","text":"{key} {FILLER}"}}'
            ws = pair.visitor.ws
        else:
            data = (
                f'{{"type":"send","id":"{key}","conversation":"{pair.conversation}",'
                f'"text":"{key} {FILLER}"}}'
            )
            ws = pair.host.ws
        t = perf()
        stats.sent[key] = (t, measured)
        stats.total_sent += 1
        if measured:
            stats.measured_sent += 1
            stats.send_lag.append(t - due)
        if ws.closed:
            return
        await ws.send_str(data)
        k += 1
        due += 1.0


@dataclass
class WorkerSpec:
    url: str
    plan: Plan
    hosts: list[int]
    warmup: float
    seconds: float
    drain: float
    seed: int
    setup_timeout: float
    dump: bool = False
    client_gc_off: bool = True


def worker_main(pipe: Connection, spec: WorkerSpec) -> None:
    """A client process: set up its share of the pairs, then run them when told to."""
    if sys.platform == "linux":
        _parent_death_signal()
    try:
        result = asyncio.run(_worker(pipe, spec))
        pipe.send(("result", result))
    except KeyboardInterrupt:
        pass
    except BaseException:
        with contextlib.suppress(Exception):
            pipe.send(("failed", traceback.format_exc()))


async def _worker(pipe: Connection, spec: WorkerSpec) -> dict[str, Any]:
    rng = random.Random(spec.seed)
    stats = Stats(keep_series=spec.dump)
    collector = GcPauses()
    loop = asyncio.get_running_loop()
    async with new_session() as http:
        gate = asyncio.Semaphore(8)

        async def one(h: int) -> list[Pair]:
            async with gate:
                return await setup_host(http, spec.url, spec.plan, h, stats, rng)

        async with asyncio.timeout(spec.setup_timeout):
            groups = await asyncio.gather(*(one(h) for h in spec.hosts))
        pairs = [p for g in groups for p in g]
        # Measurement hygiene: the client's own collector pauses (up to ~100 ms at N=1000) would
        # count as relay latency. The setup's objects are frozen and the collector is off while
        # messages flow; reference counting still frees everything the client lets go of.
        if spec.client_gc_off:
            gc.collect()
            gc.freeze()
            gc.disable()
        pipe.send(("ready", len(pairs)))

        # The parent answers with a common start time on the monotonic clock.
        message = await loop.run_in_executor(None, pipe.recv)
        if message[0] != "go":
            return {}
        start = message[1] - time.monotonic() + time.perf_counter()
        measure = start + spec.warmup
        stop = measure + spec.seconds
        cpu: dict[str, float] = {}

        def sample(name: str) -> None:
            t = os.times()
            cpu[name] = t.user + t.system

        for name, at in (("begin", measure), ("end", stop)):
            loop.call_at(loop.time() + (at - time.perf_counter()), sample, name)
        senders = [asyncio.create_task(run_pair(p, stats, start, measure, stop)) for p in pairs]
        await asyncio.gather(*senders)
        # Drain: wait for what is still under way, up to `drain` seconds.
        until = time.perf_counter() + spec.drain
        while stats.sent and time.perf_counter() < until:
            await asyncio.sleep(0.05)
        await asyncio.sleep(0.2)  # let the last acks in, so that the ack count is meaningful
        stats.stopping = True
        gc.enable()
        result = {
            "pairs": len(pairs),
            "total_sent": stats.total_sent,
            "measured_sent": stats.measured_sent,
            "received": stats.received,
            "lost": len(stats.sent),
            "duplicates": stats.duplicates,
            "acks": stats.acks,
            "errors": dict(stats.errors),
            "closed": dict(stats.closed),
            "latencies": stats.latencies,
            "send_lag": stats.send_lag,
            "series": [(t - measure, lat) for t, lat in stats.series],
            "cpu": cpu.get("end", math.nan) - cpu.get("begin", math.nan),
            "gc": collector.summary(measure, stop),
        }
        # Leave without ceremony: the server is discarded after the run anyway.
        links = {id(x): x for p in pairs for x in (p.visitor, p.host)}.values()
        for link in links:
            link.reader.cancel()
        with contextlib.suppress(Exception):
            async with asyncio.timeout(5):
                await asyncio.gather(*(link.ws.close() for link in links))
        return result


# ---------------------------------------------------------------- orchestration


def percentile(sorted_values: list[float], q: float) -> float:
    if not sorted_values:
        return math.nan
    return sorted_values[min(len(sorted_values) - 1, max(0, math.ceil(q * len(sorted_values)) - 1))]


def run_one(n: int, args: argparse.Namespace) -> dict[str, Any]:
    plan = Plan(n, args.per_host, args.hosts_per_service)
    procs = max(1, min(args.client_procs, plan.hosts))
    print(
        f"\n== N={n}: {plan.hosts} hosts x {args.per_host}, {len(plan.services())} service(s), "
        f"{procs} client process(es), warm-up {args.warmup:g} s, measure {args.seconds:g} s",
        flush=True,
    )
    background = _background_busy()
    if background is not None and background > 15:
        print(f"   ! the machine is already {background:.0f}% busy: figures will be noisy")
    ctx = mp.get_context("spawn")
    workers: list[tuple[Any, Connection]] = []
    with tempfile.TemporaryDirectory(prefix="chathost-bench-") as tmp:
        server = Server(tmp, opens_per_minute=max(1000, 2 * n), gc_trace=args.gc_trace)
        try:
            t0 = time.monotonic()
            url = server.start()
            asyncio.run(admin_setup(url, plan))
            t_accounts = time.monotonic() - t0
            setup_timeout = 120.0 + 0.3 * n
            for w in range(procs):
                spec = WorkerSpec(
                    url=url,
                    plan=plan,
                    hosts=list(range(w, plan.hosts, procs)),
                    warmup=args.warmup,
                    seconds=args.seconds,
                    drain=args.drain,
                    seed=args.seed * 1000 + w,
                    setup_timeout=setup_timeout,
                    dump=bool(args.dump),
                    client_gc_off=not args.client_gc,
                )
                mine, theirs = ctx.Pipe()
                proc = ctx.Process(target=worker_main, args=(theirs, spec), daemon=True)
                proc.start()
                theirs.close()
                workers.append((proc, mine))
            ready = 0
            for _proc, pipe in workers:
                ready += _receive(pipe, "ready", setup_timeout + 30)
            if ready != n:
                raise RuntimeError(f"only {ready} of {n} pairs were set up")
            t_setup = time.monotonic() - t0
            print(f"   set up in {t_setup:.1f} s (accounts {t_accounts:.1f} s)", flush=True)
            start = time.monotonic() + 1.0
            for _proc, pipe in workers:
                pipe.send(("go", start))
            measure = start + args.warmup
            _sleep_until(measure, workers)
            cpu0, busy0, wall0 = server.cpu_seconds(), machine_busy(), time.time()
            loop0 = server.cpu_seconds(main_thread=True)
            _sleep_until(measure + args.seconds, workers)
            cpu1, busy1, wall1 = server.cpu_seconds(), machine_busy(), time.time()
            loop1 = server.cpu_seconds(main_thread=True)
            rss = server.rss_mib()
            results = [_receive(pipe, "result", args.drain + 60) for _proc, pipe in workers]
            problems = server.log_problems()
            alive = server.proc is not None and server.proc.poll() is None
            server.stop()
            server_gc = [p for p in server.gc_pauses() if wall0 <= p[0] < wall1]
        finally:
            for proc, pipe in workers:
                with contextlib.suppress(Exception):
                    pipe.send(("stop",))
                proc.join(timeout=3)
                if proc.is_alive():
                    proc.terminate()
                    proc.join(timeout=5)
                if proc.is_alive():
                    proc.kill()
            server.stop()
    latencies = sorted(x for r in results for x in r["latencies"])
    if args.dump:
        path = Path(args.dump.replace("{n}", str(n)))
        rows = sorted(x for r in results for x in r["series"])
        path.write_text("".join(f"{t:.6f},{lat * 1000:.3f}\n" for t, lat in rows))
        print(f"   latencies written to {path}")
    lags = sorted(x for r in results for x in r["send_lag"])
    measured = sum(r["measured_sent"] for r in results)
    server_cpu = (cpu1 - cpu0) if cpu0 is not None and cpu1 is not None else None
    client_cpu = sum(r["cpu"] for r in results)
    errors: Counter[str] = Counter()
    closed: Counter[str] = Counter()
    for r in results:
        errors.update(r["errors"])
        closed.update(r["closed"])
    busy = None
    if busy0 is not None and busy1 is not None and busy1[1] > busy0[1]:
        busy = 100.0 * (busy1[0] - busy0[0]) / (busy1[1] - busy0[1])
    return {
        "pairs": n,
        "hosts": plan.hosts,
        "client_procs": procs,
        "setup_s": t_setup,
        "sent": sum(r["total_sent"] for r in results),
        "received": sum(r["received"] for r in results),
        "lost": sum(r["lost"] for r in results),
        "duplicates": sum(r["duplicates"] for r in results),
        "acks": sum(r["acks"] for r in results),
        "measured": measured,
        "rate": measured / args.seconds,
        "p50_ms": 1000 * percentile(latencies, 0.50),
        "p90_ms": 1000 * percentile(latencies, 0.90),
        "p99_ms": 1000 * percentile(latencies, 0.99),
        "max_ms": 1000 * (latencies[-1] if latencies else math.nan),
        "lag_p99_ms": 1000 * percentile(lags, 0.99),
        "lag_max_ms": 1000 * (lags[-1] if lags else math.nan),
        "server_cpu_s": server_cpu,
        "server_cpu_per_1k": 1000 * server_cpu / measured if server_cpu and measured else None,
        "server_cpu_pct": 100 * server_cpu / args.seconds if server_cpu is not None else None,
        "server_loop_pct": 100 * (loop1 - loop0) / args.seconds
        if loop0 is not None and loop1 is not None
        else None,
        "client_cpu_s": client_cpu,
        "client_cpu_per_1k": 1000 * client_cpu / measured if measured else None,
        "client_cpu_pct": 100 * client_cpu / args.seconds,
        "machine_busy_pct": busy,
        "background_busy_pct": background,
        # CPU other processes used during the window, in % of one core: noise in the figures.
        "others_cpu_pct": (
            max(0.0, busy * (os.cpu_count() or 1) - 100 * (server_cpu + client_cpu) / args.seconds)
            if busy is not None and server_cpu is not None
            else None
        ),
        "server_rss_mib": rss,
        "errors": dict(errors),
        "closed": dict(closed),
        "server_log_problems": problems[:20],
        "server_alive": alive,
        "client_gc": {
            "count": sum(r["gc"]["count"] for r in results),
            "gen2": sum(r["gc"]["gen2"] for r in results),
            "total_ms": sum(r["gc"]["total_ms"] for r in results),
            "max_ms": max(r["gc"]["max_ms"] for r in results),
        },
        "server_gc": {
            "count": len(server_gc),
            "gen2": sum(1 for p in server_gc if p[1] == 2),
            "total_ms": 1000 * sum(p[2] for p in server_gc),
            "max_ms": 1000 * max((p[2] for p in server_gc), default=0.0),
            "over_20ms": [
                (round(p[0] - wall0, 2), p[1], round(1000 * p[2], 1))
                for p in server_gc
                if p[2] > 0.02
            ],
        }
        if args.gc_trace
        else None,
    }


def _background_busy(seconds: float = 1.0) -> float | None:
    """How busy the machine is before the run (other people's work skews the figures)."""
    before = machine_busy()
    time.sleep(seconds)
    after = machine_busy()
    if before is None or after is None or after[1] <= before[1]:
        return None
    return 100.0 * (after[0] - before[0]) / (after[1] - before[1])


def _receive(pipe: Connection, kind: str, timeout: float) -> Any:
    if not pipe.poll(timeout):
        raise RuntimeError(f"a client process sent no {kind!r} within {timeout:.0f} s")
    got = pipe.recv()
    if got[0] == "failed":
        raise RuntimeError(f"a client process failed:\n{got[1]}")
    if got[0] != kind:
        raise RuntimeError(f"a client process sent {got[0]!r}, expected {kind!r}")
    return got[1]


def _sleep_until(when: float, workers: list[tuple[Any, Connection]]) -> None:
    """Sleep, but give up at once if a client process reports a failure."""
    while (left := when - time.monotonic()) > 0:
        time.sleep(min(0.2, left))
        for _proc, pipe in workers:
            if pipe.poll():
                got = pipe.recv()
                raise RuntimeError(f"a client process stopped early: {got[0]}\n{got[1]}")


def _fmt(value: float | None, spec: str = ".1f") -> str:
    return (
        "n/a"
        if value is None or (isinstance(value, float) and math.isnan(value))
        else (format(value, spec))
    )


COLUMNS = [
    ("N", "pairs", "d"),
    ("hosts", "hosts", "d"),
    ("msg/s", "rate", ".0f"),
    ("sent", "sent", "d"),
    ("recv", "received", "d"),
    ("lost", "lost", "d"),
    ("p50 ms", "p50_ms", ".2f"),
    ("p99 ms", "p99_ms", ".2f"),
    ("max ms", "max_ms", ".1f"),
    ("srv CPU s/1k", "server_cpu_per_1k", ".3f"),
    ("srv CPU %", "server_cpu_pct", ".0f"),
    ("srv loop %", "server_loop_pct", ".0f"),
    ("cli CPU s/1k", "client_cpu_per_1k", ".3f"),
    ("cli CPU %", "client_cpu_pct", ".0f"),
    ("box busy %", "machine_busy_pct", ".0f"),
    ("others CPU %", "others_cpu_pct", ".0f"),
    ("cli lag p99 ms", "lag_p99_ms", ".2f"),
]


def table(results: list[dict[str, Any]]) -> str:
    rows = [[title for title, _key, _spec in COLUMNS]]
    for r in results:
        rows.append([_fmt(r.get(key), spec) for _title, key, spec in COLUMNS])
    widths = [max(len(row[i]) for row in rows) for i in range(len(COLUMNS))]
    lines = [" | ".join(cell.rjust(w) for cell, w in zip(row, widths, strict=True)) for row in rows]
    lines.insert(1, "-+-".join("-" * w for w in widths))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--pairs", type=int, nargs="+", default=[200, 500, 1000], metavar="N")
    p.add_argument("--seconds", type=float, default=30.0, help="measured window (default 30)")
    p.add_argument("--warmup", type=float, default=5.0, help="before measuring (default 5)")
    p.add_argument("--drain", type=float, default=5.0, help="wait for stragglers (default 5)")
    p.add_argument(
        "--per-host",
        type=int,
        default=3,
        help="conversations per host (default 3: a host sends 0.5 msg/s per conversation on one "
        f"connection, and a connection may send {MESSAGES_PER_SECOND:g} msg/s)",
    )
    p.add_argument(
        "--hosts-per-service",
        type=int,
        default=10,
        help="hosts per bench service (default 10; queue events go to every member of a "
        "service, so one huge service makes the setup quadratic)",
    )
    p.add_argument("--client-procs", type=int, default=1, help="client processes (default 1)")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--quick", action="store_true", help="N=20 for 5 s: a check that it runs")
    p.add_argument(
        "--client-gc",
        action="store_true",
        help="leave the client's garbage collector on while messages flow (off by default so "
        "that its pauses do not count as relay latency)",
    )
    p.add_argument(
        "--gc-trace",
        action="store_true",
        help="diagnostic: run the server under a wrapper that records its garbage collector pauses",
    )
    p.add_argument("--json", metavar="PATH", help="also write the results as JSON")
    p.add_argument(
        "--dump",
        metavar="PATH",
        help="write each measured message's send time (s into the window) and latency (ms) as "
        "CSV; {n} in PATH is replaced by N",
    )
    args = p.parse_args(argv)
    if args.quick:
        args.pairs, args.seconds, args.warmup, args.drain = [20], 5.0, 1.0, 5.0
    if args.per_host * 0.5 > MESSAGES_PER_SECOND:
        p.error(f"--per-host {args.per_host} exceeds the per-connection message rate limit")
    if not sys.platform.startswith("linux"):
        print("note: CPU figures come from /proc and are only available on Linux")

    # A polite stop on SIGTERM too: the finally blocks kill the server and the clients.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    print(
        f"relay benchmark: {platform.node()}, {os.cpu_count()} CPU(s), "
        f"Python {platform.python_version()}, aiohttp {aiohttp.__version__}"
    )
    results = []
    try:
        for n in args.pairs:
            r = run_one(n, args)
            results.append(r)
            print(table([r]), flush=True)
            extra = []
            if r["errors"]:
                extra.append(f"error frames: {r['errors']}")
            if r["closed"]:
                extra.append(f"unexpected closes: {r['closed']}")
            if r["duplicates"]:
                extra.append(f"duplicates: {r['duplicates']}")
            if r["acks"] != r["sent"]:
                extra.append(f"acks {r['acks']} != sent {r['sent']}")
            gc_c = r["client_gc"]
            extra.append(
                f"client GC in the window: {gc_c['count']} collections ({gc_c['gen2']} full), "
                f"{gc_c['total_ms']:.0f} ms in all, longest {gc_c['max_ms']:.1f} ms; "
                f"client send lag max {r['lag_max_ms']:.1f} ms"
            )
            if r["server_gc"] is not None:
                gc_s = r["server_gc"]
                extra.append(
                    f"server GC in the window: {gc_s['count']} collections ({gc_s['gen2']} "
                    f"full), {gc_s['total_ms']:.0f} ms in all, longest {gc_s['max_ms']:.1f} ms; "
                    f"over 20 ms (s into window, generation, ms): {gc_s['over_20ms']}"
                )
            if not r["server_alive"]:
                extra.append("the server process died")
            for line in extra + r["server_log_problems"]:
                print("   - " + line)
    except KeyboardInterrupt:
        print("\ninterrupted; the server has been stopped")
        return 130
    print("\n" + time.strftime("%Y-%m-%d %H:%M") + f", {os.cpu_count()} CPU(s)")
    print(table(results))
    verdict = 0
    for r in results:
        if r["lost"] or r["errors"] or r["closed"]:
            print(f"FAIL N={r['pairs']}: lost {r['lost']}, errors {r['errors']}, {r['closed']}")
            verdict = 1
    for r in results:
        if r["pairs"] == TARGET_PAIRS:
            ok = r["p99_ms"] <= TARGET_P99_MS and not r["lost"]
            print(
                f"target ({TARGET_PAIRS} conversations at 1 msg/s, p99 <= {TARGET_P99_MS:g} ms): "
                f"{'met' if ok else 'NOT met'} (p99 {r['p99_ms']:.2f} ms)"
            )
            verdict |= 0 if ok else 1
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2))
    return verdict


if __name__ == "__main__":
    sys.exit(main())
