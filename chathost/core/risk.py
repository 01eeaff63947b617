"""The suicide-risk level from the checklist: the more concrete the plan, the higher the risk.
The host decides in the end; this only suggests (docs/guidelines.md has the table)."""

from __future__ import annotations

from typing import get_args

from chathost.protocol.models import RiskLevel

LEVELS: tuple[RiskLevel, ...] = get_args(RiskLevel)
CHECKLIST = ("plan", "preparations", "means", "attempts")


def rank(level: str) -> int:
    return LEVELS.index(level) if level in LEVELS else 0  # type: ignore[arg-type]


def from_checklist(answers: dict[str, bool | None]) -> RiskLevel | None:
    """None while nothing is answered; otherwise the level the answers point to."""
    if not any(answers.get(item) is not None for item in CHECKLIST):
        return None
    plan, prepared, means, attempts = (answers.get(item) is True for item in CHECKLIST)
    if plan and prepared and means:
        return "acute"
    if prepared or (plan and means):
        return "high"
    if plan or means or attempts:
        return "medium"
    return "low"


def suggests_emergency(level: str) -> bool:
    return rank(level) >= rank("high")
