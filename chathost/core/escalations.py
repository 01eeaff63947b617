"""The escalation buttons' commands. Acute danger must work with the connection down: the press
is kept (with the time it happened) and sent the moment the console is online again, with the
same command id, so the server flags it exactly once."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from chathost.core.api import BackendError
from chathost.core.events import Emitter
from chathost.core.failures import CommandFailed
from chathost.protocol import frames, models
from chathost.protocol.models import RiskLevel
from chathost.protocol.text import new_client_id

if TYPE_CHECKING:
    from chathost.core.session import ConsoleSession


# Refusals that say "not now" rather than "no": the press is sent again.
TEMPORARY = {"storage_failed", "rate_limited", "unavailable"}


@dataclass
class AcutePress:
    conversation: str
    command_id: str
    pressed_at: float
    # Set when the server refused it for good (the conversation ended meanwhile…).
    error: str | None = None


class EscalationDesk:
    def __init__(self, session: ConsoleSession, clock: Callable[[], float] = time.time) -> None:
        self.session = session
        self.state = session.state
        self.clock = clock
        # Acute presses not yet confirmed by the server, by conversation.
        self.pending: dict[str, AcutePress] = {}
        # A conversation id whose pending acute press changed.
        self.changed: Emitter[[str]] = Emitter()
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self.retry_after = 2.0
        session.stream.status_changed.connect(lambda _status: self._wake.set())

    def start(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self._deliver())

    async def close(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    # ------------------------------------------------------------ acute danger

    def flag_acute(self, conversation: str) -> AcutePress:
        """Returns at once: the steps show locally whatever the connection does."""
        press = self.pending.get(conversation)
        if press is None or press.error is not None:
            press = AcutePress(conversation, new_client_id(), self.clock())
            self.pending[conversation] = press
            self.changed.emit(conversation)
        self._wake.set()
        return press

    def is_flagged(self, conversation: str) -> bool:
        """Flagged on the server, or pressed here and on its way."""
        info = self.state.conversations.get(conversation)
        press = self.pending.get(conversation)
        return (info is not None and info.info.acute_at is not None) or (
            press is not None and press.error is None
        )

    @property
    def online(self) -> bool:
        return self.session.stream.status == "online"

    async def _deliver(self) -> None:
        """Send every pending press; retried until the server answers, whatever goes wrong on
        the way (a lost connection wakes it on reconnect; a timeout or a temporary refusal
        retries after a short pause)."""
        while True:
            await self._wake.wait()
            self._wake.clear()
            again = False
            for press in list(self.pending.values()):
                if press.error is not None:
                    continue
                if not self.online:
                    break  # the next connection wakes us
                frame = frames.FlagAcute(
                    id=press.command_id,
                    conversation=press.conversation,
                    pressed_at=press.pressed_at,
                )
                try:
                    ack = await self.session.command(frame)
                except BackendError:
                    again = True  # no answer in time, or the connection went meanwhile
                    break
                except CommandFailed as exc:
                    if exc.code in TEMPORARY:
                        again = True
                        continue
                    press.error = exc.code
                    self.changed.emit(press.conversation)
                    continue
                if ack.escalation is not None:
                    self.state.put_escalation(ack.escalation)
                if ack.conversation is not None:
                    self.state.apply(frames.ConversationEvent(seq=0, conversation=ack.conversation))
                del self.pending[press.conversation]
                self.changed.emit(press.conversation)
            if again:
                asyncio.get_running_loop().call_later(self.retry_after, self._wake.set)

    # ------------------------------------------------------------ the other buttons

    async def ask_help(self, conversation: str) -> models.Escalation:
        frame = frames.AskHelp(
            id=new_client_id(), conversation=conversation, pressed_at=self.clock()
        )
        return self._escalation(await self.session.command(frame))

    async def cancel_help(self, escalation: str) -> models.Escalation:
        return self._escalation(
            await self.session.command(frames.CancelHelp(id=new_client_id(), escalation=escalation))
        )

    async def acknowledge(self, escalation: str) -> models.Escalation:
        return self._escalation(
            await self.session.command(
                frames.Acknowledge(id=new_client_id(), escalation=escalation)
            )
        )

    def _escalation(self, ack: frames.Ack) -> models.Escalation:
        assert ack.escalation is not None
        self.state.put_escalation(ack.escalation)
        return ack.escalation

    async def set_risk(self, conversation: str, level: RiskLevel) -> models.Conversation:
        frame = frames.SetRisk(id=new_client_id(), conversation=conversation, level=level)
        return self._conversation(await self.session.command(frame))

    async def refer(self, conversation: str, service: str, note: str) -> models.Conversation:
        frame = frames.Refer(
            id=new_client_id(), conversation=conversation, service=service, note=note
        )
        return self._conversation(await self.session.command(frame))

    async def block(self, conversation: str, reason: frames.BlockReason) -> models.Conversation:
        frame = frames.Block(id=new_client_id(), conversation=conversation, reason=reason)
        return self._conversation(await self.session.command(frame))

    def _conversation(self, ack: frames.Ack) -> models.Conversation:
        assert ack.conversation is not None
        self.state.apply(frames.ConversationEvent(seq=0, conversation=ack.conversation))
        return ack.conversation

    def open_help(self, conversation: str) -> models.Escalation | None:
        """The host's current call for supervision in this conversation, if any."""
        for escalation in reversed(self.state.escalations_of(conversation)):
            if escalation.kind == "supervision" and escalation.status in ("open", "acknowledged"):
                return escalation
        return None
