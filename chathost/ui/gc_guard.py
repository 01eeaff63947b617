"""Python's cyclic garbage collector runs in whichever thread happens to allocate. When that is
a worker thread (the keyring, the notes store, an executor) and the garbage holds Qt objects
(a window closed at logout), they are destroyed off the GUI thread: their timers stay
registered, and the console crashes a moment later. So automatic collection is switched off
and the GUI thread collects instead, as often as the collector itself would."""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer


class MainThreadCollector(QObject):
    def __init__(self, interval_ms: int = 500, parent: QObject | None = None) -> None:
        super().__init__(parent)
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> None:
        """The oldest generation whose count is over its threshold, like gc's own rule."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        generation = -1
        for level in range(3):
            if counts[level] > thresholds[level]:
                generation = level
        if generation >= 0:
            gc.collect(generation)

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()
