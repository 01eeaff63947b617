"""A protocol-level client for the chat server: staff and visitor sides over real WebSockets.

Every frame the server sends is decoded against the protocol schema, so using this client also
checks that the server speaks the documented protocol."""

from __future__ import annotations

import asyncio
import itertools
import uuid
from collections.abc import Callable
from typing import Any

import aiohttp
import msgspec

from chathost.protocol import frames, models
from chathost.protocol.codec import encode_text
from chathost.protocol.version import API_PREFIX, PROTOCOL_VERSION

_staff_out = msgspec.json.Decoder(frames.StaffOut)
_visitor_out = msgspec.json.Decoder(frames.VisitorOut)
_ids = itertools.count(1)


def new_id() -> str:
    return f"{uuid.uuid4().hex[:12]}-{next(_ids)}"


class ApiError(Exception):
    def __init__(self, status: int, problem: dict[str, Any]) -> None:
        super().__init__(f"{status} {problem.get('code')}: {problem.get('detail')}")
        self.status = status
        self.code = problem.get("code")
        self.problem = problem


class CommandError(Exception):
    def __init__(self, error: frames.Error) -> None:
        super().__init__(f"{error.code}: {error.message}")
        self.code = error.code
        self.error = error


class _Socket:
    """Frames received so far, and waiting for one that matches."""

    def __init__(self, decoder: msgspec.json.Decoder[Any]) -> None:
        self.decoder = decoder
        self.frames: list[Any] = []
        self._taken: set[int] = set()
        self._changed = asyncio.Event()
        self.ws: aiohttp.ClientWebSocketResponse | None = None
        self.closed = asyncio.Event()
        self.close_code: int | None = None
        self._reader: asyncio.Task[None] | None = None
        self._pending: dict[str, asyncio.Future[Any]] = {}

    def _start(self, ws: aiohttp.ClientWebSocketResponse) -> None:
        self.ws = ws
        self.closed.clear()
        self._reader = asyncio.create_task(self._read(ws))

    async def _read(self, ws: aiohttp.ClientWebSocketResponse) -> None:
        try:
            async for msg in ws:
                if msg.type != aiohttp.WSMsgType.TEXT:
                    break
                frame = self.decoder.decode(msg.data)
                self._received(frame)
                self.frames.append(frame)
                self._changed.set()
        finally:
            self.close_code = ws.close_code
            self.closed.set()
            self._changed.set()
            for fut in self._pending.values():
                if not fut.done():
                    fut.set_exception(ConnectionError("connection closed"))
            self._pending.clear()

    def _received(self, frame: Any) -> None:
        frame_id = getattr(frame, "id", None)
        if isinstance(frame, frames.Ack | frames.VisitorAck | frames.Error) and frame_id:
            fut = self._pending.pop(frame_id, None)
            if fut is not None and not fut.done():
                fut.set_result(frame)

    async def wait_for(
        self,
        kind: type | tuple[type, ...],
        pred: Callable[[Any], bool] = lambda f: True,
        timeout: float = 10.0,
        since: int = 0,
    ) -> Any:
        """The first frame of this kind (from index `since`), not yet taken, that matches;
        taking it."""
        async with asyncio.timeout(timeout):
            while True:
                for index in range(since, len(self.frames)):
                    frame = self.frames[index]
                    if index not in self._taken and isinstance(frame, kind) and pred(frame):
                        self._taken.add(index)
                        return frame
                if self.closed.is_set():
                    raise ConnectionError(f"closed ({self.close_code}) while waiting for {kind}")
                self._changed.clear()
                await self._changed.wait()

    def of(self, kind: type) -> list[Any]:
        return [f for f in self.frames if isinstance(f, kind)]

    async def send_raw(self, data: str | bytes) -> None:
        assert self.ws is not None
        if isinstance(data, bytes):
            await self.ws.send_bytes(data)
        else:
            await self.ws.send_str(data)

    async def request(self, frame: Any, timeout: float = 10.0) -> Any:
        """Send a frame with an id and wait for its ack or error."""
        fut: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self._pending[frame.id] = fut
        await self.send_raw(encode_text(frame))
        async with asyncio.timeout(timeout):
            return await fut

    async def disconnect(self) -> None:
        if self.ws is not None:
            await self.ws.close()
        if self._reader is not None:
            await self._reader


