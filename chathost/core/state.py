"""What the console knows: the shift, the queues, and the conversations it shows with their
messages. Snapshots and events are applied idempotently: a message is keyed by its sequence
number, so a replay or a snapshot after a reconnect never shows anything twice."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Any

import msgspec

from chathost.core.events import Emitter
from chathost.protocol import frames, models


@dataclass
class ConversationState:
    info: models.Conversation
    messages: list[models.Message] = field(default_factory=list)
    visitor_typing: bool = False
    # (host read mark, visitor messages after it): kept up to date as messages arrive, so the
    # unread count stays O(1) per message even when the read mark is far behind.
    _unread: tuple[int, int] | None = field(default=None, repr=False)

    @property
    def last_seq(self) -> int:
        return self.messages[-1].seq if self.messages else 0

    def complete_upto(self) -> int:
        """The sequence number up to which no message is missing (a live message can arrive
        before the ones just before it)."""
        if self.last_seq == len(self.messages):  # the usual case: 1…n, nothing missing
            return self.last_seq
        upto = 0
        for message in self.messages:
            if message.seq != upto + 1:
                break
            upto = message.seq
        return upto

    def add(self, message: models.Message) -> bool:
        """Insert by sequence number; False if it was already there."""
        seqs = (
            [m.seq for m in self.messages]
            if self.messages and (message.seq <= self.messages[-1].seq)
            else None
        )
        if seqs is None:
            self.messages.append(message)
        else:
            index = bisect.bisect_left(seqs, message.seq)
            if index < len(seqs) and seqs[index] == message.seq:
                return False
            self.messages.insert(index, message)
        if self._unread is not None and message.sender == "visitor":
            mark, count = self._unread
            if message.seq > mark:
                self._unread = (mark, count + 1)
        return True

    @property
    def unread(self) -> int:
        """Visitor messages after the host's read mark."""
        mark = self.info.host_read_seq
        if self._unread is None or self._unread[0] != mark:
            count = 0
            for m in reversed(self.messages):  # only the tail after the read mark
                if m.seq <= mark:
                    break
                count += m.sender == "visitor"
            self._unread = (mark, count)
        return self._unread[1]


@dataclass
class ConsoleState:
    user: models.User | None = None
    shift: models.ShiftState = field(default_factory=lambda: models.ShiftState(status="off"))
    queues: dict[str, models.ServiceQueue] = field(default_factory=dict)
    conversations: dict[str, ConversationState] = field(default_factory=dict)
    # Calls for help and acute flags this user raised or supervises, by id.
    escalations: dict[str, models.Escalation] = field(default_factory=dict)
    guidelines_revision: int = 0
    # What changed: "shift", "queues", "guidelines", ("conversation", id), ("messages", id),
    # ("typing", id), ("escalation", conversation id)
    changed: Emitter[[Any]] = field(default_factory=Emitter)

    def apply_snapshot(self, snapshot: models.Snapshot) -> None:
        self.user = snapshot.user
        self.shift = snapshot.shift
        self.queues = {q.service: q for q in snapshot.queues}
        current = {c.id for c in snapshot.conversations}
        for conversation in snapshot.conversations:
            self._upsert(conversation)
        for conversation_id, state in list(self.conversations.items()):
            if conversation_id not in current and state.info.status == "active":
                # Ended or handed away while we were not listening: keep it, marked as left.
                state.info = _with(state.info, status="ended")
                self.changed.emit(("conversation", conversation_id))
        self.changed.emit("shift")
        self.changed.emit("queues")
        # The snapshot holds every escalation still open or acknowledged; one we know that is
        # not in it was cancelled or closed while we were away.
        current_escalations = {e.id for e in snapshot.escalations}
        for escalation_id, escalation in list(self.escalations.items()):
            if escalation_id not in current_escalations:
                del self.escalations[escalation_id]
                self.changed.emit(("escalation", escalation.conversation))
        for escalation in snapshot.escalations:
            self.put_escalation(escalation)
        if snapshot.guidelines_revision != self.guidelines_revision:
            self.guidelines_revision = snapshot.guidelines_revision
            self.changed.emit("guidelines")

    def put_escalation(self, escalation: models.Escalation) -> None:
        self.escalations[escalation.id] = escalation
        self.changed.emit(("escalation", escalation.conversation))

    def escalations_of(self, conversation_id: str) -> list[models.Escalation]:
        return sorted(
            (e for e in self.escalations.values() if e.conversation == conversation_id),
            key=lambda e: e.raised_at,
        )

    def add_messages(self, conversation: str, messages: list[models.Message]) -> None:
        state = self.conversations.get(conversation)
        if state is None:
            return
        if any([state.add(m) for m in messages]):
            self.changed.emit(("messages", conversation))

    def _upsert(self, conversation: models.Conversation) -> None:
        state = self.conversations.get(conversation.id)
        if state is None:
            self.conversations[conversation.id] = ConversationState(conversation)
        else:
            state.info = conversation
        self.changed.emit(("conversation", conversation.id))

    def apply(self, frame: Any) -> None:
        match frame:
            case frames.ShiftEvent():
                self.shift = frame.shift
                self.changed.emit("shift")
            case frames.QueueEvent():
                queue = self.queues.get(frame.service)
                if queue is not None:
                    queue.waiting = frame.waiting
                    self.changed.emit("queues")
            case frames.ConversationEvent():
                mine = self.user is not None and frame.conversation.host == self.user.username
                if mine or frame.conversation.id in self.conversations:
                    self._upsert(frame.conversation)
                    self._count_mine()
            case frames.MessageEvent():
                self.add_messages(frame.message.conversation, [frame.message])
            case frames.ReadEvent():
                state = self.conversations.get(frame.conversation)
                if state is not None:
                    field_name = "host_read_seq" if frame.reader == "host" else "visitor_read_seq"
                    state.info = _with(state.info, **{field_name: frame.upto})
                    self.changed.emit(("conversation", frame.conversation))
            case frames.PresenceEvent():
                state = self.conversations.get(frame.conversation)
                if state is not None:
                    state.info = _with(state.info, visitor_connected=frame.visitor_connected)
                    self.changed.emit(("conversation", frame.conversation))
            case frames.EscalationEvent():
                self.put_escalation(frame.escalation)
            case frames.GuidelinesEvent():
                if frame.revision != self.guidelines_revision:
                    self.guidelines_revision = frame.revision
                    self.changed.emit("guidelines")
            case frames.StaffTyping():
                state = self.conversations.get(frame.conversation)
                if state is not None:
                    state.visitor_typing = frame.typing
                    self.changed.emit(("typing", frame.conversation))

    def held(self) -> list[ConversationState]:
        """The conversations this user holds open right now."""
        me = self.user.username if self.user else None
        active = (c for c in self.conversations.values() if c.info.status == "active")
        return [c for c in active if c.info.host == me]

    def holds(self, conversation_id: str) -> bool:
        """Open and held by this user: closing its tab needs a decision."""
        state = self.conversations.get(conversation_id)
        me = self.user.username if self.user else None
        return state is not None and state.info.status == "active" and state.info.host == me

    def _count_mine(self) -> None:
        if self.user is None:
            return
        held = self.held()
        for service, queue in self.queues.items():
            queue.mine = sum(1 for c in held if c.info.service == service)
        self.changed.emit("queues")


def _with(conversation: models.Conversation, **changes: Any) -> models.Conversation:
    return msgspec.structs.replace(conversation, **changes)
