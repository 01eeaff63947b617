"""The rows behind a supervisor's floor view: every active conversation of their services and
every queue, with what needs attention first.

Pure and cheap: the view refreshes several times a second with hundreds of conversations, so one
call is a pass over the state plus a sort (O(n log n)), reading the state's own objects without
copying them and never touching the network."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from chathost.core.state import ConsoleState, ConversationState
from chathost.protocol import models

# How much a conversation calls for a supervisor, most urgent first.
EscalationLevel = Literal["acute", "help", "acknowledged", "none"]
SortKey = Literal["duration", "since_visitor", "risk", "host", "service"]

_URGENCY: dict[str, int] = {"acute": 0, "help": 1, "acknowledged": 2, "none": 3}
_RISK: dict[str, int] = {"none": 0, "low": 1, "medium": 2, "high": 3, "acute": 4}


@dataclass(frozen=True, slots=True)
class FloorRow:
    conversation: str
    alias: str
    host: str | None
    # The host's display name when the shift overview knows it, else their username.
    host_name: str
    service: str
    # Seconds since the host took it, and since the visitor last wrote (None: not known).
    duration: float | None
    since_visitor: float | None
    risk: models.RiskLevel
    escalation: EscalationLevel
    # The conversation's own list (not a copy): read it, never change it.
    supervisors: list[models.Supervisor]


@dataclass(frozen=True, slots=True)
class QueueRow:
    service: str
    name: str
    waiting: int
    # Seconds the longest-waiting visitor has waited (None: nobody waits).
    longest_wait: float | None


def escalation_levels(state: ConsoleState) -> dict[str, EscalationLevel]:
    """The most urgent open escalation of each conversation, in one pass over all of them
    (rather than `escalations_of` per row, which would sort every conversation's list)."""
    levels: dict[str, EscalationLevel] = {}
    for escalation in state.escalations.values():
        if escalation.status not in ("open", "acknowledged"):
            continue
        level: EscalationLevel
        if escalation.kind == "acute":
            level = "acute"
        elif escalation.status == "open":
            level = "help"
        else:
            level = "acknowledged"
        current = levels.get(escalation.conversation, "none")
        if _URGENCY[level] < _URGENCY[current]:
            levels[escalation.conversation] = level
    return levels


def _since(now: float, then: float | None) -> float | None:
    # Clamped: the server's clock and this workstation's may differ by a little.
    return None if then is None else max(0.0, now - then)


def conversation_rows(
    state: ConsoleState,
    now: float,
    sort: SortKey = "since_visitor",
    descending: bool = True,
) -> list[FloorRow]:
    """Acute flags first, then open calls for help, then answered ones, then the rest; within
    each group by `sort` (rows without a value for it last). `now` is wall-clock time, like the
    server's timestamps."""
    levels = escalation_levels(state)
    rows = [_row(c, now, levels, state.staff) for c in state.floor_conversations()]
    # Stable sorts, least significant first: the id keeps equal rows from jumping around.
    rows.sort(key=lambda r: r.conversation)
    rows.sort(key=_sort_value(sort, state), reverse=descending)
    missing = _missing(sort)
    rows.sort(key=lambda r: (_URGENCY[r.escalation], missing(r)))
    return rows


def _row(
    conversation: ConversationState,
    now: float,
    levels: dict[str, EscalationLevel],
    staff: dict[str, models.StaffMember],
) -> FloorRow:
    info = conversation.info
    level = "acute" if info.acute_at is not None else levels.get(info.id, "none")
    member = staff.get(info.host) if info.host is not None else None
    return FloorRow(
        conversation=info.id,
        alias=info.alias,
        host=info.host,
        host_name=member.display_name if member is not None else (info.host or ""),
        service=info.service,
        duration=_since(now, info.taken_at),
        since_visitor=_since(now, info.visitor_active_at),
        risk=info.risk,
        escalation=level,
        supervisors=info.supervisors,
    )


def _missing(sort: SortKey) -> Callable[[FloorRow], bool]:
    if sort == "duration":
        return lambda r: r.duration is None
    if sort == "since_visitor":
        return lambda r: r.since_visitor is None
    return lambda r: False


def _sort_value(sort: SortKey, state: ConsoleState) -> Callable[[FloorRow], Any]:
    """A key comparable across all rows; a missing value sorts anywhere here, `_missing` moves
    it to the end afterwards."""
    if sort == "duration":
        return lambda r: r.duration or 0.0
    if sort == "since_visitor":
        return lambda r: r.since_visitor or 0.0
    if sort == "risk":
        return lambda r: _RISK[r.risk]
    if sort == "host":
        return lambda r: r.host_name.casefold()
    names = {slug: queue.name.casefold() for slug, queue in state.queues.items()}
    return lambda r: names.get(r.service, r.service)


def queue_rows(state: ConsoleState, now: float) -> list[QueueRow]:
    """One row per queue of the user's services, in the order the snapshot listed them."""
    return [
        QueueRow(
            service=queue.service,
            name=queue.name,
            waiting=len(queue.waiting),
            longest_wait=_since(now, min((e.queued_at for e in queue.waiting), default=None)),
        )
        for queue in state.queues.values()
    ]
