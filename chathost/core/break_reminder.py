"""A gentle reminder to take a break after a long stretch of conversations (no protocol: the
console's own care for the person at it).

A stretch starts when the user comes to hold a conversation and lasts while they hold at least
one; a moment with none held does not end it, but a gap of `gap_seconds` does (that was a
break). After `after_seconds` of stretch the reminder is due (also between two conversations,
the best moment to stop); snoozing hides it for `snooze_seconds`.

Times come from one monotonic clock of this workstation, so a change of the wall clock cannot
fire or hide it. A console that starts while already holding conversations counts from then.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from chathost.core.events import Emitter
from chathost.core.state import ConsoleState


class BreakReminder:
    def __init__(
        self,
        state: ConsoleState,
        after_seconds: float = 90 * 60,
        gap_seconds: float = 600,
        snooze_seconds: float = 1800,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.state = state
        self.after_seconds = after_seconds
        self.gap_seconds = gap_seconds
        self.snooze_seconds = snooze_seconds
        self.clock = clock
        # Whether the reminder should show now; emitted whenever that changes.
        self.due_changed: Emitter[[bool]] = Emitter()
        self._stretch_since: float | None = None  # None: no stretch (rested)
        self._idle_since: float | None = None  # within a stretch: since when nothing is held
        self._snoozed_until: float | None = None
        self._due = False
        state.changed.connect(self._on_state)
        self.tick()

    @property
    def stretch_since(self) -> float | None:
        """When the current stretch of conversations began (this clock), if one is going."""
        return self._stretch_since

    def due(self, now: float | None = None) -> bool:
        self._update(self.clock() if now is None else now)
        return self._due

    def snooze(self, now: float | None = None) -> None:
        """Dismissed: not shown again for `snooze_seconds` (unless a break comes first)."""
        now = self.clock() if now is None else now
        self._snoozed_until = now + self.snooze_seconds
        self._update(now)

    def tick(self, now: float | None = None) -> None:
        """Called every few seconds by the UI: time passing makes it due, or ends a snooze."""
        self._update(self.clock() if now is None else now)

    def _on_state(self, change: Any) -> None:
        # Only what can change whether anything is held (cheap to ignore the rest: a
        # supervisor's floor sends many changes).
        if isinstance(change, tuple) and change[0] == "conversation":
            self._update(self.clock())

    def _observe(self, now: float) -> None:
        holding = self.state.holds_any()
        if self._idle_since is not None and now - self._idle_since >= self.gap_seconds:
            # A long enough gap: that was a break, whatever happens now.
            self._stretch_since = None
            self._idle_since = None
            self._snoozed_until = None
        if holding:
            if self._stretch_since is None:
                self._stretch_since = now
            self._idle_since = None
        elif self._stretch_since is not None and self._idle_since is None:
            self._idle_since = now

    def _is_due(self, now: float) -> bool:
        if self._stretch_since is None or now - self._stretch_since < self.after_seconds:
            return False
        return self._snoozed_until is None or now >= self._snoozed_until

    def _update(self, now: float) -> None:
        self._observe(now)
        due = self._is_due(now)
        if due != self._due:
            self._due = due
            self.due_changed.emit(due)