class StaffClient(_Socket):
    def __init__(self, base_url: str, session: aiohttp.ClientSession) -> None:
        super().__init__(_staff_out)
        self.base = base_url.rstrip("/")
        self.http = session
        self.token: str | None = None
        self.stream: str | None = None
        self.welcome: frames.Welcome | None = None

    @property
    def last_seq(self) -> int:
        """The highest event sequence number received."""
        seqs = [f.seq for f in self.frames if isinstance(f, frames.StaffEvent)]
        if self.welcome is not None:
            seqs.append(self.welcome.seq)
        return max(seqs, default=0)

    def _headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"} if self.token else {}

    async def call(self, method: str, path: str, body: Any = None, **params: Any) -> Any:
        data = msgspec.json.encode(body) if body is not None else None
        headers = self._headers()
        if data is not None:
            headers["Content-Type"] = "application/json"
        async with self.http.request(
            method, self.base + API_PREFIX + path, data=data, headers=headers, params=params
        ) as resp:
            raw = await resp.read()
            if resp.status >= 400:
                raise ApiError(resp.status, msgspec.json.decode(raw) if raw else {})
            return msgspec.json.decode(raw) if raw else None

    async def login(self, username: str, password: str) -> models.LoginResponse:
        raw = await self.call("POST", "/auth/login", {"username": username, "password": password})
        answer = msgspec.convert(raw, models.LoginResponse)
        self.token = answer.token
        return answer

    async def snapshot(self) -> models.Snapshot:
        return msgspec.convert(await self.call("GET", "/staff/snapshot"), models.Snapshot)

    async def messages(self, conversation: str, after: int = 0) -> models.MessagePage:
        raw = await self.call("GET", f"/conversations/{conversation}/messages", after=after)
        return msgspec.convert(raw, models.MessagePage)

    async def connect(self, resume: bool = True) -> frames.Welcome:
        """Open the event stream; resume after the last event seen when there is one."""
        ws = await self.http.ws_connect(
            self.base + API_PREFIX + "/staff/ws",
            headers=self._headers(),
            autoping=True,
            max_msg_size=0,
        )
        self._start(ws)
        hello = frames.Hello(protocol=PROTOCOL_VERSION)
        if resume and self.stream is not None:
            hello.resume = frames.Resume(stream=self.stream, after=self.last_seq)
        start = len(self.frames)
        await self.send_raw(encode_text(hello))
        welcome = await self.wait_for(frames.Welcome, since=start)
        self.welcome = welcome
        self.stream = welcome.stream
        return welcome  # type: ignore[no-any-return]

    async def command(self, frame: Any) -> Any:
        reply = await self.request(frame)
        if isinstance(reply, frames.Error):
            raise CommandError(reply)
        return reply

    async def start_shift(self) -> frames.Ack:
        return await self.command(frames.ShiftStart(id=new_id()))  # type: ignore[no-any-return]

    async def take(self, conversation: str | None = None) -> models.Conversation:
        ack = await self.command(frames.Take(id=new_id(), conversation=conversation))
        return ack.conversation  # type: ignore[no-any-return]

    async def send(self, conversation: str, text: str, id: str | None = None) -> models.Message:
        ack = await self.command(
            frames.Send(id=id or new_id(), conversation=conversation, text=text)
        )
        return ack.message  # type: ignore[no-any-return]

    async def release(self, conversation: str, note: str = "") -> models.Conversation:
        ack = await self.command(
            frames.Release(id=new_id(), conversation=conversation, note=note)
        )
        return ack.conversation  # type: ignore[no-any-return]

    async def end(self, conversation: str) -> models.Conversation:
        ack = await self.command(frames.End(id=new_id(), conversation=conversation))
        return ack.conversation  # type: ignore[no-any-return]

    async def set_risk(self, conversation: str, level: models.RiskLevel) -> models.Conversation:
        ack = await self.command(
            frames.SetRisk(id=new_id(), conversation=conversation, level=level)
        )
        return ack.conversation  # type: ignore[no-any-return]

    async def ask_help(
        self, conversation: str, pressed_at: float | None = None
    ) -> models.Escalation:
        ack = await self.command(
            frames.AskHelp(id=new_id(), conversation=conversation, pressed_at=pressed_at)
        )
        return ack.escalation  # type: ignore[no-any-return]

    async def cancel_help(self, escalation: str) -> models.Escalation:
        ack = await self.command(frames.CancelHelp(id=new_id(), escalation=escalation))
        return ack.escalation  # type: ignore[no-any-return]

    async def flag_acute(self, conversation: str, pressed_at: float | None = None) -> frames.Ack:
        """The ack carries both the flagged conversation and the escalation."""
        return await self.command(  # type: ignore[no-any-return]
            frames.FlagAcute(id=new_id(), conversation=conversation, pressed_at=pressed_at)
        )

    async def acknowledge(self, escalation: str) -> models.Escalation:
        ack = await self.command(frames.Acknowledge(id=new_id(), escalation=escalation))
        return ack.escalation  # type: ignore[no-any-return]

    async def refer(self, conversation: str, service: str, note: str = "") -> models.Conversation:
        ack = await self.command(
            frames.Refer(id=new_id(), conversation=conversation, service=service, note=note)
        )
        return ack.conversation  # type: ignore[no-any-return]

    async def block(
        self, conversation: str, reason: frames.BlockReason = "abuse"
    ) -> models.Conversation:
        ack = await self.command(
            frames.Block(id=new_id(), conversation=conversation, reason=reason)
        )
        return ack.conversation  # type: ignore[no-any-return]

    async def supervise(
        self, conversation: str, mode: models.SupervisionMode = "reading"
    ) -> models.Conversation:
        ack = await self.command(
            frames.Supervise(id=new_id(), conversation=conversation, mode=mode)
        )
        return ack.conversation  # type: ignore[no-any-return]

    async def unsupervise(self, conversation: str) -> models.Conversation:
        ack = await self.command(frames.Unsupervise(id=new_id(), conversation=conversation))
        return ack.conversation  # type: ignore[no-any-return]

    async def take_over(self, conversation: str, keep_host: bool = False) -> models.Conversation:
        ack = await self.command(
            frames.TakeOver(id=new_id(), conversation=conversation, keep_host=keep_host)
        )
        return ack.conversation  # type: ignore[no-any-return]

    async def whisper(self, conversation: str, text: str, id: str | None = None) -> models.Message:
        ack = await self.command(
            frames.Whisper(id=id or new_id(), conversation=conversation, text=text)
        )
        return ack.message  # type: ignore[no-any-return]

    async def offer_transfer(self, conversation: str, to: str, note: str = "") -> models.Transfer:
        ack = await self.command(
            frames.OfferTransfer(id=new_id(), conversation=conversation, to=to, note=note)
        )
        return ack.transfer  # type: ignore[no-any-return]

    async def answer_transfer(self, transfer: str, accept: bool) -> models.Transfer:
        """On accepting, the ack also carries the conversation now held (send the frame with
        `command` to see it)."""
        ack = await self.command(
            frames.AnswerTransfer(id=new_id(), transfer=transfer, accept=accept)
        )
        return ack.transfer  # type: ignore[no-any-return]

    async def cancel_transfer(self, transfer: str) -> models.Transfer:
        ack = await self.command(frames.CancelTransfer(id=new_id(), transfer=transfer))
        return ack.transfer  # type: ignore[no-any-return]

    async def request_debrief(self) -> models.StaffMember:
        ack = await self.command(frames.RequestDebrief(id=new_id()))
        return ack.staff  # type: ignore[no-any-return]

    async def acknowledge_debrief(self, username: str) -> models.StaffMember:
        ack = await self.command(frames.AcknowledgeDebrief(id=new_id(), username=username))
        return ack.staff  # type: ignore[no-any-return]

    async def guidelines(self) -> models.GuidelineSet:
        return msgspec.convert(await self.call("GET", "/guidelines"), models.GuidelineSet)

    async def staff_services(self) -> list[models.StaffService]:
        raw = await self.call("GET", "/staff/services")
        return msgspec.convert(raw, list[models.StaffService])

    async def wrapup(
        self, conversation: str, answers: dict[str, list[str]], comment: str | None = None
    ) -> None:
        body = models.WrapupAnswers(answers=answers, comment=comment)
        await self.call("POST", f"/conversations/{conversation}/wrapup", body)


