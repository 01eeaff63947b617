"""Reconnect delays: exponential with jitter, so a restarted server is not hit by every console
at the same instant."""

from __future__ import annotations

import random
from collections.abc import Callable


class Backoff:
    def __init__(
        self,
        base: float = 0.5,
        factor: float = 2.0,
        cap: float = 30.0,
        rng: Callable[[], float] = random.random,
    ) -> None:
        self.base = base
        self.factor = factor
        self.cap = cap
        self.rng = rng
        self.attempt = 0

    def next_delay(self) -> float:
        """Between half and all of the exponential step (never zero: no tight loops)."""
        step = min(self.cap, self.base * self.factor**self.attempt)
        self.attempt += 1
        return step * (0.5 + self.rng() / 2)

    def reset(self) -> None:
        self.attempt = 0
