"""Group commit: writes that arrive while one transaction is on the disk share the next one.

Under load, one COMMIT per chat message was the server's largest cost; batching keeps every
caller's own outcome (each item runs in its own savepoint) while paying for one COMMIT."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent.futures import Executor
from typing import Generic, TypeVar

T = TypeVar("T")

# What the batch function returns per item: None when stored, else the item's own error.
Outcome = BaseException | None


class GroupCommit(Generic[T]):
    def __init__(
        self,
        executor: Executor,
        apply: Callable[[list[T]], list[Outcome]],
        max_batch: int = 500,
    ) -> None:
        self._executor = executor
        self._apply = apply
        self._max_batch = max_batch
        self._pending: list[tuple[T, asyncio.Future[None]]] = []
        self._busy = False
        self._idle = asyncio.Event()
        self._idle.set()

    async def submit(self, item: T) -> None:
        """Returns once the item is committed; raises its own error, or the batch's."""
        loop = asyncio.get_running_loop()
        future: asyncio.Future[None] = loop.create_future()
        self._pending.append((item, future))
        if not self._busy:
            self._busy = True
            self._idle.clear()
            loop.call_soon(self._start)
        await future

    def _start(self) -> None:
        batch, self._pending = self._pending[: self._max_batch], self._pending[self._max_batch :]
        loop = asyncio.get_running_loop()
        done = loop.run_in_executor(self._executor, self._apply, [item for item, _ in batch])
        done.add_done_callback(lambda result: self._finish(batch, result))

    def _finish(
        self, batch: list[tuple[T, asyncio.Future[None]]], result: asyncio.Future[list[Outcome]]
    ) -> None:
        error = result.exception()
        outcomes: list[Outcome] = [error] * len(batch) if error else result.result()
        for (_, future), outcome in zip(batch, outcomes, strict=True):
            if future.done():
                continue
            if outcome is None:
                future.set_result(None)
            else:
                future.set_exception(outcome)
        if self._pending:
            self._start()
        else:
            self._busy = False
            self._idle.set()

    async def drain(self) -> None:
        await self._idle.wait()
