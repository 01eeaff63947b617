"""What deserves the host's attention, decided once here so every alert (sound, taskbar, badge,
window title) agrees: a new visitor in a queue, a visitor message in a conversation the host is
not looking at, a visitor who has waited too long."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from chathost.core.events import Emitter
from chathost.core.state import ConsoleState

AlertKind = Literal["queue", "message", "waiting", "help", "acute"]


@dataclass(frozen=True)
class Alert:
    kind: AlertKind
    service: str
    conversation: str
    alias: str  # chosen by the server, never visitor text
    # For calls for help: the host who called (their display name from the server).
    who: str = ""


class Attention:
    def __init__(
        self,
        state: ConsoleState,
        wait_alert_seconds: float = 300.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.state = state
        self.wait_alert_seconds = wait_alert_seconds
        self.clock = clock
        self.alerted: Emitter[[Alert]] = Emitter()
        # The conversation on screen while the window is active; None when the host looks away.
        self.focused: str | None = None
        self._known_waiting: set[str] | None = None  # None until the first queue picture
        self._long_wait_told: set[str] = set()
        self._told_seq: dict[str, int] = {}
        # Escalation id → how many alerts of it were announced (it alerts again until answered).
        self._told_escalations: dict[str, int] = {}
        state.changed.connect(self._on_change)

    @property
    def on_shift(self) -> bool:
        return self.state.shift.status == "available"

    def _on_change(self, change: Any) -> None:
        if change == "queues":
            self._queue_changed()
        elif isinstance(change, tuple) and change[0] in ("conversation", "messages"):
            self._conversation_changed(change[1])
        elif isinstance(change, tuple) and change[0] == "escalation":
            self._escalation_changed(change[1])

    def _escalation_changed(self, conversation_id: str) -> None:
        """A supervisor hears every open call for help in their services, and again each time
        the server alerts again; the host who called hears nothing (they pressed it)."""
        user = self.state.user
        if user is None or user.role != "supervisor":
            return
        for escalation in self.state.escalations_of(conversation_id):
            told = self._told_escalations.get(escalation.id, 0)
            if (
                escalation.status != "open"
                or escalation.raised_by == user.username
                or escalation.alerts <= told
            ):
                continue
            self._told_escalations[escalation.id] = escalation.alerts
            self.alerted.emit(
                Alert(
                    escalation.kind if escalation.kind == "acute" else "help",
                    escalation.service,
                    escalation.conversation,
                    escalation.alias,
                    escalation.raised_by_name,
                )
            )

    def _queue_changed(self) -> None:
        waiting = {e.conversation: e for q in self.state.queues.values() for e in q.waiting}
        if self._known_waiting is not None and self.on_shift:
            for conversation_id in waiting.keys() - self._known_waiting:
                entry = waiting[conversation_id]
                self.alerted.emit(Alert("queue", entry.service, entry.conversation, entry.alias))
        self._known_waiting = set(waiting)
        self._long_wait_told &= self._known_waiting

    def _conversation_changed(self, conversation_id: str) -> None:
        state = self.state.conversations.get(conversation_id)
        if state is None:
            return
        if conversation_id not in self._told_seq:
            # What was there when the conversation reached us is not news.
            self._told_seq[conversation_id] = max(state.info.last_seq, state.last_seq)
            return
        told = self._told_seq[conversation_id]
        newest = 0
        for message in reversed(state.messages):  # only the tail is new
            if message.seq <= told:
                break
            if message.sender == "visitor":
                newest = max(newest, message.seq)
        if not newest:
            return
        self._told_seq[conversation_id] = newest
        # A supervisor's console knows the whole floor; only conversations it has open (held,
        # or read along in) are news, not every visitor message in the centre.
        if (
            conversation_id != self.focused
            and state.info.status == "active"
            and self.state.follows(conversation_id)
        ):
            info = state.info
            self.alerted.emit(Alert("message", info.service, info.id, info.alias))

    def tick(self) -> None:
        """Called every few seconds: a visitor waiting past the centre's limit is told once."""
        if not self.on_shift:
            return
        now = self.clock()
        for queue in self.state.queues.values():
            for entry in queue.waiting:
                if (
                    entry.conversation not in self._long_wait_told
                    and now - entry.queued_at >= self.wait_alert_seconds
                ):
                    self._long_wait_told.add(entry.conversation)
                    self.alerted.emit(
                        Alert("waiting", entry.service, entry.conversation, entry.alias)
                    )

    def unread(self, conversation_id: str) -> int:
        return self.state.unread_of(conversation_id)

    def counts(self) -> tuple[int, int]:
        """(unread visitor messages in the host's open conversations, visitors waiting)."""
        unread = sum(
            self.state.unread_of(cid) for cid in self.state.conversations if self.state.follows(cid)
        )
        waiting = sum(len(q.waiting) for q in self.state.queues.values())
        return unread, waiting
