#!/usr/bin/env python3
"""Opening a conversation with 10,000 messages in the console: how long until the transcript is
on screen, what it costs in memory per message, scrolling through it, and new messages in it.

No server and no network: the conversation is put straight into the core's state
(ConsoleState.conversations, a ConversationState with 10,000 protocol Message objects of
realistic mixed lengths), and the real ConversationTab is built over it through the real Bridge
around a ConsoleSession that never connects. The QApplication is built as the console builds it
(chathost.app._qt_app: style sheet, icon), on the offscreen platform, with a qasync loop.

Not part of the test suite. Run from the repository root:

    python bench/open_conversation.py              # 10,000 messages, 7 timed opens (~35 s)
    python bench/open_conversation.py --quick      # 2,000 messages, 3 opens
    python bench/open_conversation.py --profile    # also: where one open spends its time

What is timed ("open"): from just before ConversationTab(...) until the transcript viewport's
first paint has returned (bench/common.py PaintWatch), with resize(1000, 700) and show() in
between. A warm-up tab with a few messages is opened and closed first, so fonts and style are
loaded as they would be in a running console.
"""

from __future__ import annotations  # noqa: I001 (PySide6 before qasync)

import argparse
import asyncio
import cProfile
import gc
import io
import os
import pstats
import random
import statistics
import sys
import time
import tracemalloc
from typing import Any

from PySide6.QtWidgets import QApplication

import aiohttp
import qasync
from common import (
    LoadMeter,
    PaintWatch,
    chat_text,
    machine_note,
    quiet_offscreen,
    rss_mib,
    spread,
)

from chathost.app import _qt_app
from chathost.core.attention import Attention
from chathost.core.session import ConsoleSession
from chathost.core.state import ConversationState
from chathost.core.untrusted import for_display
from chathost.protocol import models
from chathost.ui.bridge import Bridge
from chathost.ui.conversation_tab import ConversationTab
from chathost.ui.transcript import TranscriptModel

TARGET_OPEN_MS = 150.0
TARGET_BYTES_PER_MESSAGE = 1024
HOST = "host1"
perf = time.perf_counter


def make_messages(n: int, seed: int, conversation: str = "c") -> list[models.Message]:
    """n messages, about 55% from the visitor, 20 s apart, ending now."""
    rng = random.Random(seed)
    start = time.time() - 20 * n
    out = []
    for i in range(n):
        visitor = rng.random() < 0.55
        out.append(
            models.Message(
                conversation=conversation,
                seq=i + 1,
                sender="visitor" if visitor else "host",
                text=chat_text(rng),
                created_at=start + 20 * i,
                author=None if visitor else HOST,
            )
        )
    return out


def conversation_info(conversation: str, last_seq: int) -> models.Conversation:
    now = time.time()
    return models.Conversation(
        id=conversation,
        service="ung",
        language="nb",
        alias="Blå rev",
        status="active",
        host=HOST,
        created_at=now - 20 * last_seq - 60,
        queued_at=now - 20 * last_seq - 60,
        taken_at=now - 20 * last_seq,
        ended_at=None,
        ended_by=None,
        last_seq=last_seq,
        host_read_seq=last_seq,
        visitor_read_seq=last_seq,
        visitor_connected=True,
    )


class Bench:
    def __init__(self, session: ConsoleSession, bridge: Bridge) -> None:
        self.session = session
        self.bridge = bridge
        self.count = 0

    def put(self, messages: list[models.Message]) -> str:
        """A new conversation in the core's state holding these messages."""
        self.count += 1
        cid = f"c{self.count}"
        last = messages[-1].seq if messages else 0
        state = ConversationState(conversation_info(cid, last), list(messages))
        self.session.state.conversations[cid] = state
        return cid

    async def open(self, cid: str) -> tuple[ConversationTab, PaintWatch, dict[str, float]]:
        """Build the tab, show it, and wait for the transcript's first paint."""
        gc.collect()
        t0 = perf()
        tab = ConversationTab(self.bridge, cid)
        t1 = perf()
        watch = PaintWatch(tab.view)  # before show(): it must see the first paint
        tab.resize(1000, 700)
        tab.show()
        t2 = perf()
        start, end = await watch.next_paint()
        return (
            tab,
            watch,
            {
                "construct": 1000 * (t1 - t0),
                "show": 1000 * (t2 - t1),
                "to_paint": 1000 * (end - t2),
                "paint": 1000 * (end - start),
                "total": 1000 * (end - t0),
            },
        )

    def close(self, tab: ConversationTab) -> None:
        tab.detach()
        tab.close()
        tab.deleteLater()
        self.session.state.conversations.pop(tab.conversation_id, None)


