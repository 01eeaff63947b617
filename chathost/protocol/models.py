"""Typed bodies shared by REST and WebSocket: what a user, service, conversation and message are."""

from __future__ import annotations

from typing import Annotated, Literal

import msgspec

from chathost.protocol.limits import (
    MAX_ID_CHARS,
    MAX_NAME_CHARS,
    MAX_PASSWORD_CHARS,
)

Role = Literal["host", "supervisor", "admin"]
ConversationStatus = Literal["queued", "active", "ended"]
# Who or what ended a conversation.
EndReason = Literal["host", "visitor", "inactivity", "visitor_gone"]
Sender = Literal["visitor", "host", "system"]
ShiftStatus = Literal["off", "available", "paused"]

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
    # Staff username for host messages; never sent to visitors.
    author: str | None = None


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


class QueueEntry(Strict):
    conversation: str
    service: str
    alias: str
    language: str
    queued_at: float


class ShiftState(Strict):
    status: ShiftStatus
    started_at: float | None = None


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


class MessagePage(Strict):
    conversation: str
    messages: list[Message]
    last_seq: int


class VisitorOpenRequest(Strict):
    service: Slug
    language: Language = "en"


class VisitorConfig(Strict):
    """Settings the visitor page needs: where the quick-exit button goes."""

    url: str


class VisitorOpenResponse(Strict):
    token: str
    conversation: str
    service: str
