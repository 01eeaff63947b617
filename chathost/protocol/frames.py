"""WebSocket frames: one tagged union per direction and audience (`type` is the tag).

Staff commands carry a client-chosen `id`; the server answers each with `ack` or `error` naming
that id. A repeated id gets the first answer again (recent replies are kept per user), and a
repeated message id never stores a second message, even across a server restart. Events the
server sends staff carry `seq`, a per-user number that lets a reconnecting client resume exactly
where it left off.
"""

from __future__ import annotations

from typing import Annotated, Literal

import msgspec

from chathost.protocol.limits import MAX_NOTE_CHARS
from chathost.protocol.models import (
    ClientId,
    Conversation,
    ConversationId,
    ConversationStatus,
    EndReason,
    Escalation,
    Message,
    QueueEntry,
    RiskLevel,
    Seq,
    ShiftState,
    StaffMember,
    SupervisionMode,
    Transfer,
    User,
    Username,
)


class Frame(msgspec.Struct, tag_field="type", forbid_unknown_fields=True):
    """Base of every frame."""


# ---------------------------------------------------------------- staff → server


class Resume(msgspec.Struct, forbid_unknown_fields=True):
    stream: str
    after: Seq


class Hello(Frame, tag="hello"):
    protocol: int
    resume: Resume | None = None


class Ping(Frame, tag="ping"):
    id: str | None = None


class ShiftStart(Frame, tag="shift_start"):
    id: ClientId


class ShiftPause(Frame, tag="shift_pause"):
    id: ClientId


class ShiftResume(Frame, tag="shift_resume"):
    id: ClientId


class ShiftEnd(Frame, tag="shift_end"):
    id: ClientId


class Take(Frame, tag="take"):
    """Take a specific conversation, or the longest-waiting one (optionally in one service)."""

    id: ClientId
    conversation: ConversationId | None = None
    service: str | None = None


class Send(Frame, tag="send"):
    """`id` doubles as the message's client id: resending it never makes a second message."""

    id: ClientId
    conversation: ConversationId
    text: str


class Typing(Frame, tag="typing"):
    conversation: ConversationId
    typing: bool


class Read(Frame, tag="read"):
    conversation: ConversationId
    seq: Seq


class Release(Frame, tag="release"):
    """Hand a conversation back to its queue, at its original place (by first queue time),
    optionally with a handover note for the next host."""

    id: ClientId
    conversation: ConversationId
    note: Annotated[str, msgspec.Meta(max_length=MAX_NOTE_CHARS)] = ""


class End(Frame, tag="end"):
    id: ClientId
    conversation: ConversationId


class SetRisk(Frame, tag="set_risk"):
    """The host's judgement of the suicide risk (from the checklist or set by hand)."""

    id: ClientId
    conversation: ConversationId
    level: RiskLevel


class AskHelp(Frame, tag="ask_help"):
    """Ask for supervision: every supervisor of the service is alerted until one answers.
    `pressed_at` is when the host pressed the button (their clock)."""

    id: ClientId
    conversation: ConversationId
    pressed_at: float | None = None


class CancelHelp(Frame, tag="cancel_help"):
    """Take back one's own open request for supervision (undo)."""

    id: ClientId
    escalation: ClientId


class FlagAcute(Frame, tag="flag_acute"):
    """Acute danger: flags the conversation and alerts supervisors at top priority. A console
    that was offline sends it on reconnect, with the time the host pressed the button."""

    id: ClientId
    conversation: ConversationId
    pressed_at: float | None = None


class Acknowledge(Frame, tag="acknowledge"):
    """A supervisor answers an escalation: the host sees who is coming."""

    id: ClientId
    escalation: ClientId


class Refer(Frame, tag="refer"):
    """Refer the conversation to another service's queue with a handover note; the visitor is
    told in their language and keeps the conversation."""

    id: ClientId
    conversation: ConversationId
    service: Annotated[str, msgspec.Meta(min_length=1, max_length=40)]
    note: Annotated[str, msgspec.Meta(max_length=MAX_NOTE_CHARS)] = ""


