"""`chathost-server stats`: counts per service and period from ended conversations and filed
wrap-ups, for the centre's reports. Periods are days, ISO weeks or months in each service's own
time zone; nothing here can point at a single visitor beyond what the wrap-up form holds."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

from chathost.protocol.models import RiskLevel
from chathost.server.storage import ServiceRow, Storage
from chathost.server.wrapup import form_of

Period = Literal["day", "week", "month"]
RISKS: tuple[RiskLevel, ...] = ("none", "low", "medium", "high", "acute")
# Every time zone is within this much of UTC: query this much wider, then filter by local date.
_MARGIN = timedelta(days=2)


@dataclass
class Bucket:
    service: str
    period: str
    ended: int = 0
    wrapups: int = 0
    referred: int = 0
    risk: dict[str, int] = field(default_factory=lambda: dict.fromkeys(RISKS, 0))
    answers: dict[str, dict[str, int]] = field(default_factory=dict)


def period_of(local: datetime, by: Period) -> str:
    if by == "day":
        return local.date().isoformat()
    if by == "week":
        year, week, _ = local.isocalendar()
        return f"{year}-W{week:02d}"
    return f"{local.year}-{local.month:02d}"


async def collect(
    storage: Storage, since: date | None, until: date | None, by: Period
) -> list[Bucket]:
    """`since` and `until` are inclusive local dates (None: no bound)."""
    services = {s.id: s for s in await storage.list_services()}
    low = datetime.combine(since, datetime.min.time()) - _MARGIN if since else None
    high = datetime.combine(until, datetime.min.time()) + _MARGIN if until else None
    start = low.timestamp() if low else 0.0
    stop = high.timestamp() if high else 1e18
    buckets: dict[tuple[str, str], Bucket] = {}

    def bucket(service: ServiceRow, at: float) -> Bucket | None:
        local = datetime.fromtimestamp(at, ZoneInfo(service.timezone))
        if (since and local.date() < since) or (until and local.date() > until):
            return None
        key = (service.slug, period_of(local, by))
        if key not in buckets:
            buckets[key] = Bucket(*key)
            for f in form_of(service).fields:
                buckets[key].answers[f.id] = dict.fromkeys(f.options, 0)
        return buckets[key]

    for service_id, ended_at in await storage.ended_conversations(start, stop):
        found = bucket(services[service_id], ended_at)
        if found:
            found.ended += 1
    for row in await storage.wrapups_between(start, stop):
        found = bucket(services[row.service_id], row.ended_hour)
        if not found:
            continue
        found.wrapups += 1
        found.referred += row.referred_to is not None
        found.risk[row.risk] = found.risk.get(row.risk, 0) + 1
        for field_id, values in json.loads(row.answers_json).items():
            counts = found.answers.setdefault(field_id, {})
            for value in values:
                counts[value] = counts.get(value, 0) + 1
    return [buckets[key] for key in sorted(buckets)]


def _counts(counts: dict[str, int]) -> str:
    return ", ".join(f"{name} {n}" for name, n in counts.items()) or "-"


def as_text(buckets: list[Bucket]) -> str:
    if not buckets:
        return "No conversations in this period.\n"
    lines = []
    for b in buckets:
        rows = [
            ("conversations ended", str(b.ended)),
            ("wrap-ups filed", str(b.wrapups)),
            ("referred", str(b.referred)),
            ("risk", _counts(b.risk)),
            *((field_id, _counts(counts)) for field_id, counts in b.answers.items()),
        ]
        width = max(len(name) for name, _ in rows)
        lines.append(f"{b.service}  {b.period}")
        lines += [f"  {name:<{width}}  {value}" for name, value in rows]
        lines.append("")
    return "\n".join(lines)


def as_json(buckets: list[Bucket]) -> str:
    return json.dumps([asdict(b) for b in buckets], ensure_ascii=False, indent=2) + "\n"
