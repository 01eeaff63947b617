"""The storage interface the server is written against, and the rows it returns."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol


class StorageError(Exception):
    """The store could not do what was asked (disk full, I/O error…); nothing was changed."""


class DuplicateError(StorageError):
    """A unique name (username, service slug) is taken."""


@dataclass
class UserRow:
    id: int
    username: str
    display_name: str
    role: str
    password_hash: str
    disabled: bool
    services: list[str] = field(default_factory=list)


@dataclass
class ServiceRow:
    id: int
    slug: str
    name: str
    languages: list[str]
    audience: str
    timezone: str
    opening_hours_json: str
    max_per_host: int
    max_queue: int
    # The service's wrap-up form as JSON; empty: the default form.
    wrapup_json: str = ""
    # Tell the visitor when a supervisor starts reading along.
    announce_reading: bool = False


@dataclass
class SessionRow:
    user: UserRow
    expires_at: float
    revoked: bool


@dataclass
class ShiftRow:
    id: int
    user_id: int
    started_at: float
    paused: bool


@dataclass
class ConversationRow:
    id: str
    service_id: int
    language: str
    alias: str
    status: str
    host_id: int | None
    visitor_token_hash: bytes
    created_at: float
    queued_at: float
    taken_at: float | None
    ended_at: float | None
    ended_by: str | None
    last_seq: int
    host_read_seq: int
    visitor_read_seq: int
    visitor_active_at: float
    risk: str = "none"
    acute_at: float | None = None
    referred_from: str | None = None
    # Free text from the referring host: cleared when the conversation ends.
    handover_note: str | None = None
    # sha256 of the visitor page's random session id, kept only while the conversation is open.
    visitor_session_hash: bytes | None = None


@dataclass
class MessageRow:
    conversation_id: str
    seq: int
    sender: str
    author_id: int | None
    client_id: str | None
    text: str
    created_at: float
    # Host and supervisors only (a whisper, a note of who supervises): never to the visitor.
    private: bool = False


@dataclass
class AuditEntry:
    at: float
    actor: str  # username, or "-" for the server itself
    action: str
    conversation_id: str  # or "-"
    detail: str


@dataclass
class SupervisionRow:
    conversation_id: str
    user_id: int
    mode: str  # "reading" or "joined"
    since: float


@dataclass
class TransferOfferRow:
    id: str
    conversation_id: str
    service_id: int
    from_id: int
    to_id: int
    transfer: str  # the offer as the protocol shows it (models.Transfer), JSON


@dataclass
class DebriefRow:
    user_id: int
    status: str  # "requested" or "acknowledged"
    requested_at: float
    acknowledged_by: int | None = None
    acknowledged_at: float | None = None


@dataclass
class GuidelineRow:
    id: str
    language: str
    source: str
    updated_at: float
    # Username of the last editor; None for the shipped defaults and the command line.
    updated_by: str | None


@dataclass
class EscalationRow:
    id: str
    conversation_id: str
    service_id: int
    kind: str
    status: str
    raised_by: int
    raised_at: float
    pressed_at: float
    acknowledged_by: int | None = None
    acknowledged_at: float | None = None
    alerts: int = 1
    alerted_at: float = 0.0
    on_duty: int = 0


@dataclass
class BlockRow:
    session_hash: bytes
    reason: str
    blocked_by: str | None
    created_at: float
    expires_at: float


@dataclass
class WrapupRow:
    conversation_id: str
    author_id: int
    service_id: int
    # The end (or the referral) rounded down to the hour: enough for statistics, no more.
    ended_hour: float
    answers_json: str
    risk: str
    referred_to: str | None
    comment: str | None
    created_at: float


class Storage(Protocol):
    """Every method is a coroutine; an implementation must never block the event loop."""

    async def open(self) -> None: ...
    async def close(self) -> None: ...

    # accounts
    async def add_user(
        self,
        username: str,
        display_name: str,
        role: str,
        password_hash: str,
        services: list[str],
        now: float,
    ) -> UserRow: ...
    async def get_user(self, username: str) -> UserRow | None: ...
    async def get_user_by_id(self, user_id: int) -> UserRow | None: ...
    async def list_users(self) -> list[UserRow]: ...
    async def set_user_disabled(self, username: str, disabled: bool) -> UserRow | None: ...
    async def set_password_hash(self, user_id: int, password_hash: str) -> None: ...

    # sessions
    async def add_session(
        self, token_hash: bytes, user_id: int, now: float, expires_at: float
    ) -> None: ...
    async def get_session(self, token_hash: bytes) -> SessionRow | None: ...
    async def revoke_session(self, token_hash: bytes) -> None: ...
    async def revoke_user_sessions(self, user_id: int) -> None: ...
    async def purge_sessions(self, now: float) -> int: ...

    # services
    async def add_service(
        self,
        slug: str,
        name: str,
        languages: list[str],
        audience: str,
        timezone: str,
        opening_hours_json: str,
        max_per_host: int,
        max_queue: int,
        now: float,
        announce_reading: bool = False,
    ) -> ServiceRow: ...
    async def list_services(self) -> list[ServiceRow]: ...
    async def set_service_wrapup(self, slug: str, wrapup_json: str) -> ServiceRow | None: ...

    # shifts
    async def open_shifts(self) -> list[ShiftRow]: ...
    async def start_shift(self, user_id: int, now: float) -> ShiftRow: ...
    async def set_shift_paused(self, shift_id: int, paused: bool) -> None: ...
    async def end_shift(self, shift_id: int, now: float) -> None: ...

    # conversations and messages
    async def add_conversation(self, row: ConversationRow) -> None: ...
    async def open_conversations(self) -> list[ConversationRow]: ...
    async def get_conversation(self, conversation_id: str) -> ConversationRow | None: ...
    async def client_ids(self, conversation_id: str) -> dict[tuple[str, str], int]: ...
    async def update_conversation(self, row: ConversationRow) -> None: ...
    async def set_read(self, conversation_id: str, reader: str, upto: int) -> None: ...
    async def add_message(self, message: MessageRow) -> None: ...
    async def messages_after(
        self, conversation_id: str, after: int, limit: int, private: bool = True
    ) -> list[MessageRow]: ...
    async def end_conversation(self, row: ConversationRow, purge: bool) -> None: ...
    async def purge_transcripts(self, ended_before: float) -> int: ...
    async def recent_waits(self, service_id: int, limit: int) -> list[float]: ...
    async def ended_conversations(self, since: float, until: float) -> list[tuple[int, float]]: ...

    # guidelines (every change bumps the revision in `meta`, in the same transaction)
    async def list_guidelines(self) -> list[GuidelineRow]: ...
    async def get_guideline(self, guideline_id: str) -> GuidelineRow | None: ...
    async def put_guidelines(
        self, documents: list[tuple[str, str, str]], now: float, user_id: int | None
    ) -> int: ...
    async def delete_guideline(self, guideline_id: str) -> int | None: ...
    async def seed_guidelines(self, documents: list[tuple[str, str, str]], now: float) -> bool: ...
    async def guidelines_revision(self) -> int: ...
    async def get_meta(self, key: str) -> str | None: ...

    # escalations
    async def add_escalation(self, row: EscalationRow) -> None: ...
    async def update_escalation(self, row: EscalationRow) -> None: ...
    async def get_escalation(self, escalation_id: str) -> EscalationRow | None: ...
    async def live_escalations(self) -> list[EscalationRow]: ...

    # blocks
    async def add_block(
        self, session_hash: bytes, reason: str, user_id: int | None, now: float, expires_at: float
    ) -> None: ...
    async def is_blocked(self, session_hash: bytes, now: float) -> bool: ...
    async def list_blocks(self, now: float) -> list[BlockRow]: ...
    async def clear_blocks(self, hex_prefix: str) -> int: ...
    async def purge_blocks(self, now: float) -> int: ...

    # wrap-ups
    async def put_wrapup(self, row: WrapupRow) -> None: ...
    async def wrapups_between(self, since: float, until: float) -> list[WrapupRow]: ...

    # audit
    async def audit(
        self,
        now: float,
        actor_id: int | None,
        action: str,
        conversation_id: str | None,
        detail: str,
    ) -> None: ...
    async def audit_entries(
        self,
        since: float,
        until: float,
        conversation_id: str | None = None,
        actor: str | None = None,
    ) -> list[AuditEntry]: ...
    async def audit_of(
        self, conversation_id: str, actor_id: int
    ) -> list[tuple[float, str, str]]: ...

    # supervision and debriefs
    async def put_supervision(self, row: SupervisionRow) -> None: ...
    async def drop_supervision(self, conversation_id: str, user_id: int | None = None) -> None: ...
    async def all_supervision(self) -> list[SupervisionRow]: ...
    async def put_debrief(self, row: DebriefRow) -> None: ...
    async def drop_debrief(self, user_id: int) -> None: ...
    async def list_debriefs(self) -> list[DebriefRow]: ...

    # warm transfer offers still open
    async def put_transfer_offer(self, row: TransferOfferRow) -> None: ...
    async def drop_transfer_offer(self, offer_id: str) -> None: ...
    async def transfer_offers(self) -> list[TransferOfferRow]: ...
