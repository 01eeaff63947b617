"""Trigger matching against the test corpus: recall and false positives per language, and the
time per message. Targets: recall ≥ 95 %, false positives ≤ 5 %, ≤ 1 ms per message.

    python bench/triggers.py [--dir resources/guidelines] [--misses]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from chathost.guidelines.document import default_dir, load_dir  # noqa: E402
from chathost.guidelines.evaluate import evaluate  # noqa: E402
from chathost.guidelines.matcher import Matcher  # noqa: E402
from chathost.protocol import models  # noqa: E402

CORPUS = REPO / "tests" / "guidelines" / "corpus"
# Sentences written after the packs were tuned, never used for tuning: how well they generalise.
HELDOUT = [REPO / "bench" / "corpus-heldout", REPO / "bench" / "corpus-heldout-2"]


def time_cold(matcher: Matcher, texts: list[str]) -> tuple[float, float]:
    """Median and p99 per-message time with every word new to the matcher (a fresh one)."""
    times = []
    for text in texts:
        started = time.perf_counter()
        matcher.match(text)
        times.append(time.perf_counter() - started)
    return statistics.median(times), p99(times)


def p99(times: list[float]) -> float:
    return statistics.quantiles(times, n=100)[98]


def time_per_message(matcher: Matcher, texts: list[str], rounds: int = 7) -> tuple[float, float]:
    """Median per-message time, and the worst pass's p99, over several passes (the first pass
    warms the caches)."""
    for text in texts:
        matcher.match(text)
    medians, worst = [], 0.0
    for _ in range(rounds):
        times = []
        for text in texts:
            started = time.perf_counter()
            matcher.match(text)
            times.append(time.perf_counter() - started)
        medians.append(statistics.median(times))
        worst = max(worst, p99(times))
    return statistics.median(medians), worst


def report(guidelines: list[models.Guideline], path: Path, misses: bool) -> None:
    """One corpus file: recall, false positives and timings, and what it got wrong."""
    corpus = tomllib.loads(path.read_text(encoding="utf-8"))
    score = evaluate(guidelines, corpus)
    texts = [i["text"] for i in corpus.get("positive", []) + corpus.get("negative", [])]
    cold, cold_worst = time_cold(Matcher.for_conversation(guidelines, corpus["language"]), texts)
    matcher = Matcher.for_conversation(guidelines, corpus["language"])
    median, worst = time_per_message(matcher, texts)
    print(
        f"{score.language:5} {score.positives:4} {score.recall:7.1%} {score.negatives:4} "
        f"{score.false_positive_rate:7.1%} {cold * 1e6:11.0f} {cold_worst * 1e6:11.0f} "
        f"{median * 1e6:11.0f} {worst * 1e6:11.0f}"
    )
    topics = ", ".join(f"{t} {f}/{n}" for t, (f, n) in sorted(score.by_topic.items()))
    print(f"      {topics}")
    if misses:
        for topic, text in score.missed:
            print(f"      missed [{topic}] {text}")
        for ids, text in score.wrongly_fired:
            print(f"      fired  [{ids}] {text}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dir", type=Path, default=default_dir())
    parser.add_argument("--misses", action="store_true", help="print the sentences it got wrong")
    args = parser.parse_args()
    found, problems = load_dir(args.dir)
    for line in problems:
        print("pack problem:", line)
    guidelines = [g for _, g in found]
    try:
        import Stemmer  # noqa: F401

        stemmer = "PyStemmer (C)"
    except ImportError:
        stemmer = "snowballstemmer (pure Python)"
    print(f"{len(guidelines)} guidelines from {args.dir}; stemmer: {stemmer}")
    print(
        f"{'lang':5} {'pos':>4} {'recall':>7} {'neg':>4} {'false+':>7} "
        f"{'cold med µs':>11} {'cold p99 µs':>11} {'warm med µs':>11} {'warm p99 µs':>11}"
    )
    for path in sorted(CORPUS.glob("*.toml")):
        report(guidelines, path, args.misses)
    for folder in HELDOUT:
        if folder.is_dir():
            print(f"\nheld-out corpus ({folder.relative_to(REPO)}, never used for tuning):")
            for path in sorted(folder.glob("*.toml")):
                report(guidelines, path, args.misses)


if __name__ == "__main__":
    main()
