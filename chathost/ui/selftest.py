"""`chathost --self-test`: every check the console depends on, one line each, exit code 0 only
when all pass. The Qt checks are here; the Qt-free ones in `chathost.core.selftest`.

Lines are written as each check finishes, and the Qt platform check runs last: when Qt cannot
load its platform plugin it aborts the whole process with its own message, and the lines
written before still show what else works."""

from __future__ import annotations

import asyncio
import os
import sys
from collections.abc import Callable
from typing import TextIO

import aiohttp
from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel

from chathost.core.selftest import (
    Check,
    check_keyring,
    check_server,
    check_sqlcipher,
    format_check,
    format_summary,
)
from chathost.ui.i18n import LANGUAGES, catalogue_path, translator_for

TRANSLATION_PROBE = ("ConversationTab", "Send")

# A QApplication made by the self-test must outlive the check that made it.
_app: QApplication | None = None


def check_qt_platform() -> Check:
    """A QApplication exists (or is made), and a small window can be shown and closed."""
    global _app
    if (
        sys.platform.startswith("linux")
        and not os.environ.get("QT_QPA_PLATFORM")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    ):
        # Qt would abort the process rather than raise: say why instead.
        return Check(
            "qt",
            False,
            "no display: neither DISPLAY nor WAYLAND_DISPLAY is set (QT_QPA_PLATFORM=offscreen "
            "runs without one)",
        )
    try:
        existing = QCoreApplication.instance()
        if existing is None:
            _app = QApplication([sys.argv[0] if sys.argv else "chathost"])
        elif not isinstance(existing, QApplication):
            return Check(
                "qt", False, f"a {type(existing).__name__} exists; widgets need a QApplication"
            )
        label = QLabel("ChatHost self-test")
        try:
            label.show()
            QCoreApplication.processEvents()
            shown = label.isVisible()
        finally:
            label.close()
            label.deleteLater()
        QCoreApplication.processEvents()
    except Exception as exc:
        return Check("qt", False, f"Qt failed: {type(exc).__name__}: {exc}")
    platform = QGuiApplication.platformName()
    versions = f"platform {platform!r}, Qt {qVersion()}, PySide6 {pyside_version}"
    if not shown:
        return Check("qt", False, f"a test window could not be shown ({versions})")
    return Check("qt", True, f"{versions}; a test window was shown and closed")


def check_translations(
    languages: tuple[str, ...] = tuple(code for code in LANGUAGES if code != "en"),
) -> Check:
    """Each language's catalogue loads and translates a known string."""
    context, source = TRANSLATION_PROBE
    found: list[str] = []
    missing: list[str] = []
    for language in languages:
        try:
            translator = translator_for(language)
        except Exception as exc:
            missing.append(f"{language}: {type(exc).__name__}: {exc}")
            continue
        if translator is None:
            missing.append(f"{language}: catalogue missing or unreadable")
            continue
        # An empty answer means "not in the catalogue". Bokmål's "Send" is "Send", so the
        # translation may equal the source text.
        text = translator.translate(context, source)
        if not text:
            missing.append(f"{language}: {context}/{source!r} not translated")
        else:
            found.append(f"{language} {source!r} → {text!r}")
    if missing:
        return Check("translations", False, "; ".join(missing))
    bundled = all(catalogue_path(language).startswith(":/") for language in languages)
    where = "the bundled Qt resources" if bundled else "the .qm files beside the code"
    return Check("translations", True, ", ".join(found) + f" (from {where})")


async def _server_check(server: str, ca_file: str | None) -> Check:
    async with aiohttp.ClientSession() as http:
        return await check_server(server, ca_file, http)


def _run_server_check(server: str, ca_file: str | None) -> Check:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(_server_check(server, ca_file))
    return Check("server", False, "the self-test must run before the console's event loop starts")


def run_self_test(server: str | None, ca_file: str | None, out: TextIO) -> int:
    """Run every check (the server's only when `server` is given), write the report to `out`
    line by line, and return 0 when all pass, else 1."""
    steps: list[tuple[str, Callable[[], Check]]] = [
        ("keyring", check_keyring),
        ("sqlcipher", check_sqlcipher),
    ]
    if server:
        steps.append(("server", lambda: _run_server_check(server, ca_file)))
    steps += [("translations", check_translations), ("qt", check_qt_platform)]
    checks: list[Check] = []
    for name, step in steps:
        try:
            check = step()
        except Exception as exc:  # a check that breaks is a failed check, not a traceback
            check = Check(name, False, f"the check itself failed: {type(exc).__name__}: {exc}")
        checks.append(check)
        out.write(format_check(check) + "\n")
        out.flush()
    out.write(format_summary(checks) + "\n")
    out.flush()
    return 0 if all(c.ok for c in checks) else 1
