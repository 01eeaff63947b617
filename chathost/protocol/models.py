"""Typed bodies shared by REST and WebSocket: what a user, service, conversation and message are."""

from __future__ import annotations

from typing import Annotated, Literal

import msgspec

from chathost.protocol.limits import (
    MAX_GUIDELINE_BYTES,
    MAX_ID_CHARS,
    MAX_NAME_CHARS,
    MAX_PASSWORD_CHARS,
)

Role = Literal["host", "supervisor", "admin"]
ConversationStatus = Literal["queued", "active", "ended"]
# Who or what ended a conversation.
EndReason = Literal["host", "visitor", "inactivity", "visitor_gone", "blocked"]
# "supervisor": a supervisor who joined the conversation openly (the visitor sees the role).
Sender = Literal["visitor", "host", "supervisor", "system"]
ShiftStatus = Literal["off", "available", "paused"]
# Reading along (unseen by the visitor unless the service announces it) or joined openly.
SupervisionMode = Literal["reading", "joined"]
# What a private system message records: a supervisor started reading along, joined, left,
# took over (the host released or, "kept_host", staying to learn), or a warm transfer was
# accepted (`author` is the new host).
StaffNotice = Literal["reading", "joined", "left", "took_over", "kept_host", "transferred"]
TransferStatus = Literal["offered", "accepted", "declined", "cancelled", "expired"]
DebriefStatus = Literal["none", "requested", "acknowledged"]
Topic = Literal[
    "suicide",
    "self-harm",
    "violence-abuse",
    "acute-danger",
    "mental-health",
    "bullying",
    "closing",
    "general",
]
ShowWhen = Literal["always", "trigger", "closing"]
RiskLevel = Literal["none", "low", "medium", "high", "acute"]
EscalationKind = Literal["supervision", "acute"]
EscalationStatus = Literal["open", "acknowledged", "cancelled", "closed"]

Slug = Annotated[str, msgspec.Meta(pattern=r"^[a-z0-9][a-z0-9-]{0,39}$")]
Username = Annotated[str, msgspec.Meta(pattern=r"^[A-Za-z0-9._-]{2,40}$")]
Language = Annotated[str, msgspec.Meta(pattern=r"^[a-z]{2,3}$")]
Name = Annotated[str, msgspec.Meta(min_length=1, max_length=MAX_NAME_CHARS)]
ClientId = Annotated[str, msgspec.Meta(min_length=1, max_length=MAX_ID_CHARS)]
ConversationId = Annotated[str, msgspec.Meta(min_length=1, max_length=MAX_ID_CHARS)]
Seq = Annotated[int, msgspec.Meta(ge=0)]
HourMinute = Annotated[str, msgspec.Meta(pattern=r"^([01][0-9]|2[0-3]):[0-5][0-9]$")]
Weekday = Annotated[int, msgspec.Meta(ge=0, le=6)]


class Strict(msgspec.Struct, forbid_unknown_fields=True, omit_defaults=False):
    """Base for everything on the wire: unknown fields are an error, not silently dropped."""


class Problem(Strict):
    """An error answer (RFC 9457 problem details), always with a stable machine-readable code."""

    title: str
    status: int
    code: str
    detail: str = ""
    type: str = "about:blank"
    retry_after: float | None = None


class ServerInfo(Strict):
    name: str
    version: str
    protocol: int


class LoginRequest(Strict):
    username: Annotated[str, msgspec.Meta(min_length=1, max_length=MAX_NAME_CHARS)]
    password: Annotated[str, msgspec.Meta(min_length=1, max_length=MAX_PASSWORD_CHARS)]


class User(Strict):
    username: str
    display_name: str
    role: Role
    services: list[str]
    disabled: bool = False


class LoginResponse(Strict):
    token: str
    expires_at: float
    user: User


class UserCreate(Strict):
    username: Username
    display_name: Name
    role: Role
    password: Annotated[str, msgspec.Meta(min_length=10, max_length=MAX_PASSWORD_CHARS)]
    services: list[Slug] = []


class OpeningWindow(Strict):
    """Open on these weekdays (0 = Monday) from start to end, local time; end ≤ start runs past
    midnight."""

    days: Annotated[list[Weekday], msgspec.Meta(min_length=1, max_length=7)]
    start: HourMinute
    end: HourMinute


class ServiceCreate(Strict):
    slug: Slug
    name: Name
    languages: Annotated[list[Language], msgspec.Meta(min_length=1, max_length=10)]
    audience: Annotated[str, msgspec.Meta(max_length=200)] = ""
    timezone: Annotated[str, msgspec.Meta(min_length=1, max_length=60)] = "Europe/Oslo"
    # Empty: always open.
    opening_hours: Annotated[list[OpeningWindow], msgspec.Meta(max_length=50)] = []
    max_per_host: Annotated[int, msgspec.Meta(ge=1, le=10)] = 3
    max_queue: Annotated[int, msgspec.Meta(ge=1, le=1000)] = 50
    # Whether the visitor is told when a supervisor starts reading along.
    announce_reading: bool = False