async def repaint_after(watch: PaintWatch, action: Any) -> float:
    """Milliseconds from just before `action()` until the next paint of the view has returned."""
    t0 = perf()
    action()
    _start, end = await watch.next_paint()
    return 1000 * (end - t0)


async def append_cost(
    session: ConsoleSession, tab: ConversationTab, watch: PaintWatch, times: int = 3
) -> list[float]:
    """Milliseconds from a new visitor message entering the core's state to the tab's next
    paint, the transcript scrolled to the newest message first (where a host reads)."""
    if tab.view.verticalScrollBar().value() != tab.view.verticalScrollBar().maximum():
        tab.view.scrollToBottom()
        await watch.next_paint()
    state = session.state.conversations[tab.conversation_id]
    figures = []
    for _ in range(times):
        message = models.Message(
            conversation=tab.conversation_id,
            seq=state.last_seq + 1,
            sender="visitor",
            text="Er du der fortsatt?",
            created_at=time.time(),
        )
        figures.append(
            await repaint_after(
                watch, lambda m=message: session.state.add_messages(tab.conversation_id, [m])
            )
        )
    return figures


async def run(args: argparse.Namespace) -> int:
    n = args.messages
    load = LoadMeter()
    print(f"open_conversation: {machine_note()}")
    t = perf()
    messages = make_messages(n, args.seed)
    lengths = [len(m.text) for m in messages]
    multiline = sum(1 for m in messages if "\n" in m.text) / n
    print(
        f"{n:,} messages built in {perf() - t:.1f} s: {statistics.mean(lengths):.0f} characters "
        f"on average (median {statistics.median(lengths):.0f}, {min(lengths)}–{max(lengths)}), "
        f"{multiline:.0%} over several lines, "
        f"{sum(1 for m in messages if m.sender == 'visitor') / n:.0%} from the visitor"
    )
    async with aiohttp.ClientSession() as http:
        session = ConsoleSession("http://127.0.0.1:9", http)  # never connects
        session.state.user = models.User(
            username=HOST, display_name="Kari (host)", role="host", services=["ung"]
        )
        session.state.queues["ung"] = models.ServiceQueue(
            service="ung", name="Ung chat", waiting=[], max_per_host=3, mine=1
        )
        bridge = Bridge(session, Attention(session.state))
        bench = Bench(session, bridge)

        # Warm-up: fonts, style sheet, first QTextLayout.
        tab, _watch, _ = await bench.open(bench.put(make_messages(20, args.seed + 1)))
        bench.close(tab)

        # ------------------------------------------------ open, N times
        print(f"\nopening the {n:,}-message conversation, {args.runs} times (tab 1000x700):")
        print("  run | construct ms | show() ms | show→painted ms | first paint ms | total ms")
        results = []
        rss_growth = 0.0
        for r in range(args.runs):
            cid = bench.put(messages)
            if r == 0:  # the first big tab in this process: RSS growth means something here
                gc.collect()
                rss0 = rss_mib()
            tab, watch, figures = await bench.open(cid)
            results.append(figures)
            if r == 0:
                gc.collect()
                rss_growth = rss_mib() - rss0
            print(
                f"  {r + 1:3} | {figures['construct']:12.1f} | {figures['show']:9.1f} | "
                f"{figures['to_paint']:15.1f} | {figures['paint']:14.1f} | {figures['total']:8.1f}"
            )
            bar = tab.view.verticalScrollBar()
            scroll_at = f"{bar.value()} of {bar.maximum()} px"
            if r < args.runs - 1:
                bench.close(tab)
        profile_text = ""
        if args.profile:  # one more open, not timed: cProfile slows it down
            profiler = cProfile.Profile()
            profiler.enable()
            profiled, _w, _ = await bench.open(bench.put(messages))
            profiler.disable()
            bench.close(profiled)
            out = io.StringIO()
            pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(14)
            profile_text = out.getvalue()
        totals = [f["total"] for f in results]
        median_open = statistics.median(totals)
        construct = spread([f["construct"] for f in results])
        print(
            f"  median open: {median_open:.0f} ms (construct {construct}"
            f", show() {spread([f['show'] for f in results])}, "
            f"show→painted {spread([f['to_paint'] for f in results])})"
        )
        print(f"  the transcript opens scrolled to {scroll_at} (0 = the oldest message at the top)")

        # Where the construction goes: the model's rows on their own.
        t = perf()
        for m in messages:
            for_display(m.text)
        t_display = 1000 * (perf() - t)
        model = TranscriptModel()
        t = perf()
        model.set_messages(messages, 0)
        t_rows = 1000 * (perf() - t)
        del model
        print(
            f"  of which: TranscriptModel.set_messages {t_rows:.0f} ms (for_display() alone on "
            f"{n:,} texts: {t_display:.0f} ms); the model holds the newest "
            f"{TranscriptModel.WINDOW} as rows; older ones become rows as the host scrolls up"
        )

        # ------------------------------------------------ scrolling, a new message
        view = tab.view
        to_top, to_bottom = [], []
        for _ in range(3):
            # Up to the top of what is loaded (which brings in the next older window), then
            # back down to the newest message.
            to_top.append(await repaint_after(watch, view.scrollToTop))
            to_bottom.append(await repaint_after(watch, view.scrollToBottom))
        print(
            f"\nscroll to the top of what is loaded (loads {TranscriptModel.WINDOW} older) → "
            f"painted: {spread(to_top)}; back to the newest → painted: {spread(to_bottom)}"
        )
        appended = {n: await append_cost(session, tab, watch)}
        for size in args.append_sizes:
            small, small_watch, _ = await bench.open(bench.put(messages[:size]))
            appended[size] = await append_cost(session, small, small_watch)
            bench.close(small)
        print(
            "one new visitor message into an open tab (the real path: state.add_messages → "
            "bridge → tab → model), to painted, by the messages the tab holds:"
        )
        for size, figures in sorted(appended.items()):
            print(f"  {size:6,}: {spread(figures)}")
        bench.close(tab)

        # ------------------------------------------------ history arriving after the tab exists
        history: list[tuple[int, float]] = []
        if args.history:
            print(
                "\nhistory arriving into a tab that is already open (the path of take(), of a "
                "login with held conversations and of a snapshot after a reconnect: the tab "
                "opens empty, then messages_after() delivers the history in one add_messages):"
            )
            for size in args.history:
                cid = bench.put([])
                tab, watch, _ = await bench.open(cid)
                batch = [
                    models.Message(
                        conversation=cid,
                        seq=m.seq,
                        sender=m.sender,
                        text=m.text,
                        created_at=m.created_at,
                        author=m.author,
                    )
                    for m in messages[:size]
                ]
                t0 = perf()
                session.state.add_messages(cid, batch)
                t1 = perf()
                _start, end = await watch.next_paint(timeout=600)
                history.append((size, 1000 * (end - t0)))
                print(
                    f"  {size:5} messages → painted: {1000 * (end - t0):8.0f} ms "
                    f"(of which inside add_messages: {1000 * (t1 - t0):.0f} ms)"
                )
                bench.close(tab)
            if len(history) >= 2:
                (n0, ms0), (n1, ms1) = history[0], history[-1]
                print(
                    f"  ×{n1 / n0:g} messages took ×{ms1 / ms0:.1f} the time "
                    f"(linear would be ×{n1 / n0:g}, quadratic ×{(n1 / n0) ** 2:g})"
                )

        # ------------------------------------------------ memory
        print("\nmemory of the transcript (model + view), beyond the messages themselves:")
        await asyncio.sleep(0.1)
        gc.collect()

        tracemalloc.start()
        built = make_messages(n, args.seed + 7)
        gc.collect()
        message_bytes = tracemalloc.get_traced_memory()[0] / n
        growth = {}
        top: list[tracemalloc.StatisticDiff] = []
        for count in (0, n):
            gc.collect()
            snapshot = tracemalloc.take_snapshot() if count else None
            before = tracemalloc.get_traced_memory()[0]
            tab, _watch, _ = await bench.open(bench.put(built[:count]))
            gc.collect()
            growth[count] = tracemalloc.get_traced_memory()[0] - before
            if snapshot is not None:
                top = tracemalloc.take_snapshot().compare_to(snapshot, "lineno")[:4]
            bench.close(tab)
            del tab, _watch
            await asyncio.sleep(0.05)
        tracemalloc.stop()
        per_message = (growth[n] - growth[0]) / n
        print(
            f"  Python objects (tracemalloc), a tab with {n:,} messages minus one with none, "
            f"per message: {per_message:.0f} bytes"
        )
        print(
            "    = the model's rows: a Row dataclass each, its key 's:<seq>', the shown text "
            "(for_display() makes a copy, and its U+2068/U+2069 isolate marks make that copy "
            "2 bytes a character), the key→row dict; the full text is the core's own str, "
            "shared, not counted"
        )
        for stat in top:
            frame = stat.traceback[0]
            print(
                f"    {os.path.relpath(frame.filename)}:{frame.lineno}: "
                f"{stat.size_diff / n:.0f} B/message"
            )
        print(
            f"  the core's own Message objects (not counted above), for reference: "
            f"{message_bytes:.0f} bytes per message (text included)"
        )
        print(
            f"  RSS growth for the first {n:,}-message tab: {rss_growth:.1f} MiB = "
            f"{rss_growth * 1024 * 1024 / n:.0f} bytes per message (includes Qt's C++ side, e.g. "
            "QListView's geometry per row; malloc reuse makes this approximate)"
        )

    print("\nsummary")
    print(
        f"  open {n:,} messages: median {median_open:.0f} ms over {args.runs} runs "
        f"(min {min(totals):.0f}, max {max(totals):.0f}) — target ≤ {TARGET_OPEN_MS:.0f} ms: "
        f"{'met' if median_open <= TARGET_OPEN_MS else 'NOT met'}"
    )
    print(
        f"  transcript memory: {per_message:.0f} bytes per message (Python objects) — target "
        f"≤ {TARGET_BYTES_PER_MESSAGE} bytes: "
        f"{'met' if per_message <= TARGET_BYTES_PER_MESSAGE else 'NOT met'}"
    )
    print(f"  {load.note()}")
    if profile_text:
        print("\nprofile of one more open, not timed (cProfile, by own time):")
        print(profile_text)
    return 0


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--messages", type=int, default=10_000)
    p.add_argument("--runs", type=int, default=7, help="timed opens (default 7)")
    p.add_argument(
        "--history",
        type=int,
        nargs="*",
        default=[100, 200, 400],
        metavar="N",
        help="history sizes delivered into an open tab (default 100 200 400; it grows as "
        "N², 800 takes ~30 s)",
    )
    p.add_argument(
        "--append-sizes",
        type=int,
        nargs="*",
        default=[100, 1000],
        metavar="N",
        help="also time a new message into tabs of these sizes (default 100 1000)",
    )
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--profile", action="store_true", help="also profile one (untimed) open")
    p.add_argument("--quick", action="store_true", help="2,000 messages, 3 runs")
    args = p.parse_args(argv)
    if args.quick:
        args.messages, args.runs, args.history, args.append_sizes = 2000, 3, [50, 100], [100]
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    quiet_offscreen()
    app = _qt_app([sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setQuitOnLastWindowClosed(False)  # tabs come and go here; the console has its window
    with asyncio.Runner(loop_factory=lambda: qasync.QEventLoop(app)) as runner:
        return runner.run(run(args))


if __name__ == "__main__":
    sys.exit(main())
