"""Deadlines: visitors who never came back, silent conversations, transcripts past retention."""

from __future__ import annotations

import asyncio
import contextlib
import logging

from chathost.server.context import ServerContext
from chathost.server.errors import OpError
from chathost.server.staff_ws import disconnect_expired
from chathost.server.storage import StorageError

log = logging.getLogger(__name__)

HOUSEKEEPING_INTERVAL = 60.0


class Sweeper:
    def __init__(self, ctx: ServerContext) -> None:
        self.ctx = ctx
        self._task: asyncio.Task[None] | None = None
        self._last_housekeeping = float("-inf")

    async def sweep_once(self) -> None:
        ctx = self.ctx
        config, floor = ctx.config, ctx.floor
        now = config.clock()
        for live in list(floor.live.values()):
            try:
                if (
                    live.visitor is None
                    and live.visitor_gone_at is not None
                    and (now - live.visitor_gone_at >= config.visitor_grace)
                ):
                    await floor.end(live, "visitor_gone")
                elif live.row.status == "active" and (
                    now - live.row.visitor_active_at >= config.visitor_inactivity
                ):
                    await floor.end(live, "inactivity")
            except OpError:
                log.warning("could not end conversation %s; will retry", live.row.id)
        disconnect_expired(ctx, now)
        if config.retention > 0 or now - self._last_housekeeping >= HOUSEKEEPING_INTERVAL:
            await self._housekeeping(now)

    async def _housekeeping(self, now: float) -> None:
        ctx = self.ctx
        self._last_housekeeping = now
        try:
            purged = await ctx.storage.purge_transcripts(now - ctx.config.retention)
            if purged:
                log.info("deleted the transcripts of %d ended conversation(s)", purged)
            await ctx.storage.purge_sessions(now)
        except StorageError:
            log.exception("housekeeping failed; will retry")
        ctx.login_limiter.prune()
        ctx.open_limiter.prune()

    async def _run(self) -> None:
        while True:
            await asyncio.sleep(self.ctx.config.sweep_interval)
            try:
                await self.sweep_once()
            except Exception:
                log.exception("sweep failed")

    def start(self) -> None:
        self._task = asyncio.create_task(self._run())

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
