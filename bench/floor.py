#!/usr/bin/env python3
"""A supervisor's floor view under load: does the console's event loop stay responsive while
300 conversations change under it?

No server and no network: a synthetic snapshot (300 active conversations in 3 services, their
queues, 81 colleagues, a few escalations) goes into the core's state through
`ConsoleState.apply_snapshot`, and the real FloorView is shown over it through the real Bridge
around a ConsoleSession that never connects, on a qasync loop (as the console runs), on the
offscreen platform, window 1200x760.

Then, for `--seconds` (default 30), `--rate` events a second (default 5) go through
`ConsoleState.apply(...)` from a QTimer on the Qt event loop, as the staff stream would hand
them over: visitor and host messages (most of them), a call for help or an acute flag now and
then (and their answers), conversations starting and ending (the floor stays near 300), queue
changes and colleagues' changes (shift, holding, debrief). Meanwhile a probe measures the loop's
lag: a precise single-shot QTimer re-armed every 10 ms records how late it fires (time of firing
minus time armed minus 10 ms; Qt's PreciseTimer is 1-ms accurate). The same probe runs for a few
seconds before the events start: the idle baseline.

Not part of the test suite. Run from the repository root:

    python bench/floor.py                  # 300 conversations, 5 events/s, 30 s
    python bench/floor.py --quick          # 5 s
    python bench/floor.py --conversations 1000 --rate 20
    python bench/floor.py --profile        # also: where the loop's time goes (slows it down)

Target: loop lag p99 ≤ 16 ms (one frame at 60 Hz) while the floor refreshes.
"""

from __future__ import annotations  # noqa: I001 (PySide6 before qasync)

import argparse
import asyncio
import cProfile
import io
import itertools
import os
import pstats
import random
import statistics
import sys
import time
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

import aiohttp
import qasync
from common import LoadMeter, machine_note, percentile, quiet_offscreen

from chathost.app import _qt_app
from chathost.core.attention import Attention
from chathost.core.session import ConsoleSession
from chathost.protocol import frames, models
from chathost.ui.bridge import Bridge
from chathost.ui.floor_view import FloorView

TARGET_P99_MS = 16.0
PROBE_MS = 10
SERVICES = [("ung", "Ung chat"), ("nuoret", "Nuorten chat"), ("voksen", "Voksenlinjen")]
_ALIASES = """
Aurora Vega Lyra Orion Nova Luna Sirius Altair Polaris Atlas Iris Juno Mira Rigel Tyra Sol Elara
Kaia Noor Ronja
"""
_NAMES = """
Kari Mikko Sigrid Ola Aino Eero Ingrid Lars Helmi Jonas Maja Timo Nora Petter Sanna Ville Astrid
Emil Kaisa Henrik Liv Oskari Tuva Anders Veera Mats Hedda Juho Silje Tapio Frida Joonas Ebba Sindre
Iida Rune Aada Magnus Selma Leevi
"""
ALIASES = _ALIASES.split()
FIRST_NAMES = _NAMES.split()
ME = "super1"
perf = time.perf_counter


# ---------------------------------------------------------------- the synthetic floor


