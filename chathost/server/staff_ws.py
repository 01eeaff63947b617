"""The staff WebSocket: one resumable event stream per user, and commands with idempotent ids."""

from __future__ import annotations

import asyncio
import logging
from collections import OrderedDict
from typing import Any

from aiohttp import web

from chathost.protocol import frames
from chathost.protocol.codec import encode_text, staff_decoder
from chathost.protocol.version import PROTOCOL_VERSION
from chathost.server import blocks, referrals, views
from chathost.server.connection import Connection
from chathost.server.context import CONTEXT, ServerContext
from chathost.server.errors import OpError
from chathost.server.storage import SessionRow, UserRow
from chathost.server.ws_common import StaffLimits, frames_of, receive_hello, upgrade

log = logging.getLogger(__name__)

REPLY_CACHE = 1000


class StaffConnection(Connection):
    def __init__(
        self, ws: web.WebSocketResponse, user_id: int, token_hash: bytes, expires_at: float
    ) -> None:
        super().__init__(ws, f"staff:{user_id}")
        self.user_id = user_id
        self.token_hash = token_hash
        self.expires_at = expires_at


def disconnect_user(ctx: ServerContext, user_id: int, reason: str) -> None:
    for conn in ctx.hub.connections(user_id):
        conn.send(frames.Goodbye(reason=reason, reconnect=False))
        conn.close_soon(1008, reason)


async def valid_session(ctx: ServerContext, token_hash: bytes) -> tuple[SessionRow | None, str]:
    """The session behind a token if it still holds, else None and the reason why."""
    stored = await ctx.storage.get_session(token_hash)
    if stored is not None and stored.user.disabled:  # disabling also revokes: say why
        return None, "account_disabled"
    if stored is None or stored.revoked:
        return None, "logged_out"
    if stored.expires_at <= ctx.config.clock():
        return None, "session_expired"
    return stored, ""


def disconnect_expired(ctx: ServerContext, now: float) -> None:
    """A connection lives no longer than the token it was opened with."""
    for conn in ctx.hub.connections():
        if isinstance(conn, StaffConnection) and conn.expires_at <= now:
            conn.send(frames.Goodbye(reason="session_expired", reconnect=False))
            conn.close_soon(1008, "session expired")


async def disconnect_revoked(ctx: ServerContext) -> None:
    """Tokens revoked or accounts disabled elsewhere (the admin command line writes only to the
    database) end their connections too."""
    for conn in ctx.hub.connections():
        if isinstance(conn, StaffConnection) and not conn.closed:
            still, reason = await valid_session(ctx, conn.token_hash)
            if still is None:
                conn.send(frames.Goodbye(reason=reason, reconnect=False))
                conn.close_soon(1008, reason)


def disconnect_token(ctx: ServerContext, token_hash: bytes, reason: str) -> None:
    for conn in ctx.hub.connections():
        if isinstance(conn, StaffConnection) and conn.token_hash == token_hash:
            conn.send(frames.Goodbye(reason=reason, reconnect=False))
            conn.close_soon(1000, reason)


async def serve(
    request: web.Request, user: UserRow, token_hash: bytes | None
) -> web.StreamResponse:
    ctx = request.app[CONTEXT]
    assert token_hash is not None
    ws = await upgrade(request, ctx.config)
    conn = StaffConnection(ws, user.id, token_hash, ctx.config.clock())
    hello = await receive_hello(ws, conn, staff_decoder, frames.Hello)  # type: ignore[arg-type]
    if hello is None:
        await conn.finish()
        return ws
    assert isinstance(hello, frames.Hello)
    # The token was checked at the upgrade, but the account may have been disabled or the token
    # revoked while we waited for hello: check again before anything is sent or done.
    fresh, reason = await valid_session(ctx, token_hash)
    if fresh is None:
        conn.send(frames.Goodbye(reason=reason, reconnect=False))
        await conn.drain_and_close(1008, reason)
        return ws
    user = fresh.user
    conn.expires_at = fresh.expires_at
    resumed, replay = ctx.hub.attach(user.id, conn, hello.resume)
    conn.send(
        frames.Welcome(
            protocol=PROTOCOL_VERSION,
            user=views.user(user),
            stream=ctx.hub.stream_id,
            seq=ctx.hub.position(user.id) if not resumed else hello.resume.after,  # type: ignore[union-attr]
            resumed=resumed,
            heartbeat=ctx.config.heartbeat,
        )
    )
    for text in replay:
        conn.send_raw(text)
    if hello.resume is not None and not resumed:
        conn.send(
            frames.Resync(
                stream=ctx.hub.stream_id,
                seq=ctx.hub.position(user.id),
                reason="The missed events are no longer available; fetch a snapshot.",
            )
        )
    # Connected: the shift overview shows it (after the welcome, whose seq it must follow).
    ctx.floor.staff_changed(user.id)
    session = StaffSession(ctx, user, conn)
    try:
        async for frame in frames_of(ws, conn, staff_decoder, session.limits):  # type: ignore[arg-type]
            await session.handle(frame)
    finally:
        ctx.hub.detach(user.id, conn)
        if not ctx.hub.connections(user.id):  # typing here ends with the last console
            ctx.floor.typing.staff_gone(user.id)
        ctx.floor.staff_changed(user.id)
        await conn.finish()
    return ws


