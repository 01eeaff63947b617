"""The whole console (login dialog, main window) against the real server on a qasync loop, with
an in-memory OS keyring (the one edge we do not own) and per-test QSettings."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from chathost.app import Console
from chathost.core.backoff import Backoff
from chathost.core.config import CentreConfig
from chathost.core.credentials import TokenStore
from chathost.core.shift_notes import NotesPlace
from chathost.devtools.memory_keyring import TRUSTED, MemoryKeyring
from chathost.ui.settings import SettingsStore
from tests.conftest import PASSWORDS
from tests.helpers import until


def make_console(
    server_url: str, http, tmp_path: Path, keyring: MemoryKeyring | None = None
) -> Console:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    store = SettingsStore(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    chosen = keyring or MemoryKeyring()
    tokens = TokenStore(chosen, trusted=TRUSTED)
    return Console(
        app,
        http,
        CentreConfig(server_url=server_url, wait_alert_seconds=120),
        store,
        tokens,
        backoff=Backoff(base=0.05, cap=0.3),
        # The notes in the test's own folder, their keys in the same in-memory keyring.
        notes_place=NotesPlace(tmp_path / "notes", lambda: chosen, TRUSTED),
    )


async def log_in(console: Console, username: str = "host1") -> None:
    await console.begin()
    dialog = console.login
    assert dialog is not None
    dialog.username.setText(username)
    dialog.password.setText(PASSWORDS[username])
    dialog.submit()
    await asyncio.wait_for(console.ready.wait(), 10)
    session = console.session
    assert session is not None and console.window is not None
    await session.stream.wait_online(10)
    assert console.window.isActiveWindow()
    await asyncio.wait_for(session.snapshot_loaded.wait(), 10)


async def unlock_attempt(window, password: str) -> str:
    """Type the password, press Enter, wait for the server's answer; the line shown."""
    screen = window.lock.screen
    answered = asyncio.Event()

    def changed(busy: bool) -> None:
        if not busy:
            answered.set()

    screen.busy_changed.connect(changed)
    QTest.keyClicks(screen.password, password)
    QTest.keyClick(screen.password, Qt.Key.Key_Return)
    try:
        await asyncio.wait_for(answered.wait(), 15)
    finally:
        screen.busy_changed.disconnect(changed)
    assert screen.password.text() == ""  # never left in the field
    return screen.error.text() if screen.error.isVisible() else ""


async def wait_for(
    check: Callable[[], bool], console: Console, timeout: float = 10, extra: tuple = ()
) -> None:
    """Until `check` holds, woken by any change the console's bridge announces."""
    assert console.window is not None
    bridge = console.window.bridge
    tabs = console.window.tabs
    sources = (
        bridge.state,
        bridge.outgoing,
        bridge.connection,
        bridge.guidance,
        tabs.currentChanged,
        *extra,
    )
    await until(check, *sources, timeout=timeout)


def deliver_language_change() -> None:
    """The LanguageChange events Qt posted to every widget, delivered now. Not processEvents():
    a nested event loop inside a qasync task can leave the loop's own timers stuck."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)


def question_box(parent) -> QMessageBox:
    boxes = [w for w in parent.findChildren(QMessageBox) if w.isVisible()]
    assert len(boxes) == 1, boxes
    return boxes[0]


def click(box: QMessageBox, label: str) -> None:
    button = next(b for b in box.buttons() if b.text() == label)
    button.click()


async def one_conversation(console: Console, clients, username: str = "host1"):
    """Logged in, on shift, holding one conversation with a fresh visitor in its own tab."""
    await log_in(console, username)
    session, window = console.session, console.window
    assert session is not None and window is not None
    await session.start_shift()
    visitor = await clients.visitor("ung", "nb")
    await session.take(visitor.conversation)
    await wait_for(lambda: window.tabs.count() == 1, console)
    return visitor, window.tabs.tabs()[0]
