"""Running the core's coroutines from widgets: fire and forget on the qasync loop, with failures
turned into a sentence for the host instead of a traceback."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import Any

from chathost.ui.errors import describe

log = logging.getLogger(__name__)
_running: set[asyncio.Task[Any]] = set()


def spawn(
    coro: Coroutine[Any, Any, Any], on_error: Callable[[str], None] | None = None
) -> asyncio.Task[Any] | None:
    """Start `coro`; if it fails, `on_error` gets a translated explanation."""
    try:
        task = asyncio.get_running_loop().create_task(coro)
    except RuntimeError:
        coro.close()  # no loop (the window is closing): nothing to tell the server
        return None
    _running.add(task)

    def done(finished: asyncio.Task[Any]) -> None:
        _running.discard(finished)
        if finished.cancelled():
            return
        exc = finished.exception()
        if exc is None:
            return
        log.warning("action failed: %s", type(exc).__name__, exc_info=exc)
        if on_error is not None:
            on_error(describe(exc))

    task.add_done_callback(done)
    return task