class StaffSession:
    def __init__(self, ctx: ServerContext, user: UserRow, conn: Connection) -> None:
        self.ctx = ctx
        self.user_id = user.id
        self.conn = conn
        self.limits = StaffLimits(ctx.config)
        # Per user, shared by their connections: the answer to each recent command id, as a
        # future so that a duplicate arriving while the first is still running waits for it.
        self.replies: OrderedDict[str, asyncio.Future[str]] = ctx.replies.setdefault(
            user.id, OrderedDict()
        )

    def _current_user(self) -> UserRow | None:
        """The account as it is now (an admin may have disabled it since the hello)."""
        user = self.ctx.floor.directory.users.get(self.user_id)
        return None if user is None or user.disabled else user

    async def handle(self, frame: Any) -> None:
        frame_id = getattr(frame, "id", None)
        if isinstance(frame, frames.Ping):
            self.conn.send(frames.Pong(id=frame_id))
            return
        if isinstance(frame, frames.Hello):
            self.conn.send(frames.Error(code="already_hello", message="Hello was already said."))
            return
        user = self._current_user()
        if user is None:
            self.conn.send(frames.Goodbye(reason="account_disabled", reconnect=False))
            self.conn.close_soon(1008, "account disabled")
            return
        earlier = self.replies.get(frame_id) if frame_id is not None else None
        if earlier is not None:  # the same command again: the same answer, no second effect
            try:
                self.conn.send_raw(await asyncio.shield(earlier))
            except OpError as exc:
                self.conn.send(frames.Error(code=exc.code, message=exc.message, id=frame_id))
            return
        bucket = self.limits.bucket_for(frame)
        if bucket is not None and not self.limits.check(self.conn, bucket, frame_id):
            return
        answer: asyncio.Future[str] | None = None
        if frame_id is not None:
            answer = asyncio.get_running_loop().create_future()
            self.replies[frame_id] = answer
            while len(self.replies) > REPLY_CACHE:
                self.replies.popitem(last=False)
        try:
            reply = await self._dispatch(user, frame)
        except OpError as exc:
            if answer is not None:  # errors are not remembered: a retry may succeed
                self.replies.pop(frame_id, None)  # type: ignore[arg-type]
                answer.set_exception(exc)
                answer.exception()  # retrieved here, whether or not a duplicate waits
            self.conn.send(frames.Error(code=exc.code, message=exc.message, id=frame_id))
            return
        if reply is None:
            return
        text = encode_text(reply)
        if answer is not None:
            answer.set_result(text)
        self.conn.send_raw(text)

    async def _dispatch(self, user: UserRow, frame: Any) -> frames.Ack | None:
        floor = self.ctx.floor
        match frame:
            case frames.ShiftStart():
                return frames.Ack(id=frame.id, shift=await floor.start_shift(user))
            case frames.ShiftPause():
                return frames.Ack(id=frame.id, shift=await floor.pause_shift(user, True))
            case frames.ShiftResume():
                return frames.Ack(id=frame.id, shift=await floor.pause_shift(user, False))
            case frames.ShiftEnd():
                return frames.Ack(id=frame.id, shift=await floor.end_shift(user))
            case frames.Take():
                conversation = await floor.intake.take(user, frame.conversation, frame.service)
                return frames.Ack(id=frame.id, conversation=conversation)
            case frames.Send():
                message = await floor.transcript.host_send(
                    user, frame.conversation, frame.id, frame.text
                )
                return frames.Ack(id=frame.id, message=message)
            case frames.Typing():
                floor.typing.from_staff(user, frame.conversation, frame.typing)
                return None
            case frames.Read():
                await floor.transcript.host_read(user, frame.conversation, frame.seq)
                return None
            case frames.Release():
                conversation = await floor.release(user, frame.conversation, frame.note)
                return frames.Ack(id=frame.id, conversation=conversation)
            case frames.End():
                return frames.Ack(
                    id=frame.id, conversation=await floor.host_end(user, frame.conversation)
                )
        return await self._dispatch_care(user, frame)

    async def _dispatch_care(self, user: UserRow, frame: Any) -> frames.Ack:
        """Risk, escalations, referral and blocking."""
        ctx = self.ctx
        escalations = ctx.escalations
        match frame:
            case frames.SetRisk():
                conversation = await escalations.set_risk(user, frame.conversation, frame.level)
                return frames.Ack(id=frame.id, conversation=conversation)
            case frames.AskHelp():
                escalation = await escalations.ask_help(user, frame.conversation, frame.pressed_at)
                return frames.Ack(id=frame.id, escalation=escalation)
            case frames.CancelHelp():
                escalation = await escalations.cancel(user, frame.escalation)
                return frames.Ack(id=frame.id, escalation=escalation)
            case frames.FlagAcute():
                conversation, escalation = await escalations.flag_acute(
                    user, frame.conversation, frame.pressed_at
                )
                return frames.Ack(id=frame.id, conversation=conversation, escalation=escalation)
            case frames.Acknowledge():
                escalation = await escalations.acknowledge(user, frame.escalation)
                return frames.Ack(id=frame.id, escalation=escalation)
            case frames.Refer():
                conversation = await referrals.refer(
                    ctx.floor, escalations, user, frame.conversation, frame.service, frame.note
                )
                return frames.Ack(id=frame.id, conversation=conversation)
            case frames.Block():
                conversation = await blocks.block(ctx.floor, user, frame.conversation, frame.reason)
                return frames.Ack(id=frame.id, conversation=conversation)
        return await self._dispatch_floor(user, frame)

    async def _dispatch_floor(self, user: UserRow, frame: Any) -> frames.Ack:
        """Supervision, the private channel, warm transfers and debriefs."""
        ctx = self.ctx
        supervision, transfers = ctx.supervision, ctx.transfers
        match frame:
            case frames.Supervise():
                conversation = await supervision.supervise(user, frame.conversation, frame.mode)
                return frames.Ack(id=frame.id, conversation=conversation)
            case frames.Unsupervise():
                conversation = await supervision.unsupervise(user, frame.conversation)
                return frames.Ack(id=frame.id, conversation=conversation)
            case frames.TakeOver():
                conversation = await supervision.take_over(
                    user, frame.conversation, frame.keep_host
                )
                return frames.Ack(id=frame.id, conversation=conversation)
            case frames.Whisper():
                message = await supervision.whisper(user, frame.conversation, frame.id, frame.text)
                return frames.Ack(id=frame.id, message=message)
            case frames.OfferTransfer():
                transfer = await transfers.offer(user, frame.conversation, frame.to, frame.note)
                return frames.Ack(id=frame.id, transfer=transfer)
            case frames.AnswerTransfer():
                transfer, handed = await transfers.answer(user, frame.transfer, frame.accept)
                return frames.Ack(id=frame.id, transfer=transfer, conversation=handed)
            case frames.CancelTransfer():
                transfer = await transfers.cancel(user, frame.transfer)
                return frames.Ack(id=frame.id, transfer=transfer)
            case frames.RequestDebrief():
                member = await ctx.staff_board.request_debrief(user)
                return frames.Ack(id=frame.id, staff=member)
            case frames.AcknowledgeDebrief():
                member = await ctx.staff_board.acknowledge_debrief(user, frame.username)
                return frames.Ack(id=frame.id, staff=member)
        raise OpError("unsupported", "That frame is not handled here.", 400)


async def disconnect_all(ctx: ServerContext) -> None:
    """Graceful shutdown: every staff client is told, and may reconnect and resume later."""
    conns = ctx.hub.connections()
    for conn in conns:
        conn.send(frames.Goodbye(reason="server_shutdown", reconnect=True))
    for conn in conns:
        await conn.drain_and_close(1001, "server shutdown")