class Floor:
    """A synthetic centre: the snapshot to start from, then one event at a time."""

    def __init__(self, conversations: int, seed: int, now: float) -> None:
        self.rng = random.Random(seed)
        self.now = now
        self.seq = itertools.count(1)
        self.ids = itertools.count(1)
        slugs = [s for s, _ in SERVICES]
        self.staff: dict[str, models.StaffMember] = {}
        # Enough colleagues on shift for the conversations (6 each at most), and a few off.
        on_shift = max(30, conversations // 4)
        for i in range(on_shift + 6):
            username = f"host{i + 1}"
            name = FIRST_NAMES[i % len(FIRST_NAMES)]
            if i >= len(FIRST_NAMES):
                name = f"{name} {chr(ord('A') + i // len(FIRST_NAMES) - 1)}."
            self.staff[username] = models.StaffMember(
                username=username,
                display_name=name,
                role="supervisor" if i % 13 == 2 else "host",
                services=[slugs[i % 3], slugs[(i + 1) % 3]],
                shift="available" if i < on_shift else self.rng.choice(["paused", "off"]),
                shift_started_at=now - self.rng.uniform(600, 14_000),
                holding=0,
                capacity=6,
                connected=i < on_shift + 2,
            )
        self.hosts = [u for u, m in self.staff.items() if m.shift == "available"]
        self.live: dict[str, models.Conversation] = {}
        self.msg_seq: dict[str, int] = {}
        for _ in range(conversations):
            self._new_conversation(started=now - self.rng.uniform(60, 7200))
        self.escalations: dict[str, models.Escalation] = {}
        cids = list(self.live)
        self.rng.shuffle(cids)
        for cid in cids[:2]:
            self.live[cid] = _with(self.live[cid], acute_at=now - 120, risk="acute")
            self._escalation(cid, "acute", "open")
        for cid in cids[2:5]:
            self._escalation(cid, "help", "open")
        for cid in cids[5:7]:
            self._escalation(cid, "help", "acknowledged")
        for cid in cids[7:12]:
            info = self.live[cid]
            self.live[cid] = _with(
                info,
                supervisors=[models.Supervisor(ME, "Sigrid", "reading", now - 300)],
            )
        self.queues = {
            slug: models.ServiceQueue(
                service=slug, name=name, waiting=self._waiting(slug, 4), max_per_host=3, mine=0
            )
            for slug, name in SERVICES
        }

    def _new_conversation(self, started: float) -> models.Conversation:
        cid = f"c{next(self.ids)}"
        free = [u for u in self.hosts if self.staff[u].holding < self.staff[u].capacity]
        host = self.rng.choice(free or self.hosts)
        member = self.staff[host]
        service = self.rng.choice(member.services)
        info = models.Conversation(
            id=cid,
            service=service,
            language="nb",
            alias=f"{self.rng.choice(ALIASES)} {self.rng.randrange(10, 100)}",
            status="active",
            host=host,
            created_at=started - 90,
            queued_at=started - 90,
            taken_at=started,
            ended_at=None,
            ended_by=None,
            last_seq=0,
            host_read_seq=0,
            visitor_read_seq=0,
            visitor_connected=True,
            risk=self.rng.choice(["none"] * 6 + ["low", "low", "medium", "high"]),
            visitor_active_at=started + self.rng.uniform(0, max(1.0, self.now - started)),
        )
        self.live[cid] = info
        self.msg_seq[cid] = 0
        busy_since = member.busy_since if member.holding else started
        self.staff[host] = _with(member, holding=member.holding + 1, busy_since=busy_since)
        return info

    def _escalation(self, cid: str, kind: str, status: str) -> models.Escalation:
        info = self.live[cid]
        host = self.staff[info.host or ""]
        escalation = models.Escalation(
            id=f"e{next(self.ids)}",
            conversation=cid,
            service=info.service,
            alias=info.alias,
            kind=kind,  # type: ignore[arg-type]
            status=status,  # type: ignore[arg-type]
            raised_by=host.username,
            raised_by_name=host.display_name,
            raised_at=self.now - 60,
            pressed_at=self.now - 60,
            acknowledged_by=ME if status == "acknowledged" else None,
            acknowledged_by_name="Sigrid" if status == "acknowledged" else None,
        )
        self.escalations[escalation.id] = escalation
        return escalation

    def _waiting(self, slug: str, n: int) -> list[models.QueueEntry]:
        return [
            models.QueueEntry(
                conversation=f"q{next(self.ids)}",
                service=slug,
                alias=f"{self.rng.choice(ALIASES)} {self.rng.randrange(10, 100)}",
                language="nb",
                queued_at=self.now - self.rng.uniform(5, 400),
            )
            for _ in range(n)
        ]

    def snapshot(self) -> models.Snapshot:
        return models.Snapshot(
            user=models.User(
                username=ME,
                display_name="Sigrid",
                role="supervisor",
                services=[s for s, _ in SERVICES],
            ),
            shift=models.ShiftState(status="available", started_at=self.now - 3600, id="s1"),
            position=models.StreamPosition(stream="bench", seq=0),
            queues=list(self.queues.values()),
            conversations=list(self.live.values()),
            escalations=list(self.escalations.values()),
            staff=list(self.staff.values()),
        )

    # ------------------------------------------------------------ events

    def next_event(self, now: float) -> tuple[str, Any]:
        """(kind, frame): what happens next on the floor, as the staff stream delivers it."""
        self.now = now
        roll = self.rng.random()
        if roll < 0.55:
            return "message", self._message()
        if roll < 0.65:
            return "escalation", self._escalate()
        if roll < 0.73:
            return "start", self._start()
        if roll < 0.81:
            return "end", self._end()
        if roll < 0.90:
            return "queue", self._queue()
        return "staff", self._staff_change()

    def _message(self) -> frames.MessageEvent:
        cid = self.rng.choice(list(self.live))
        self.msg_seq[cid] += 1
        visitor = self.rng.random() < 0.6
        info = self.live[cid]
        return frames.MessageEvent(
            seq=next(self.seq),
            message=models.Message(
                conversation=cid,
                seq=self.msg_seq[cid],
                sender="visitor" if visitor else "host",
                text="Jeg vet ikke helt hva jeg skal si.",
                created_at=self.now,
                author=None if visitor else info.host,
            ),
        )

    def _escalate(self) -> frames.Frame:
        open_ones = [e for e in self.escalations.values() if e.status in ("open", "acknowledged")]
        if open_ones and self.rng.random() < 0.5:  # an answer, or a call closed
            escalation = self.rng.choice(open_ones)
            status = "acknowledged" if escalation.status == "open" else "closed"
            changed = _with(
                escalation,
                status=status,
                acknowledged_by=ME,
                acknowledged_by_name="Sigrid",
                acknowledged_at=self.now,
            )
            self.escalations[changed.id] = changed
            return frames.EscalationEvent(seq=next(self.seq), escalation=changed)
        cid = self.rng.choice(list(self.live))
        if self.rng.random() < 0.2:  # acute: the conversation carries the flag
            self.live[cid] = _with(self.live[cid], acute_at=self.now, risk="acute")
            self._escalation(cid, "acute", "open")
            return frames.ConversationEvent(seq=next(self.seq), conversation=self.live[cid])
        escalation = self._escalation(cid, "help", "open")
        return frames.EscalationEvent(seq=next(self.seq), escalation=escalation)

    def _start(self) -> frames.ConversationEvent:
        info = self._new_conversation(started=self.now)
        return frames.ConversationEvent(seq=next(self.seq), conversation=info)

    def _end(self) -> frames.ConversationEvent:
        cid = self.rng.choice(list(self.live))
        info = self.live.pop(cid)
        host = self.staff[info.host or ""]
        holding = max(0, host.holding - 1)
        busy_since = host.busy_since if holding else None
        self.staff[host.username] = _with(host, holding=holding, busy_since=busy_since)
        ended = _with(info, status="ended", ended_at=self.now, ended_by="host")
        return frames.ConversationEvent(seq=next(self.seq), conversation=ended)

    def _queue(self) -> frames.QueueEvent:
        slug = self.rng.choice(list(self.queues))
        waiting = self._waiting(slug, self.rng.randrange(0, 8))
        return frames.QueueEvent(seq=next(self.seq), service=slug, waiting=waiting)

    def _staff_change(self) -> frames.StaffMemberEvent:
        username = self.rng.choice(list(self.staff))
        member = self.staff[username]
        roll = self.rng.random()
        if roll < 0.3:
            changed = _with(member, debrief="requested", debrief_requested_at=self.now)
        elif roll < 0.6:
            changed = _with(member, connected=not member.connected)
        else:
            paused = member.shift == "available"
            changed = _with(member, shift="paused" if paused else "available")
        self.staff[username] = changed
        return frames.StaffMemberEvent(seq=next(self.seq), member=changed)


def _with(value: Any, **changes: Any) -> Any:
    import msgspec

    return msgspec.structs.replace(value, **changes)


# ---------------------------------------------------------------- the probe


class LagProbe:
    """How late a 10-ms precise timer fires, re-armed after each firing."""

    def __init__(self, interval_ms: int = PROBE_MS) -> None:
        self.interval_ms = interval_ms
        self.timer = QTimer()
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._fired)
        self.lags: list[float] = []
        self.armed = 0.0
        self.running = False

    def start(self) -> None:
        self.running = True
        self._arm()

    def stop(self) -> None:
        self.running = False
        self.timer.stop()

    def take(self) -> list[float]:
        lags, self.lags = self.lags, []
        return lags

    def _arm(self) -> None:
        self.armed = perf()
        self.timer.start(self.interval_ms)

    def _fired(self) -> None:
        self.lags.append(max(0.0, perf() - self.armed - self.interval_ms / 1000))
        if self.running:
            self._arm()


