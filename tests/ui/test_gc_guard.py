"""Garbage is collected on the GUI thread only (see chathost.ui.gc_guard)."""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject

from chathost.ui.gc_guard import MainThreadCollector


def test_the_collector_switches_automatic_collection_off_and_collects_itself(qapp):
    parent = QObject()
    collector = MainThreadCollector(parent=parent)
    try:
        assert not gc.isenabled()
        low = gc.get_threshold()[0]
        gc.collect()  # start from zero: other objects freed meanwhile lower the count
        cycles = []
        for _ in range(2 * low):
            loop: list[object] = []
            loop.append(loop)
            cycles.append(loop)
        del cycles, loop
        assert gc.get_count()[0] > low
        collector.check()
        assert gc.get_count()[0] < low
    finally:
        collector.stop()
        gc.disable()  # the UI tests collect on this thread only (tests/ui/conftest.py)
