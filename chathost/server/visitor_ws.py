"""The anonymous visitor's WebSocket: the first frame carries the conversation token."""

from __future__ import annotations

import logging
from typing import Any

from aiohttp import web

from chathost.protocol import frames
from chathost.protocol.codec import visitor_decoder
from chathost.protocol.version import PROTOCOL_VERSION
from chathost.server import views
from chathost.server.connection import Connection
from chathost.server.context import CONTEXT, ServerContext
from chathost.server.errors import OpError
from chathost.server.floor import Live
from chathost.server.storage import StorageError
from chathost.server.tokens import hash_token
from chathost.server.ws_common import CLOSE_POLICY, Limits, frames_of, receive_hello, upgrade

log = logging.getLogger(__name__)

REPLAY_PAGE = 500


async def serve(request: web.Request) -> web.StreamResponse:
    ctx = request.app[CONTEXT]
    ws = await upgrade(request, ctx.config)
    conn = Connection(ws, "visitor")
    hello = await receive_hello(ws, conn, visitor_decoder, frames.VisitorHello)  # type: ignore[arg-type]
    if hello is None:
        await conn.finish()
        return ws
    assert isinstance(hello, frames.VisitorHello)
    live = ctx.floor.find_by_token(hash_token(hello.token))
    if live is None:
        conn.send(
            frames.Error(
                code="no_conversation", message="This conversation has ended or does not exist."
            )
        )
        conn.close_soon(CLOSE_POLICY, "no conversation")
        await conn.finish()
        return ws
    attached = False
    try:
        conn.send(
            frames.VisitorWelcome(
                protocol=PROTOCOL_VERSION,
                conversation=live.row.id,
                service=live.service.slug,
                heartbeat=ctx.config.heartbeat,
            )
        )
        await _replay(ctx, live, conn, hello.after)
        ctx.floor.visitor_attached(live, conn)
        attached = True
        conn.send(ctx.floor.visitor_status(live))
        if live.row.host_read_seq:  # a reloaded page learns what the host has already read
            conn.send(frames.VisitorReadOut(upto=live.row.host_read_seq))
        # The conversation's own limits: reconnecting does not buy a fresh burst.
        limits = live.limits or Limits(ctx.config)
        live.limits = limits
        async for frame in frames_of(ws, conn, visitor_decoder, limits):  # type: ignore[arg-type]
            await _handle(ctx, live, conn, limits, frame)
    except StorageError:
        log.exception("visitor connection ended by a storage error")
        conn.send(frames.Error(code="storage_failed", message="Please reload in a moment."))
    finally:
        if attached:
            ctx.floor.visitor_detached(live, conn)
        await conn.finish()
    return ws


async def _replay(ctx: ServerContext, live: Live, conn: Connection, after: int) -> None:
    while after < live.row.last_seq:
        rows = await ctx.storage.messages_after(live.row.id, after, REPLAY_PAGE, private=False)
        if not rows:
            break
        for row in rows:
            conn.send(frames.VisitorMessageFrame(message=views.visitor_message(row)))
        after = rows[-1].seq


async def _handle(
    ctx: ServerContext, live: Live, conn: Connection, limits: Limits, frame: Any
) -> None:
    floor = ctx.floor
    try:
        match frame:
            case frames.Ping():
                conn.send(frames.Pong(id=frame.id))
            case frames.VisitorSend():
                if limits.check(conn, limits.messages, frame.id):
                    message = await floor.transcript.visitor_send(live, frame.id, frame.text)
                    conn.send(frames.VisitorAck(id=frame.id, seq=message.seq))
            case frames.VisitorTyping():
                floor.typing.from_visitor(live, frame.typing)
            case frames.VisitorRead():
                await floor.transcript.visitor_read(live, frame.seq)
            case frames.VisitorLeave():
                await floor.end(live, "visitor")
            case frames.VisitorHello():
                conn.send(frames.Error(code="already_hello", message="Hello was already said."))
    except OpError as exc:
        conn.send(frames.Error(code=exc.code, message=exc.message, id=getattr(frame, "id", None)))
