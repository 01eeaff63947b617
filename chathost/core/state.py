"""What the console knows: the shift, the queues, and the conversations it shows with their
messages. Snapshots and events are applied idempotently: a message is keyed by its sequence
number, so a replay or a snapshot after a reconnect never shows anything twice.

A supervisor's console also keeps every active conversation of the services it supervises (the
floor view), the colleagues on those services (the shift overview) and the open warm transfers
it is part of."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Any

import msgspec

from chathost.core.events import Emitter
from chathost.protocol import frames, models

# Whose messages a supervisor following a conversation has not read until they saw them.
_WATCHED = ("visitor", "host")


@dataclass
class ConversationState:
    info: models.Conversation
    messages: list[models.Message] = field(default_factory=list)
    visitor_typing: bool = False
    # Colleagues (usernames) writing to the visitor right now: the host sees a joined
    # supervisor start an answer, and the other way round.
    staff_typing: set[str] = field(default_factory=set)
    # (host read mark, visitor messages after it): kept up to date as messages arrive, so the
    # unread count stays O(1) per message even when the read mark is far behind.
    _unread: tuple[int, int] | None = field(default=None, repr=False)
    # This console's own read mark, for a conversation it follows without holding it (a
    # supervisor reading along or joined): the server keeps only the holder's. Moved on as the
    # conversation is shown here.
    seen_seq: int = 0

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

    def mark_seen(self, upto: int | None = None) -> bool:
        """Shown on this console up to `upto`; by default up to all the server has, fetched or
        not (what was there when a supervisor came in is not news). False if nothing moved."""
        if upto is None:
            upto = max(self.info.last_seq, self.last_seq)
        if upto <= self.seen_seq:
            return False
        self.seen_seq = upto
        return True

    @property
    def unseen(self) -> int:
        """Visitor and host messages after this console's own read mark: what a supervisor
        has not read yet (their own and other supervisors' messages are not news to them). Only
        the tail after the mark is counted: a supervisor's mark is rarely far behind."""
        count = 0
        for m in reversed(self.messages):
            if m.seq <= self.seen_seq:
                break
            count += m.sender in _WATCHED
        return count


@dataclass
class ConsoleState:
    user: models.User | None = None
    shift: models.ShiftState = field(default_factory=lambda: models.ShiftState(status="off"))
    queues: dict[str, models.ServiceQueue] = field(default_factory=dict)
    conversations: dict[str, ConversationState] = field(default_factory=dict)
    # Calls for help and acute flags this user raised or supervises, by id.
    escalations: dict[str, models.Escalation] = field(default_factory=dict)
    guidelines_revision: int = 0
    # Colleagues by username: supervisors see everyone in their services, others themselves.
    staff: dict[str, models.StaffMember] = field(default_factory=dict)
    # Warm transfers still offered, by id. An answered, cancelled or expired one leaves this
    # dict and is kept in `transfer_outcomes` instead.
    transfers: dict[str, models.Transfer] = field(default_factory=dict)
    # The latest closed transfer of each conversation, by conversation id, so the UI can tell
    # the offering host "declined" or "expired" after the ("transfer", id) change.
    transfer_outcomes: dict[str, models.Transfer] = field(default_factory=dict)
    # What changed: "shift", "queues", "guidelines", "staff", ("conversation", id),
    # ("messages", id) (a visitor message also moves the conversation's visitor_active_at),
    # ("typing", id), ("escalation", conversation id), ("transfer", conversation id)
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
        self.staff = {m.username: m for m in snapshot.staff}
        self.changed.emit("staff")
        # Like escalations: an offer missing from the snapshot was answered or dropped meanwhile
        # (pending offers do not survive a server restart).
        gone = self.transfers
        self.transfers = {t.id: t for t in snapshot.transfers}
        for transfer in gone.values():
            if transfer.id not in self.transfers:
                self.changed.emit(("transfer", transfer.conversation))
        for transfer in snapshot.transfers:
            self.changed.emit(("transfer", transfer.conversation))

    def put_staff(self, member: models.StaffMember) -> None:
        self.staff[member.username] = member
        self.changed.emit("staff")

    def put_transfer(self, transfer: models.Transfer) -> None:
        """An offer, or its outcome. A late "offered" copy of an offer already closed (an ack
        handled after the event that closed it) is ignored, so it never comes back."""
        if transfer.status == "offered":
            closed = self.transfer_outcomes.get(transfer.conversation)
            if closed is not None and closed.id == transfer.id:
                return
            self.transfers[transfer.id] = transfer
        else:
            self.transfers.pop(transfer.id, None)
            self.transfer_outcomes[transfer.conversation] = transfer
        self.changed.emit(("transfer", transfer.conversation))

    def open_transfer(self, conversation_id: str) -> models.Transfer | None:
        """The offer still open for this conversation (the server allows one at a time)."""
        for transfer in self.transfers.values():
            if transfer.conversation == conversation_id:
                return transfer
        return None

    def offers_to_me(self) -> list[models.Transfer]:
        """Open offers this user is asked to accept or decline, oldest first."""
        me = self.user.username if self.user else None
        return sorted(
            (t for t in self.transfers.values() if t.to_user == me), key=lambda t: t.offered_at
        )

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
        added = [m for m in messages if state.add(m)]
        if not added:
            return
        # The floor shows how long the visitor has waited: their newest message moves it on.
        latest = max((m.created_at for m in added if m.sender == "visitor"), default=None)
        active_at = state.info.visitor_active_at
        if latest is not None and (active_at is None or latest > active_at):
            state.info = _with(state.info, visitor_active_at=latest)
        self.changed.emit(("messages", conversation))

    def _upsert(self, conversation: models.Conversation) -> None:
        state = self.conversations.get(conversation.id)
        if state is None:
            self.conversations[conversation.id] = ConversationState(conversation)
        else:
            # It only ever moves forward; an older copy (an ack handled after newer events)
            # must not undo what a live visitor message already moved.
            known = state.info.visitor_active_at
            newer = conversation.visitor_active_at
            if known is not None and (newer is None or newer < known):
                conversation = _with(conversation, visitor_active_at=known)
            state.info = conversation
        self.changed.emit(("conversation", conversation.id))

    def _concerns(self, conversation: models.Conversation) -> bool:
        """Whether an event about this conversation is kept: mine, already known, one I read
        along in, or (for a supervisor) an active one in a service I supervise. Queued or
        ended conversations I never knew are not picked up."""
        user = self.user
        if user is None:
            return conversation.id in self.conversations
        return (
            conversation.host == user.username
            or conversation.id in self.conversations
            or any(s.username == user.username for s in conversation.supervisors)
            or (
                user.role == "supervisor"
                and conversation.status == "active"
                and conversation.service in user.services
            )
        )

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
                if self._concerns(frame.conversation):
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
            case frames.TransferEvent():
                self.put_transfer(frame.transfer)
            case frames.StaffMemberEvent():
                self.put_staff(frame.member)
            case frames.GuidelinesEvent():
                if frame.revision != self.guidelines_revision:
                    self.guidelines_revision = frame.revision
                    self.changed.emit("guidelines")
            case frames.StaffTyping():
                state = self.conversations.get(frame.conversation)
                if state is not None:
                    if frame.by is None:
                        state.visitor_typing = frame.typing
                    elif frame.typing:
                        state.staff_typing.add(frame.by)
                    else:
                        state.staff_typing.discard(frame.by)
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

    def holds_any(self) -> bool:
        """At least one conversation held now (cheaper than `held()` when it is true)."""
        me = self.user.username if self.user else None
        return any(
            c.info.status == "active" and c.info.host == me for c in self.conversations.values()
        )

    @property
    def is_supervisor(self) -> bool:
        return self.user is not None and self.user.role == "supervisor"

    def unread_of(self, conversation_id: str) -> int:
        """This user's unread count of a conversation: after the host's read mark where they
        hold it, after this console's own where they read along or joined, none elsewhere."""
        state = self.conversations.get(conversation_id)
        if state is None or state.info.status != "active":
            return 0
        if self.holds(conversation_id):
            return state.unread
        return state.unseen if self.supervising(conversation_id) is not None else 0

    def supervising(self, conversation_id: str) -> models.Supervisor | None:
        """My entry among the conversation's supervisors (reading along or joined), if any."""
        state = self.conversations.get(conversation_id)
        if state is None or self.user is None:
            return None
        me = self.user.username
        return next((s for s in state.info.supervisors if s.username == me), None)

    def follows(self, conversation_id: str) -> bool:
        """Whether this console needs the whole transcript: I host it or am in its supervisors.
        The rest of a supervisor's floor needs only the conversation itself."""
        state = self.conversations.get(conversation_id)
        if state is None:
            return False
        me = self.user.username if self.user else None
        return state.info.host == me or self.supervising(conversation_id) is not None

    def floor_conversations(self) -> list[ConversationState]:
        """Every active conversation known in the user's services: what the floor view lists
        (for a supervisor, the whole floor; for a host, only their own)."""
        services = set(self.user.services) if self.user else set()
        return [
            c
            for c in self.conversations.values()
            if c.info.status == "active" and c.info.service in services
        ]

    def _count_mine(self) -> None:
        if self.user is None:
            return
        held = self.held()
        for service, queue in self.queues.items():
            queue.mine = sum(1 for c in held if c.info.service == service)
        self.changed.emit("queues")


def _with(conversation: models.Conversation, **changes: Any) -> models.Conversation:
    return msgspec.structs.replace(conversation, **changes)
