"""One WebSocket peer with its own ordered send queue, so a slow peer never stalls anyone else."""

from __future__ import annotations

import asyncio
import contextlib
import logging

from aiohttp import web

from chathost.protocol.codec import encode_text

log = logging.getLogger(__name__)

# A peer this far behind (in frames or in characters) is cut off; it will reconnect and resume.
MAX_PENDING_FRAMES = 2000
MAX_PENDING_CHARS = 16 * 1024 * 1024


class Connection:
    def __init__(self, ws: web.WebSocketResponse, label: str) -> None:
        self.ws = ws
        self.label = label
        self.closed = False
        self._queue: asyncio.Queue[str | None] = asyncio.Queue()
        self._pending_chars = 0
        self._close_code = 1000
        self._close_reason = b""
        self._writer = asyncio.create_task(self._write())

    def send(self, frame: object) -> None:
        self.send_raw(encode_text(frame))

    def send_raw(self, text: str) -> None:
        if self.closed:
            return
        if (
            self._queue.qsize() >= MAX_PENDING_FRAMES
            or self._pending_chars + len(text) > MAX_PENDING_CHARS
        ):
            log.warning("%s: peer too slow, closing", self.label)
            self.close_soon(1013, "too slow; reconnect and resume")
            return
        self._pending_chars += len(text)
        self._queue.put_nowait(text)

    def close_soon(self, code: int = 1000, reason: str = "") -> None:
        """Send what is queued, then close. Frames sent after this are dropped."""
        if self.closed:
            return
        self.closed = True
        self._close_code = code
        self._close_reason = reason.encode()[:120]
        self._queue.put_nowait(None)

    async def _write(self) -> None:
        try:
            while True:
                text = await self._queue.get()
                if text is None:
                    break
                self._pending_chars -= len(text)
                await self.ws.send_str(text)
        except (ConnectionError, RuntimeError, asyncio.CancelledError):
            pass
        finally:
            self.closed = True
            with contextlib.suppress(Exception):
                await self.ws.close(code=self._close_code, message=self._close_reason)

    async def finish(self) -> None:
        """Called when the receive loop has ended: flush and close the socket."""
        self.close_soon(self._close_code)
        with contextlib.suppress(asyncio.CancelledError):
            await self._writer

    async def drain_and_close(self, code: int, reason: str) -> None:
        self.close_soon(code, reason)
        with contextlib.suppress(asyncio.CancelledError):
            await self._writer
