"""The encrypted notes cache: what an autosave costs, and how long the wipe at the end of a
shift takes with 1,000 notes. Targets: autosave ≤ 5 ms per save and never on the GUI thread;
wipe ≤ 300 ms.

    python bench/notes.py [--notes 1000]

Real SQLCipher files in a temporary directory; the keyring is an in-memory one (the OS keyring's
own latency is not ours to measure here)."""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from chathost.core.notes_store import NotesStore  # noqa: E402
from chathost.devtools.memory_keyring import TRUSTED, MemoryKeyring  # noqa: E402

NOTE = (
    "Bor med mor og lillebror. Sover dårlig, skolen er tung. Avtalt: snakke med helsesykepleier "
    "i morgen, skrive inn igjen fredag. "
)


async def run(count: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        keyring = MemoryKeyring()
        started = time.perf_counter()
        store = await NotesStore.create(Path(folder), "bench-shift", keyring, TRUSTED)
        created = time.perf_counter() - started
        loop_thread = threading.get_ident()
        saves, blocked = [], []
        for n in range(count):
            text = NOTE * (1 + n % 5) + str(n)
            before = time.perf_counter()
            future = store.save(f"conversation-{n % 200}" if n % 7 else "", text)
            task = asyncio.ensure_future(future)
            # What the GUI thread spends: starting the save, until it yields to the loop.
            await asyncio.sleep(0)
            blocked.append(time.perf_counter() - before)
            await task
            saves.append(time.perf_counter() - before)
        # Distinct notes: one per scope, like a real shift with many conversations.
        for n in range(count):
            await store.save(f"note-{n}", NOTE + str(n))
        size = sum(p.stat().st_size for p in Path(folder).iterdir())
        assert loop_thread not in keyring.threads
        started = time.perf_counter()
        receipt = await store.wipe()
        wiped = time.perf_counter() - started
        left = list(Path(folder).iterdir())

    def ms(values: list[float], q: int) -> float:
        return statistics.quantiles(values, n=100)[q - 1] * 1e3

    print(f"create the cache (key in keyring, schema): {created * 1e3:.1f} ms")
    print(
        f"autosave, {count} saves: median {statistics.median(saves) * 1e3:.2f} ms, "
        f"p99 {ms(saves, 99):.2f} ms (end to end, on the notes thread)"
    )
    print(
        f"  of which on the GUI thread: median {statistics.median(blocked) * 1e3:.3f} ms, "
        f"p99 {ms(blocked, 99):.3f} ms"
    )
    print(
        f"wipe with {receipt.notes} notes ({size / 1024:.0f} KiB on disk): {wiped * 1e3:.1f} ms; "
        f"files left: {len(left)}; key deleted: {receipt.key_deleted}"
    )
    met = statistics.median(saves) <= 0.005 and wiped <= 0.3 and not left
    print("targets (autosave ≤ 5 ms, wipe ≤ 300 ms, nothing left):", "met" if met else "NOT met")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--notes", type=int, default=1000)
    args = parser.parse_args()
    asyncio.run(run(args.notes))


if __name__ == "__main__":
    main()