class Service(Strict):
    slug: str
    name: str
    languages: list[str]
    audience: str
    timezone: str
    opening_hours: list[OpeningWindow]
    max_per_host: int
    max_queue: int
    open_now: bool
    queue_length: int
    announce_reading: bool = False


class PublicService(Strict):
    """What an anonymous visitor may know about a service."""

    slug: str
    name: str
    languages: list[str]
    audience: str
    timezone: str
    opening_hours: list[OpeningWindow]
    open_now: bool
    queue_full: bool


class Message(Strict):
    conversation: str
    seq: int
    sender: Sender
    text: str
    created_at: float
    # The sender's own id for the message (idempotent resend).
    client_id: str | None = None
    # Staff username for host and supervisor messages; never sent to visitors.
    author: str | None = None
    # Between host and supervisors only (a whisper, or a note of who is supervising): never
    # sent to the visitor.
    private: bool = False
    # A private system message recording a change of supervision, for the console to word in
    # its own language; `author` is the supervisor (or the colleague) it is about.
    notice: StaffNotice | None = None


class Conversation(Strict):
    id: str
    service: str
    language: str
    alias: str
    status: ConversationStatus
    host: str | None
    created_at: float
    queued_at: float
    taken_at: float | None
    ended_at: float | None
    ended_by: EndReason | None
    last_seq: int
    host_read_seq: int
    visitor_read_seq: int
    visitor_connected: bool
    risk: RiskLevel = "none"
    # When a host flagged acute danger (server time), until the conversation ends.
    acute_at: float | None = None
    # Set while a referred conversation waits in its new queue, and for its next host.
    referred_from: str | None = None
    handover_note: str | None = None
    # The visitor's last message (or when the conversation was taken, if later): the floor
    # view shows how long the visitor has been waiting for an answer.
    visitor_active_at: float | None = None
    # Supervisors reading along or joined, in the order they came.
    supervisors: list[Supervisor] = []


class Supervisor(Strict):
    username: str
    display_name: str
    mode: SupervisionMode
    since: float


class QueueEntry(Strict):
    conversation: str
    service: str
    alias: str
    language: str
    queued_at: float
    # A referral from another service: where from, and the referring host's note.
    referred_from: str | None = None
    handover_note: str | None = None


class ShiftState(Strict):
    status: ShiftStatus
    started_at: float | None = None
    # Opaque and never reused by this server: the console names its notes cache after it.
    id: str | None = None


class Transfer(Strict):
    """A warm transfer: the conversation stays with its host until the named colleague accepts."""

    id: str
    conversation: str
    service: str
    alias: str
    status: TransferStatus
    from_user: str
    from_name: str
    to_user: str
    to_name: str
    note: str
    offered_at: float
    # Unanswered by then: expired, and the conversation stays where it is.
    expires_at: float
    answered_at: float | None = None


class StaffMember(Strict):
    """One colleague on the shift overview that supervisors see."""

    username: str
    display_name: str
    role: Role
    services: list[str]
    shift: ShiftStatus
    shift_started_at: float | None
    # Conversations held now, and the most the services allow them (summed per service).
    holding: int
    capacity: int
    connected: bool
    # Since when they have held at least one conversation without a break (None: holding none).
    busy_since: float | None = None
    debrief: DebriefStatus = "none"
    debrief_requested_at: float | None = None
    debrief_by_name: str | None = None


class VerifyRequest(Strict):
    """The password again, to unlock a locked workstation."""

    password: Annotated[str, msgspec.Meta(min_length=1, max_length=MAX_PASSWORD_CHARS)]


class StreamPosition(Strict):
    stream: str
    seq: int


class ServiceQueue(Strict):
    service: str
    name: str
    waiting: list[QueueEntry]
    max_per_host: int
    # How many conversations the caller holds in this service.
    mine: int


class Snapshot(Strict):
    """Everything a console needs after login or a resync: apply events after `position.seq`."""

    user: User
    shift: ShiftState
    position: StreamPosition
    queues: list[ServiceQueue]
    conversations: list[Conversation]
    # Open escalations the user raised or supervises.
    escalations: list[Escalation] = []
    guidelines_revision: int = 0
    # Supervisors: every colleague in their services. Others: only themselves.
    staff: list[StaffMember] = []
    # Open warm transfers the user offered, was offered, or supervises.
    transfers: list[Transfer] = []


class MessagePage(Strict):
    conversation: str
    messages: list[Message]
    last_seq: int


class VisitorOpenRequest(Strict):
    service: Slug
    language: Language = "en"
    # A random id the visitor page keeps for a day, so that a blocked abusive visitor cannot
    # start over at once; only its hash is stored, and only while a block lasts or a
    # conversation is open.
    session: Annotated[str, msgspec.Meta(min_length=16, max_length=64)] | None = None


