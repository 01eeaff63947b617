"""Reading a guideline document: TOML front matter between `+++` lines, then Markdown."""

from __future__ import annotations

import tomllib
from pathlib import Path

import msgspec

from chathost.protocol import models

FENCE = "+++"
# How serious a fired card of each topic is unless the document says otherwise.
DEFAULT_SEVERITY: dict[str, int] = {
    "acute-danger": 5,
    "suicide": 4,
    "self-harm": 3,
    "violence-abuse": 3,
    "mental-health": 2,
    "bullying": 2,
    "general": 1,
    "closing": 0,
}


class GuidelineError(ValueError):
    """A document that cannot be read; the message says where and why, for an admin."""


def split_front_matter(source: str) -> tuple[str, str]:
    text = source.lstrip("\ufeff").replace("\r\n", "\n")
    lines = text.split("\n")
    if not lines or lines[0].strip() != FENCE:
        raise GuidelineError("the document must start with a '+++' line (TOML front matter)")
    for index in range(1, len(lines)):
        if lines[index].strip() == FENCE:
            return "\n".join(lines[1:index]), "\n".join(lines[index + 1 :]).strip("\n")
    raise GuidelineError("the front matter has no closing '+++' line")


def parse_document(source: str) -> models.Guideline:
    front, body = split_front_matter(source)
    try:
        data = tomllib.loads(front)
    except tomllib.TOMLDecodeError as exc:
        raise GuidelineError(f"front matter is not valid TOML: {exc}") from None
    topic = data.get("topic")
    if "severity" not in data and isinstance(topic, str):
        data["severity"] = DEFAULT_SEVERITY.get(topic, 1)
    data["body"] = body
    try:
        guideline = msgspec.convert(data, models.Guideline)
    except msgspec.ValidationError as exc:
        raise GuidelineError(f"front matter: {exc}") from None
    if guideline.show == "trigger" and not (guideline.triggers.words or guideline.triggers.strong):
        raise GuidelineError("a trigger guideline needs [triggers] words or strong patterns")
    ids = [item.id for item in guideline.checklist]
    if len(ids) != len(set(ids)):
        raise GuidelineError("two checklist items have the same id")
    return guideline


def load_dir(directory: Path) -> tuple[list[tuple[Path, models.Guideline]], list[str]]:
    """Every `*.md` under `directory` (recursively), and one problem line per unreadable file."""
    found: list[tuple[Path, models.Guideline]] = []
    problems: list[str] = []
    for path in sorted(directory.rglob("*.md")):
        if path.name.lower() == "readme.md":
            continue
        try:
            found.append((path, parse_document(path.read_text(encoding="utf-8"))))
        except (GuidelineError, UnicodeDecodeError) as exc:
            problems.append(f"{path}: {exc}")
    return found, problems


def default_dir() -> Path:
    """The packs shipped with ChatHost (resources/guidelines in the source tree)."""
    return Path(__file__).resolve().parents[2] / "resources" / "guidelines"
