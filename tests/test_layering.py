"""The core never imports Qt, the server never imports the console's core, and the shared
guideline packs import nothing but the protocol."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1] / "chathost"


def _imports(package: str) -> list[tuple[Path, str]]:
    found = []
    for path in (ROOT / package).rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                found += [(path, alias.name) for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found.append((path, node.module))
    return found


@pytest.mark.parametrize("package", ["protocol", "core", "server", "guidelines"])
def test_core_packages_never_import_qt(package):
    bad = [(p.name, m) for p, m in _imports(package) if m.split(".")[0] in ("PySide6", "qasync")]
    assert bad == []


def test_protocol_imports_nothing_of_ours_but_itself():
    bad = [
        (p.name, m) for p, m in _imports("protocol")
        if m.startswith("chathost.") and not m.startswith("chathost.protocol")
    ]
    assert bad == []


def test_server_never_imports_the_console_core_or_ui():
    bad = [
        (p.name, m) for p, m in _imports("server")
        if m.startswith(("chathost.core", "chathost.ui", "chathost.app"))
    ]
    assert bad == []


def test_guidelines_are_shared_and_import_only_the_protocol():
    """The server and the console both use the guideline packs; the packs use neither."""
    bad = [
        (p.name, m) for p, m in _imports("guidelines")
        if m.startswith("chathost.")
        and not m.startswith(("chathost.protocol", "chathost.guidelines"))
    ]
    assert bad == []


def test_the_check_sees_imports(tmp_path):
    """Guard against a checker that passes because it reads nothing."""
    assert any(m == "aiohttp" for _, m in _imports("server"))
