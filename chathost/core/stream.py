"""The staff event stream: one WebSocket that reconnects by itself with backoff and resumes from
the last event seen; it tells its owner when the missed events are gone and a snapshot is due."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from typing import Any, Literal, get_args

import aiohttp
import msgspec

from chathost.core.api import ApiClient, BackendError
from chathost.core.backoff import Backoff
from chathost.core.events import Emitter
from chathost.protocol import frames
from chathost.protocol.codec import encode_text
from chathost.protocol.limits import HARD_FRAME_BYTES
from chathost.protocol.version import PROTOCOL_VERSION

log = logging.getLogger(__name__)

Status = Literal["connecting", "online", "offline", "stopped"]
_decoder = msgspec.json.Decoder(frames.StaffOut)
# Every numbered event: they share one sequence per user, so one left out here would look like
# a gap before the next and cost a whole snapshot (supervisors get staff events all shift long).
_EVENTS = get_args(frames.StaffEvent)


class StaffStream:
    def __init__(
        self,
        api: ApiClient,
        on_frame: Callable[[Any], None],
        backoff: Backoff | None = None,
        heartbeat: float = 20.0,
    ) -> None:
        self.api = api
        self.on_frame = on_frame
        self.backoff = backoff or Backoff()
        self.heartbeat = heartbeat
        self.status: Status = "offline"
        self.status_changed: Emitter[[Status]] = Emitter()
        # Emitted when the event history is broken (first connect, server restart, a gap):
        # the owner must load a snapshot.
        self.snapshot_needed: Emitter[[]] = Emitter()
        self.stream_id: str | None = None
        self.last_seq = 0
        # Set when the server said goodbye for good (logged out, disabled, expired).
        self.ended_reason: str | None = None
        self._ws: aiohttp.ClientWebSocketResponse | None = None
        self._task: asyncio.Task[None] | None = None
        self._stopping = False
        self._online = asyncio.Event()

    def _set(self, status: Status) -> None:
        if status != self.status:
            self.status = status
            if status == "online":
                self._online.set()
            else:
                self._online.clear()
            self.status_changed.emit(status)

    def start(self) -> None:
        self._task = asyncio.create_task(self._run())

    async def wait_online(self, timeout: float | None = None) -> None:
        async with asyncio.timeout(timeout):
            await self._online.wait()

    async def stop(self) -> None:
        self._stopping = True
        if self._ws is not None:
            await self._ws.close()
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        self._set("stopped")

    async def send(self, frame: Any) -> None:
        ws = self._ws
        if ws is None or self.status != "online":
            raise BackendError("unreachable", "not connected")
        try:
            await ws.send_str(encode_text(frame))
        except (ConnectionError, RuntimeError, aiohttp.ClientError) as exc:
            raise BackendError("unreachable", type(exc).__name__) from exc

    async def _run(self) -> None:
        while not self._stopping and self.ended_reason is None:
            self._set("connecting")
            try:
                await self._connection()
            except aiohttp.WSServerHandshakeError as exc:
                if exc.status == 401:
                    self.ended_reason = "unauthorized"
                    break
            except (TimeoutError, aiohttp.ClientError, OSError) as exc:
                log.info("event stream: %s", type(exc).__name__)
            if self._stopping or self.ended_reason is not None:
                break
            self._set("offline")
            await asyncio.sleep(self.backoff.next_delay())
        self._set("stopped")

    async def _connection(self) -> None:
        ws = await self.api.http.ws_connect(
            self.api.url("/staff/ws"),
            headers=self.api.auth_headers(),
            heartbeat=self.heartbeat,
            max_msg_size=HARD_FRAME_BYTES,
            ssl=self.api.ssl if self.api.ssl is not None else True,
        )
        self._ws = ws
        try:
            hello = frames.Hello(protocol=PROTOCOL_VERSION)
            if self.stream_id is not None:
                hello.resume = frames.Resume(stream=self.stream_id, after=self.last_seq)
            await ws.send_str(encode_text(hello))
            async for msg in ws:
                if msg.type != aiohttp.WSMsgType.TEXT:
                    break
                try:
                    frame = _decoder.decode(msg.data)
                except msgspec.MsgspecError:
                    log.warning("event stream: a frame outside the protocol was ignored")
                    continue
                self._receive(frame)
        finally:
            self._ws = None
            await ws.close()

    def _receive(self, frame: Any) -> None:
        if isinstance(frame, frames.Welcome):
            self.backoff.reset()
            fresh = not frame.resumed
            self.stream_id = frame.stream
            if fresh:
                self.last_seq = frame.seq
            self.on_frame(frame)
            self._set("online")
            if fresh:
                self.snapshot_needed.emit()
            return
        if isinstance(frame, frames.Resync):
            self.stream_id, self.last_seq = frame.stream, frame.seq
            return  # always follows a fresh welcome, which has asked for the snapshot
        if isinstance(frame, _EVENTS):
            if frame.seq <= self.last_seq:
                return  # seen already
            gap = frame.seq > self.last_seq + 1
            self.last_seq = frame.seq
            self.on_frame(frame)
            if gap:
                log.warning("event stream: gap before %d; loading a snapshot", frame.seq)
                self.snapshot_needed.emit()
            return
        if isinstance(frame, frames.Goodbye) and not frame.reconnect:
            self.ended_reason = frame.reason
        self.on_frame(frame)
