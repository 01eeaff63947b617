"""What both WebSocket endpoints share: upgrade, the hello handshake, rate limits, bad frames."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator

from aiohttp import WSMsgType, web

from chathost.protocol import frames
from chathost.protocol.codec import FrameDecoder, FrameError
from chathost.protocol.limits import (
    FLOOD_STRIKES_BEFORE_CLOSE,
    FRAME_BURST,
    FRAMES_PER_SECOND,
    HARD_FRAME_BYTES,
    MESSAGE_BURST,
    MESSAGES_PER_SECOND,
)
from chathost.protocol.version import PROTOCOL_VERSION
from chathost.server.config import ServerConfig
from chathost.server.connection import Connection
from chathost.server.errors import OpError
from chathost.server.ratelimit import TokenBucket

log = logging.getLogger(__name__)

HELLO_TIMEOUT = 15.0
# Whispers (the private host–supervisor channel) have their own bucket, not the replies': a host
# who has used up the reply budget can still ask for help. Generous, but still a limit.
WHISPERS_PER_SECOND = 2.0
WHISPER_BURST = 20
CLOSE_POLICY = 1008
CLOSE_PROTOCOL = 1002


async def upgrade(request: web.Request, config: ServerConfig) -> web.WebSocketResponse:
    ws = web.WebSocketResponse(
        heartbeat=config.heartbeat, max_msg_size=HARD_FRAME_BYTES, compress=False
    )
    if not ws.can_prepare(request).ok:
        raise OpError("websocket_required", "This endpoint speaks WebSocket only.", 400)
    await ws.prepare(request)
    return ws


class Limits:
    """Per-connection token buckets; a peer that keeps flooding is cut off."""

    def __init__(self, config: ServerConfig) -> None:
        self.frames = TokenBucket(FRAMES_PER_SECOND, FRAME_BURST, config.clock)
        self.messages = TokenBucket(MESSAGES_PER_SECOND, MESSAGE_BURST, config.clock)
        self.strikes = 0

    def check(self, conn: Connection, bucket: TokenBucket, frame_id: str | None) -> bool:
        """Spend a token; when there is none, tell the peer which frame was dropped."""
        wait = bucket.take()
        if wait > 0:
            self.refuse(conn, wait, frame_id)
            return False
        self.strikes = 0
        return True

    def refuse(self, conn: Connection, wait: float, frame_id: str | None) -> None:
        self.strikes += 1
        conn.send(
            frames.Error(
                code="rate_limited",
                id=frame_id,
                retry_after=round(wait, 3),
                message="Slow down: too many frames. This one was not processed; send it later.",
            )
        )
        if self.strikes >= FLOOD_STRIKES_BEFORE_CLOSE:
            conn.close_soon(CLOSE_POLICY, "flooding")


class StaffLimits(Limits):
    """A staff connection's buckets: replies (`send`) and whispers are counted apart."""

    def __init__(self, config: ServerConfig) -> None:
        super().__init__(config)
        self.whispers = TokenBucket(WHISPERS_PER_SECOND, WHISPER_BURST, config.clock)

    def bucket_for(self, frame: object) -> TokenBucket | None:
        """The bucket a command takes a token from besides the frame bucket, if any."""
        if isinstance(frame, frames.Send):
            return self.messages
        if isinstance(frame, frames.Whisper):
            return self.whispers
        return None


async def frames_of(
    ws: web.WebSocketResponse,
    conn: Connection,
    decoder: FrameDecoder[object],
    limits: Limits,
) -> AsyncIterator[object]:
    """Yield decoded frames; answer undecodable ones with an error frame and carry on."""
    async for msg in ws:
        if conn.closed:
            break
        if msg.type not in (WSMsgType.TEXT, WSMsgType.BINARY):
            if msg.type == WSMsgType.ERROR:
                log.info("%s: protocol error from peer: %s", conn.label, type(msg.data).__name__)
            break
        wait = limits.frames.take()
        try:
            frame = decoder.decode(msg.data)
        except FrameError as exc:
            if wait > 0:
                limits.refuse(conn, wait, None)
            else:
                conn.send(frames.Error(code=exc.code, message=exc.message))
            continue
        if wait > 0:
            limits.refuse(conn, wait, getattr(frame, "id", None))
            continue
        limits.strikes = 0
        yield frame


async def receive_hello(
    ws: web.WebSocketResponse,
    conn: Connection,
    decoder: FrameDecoder[object],
    kind: type,
) -> object | None:
    """The first frame must be a hello of the right protocol version; anything else ends it."""
    try:
        msg = await ws.receive(timeout=HELLO_TIMEOUT)
    except TimeoutError:
        conn.send(frames.Error(code="hello_timeout", message="No hello frame arrived in time."))
        conn.close_soon(CLOSE_POLICY, "hello expected")
        return None
    if msg.type not in (WSMsgType.TEXT, WSMsgType.BINARY):
        conn.close_soon(1000)
        return None
    try:
        hello = decoder.decode(msg.data)
    except FrameError as exc:
        conn.send(frames.Error(code=exc.code, message=exc.message))
        conn.close_soon(CLOSE_POLICY, "bad hello")
        return None
    if not isinstance(hello, kind):
        conn.send(frames.Error(code="hello_expected", message="The first frame must be hello."))
        conn.close_soon(CLOSE_POLICY, "hello expected")
        return None
    protocol = getattr(hello, "protocol", None)
    if protocol != PROTOCOL_VERSION:
        conn.send(
            frames.Error(
                code="protocol_mismatch",
                message=f"This server speaks protocol {PROTOCOL_VERSION}; the client speaks "
                f"{protocol}. Update the client.",
            )
        )
        conn.close_soon(CLOSE_PROTOCOL, "protocol mismatch")
        return None
    return hello
