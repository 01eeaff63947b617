"""When to tell the visitor the host is typing: at most once every few seconds while keys are
pressed, and "stopped" after a pause or when the message is sent. Rules only; the UI's timer
calls `idle_check`."""

from __future__ import annotations

from collections.abc import Callable

REPEAT_AFTER = 3.0  # seconds between "typing" notices while typing goes on
IDLE_AFTER = 5.0  # seconds without a key before "stopped"


class TypingThrottle:
    def __init__(self, notify: Callable[[bool], None], clock: Callable[[], float]) -> None:
        self.notify = notify
        self.clock = clock
        self.typing = False
        self._last_sent = float("-inf")
        self._last_key = float("-inf")

    def keystroke(self) -> None:
        now = self.clock()
        self._last_key = now
        if not self.typing or now - self._last_sent >= REPEAT_AFTER:
            self.typing = True
            self._last_sent = now
            self.notify(True)

    def idle_check(self) -> None:
        if self.typing and self.clock() - self._last_key >= IDLE_AFTER:
            self.stopped()

    def stopped(self) -> None:
        if self.typing:
            self.typing = False
            self.notify(False)