def describe(name: str, lags_s: list[float]) -> dict[str, float]:
    ordered = sorted(lags_s)
    figures = {
        "n": len(ordered),
        "median": 1000 * statistics.median(ordered),
        "p95": 1000 * percentile(ordered, 0.95),
        "p99": 1000 * percentile(ordered, 0.99),
        "max": 1000 * ordered[-1],
    }
    print(
        f"  {name:<22} {figures['n']:6} | {figures['median']:9.2f} | {figures['p95']:7.2f} | "
        f"{figures['p99']:7.2f} | {figures['max']:7.2f}"
    )
    return figures


# ---------------------------------------------------------------- the run


async def run(args: argparse.Namespace) -> int:
    load = LoadMeter()
    print(f"floor: {machine_note()}")
    async with aiohttp.ClientSession() as http:
        session = ConsoleSession("http://127.0.0.1:9", http)  # never connects
        floor = Floor(args.conversations, args.seed, time.time())
        t0 = perf()
        session.state.apply_snapshot(floor.snapshot())
        t_snapshot = 1000 * (perf() - t0)
        bridge = Bridge(session, Attention(session.state))
        t0 = perf()
        view = FloorView(bridge)
        view.resize(1200, 760)
        view.show()
        t_build = 1000 * (perf() - t0)
        refreshes: list[float] = []
        real_refresh = view.refresh

        def timed_refresh() -> None:
            start = perf()
            real_refresh()
            refreshes.append(perf() - start)

        view._timer.timeout.disconnect()
        view._timer.timeout.connect(timed_refresh)
        view.refresh = timed_refresh  # type: ignore[method-assign]
        await asyncio.sleep(0.5)  # first paint, fonts
        rows = view.conversations.rowCount()
        print(
            f"{rows} conversations in {len(SERVICES)} services, {len(session.state.staff)} "
            f"colleagues; snapshot applied in {t_snapshot:.0f} ms, FloorView built and shown in "
            f"{t_build:.0f} ms"
        )

        probe = LagProbe()
        probe.start()
        await asyncio.sleep(args.baseline)
        idle = probe.take()
        refreshes.clear()

        kinds: dict[str, int] = {}
        apply_times: list[float] = []

        def one_event() -> None:
            kind, frame = floor.next_event(time.time())
            kinds[kind] = kinds.get(kind, 0) + 1
            start = perf()
            session.state.apply(frame)
            apply_times.append(perf() - start)

        feeder = QTimer()
        feeder.setTimerType(Qt.TimerType.PreciseTimer)
        feeder.setInterval(round(1000 / args.rate))
        feeder.timeout.connect(one_event)
        profiler = cProfile.Profile() if args.profile else None
        if profiler is not None:
            profiler.enable()
        feeder.start()
        await asyncio.sleep(args.seconds)
        feeder.stop()
        if profiler is not None:
            profiler.disable()
        busy = probe.take()
        probe.stop()
        rows_after = view.conversations.rowCount()
        view.close()
        bridge.stop()

    print(
        f"\nevents: {sum(kinds.values())} in {args.seconds:.0f} s ({args.rate:g}/s): "
        + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items()))
        + f"; rows at the end: {rows_after}"
    )
    median_apply = 1000 * statistics.median(apply_times)
    print(
        f"state.apply (with the bridge's signals): median {median_apply:.2f} ms, "
        f"max {1000 * max(apply_times):.2f} ms"
    )
    if refreshes:
        ordered = sorted(refreshes)
        print(
            f"FloorView.refresh: {len(refreshes)} runs (coalesced; 1 s tick included), median "
            f"{1000 * statistics.median(ordered):.2f} ms, p99 "
            f"{1000 * percentile(ordered, 0.99):.2f} ms, max {1000 * ordered[-1]:.2f} ms"
        )
    print(f"\nevent-loop lag of a {PROBE_MS}-ms precise timer (ms):")
    print(f"  {'':<22} {'n':>6} | {'median':>9} | {'p95':>7} | {'p99':>7} | {'max':>7}")
    describe(f"idle ({args.baseline:g} s)", idle)
    figures = describe(f"under load ({args.seconds:g} s)", busy)
    met = figures["p99"] <= TARGET_P99_MS
    print(
        f"\ntarget: p99 ≤ {TARGET_P99_MS:.0f} ms under load — "
        f"{'met' if met else 'MISSED'} (p99 {figures['p99']:.2f} ms)"
    )
    print(load.note())
    if profiler is not None:
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("cumtime").print_stats(25)
        print("\nwhere the loop's time went under load (cProfile, cumulative):")
        print(out.getvalue())
    return 0 if met else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--conversations", type=int, default=300)
    parser.add_argument("--rate", type=float, default=5.0, help="events per second")
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--baseline", type=float, default=3.0, help="idle seconds first")
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument("--quick", action="store_true", help="5 s under load")
    parser.add_argument("--profile", action="store_true", help="cProfile the loaded part")
    args = parser.parse_args()
    if args.quick:
        args.seconds = 5.0
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    quiet_offscreen()
    app = _qt_app(sys.argv)
    assert isinstance(app, QApplication)
    with asyncio.Runner(loop_factory=lambda: qasync.QEventLoop(app)) as runner:
        return runner.run(run(args))


if __name__ == "__main__":
    sys.exit(main())