class VisitorConfig(Strict):
    """Settings the visitor page needs: where the quick-exit button goes."""

    url: str


class VisitorOpenResponse(Strict):
    token: str
    conversation: str
    service: str


# ---------------------------------------------------------------- guidelines

GuidelineId = Annotated[str, msgspec.Meta(pattern=r"^[a-z0-9][a-z0-9-]{0,59}$")]
ShortText = Annotated[str, msgspec.Meta(max_length=200)]
Pattern = Annotated[str, msgspec.Meta(min_length=1, max_length=200)]


class Triggers(Strict):
    """The lexicon that fires a guideline (docs/guidelines.md)."""

    words: list[Pattern] = []
    strong: list[Pattern] = []
    # Figurative phrases: a hit inside one of them does not count.
    not_: list[Pattern] = msgspec.field(default_factory=list, name="not")
    examples: list[Annotated[str, msgspec.Meta(max_length=1000)]] = []
    counter_examples: list[Annotated[str, msgspec.Meta(max_length=1000)]] = []


class ChecklistItem(Strict):
    id: Annotated[str, msgspec.Meta(pattern=r"^[a-z0-9_-]{1,40}$")]
    question: Annotated[str, msgspec.Meta(min_length=1, max_length=300)]


class HelpResource(Strict):
    name: Annotated[str, msgspec.Meta(min_length=1, max_length=200)]
    number: ShortText = ""
    hours: ShortText = ""
    url: ShortText = ""
    note: Annotated[str, msgspec.Meta(max_length=500)] = ""
    # Shown in the acute-danger steps.
    emergency: bool = False


class Guideline(Strict):
    """One guideline document: what the side panel shows and when."""

    id: GuidelineId
    title: Annotated[str, msgspec.Meta(min_length=1, max_length=80)]
    language: Language
    services: Annotated[list[str], msgspec.Meta(min_length=1)]
    topic: Topic
    show: ShowWhen
    severity: Annotated[int, msgspec.Meta(ge=0, le=5)]
    order: int = 100
    triggers: Triggers = msgspec.field(default_factory=Triggers)
    checklist: list[ChecklistItem] = []
    resources: list[HelpResource] = []
    phrases: list[Annotated[str, msgspec.Meta(max_length=1000)]] = []
    body: Annotated[str, msgspec.Meta(max_length=20000)] = ""


class GuidelineSet(Strict):
    """Every guideline for the caller's services; `revision` changes with every edit."""

    revision: int
    guidelines: list[Guideline]


class GuidelineSource(Strict):
    """A guideline document as its Markdown source (front matter and body)."""

    source: Annotated[str, msgspec.Meta(min_length=1, max_length=MAX_GUIDELINE_BYTES)]


class GuidelineInfo(Strict):
    id: str
    title: str
    language: str
    topic: str
    updated_at: float
    updated_by: str | None


# ---------------------------------------------------------------- escalations and wrap-up


class Escalation(Strict):
    """A host's call for help (supervision) or an acute-danger flag, until it is answered."""

    id: str
    conversation: str
    service: str
    alias: str
    kind: EscalationKind
    status: EscalationStatus
    raised_by: str
    raised_by_name: str
    raised_at: float
    # When the host pressed the button (their clock): differs from raised_at when it was
    # pressed offline and sent on reconnect.
    pressed_at: float
    acknowledged_by: str | None = None
    acknowledged_by_name: str | None = None
    acknowledged_at: float | None = None
    # How many times supervisors have been alerted (it alerts again until someone answers).
    alerts: int = 1
    # Supervisors of the service on shift when it was last alerted: 0 means nobody will see
    # it on the floor, and the host must use the centre's back-up plan.
    on_duty: int = 0


class WrapupField(Strict):
    id: Annotated[str, msgspec.Meta(pattern=r"^[a-z0-9_-]{1,40}$")]
    label: Annotated[str, msgspec.Meta(min_length=1, max_length=100)]
    options: list[Annotated[str, msgspec.Meta(pattern=r"^[a-z0-9_-]{1,40}$")]]
    multiple: bool = False


class WrapupForm(Strict):
    """The anonymous statistics form of a service."""

    fields: list[WrapupField]
    # Off by default: no free text leaves the workstation unless the admin enables it.
    allow_comment: bool = False


class WrapupAnswers(Strict):
    answers: dict[
        Annotated[str, msgspec.Meta(max_length=40)],
        Annotated[list[Annotated[str, msgspec.Meta(max_length=40)]], msgspec.Meta(max_length=20)],
    ]
    comment: Annotated[str, msgspec.Meta(max_length=2000)] | None = None


class StaffService(Strict):
    """A service as staff see it: for referrals (every service) and wrap-up (theirs)."""

    slug: str
    name: str
    languages: list[str]
    audience: str
    open_now: bool
    queue_full: bool
    wrapup: WrapupForm
