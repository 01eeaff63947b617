"""Deadlines: visitors who never came back, silent conversations, transcripts past retention."""

from __future__ import annotations

import asyncio
import contextlib
import logging

from chathost.server.context import ServerContext
from chathost.server.errors import OpError
from chathost.server.floor import Live
from chathost.server.staff_ws import disconnect_expired, disconnect_revoked
from chathost.server.storage import StorageError

log = logging.getLogger(__name__)

HOUSEKEEPING_INTERVAL = 60.0
# How often the stored guideline revision is compared with ours (the command line changes it).
GUIDELINES_POLL = 5.0


class Sweeper:
    def __init__(self, ctx: ServerContext) -> None:
        self.ctx = ctx
        self._task: asyncio.Task[None] | None = None
        self._last_housekeeping = float("-inf")
        self._last_guidelines_poll = float("-inf")

    async def sweep_once(self) -> None:
        ctx = self.ctx
        config, floor = ctx.config, ctx.floor
        now = config.clock()

        def visitor_gone(live: Live) -> bool:
            gone_at = live.visitor_gone_at
            return (
                live.visitor is None
                and gone_at is not None
                and config.clock() - gone_at >= config.visitor_grace
            )

        def silent(live: Live) -> bool:
            return (
                live.row.status == "active"
                and config.clock() - live.row.visitor_active_at >= config.visitor_inactivity
            )

        for live in list(floor.live.values()):
            # Each condition is checked again once `end` holds the locks: a visitor may come
            # back or write while it waits for them.
            try:
                if visitor_gone(live):
                    await floor.end(live, "visitor_gone", still=visitor_gone)
                elif silent(live):
                    await floor.end(live, "inactivity", still=silent)
            except OpError:
                log.warning("could not end conversation %s; will retry", live.row.id)
        try:
            await floor.release_absent_hosts()
        except OpError:
            log.warning("could not hand back an absent host's conversations; will retry")
        await ctx.escalations.realert()
        await ctx.transfers.expire()
        disconnect_expired(ctx, now)
        if now - self._last_guidelines_poll >= GUIDELINES_POLL:
            self._last_guidelines_poll = now
            try:
                await ctx.guidelines.poll()
            except StorageError:
                log.warning("could not read the guideline revision; will retry")
        if now - self._last_housekeeping >= HOUSEKEEPING_INTERVAL:
            await self._housekeeping(now)

    async def _housekeeping(self, now: float) -> None:
        ctx = self.ctx
        self._last_housekeeping = now
        try:
            # Connections are checked against their sessions before old sessions are purged.
            await disconnect_revoked(ctx)
            purged = await ctx.storage.purge_transcripts(now - ctx.config.retention)
            if purged:
                log.info("deleted the transcripts of %d ended conversation(s)", purged)
            await ctx.storage.purge_sessions(now)
            await ctx.storage.purge_blocks(now)
        except StorageError:
            log.exception("housekeeping failed; will retry")
        ctx.login_limiter.prune()
        ctx.address_login_limiter.prune()
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
