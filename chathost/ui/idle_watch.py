"""Notices when nobody has touched the console for a while, so a shared workstation does not
stay open on a visitor's conversation after the host has stepped away.

An application-wide event filter sees every event of every window; for the host's input it
only notes the time (no timer is restarted per mouse move). One single-shot timer wakes when
the idle time could be up, and sleeps again for the rest if there was input meanwhile."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

# What counts as the host being there: keyboard, mouse, wheel, touch, pen, input methods.
INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.TabletMove,
        QEvent.Type.InputMethod,
        QEvent.Type.NativeGesture,
    }
)


class IdleWatch(QObject):
    idle = Signal()  # no input for `seconds`; the watch then rests until started again

    def __init__(
        self,
        seconds: float,
        parent: QObject | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self.seconds = seconds
        self.clock = clock
        self.last_input = clock()
        self.running = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._check)

    def start(self) -> None:
        """Count from now (the window has just opened, or the host has just unlocked)."""
        self.last_input = self.clock()
        if not self.running:
            self.running = True
            app = QCoreApplication.instance()
            if app is not None:
                app.installEventFilter(self)
        self._sleep(self.seconds)

    def stop(self) -> None:
        if self.running:
            self.running = False
            app = QCoreApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS:
            self.last_input = self.clock()
        return False

    def _sleep(self, seconds: float) -> None:
        self._timer.start(max(1, int(seconds * 1000) + 1))

    def _check(self) -> None:
        if not self.running:
            return
        left = self.last_input + self.seconds - self.clock()
        if left > 0:
            self._sleep(left)
            return
        self.stop()
        self.idle.emit()
