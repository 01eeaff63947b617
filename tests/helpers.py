"""Small helpers shared by the tests: sample protocol values, and waiting on change notices."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

from chathost.protocol import models


def sample_conversation(**changes: Any) -> models.Conversation:
    fields: dict[str, Any] = dict(
        id="c1",
        service="ung",
        language="nb",
        alias="Vega 12",
        status="active",
        host="host1",
        created_at=1.0,
        queued_at=1.0,
        taken_at=2.0,
        ended_at=None,
        ended_by=None,
        last_seq=0,
        host_read_seq=0,
        visitor_read_seq=0,
        visitor_connected=True,
    )
    return models.Conversation(**{**fields, **changes})


async def until(check: Callable[[], bool], *sources: Any, timeout: float = 10) -> None:
    """Wait until `check` holds, woken by the change notices of `sources` (core Emitters or Qt
    signals: anything with connect and disconnect), never by sleeping."""
    changed = asyncio.Event()

    def poke(*_: object) -> None:
        changed.set()

    for source in sources:
        source.connect(poke)
    try:
        async with asyncio.timeout(timeout):
            while not check():
                changed.clear()
                await changed.wait()
    finally:
        for source in sources:
            source.disconnect(poke)
