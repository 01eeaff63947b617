"""What a waiting visitor is told: their place in the queue and a rough estimate of the wait."""

from __future__ import annotations

import statistics
from collections import deque

from chathost.protocol import frames

# How many recent waits per service the estimate looks at.
RECENT = 20


class WaitEstimator:
    """The median of recent queue waits, for each round of available hosts ahead of you."""

    def __init__(self) -> None:
        self._waits: dict[int, deque[float]] = {}

    def seed(self, service_id: int, waits: list[float]) -> None:
        self._waits[service_id] = deque(waits, maxlen=RECENT)

    def record(self, service_id: int, wait: float) -> None:
        self._waits.setdefault(service_id, deque(maxlen=RECENT)).append(wait)

    def basis(self, service_id: int, available_hosts: int) -> tuple[float, int] | None:
        waits = self._waits.get(service_id)
        if not waits:
            return None
        return statistics.median(waits), max(1, available_hosts)


def queued_status(position: int, basis: tuple[float, int] | None) -> frames.VisitorStatus:
    wait = None if basis is None else round(basis[0] * -(-position // basis[1]), 1)
    return frames.VisitorStatus(status="queued", position=position, estimated_wait=wait)
