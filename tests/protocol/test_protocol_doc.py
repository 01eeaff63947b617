"""Every JSON example in docs/protocol.md decodes against the schema it claims to show, and the
server's examples show every field (the server always sends them all)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, get_args

import msgspec
import pytest

from chathost.protocol import frames, models

DOC = Path(__file__).resolve().parents[2] / "docs" / "protocol.md"
FRAMES = {
    "staff_in": frames.StaffCommand,
    "staff_out": frames.StaffOut,
    "visitor_in": frames.VisitorCommand,
    "visitor_out": frames.VisitorOut,
}
# Request bodies: a client may leave out fields with defaults.
REQUESTS = {"LoginRequest", "VisitorOpenRequest", "ServiceCreate", "UserCreate",
            "GuidelineSource", "WrapupAnswers", "VerifyRequest"}
ARROWS = {"S→H": "staff_out", "H→S": "staff_in", "S→V": "visitor_out", "V→S": "visitor_in"}


def _type(name: str) -> Any:
    if name in FRAMES:
        return FRAMES[name]
    kind = name.removeprefix("rest:")
    if kind.startswith("list["):
        return list[getattr(models, kind[5:-1])]
    return getattr(models, kind)


def _examples() -> list[tuple[str, str]]:
    text = DOC.read_text(encoding="utf-8")
    found = []
    for match in re.finditer(r"<!-- check(-lines)?: (\S+) -->\n```json\n(.*?)```", text, re.S):
        lines, name, body = match.groups()
        chunks = [line for line in body.splitlines() if line.strip()] if lines else [body]
        found += [(name, chunk) for chunk in chunks]
    for line in text.splitlines():  # the worked example (section 6)
        arrow = re.match(r"(S→H|H→S|S→V|V→S) (\{.*)", line)
        if arrow:
            found.append((ARROWS[arrow.group(1)], arrow.group(2)))
    return found


def _paths(value: Any, at: str = "") -> set[str]:
    if isinstance(value, dict):
        return {p for k, v in value.items() for p in {f"{at}.{k}"} | _paths(v, f"{at}.{k}")}
    if isinstance(value, list):
        return {p for v in value for p in _paths(v, f"{at}[]")}
    return set()


EXAMPLES = _examples()


def test_the_document_has_examples():
    assert len(EXAMPLES) > 80


@pytest.mark.parametrize("name", sorted(FRAMES))
def test_every_frame_type_has_an_example(name: str):
    """A new frame (or event) is not documented until the document shows one."""
    tags = {msgspec.inspect.type_info(frame).tag for frame in get_args(FRAMES[name])}
    shown = {json.loads(example).get("type") for kind, example in EXAMPLES if kind == name}
    assert not tags - shown, f"no {name} example of {sorted(tags - shown)}"


@pytest.mark.parametrize(("name", "example"), EXAMPLES)
def test_example_matches_the_schema(name: str, example: str):
    value = msgspec.json.decode(example.encode(), type=_type(name))
    if name.endswith("_in") or name.removeprefix("rest:") in REQUESTS:
        return
    complete = msgspec.json.decode(msgspec.json.encode(value))
    missing = _paths(complete) - _paths(msgspec.json.decode(example.encode()))
    assert not missing, f"the server always sends {sorted(missing)}"