BlockReason = Literal["abuse", "sexual", "threats", "spam", "other"]


class Block(Frame, tag="block"):
    """End the conversation and refuse new chats from the visitor's anonymous browser session
    for a while. Only a reason code is kept; nothing about the person."""

    id: ClientId
    conversation: ConversationId
    reason: BlockReason


class Supervise(Frame, tag="supervise"):
    """A supervisor of the service reads along, or joins openly (the visitor sees a second
    person, named by role). Sent again with the other mode, it switches."""

    id: ClientId
    conversation: ConversationId
    mode: SupervisionMode


class Unsupervise(Frame, tag="unsupervise"):
    """Stop reading along or leave the conversation."""

    id: ClientId
    conversation: ConversationId


class TakeOver(Frame, tag="take_over"):
    """A supervisor becomes the conversation's host. The host is released, or, with
    `keep_host`, stays to read along and learn."""

    id: ClientId
    conversation: ConversationId
    keep_host: bool = False


class Whisper(Frame, tag="whisper"):
    """A private message between the host and the service's supervisors, in the conversation
    (never shown to the visitor). `id` doubles as the message's client id."""

    id: ClientId
    conversation: ConversationId
    text: str


class OfferTransfer(Frame, tag="offer_transfer"):
    """A warm transfer to a named colleague, who accepts or declines; until then the
    conversation stays with its host."""

    id: ClientId
    conversation: ConversationId
    to: Username
    note: Annotated[str, msgspec.Meta(max_length=MAX_NOTE_CHARS)] = ""


class AnswerTransfer(Frame, tag="answer_transfer"):
    id: ClientId
    transfer: ClientId
    accept: bool


class CancelTransfer(Frame, tag="cancel_transfer"):
    id: ClientId
    transfer: ClientId


class RequestDebrief(Frame, tag="request_debrief"):
    """A host asks for a talk with a supervisor after a hard shift."""

    id: ClientId


class AcknowledgeDebrief(Frame, tag="acknowledge_debrief"):
    """A supervisor takes the debrief request of a colleague."""

    id: ClientId
    username: Username


StaffCommand = (
    Hello
    | Ping
    | ShiftStart
    | ShiftPause
    | ShiftResume
    | ShiftEnd
    | Take
    | Send
    | Typing
    | Read
    | Release
    | End
    | SetRisk
    | AskHelp
    | CancelHelp
    | FlagAcute
    | Acknowledge
    | Refer
    | Block
    | Supervise
    | Unsupervise
    | TakeOver
    | Whisper
    | OfferTransfer
    | AnswerTransfer
    | CancelTransfer
    | RequestDebrief
    | AcknowledgeDebrief
)

# ---------------------------------------------------------------- server → staff


class Welcome(Frame, tag="welcome"):
    protocol: int
    user: User
    stream: str
    seq: int
    resumed: bool
    heartbeat: float


class Resync(Frame, tag="resync"):
    """The missed events are gone (server restart or too far behind): fetch a snapshot."""

    stream: str
    seq: int
    reason: str


class Ack(Frame, tag="ack"):
    id: str
    conversation: Conversation | None = None
    message: Message | None = None
    shift: ShiftState | None = None
    escalation: Escalation | None = None
    transfer: Transfer | None = None
    staff: StaffMember | None = None


class Error(Frame, tag="error"):
    code: str
    message: str
    id: str | None = None
    retry_after: float | None = None


class Pong(Frame, tag="pong"):
    id: str | None = None


class Goodbye(Frame, tag="goodbye"):
    """The server is closing this connection on purpose; `reconnect` says whether to try again."""

    reason: str
    reconnect: bool