class VisitorClient(_Socket):
    def __init__(self, base_url: str, session: aiohttp.ClientSession) -> None:
        super().__init__(_visitor_out)
        self.base = base_url.rstrip("/")
        self.http = session
        self.token: str | None = None
        self.conversation: str | None = None

    @property
    def last_seq(self) -> int:
        return max((f.message.seq for f in self.of(frames.VisitorMessageFrame)), default=0)

    async def open(
        self, service: str, language: str = "en", session: str | None = None
    ) -> models.VisitorOpenResponse:
        """`session` stands for the visitor page's anonymous browser session (blocks use it)."""
        body: dict[str, str] = {"service": service, "language": language}
        if session is not None:
            body["session"] = session
        async with self.http.post(
            self.base + API_PREFIX + "/visitor/conversations", json=body
        ) as resp:
            raw = await resp.read()
            if resp.status >= 400:
                raise ApiError(resp.status, msgspec.json.decode(raw))
        answer = msgspec.json.decode(raw, type=models.VisitorOpenResponse)
        self.token = answer.token
        self.conversation = answer.conversation
        return answer

    async def connect(self, after: int | None = None) -> frames.VisitorWelcome:
        ws = await self.http.ws_connect(self.base + API_PREFIX + "/visitor/ws", max_msg_size=0)
        self._start(ws)
        start = len(self.frames)
        assert self.token is not None
        await self.send_raw(
            encode_text(
                frames.VisitorHello(
                    token=self.token,
                    protocol=PROTOCOL_VERSION,
                    after=self.last_seq if after is None else after,
                )
            )
        )
        return await self.wait_for(  # type: ignore[no-any-return]
            (frames.VisitorWelcome, frames.Error), since=start
        )

    async def send(self, text: str, id: str | None = None) -> frames.VisitorAck:
        reply = await self.request(frames.VisitorSend(id=id or new_id(), text=text))
        if isinstance(reply, frames.Error):
            raise CommandError(reply)
        return reply  # type: ignore[no-any-return]
