"""Rate limits: a token bucket per connection, and a sliding window per key for logins."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable


class TokenBucket:
    def __init__(self, rate: float, burst: int, clock: Callable[[], float]) -> None:
        self.rate = rate
        self.burst = float(burst)
        self.tokens = float(burst)
        self.clock = clock
        self.updated = clock()

    def take(self) -> float:
        """Spend one token; returns 0 when allowed, else the seconds until one is available."""
        now = self.clock()
        self.tokens = min(self.burst, self.tokens + (now - self.updated) * self.rate)
        self.updated = now
        if self.tokens >= 1.0:
            self.tokens -= 1.0
            return 0.0
        return (1.0 - self.tokens) / self.rate


class WindowLimiter:
    """At most `limit` events per key in any `window` seconds. Keys live in memory only."""

    def __init__(self, limit: int, window: float, clock: Callable[[], float]) -> None:
        self.limit = limit
        self.window = window
        self.clock = clock
        self._events: dict[str, deque[float]] = {}

    def retry_after(self, key: str) -> float:
        """0 if another event is allowed now, else the seconds to wait."""
        now = self.clock()
        events = self._events.get(key)
        if not events:
            return 0.0
        while events and events[0] <= now - self.window:
            events.popleft()
        if not events:
            del self._events[key]
            return 0.0
        if len(events) < self.limit:
            return 0.0
        return events[0] + self.window - now

    def hit(self, key: str) -> None:
        self._events.setdefault(key, deque()).append(self.clock())

    def unhit(self, key: str) -> None:
        """Take back the latest event (an attempt that turned out fine)."""
        events = self._events.get(key)
        if events:
            events.pop()

    def prune(self) -> None:
        now = self.clock()
        for key in [k for k, ev in self._events.items() if not ev or ev[-1] <= now - self.window]:
            del self._events[key]