class StaffTyping(Frame, tag="typing"):
    """The visitor (`by` null) or a colleague (`by`: their username) started or stopped
    writing to the visitor. Never sent to the colleague who is typing."""

    conversation: str
    typing: bool
    by: str | None = None


class QueueEvent(Frame, tag="queue"):
    seq: int
    service: str
    waiting: list[QueueEntry]


class ConversationEvent(Frame, tag="conversation"):
    """A conversation the user holds or may hold changed (assigned, released, ended…)."""

    seq: int
    conversation: Conversation


class MessageEvent(Frame, tag="message"):
    seq: int
    message: Message


class ReadEvent(Frame, tag="read"):
    seq: int
    conversation: str
    reader: Literal["visitor", "host"]
    upto: int


class ShiftEvent(Frame, tag="shift"):
    seq: int
    shift: ShiftState


class PresenceEvent(Frame, tag="presence"):
    seq: int
    conversation: str
    visitor_connected: bool


class EscalationEvent(Frame, tag="escalation"):
    """An escalation was raised, alerted again, acknowledged, cancelled or closed. Sent to the
    host who raised it and to every supervisor of the service."""

    seq: int
    escalation: Escalation


class GuidelinesEvent(Frame, tag="guidelines"):
    """The guideline packs changed: fetch `GET /guidelines` again."""

    seq: int
    revision: int


class TransferEvent(Frame, tag="transfer"):
    """A warm transfer was offered, accepted, declined, cancelled or expired. Sent to both
    colleagues, the conversation's host and the service's supervisors."""

    seq: int
    transfer: Transfer


class StaffMemberEvent(Frame, tag="staff"):
    """A colleague's shift, load, connection or debrief request changed. Sent to the
    supervisors of their services. A host gets one about themselves only when a supervisor
    takes their debrief request; otherwise their own entry comes with the snapshot and the
    ack of `request_debrief`."""

    seq: int
    member: StaffMember


StaffEvent = (
    QueueEvent
    | ConversationEvent
    | MessageEvent
    | ReadEvent
    | ShiftEvent
    | PresenceEvent
    | EscalationEvent
    | GuidelinesEvent
    | TransferEvent
    | StaffMemberEvent
)
StaffOut = Welcome | Resync | Ack | Error | Pong | Goodbye | StaffTyping | StaffEvent

# ---------------------------------------------------------------- visitor → server


class VisitorHello(Frame, tag="hello"):
    token: str
    protocol: int
    after: Seq = 0


class VisitorSend(Frame, tag="send"):
    id: ClientId
    text: str


class VisitorTyping(Frame, tag="typing"):
    typing: bool


class VisitorRead(Frame, tag="read"):
    seq: Seq


class VisitorLeave(Frame, tag="leave"):
    pass


VisitorCommand = VisitorHello | VisitorSend | VisitorTyping | VisitorRead | VisitorLeave | Ping

# ---------------------------------------------------------------- server → visitor


class VisitorMessage(msgspec.Struct, forbid_unknown_fields=True):
    seq: int
    sender: Literal["visitor", "host", "supervisor", "system"]
    text: str
    created_at: float
    client_id: str | None = None


class VisitorWelcome(Frame, tag="welcome"):
    protocol: int
    conversation: str
    service: str
    heartbeat: float


class VisitorStatus(Frame, tag="status"):
    status: ConversationStatus
    position: int | None = None
    estimated_wait: float | None = None
    host_present: bool = False
    ended_by: EndReason | None = None


class VisitorMessageFrame(Frame, tag="message"):
    message: VisitorMessage


class VisitorAck(Frame, tag="ack"):
    id: str
    seq: int


class VisitorTypingOut(Frame, tag="typing"):
    typing: bool


class VisitorReadOut(Frame, tag="read"):
    upto: int


VisitorOut = (
    VisitorWelcome
    | VisitorStatus
    | VisitorMessageFrame
    | VisitorAck
    | VisitorTypingOut
    | VisitorReadOut
    | Error
    | Pong
    | Goodbye
)
