"""The workstation lock, against the real server: the console locks after the idle time (or at
once with Ctrl+L), then shows nothing about any visitor and does nothing but unlock, while
alerts still sound; only the host's password, checked by the server, opens it again."""

from __future__ import annotations

import asyncio
import time
from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLineEdit,
    QWidget,
)
from shiboken6 import isValid

from chathost.protocol import frames
from tests.conftest import PASSWORDS
from tests.helpers import until
from tests.ui.console_fixtures import (
    MemoryKeyring,
    click,
    log_in,
    make_console,
    one_conversation,
    question_box,
    unlock_attempt,
    wait_for,
)
from tests.ui.visible_texts import visible_text

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def idle_after(window, seconds: float) -> None:
    """The lock's idle time, from now (the centre's setting is minutes; tests cannot wait)."""
    window.lock.idle.seconds = seconds
    window.lock.idle.start()


async def locked(window) -> None:
    await until(lambda: window.lock.locked, window.lock.locked_changed, timeout=15)


def triggered_anything(window, keys: list[tuple[Qt.Key, Qt.KeyboardModifier]]) -> list[str]:
    """Press each key on whatever has the focus; which of the window's actions and shortcuts
    (menus, Ctrl+T, Ctrl+Tab, Ctrl+1…9, the escalation keys of each tab) went off."""
    fired: list[str] = []
    actions = window.findChildren(QAction)
    shortcuts = window.findChildren(QShortcut)
    hooks = [(a.triggered, lambda *_, a=a: fired.append(a.text())) for a in actions]
    hooks += [(s.activated, lambda s=s: fired.append(s.key().toString())) for s in shortcuts]
    for signal, slot in hooks:
        signal.connect(slot)
    try:
        for key, modifiers in keys:
            QTest.keyClick(QApplication.focusWidget() or window, key, modifiers)
    finally:
        for signal, slot in hooks:
            signal.disconnect(slot)
    return fired


async def test_idle_time_locks_and_only_the_right_password_opens_it(console, clients, qtbot):
    console.centre = replace(console.centre, lock_idle_seconds=600.0)
    visitor, tab = await one_conversation(console, clients)
    window, session = console.window, console.session
    assert window.lock.idle.seconds == 600.0  # the centre's setting reaches the window
    alias = session.state.conversations[visitor.conversation].info.alias
    await visitor.send("jeg heter Ola og bor i Storgata 5")
    await wait_for(lambda: tab.model.rowCount() == 1, console)
    QTest.keyClicks(tab.composer, "utkast til deg")
    waiting = await clients.visitor("ung", "nb")
    await wait_for(lambda: len(session.state.queues["ung"].waiting) == 1, console)
    waiting_alias = session.state.queues["ung"].waiting[0].alias
    shown = visible_text(window)
    assert alias in shown and waiting_alias in shown and "Storgata" in shown  # the check sees
    # The check sees the window's shortcuts: unlocked, Ctrl+1 goes off.
    assert triggered_anything(window, [(Qt.Key.Key_1, CTRL)]) == ["Ctrl+1"]

    idle_after(window, 0.5)
    await locked(window)
    screen = window.lock.screen
    assert screen.isVisible() and QApplication.focusWidget() is screen.password
    assert screen.password.echoMode() == QLineEdit.EchoMode.Password
    shown = visible_text(window)
    for secret in (alias, waiting_alias, "Storgata", "Ola", "utkast"):
        assert secret not in shown, secret
    assert not tab.isVisible() and not window.queue.isVisible()
    assert screen.heading.text() == "ChatHost is locked"
    assert "Kari (host) (host1)" in screen.user_line.text()
    assert screen.counts.text() == "1 conversation open · 1 visitor waiting in the queue"
    assert alias not in window.windowTitle()

    # Nothing but unlocking works: no menu, no shortcut of the window or of the tab.
    assert not any(a.isEnabled() for a in window.menuBar().actions())
    keys = [
        (Qt.Key.Key_T, CTRL),
        (Qt.Key.Key_Tab, CTRL),
        (Qt.Key.Key_1, CTRL),
        (Qt.Key.Key_H, CTRL_SHIFT),
        (Qt.Key.Key_A, CTRL_SHIFT),
        (Qt.Key.Key_R, CTRL_SHIFT),
        (Qt.Key.Key_B, CTRL_SHIFT),
        (Qt.Key.Key_L, CTRL),
        (Qt.Key.Key_Q, CTRL),
    ]
    assert triggered_anything(window, keys) == []
    assert len(session.state.queues["ung"].waiting) == 1 and len(session.state.held()) == 1

    assert await unlock_attempt(window, "not my password") == "Wrong password. Try again."
    assert window.lock.locked and alias not in visible_text(window)
    assert QApplication.focusWidget() is screen.password  # ready for the next try

    window.lock.idle.seconds = 300.0  # so it does not lock again while we look
    assert await unlock_attempt(window, PASSWORDS["host1"]) == ""
    assert not window.lock.locked and not screen.isVisible()
    assert window.tabs.currentWidget() is tab and tab.isVisible()
    assert tab.composer.toPlainText() == "utkast til deg"
    assert QApplication.focusWidget() is tab.composer  # where the host left off
    assert all(a.isEnabled() for a in window.menuBar().actions())
    assert window.lock.idle.running  # and it watches again
    stored = await (await clients.staff("host2", connect=False)).snapshot()
    assert [w.conversation for q in stored.queues for w in q.waiting] == [waiting.conversation]


async def test_input_before_the_idle_time_postpones_the_lock(console, clients, qtbot):
    _visitor, tab = await one_conversation(console, clients)
    window = console.window
    idle_after(window, 2.0)
    started = last_input = time.monotonic()
    step = 0
    while last_input - started < 4.5:  # more than twice the idle time, with input
        step += 1
        if step % 2:
            QTest.mouseMove(tab.view.viewport(), QPoint(10 + step, 10))
        else:
            QTest.keyClicks(tab.composer, "x")
        last_input = time.monotonic()
        await asyncio.sleep(0.25)  # the host working at their pace (time passing, not a sync)
        assert not window.lock.locked
    await locked(window)
    assert time.monotonic() - last_input >= 2.0


async def test_a_locked_supervisor_console_still_alerts_without_names(console, clients, qtbot):
    await log_in(console, "super1")
    window, session = console.window, console.session
    await session.start_shift()
    host = await clients.staff("host1", shift=True)
    visitor = await clients.visitor("ung", "nb")
    await host.take(visitor.conversation)
    await wait_for(lambda: not session.state.queues["ung"].waiting, console)

    QTest.keyClick(window.queue.tree, Qt.Key.Key_L, CTRL)  # Lock now: at once
    assert window.lock.locked
    screen = window.lock.screen
    assert not screen.alert.isVisible()
    history = window.notifier.history
    before = len(history)

    await host.command(frames.AskHelp(id="h1", conversation=visitor.conversation))
    await wait_for(lambda: any(k == "help" for k, _ in history[before:]), console)
    await wait_for(lambda: screen.alert.isVisible(), console)
    assert screen.alert.text() == "A host is asking for help. Unlock to answer."
    await host.command(frames.FlagAcute(id="a1", conversation=visitor.conversation))
    await wait_for(lambda: any(k == "acute" for k, _ in history[before:]), console)
    await wait_for(lambda: screen.alert.text().startswith("ACUTE DANGER"), console)
    newcomer = await clients.visitor("ung", "nb")
    await wait_for(lambda: any(k == "queue" for k, _ in history[before:]), console)
    assert window.notifier.sound

    alias = session.state.conversations[visitor.conversation].info.alias
    told = " ".join(text for _, text in history[before:])
    assert "Kari" in told  # who calls: staff, not a visitor
    assert alias not in told and newcomer.conversation not in told
    assert alias not in visible_text(window)
    assert not window.help_calls.isVisible()  # the list with aliases is behind the lock

    assert await unlock_attempt(window, PASSWORDS["super1"]) == ""
    await wait_for(lambda: window.help_calls.isVisible(), console)
    assert not window.notifier.discreet


async def test_unlocking_waits_for_the_server_when_it_cannot_be_reached(
    console, clients, server, qtbot
):
    _visitor, tab = await one_conversation(console, clients)
    window, session = console.window, console.session
    window.lock.lock()
    screen = window.lock.screen
    assert screen.connection.text() == "Connected to the server."

    await server.stop()
    await wait_for(lambda: session.stream.status != "online", console)
    assert screen.connection.text() == "No connection to the server. Reconnecting…"
    shown = await unlock_attempt(window, PASSWORDS["host1"])
    assert shown.startswith("Your password cannot be checked now: the server cannot be reached.")
    assert "conversations stay hidden" in shown
    assert window.lock.locked and not tab.isVisible()

    await server.restart()
    await wait_for(lambda: session.stream.status == "online", console, timeout=20)
    assert screen.connection.text() == "Connected to the server."
    assert screen.error.text() == "The connection is back. Enter your password to unlock."
    assert await unlock_attempt(window, PASSWORDS["host1"]) == ""
    assert not window.lock.locked and tab.isVisible()


async def test_too_many_attempts_make_the_host_wait(console, server, qtbot):
    await log_in(console)
    window = console.window
    window.lock.lock()
    screen = window.lock.screen
    for _ in range(5):
        assert await unlock_attempt(window, "guess") == "Wrong password. Try again."
    shown = await unlock_attempt(window, PASSWORDS["host1"])
    assert shown.startswith("Too many attempts. Wait ")
    assert shown.endswith(" seconds, then try again.")
    assert not screen.unlock_button.isEnabled() and window.lock.locked

    # Time passes (on the server and on the screen's countdown).
    server.clock.advance(61)
    real = screen.clock
    screen.clock = lambda: real() + 61
    window.bridge.tick.emit()
    assert screen.error.text() == "You can try again now." and screen.unlock_button.isEnabled()
    assert await unlock_attempt(window, PASSWORDS["host1"]) == ""
    assert not window.lock.locked


async def hidden(widget: QWidget) -> None:
    """Until Qt hides `widget` (the lock hides a dialog that opens while locked on the next
    turn of the event loop)."""
    done = asyncio.Event()

    class Watch(QObject):
        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Hide:
                done.set()
            return False

    watch = Watch()
    widget.installEventFilter(watch)
    try:
        if widget.isVisible():
            await asyncio.wait_for(done.wait(), 10)
    finally:
        widget.removeEventFilter(watch)


async def test_open_dialogs_are_hidden_while_locked_and_come_back(console, clients, qtbot):
    visitor, tab = await one_conversation(console, clients)
    window, session = console.window, console.session
    alias = session.state.conversations[visitor.conversation].info.alias
    box = window.tabs.request_close(tab)  # "Close the conversation with <alias>?"
    assert box is not None and box.isVisible()
    answered_meanwhile = QDialog(window)
    answered_meanwhile.open()

    window.lock.lock()
    assert not box.isVisible() and not answered_meanwhile.isVisible()
    assert alias not in visible_text(window)
    assert QApplication.activeModalWidget() is not box  # nothing blocks the password field
    answered_meanwhile.reject()  # e.g. its conversation ended: it must not come back
    late = QDialog(window)  # a slow action finishing while locked
    late.setWindowTitle(alias)
    late.open()
    await hidden(late)
    assert alias not in visible_text(window)
    # The window's close button does not quit a locked console.
    window.windowHandle().close()
    assert window.isVisible() and window.lock.locked
    assert screen_error(window) == "The console is locked. Unlock it to quit, or log out."

    assert await unlock_attempt(window, PASSWORDS["host1"]) == ""
    assert box.isVisible() and question_box(window) is box  # the question is still open
    assert late.isVisible() and not answered_meanwhile.isVisible()
    late.reject()
    click(box, "Keep it open")
    assert session.state.holds(visitor.conversation)


def screen_error(window) -> str:
    return window.lock.screen.error.text()


async def test_logging_out_from_the_lock_screen(console, clients, qtbot):
    visitor, _tab = await one_conversation(console, clients)
    window, session = console.window, console.session
    alias = session.state.conversations[visitor.conversation].info.alias
    window.lock.lock()
    QTest.mouseClick(window.lock.screen.logout_button, Qt.MouseButton.LeftButton)
    box = question_box(window)  # the window's usual question, counts only
    assert box.isVisible() and alias not in visible_text(window)
    click(box, "Log out anyway")
    await asyncio.wait_for(console.login_shown.wait(), 10)
    assert console.window is None and console.session is None


async def test_a_session_ended_on_the_server_goes_back_to_the_login(console, qtbot):
    await log_in(console)
    window = console.window
    window.lock.lock()
    console.session.api.token = "chs_not-a-session"  # as if revoked meanwhile
    await unlock_attempt(window, PASSWORDS["host1"])
    await asyncio.wait_for(console.login_shown.wait(), 10)
    assert console.window is None and not isValid(window)  # closed and deleted


async def test_quitting_while_locked_forgets_the_session(server, http, tmp_path, qtbot):
    keyring = MemoryKeyring()
    console = make_console(server.url, http, tmp_path, keyring)
    await log_in(console)
    assert keyring.entries  # kept for the next start…
    console.window.lock.lock()
    await console.close()
    assert keyring.entries == {}  # …but not when it quits locked: the next start asks again


async def test_a_console_killed_while_locked_starts_again_locked(
    server, http, tmp_path, clients, qtbot
):
    """Killing a locked console (no chance to log out) and starting it again must not get past
    the lock: the session kept in the keyring comes back locked, and only the password opens it."""
    keyring = MemoryKeyring()
    console = make_console(server.url, http, tmp_path, keyring)
    visitor, _tab = await one_conversation(console, clients)
    alias = console.session.state.conversations[visitor.conversation].info.alias
    console.window.lock.lock()
    # Killed: no logout, the window just goes; the token stays in the keyring. (The notes
    # cache is wiped first only to keep this test about the lock; a crash's notes are offered
    # back, see test_notes_console.)
    await console._wipe_notes()
    await console.session.close(logout=False)
    console.session = None
    console.window.force_close()
    console.window = None
    assert keyring.entries

    again = make_console(server.url, http, tmp_path, keyring)
    try:
        await again.begin()
        window = again.window
        assert again.login is None and window is not None and window.isVisible()
        assert window.lock.locked
        screen = window.lock.screen
        assert screen.isVisible() and screen.heading.text() == "ChatHost was started again"
        assert screen.hint.text() == (
            "You are still logged in. Enter your password to carry on where you left off."
        )
        await again.session.stream.wait_online(10)
        await wait_for(lambda: len(again.session.state.held()) == 1, again)
        assert alias not in visible_text(window)
        assert screen.counts.text().startswith("1 conversation open")
        assert triggered_anything(window, [(Qt.Key.Key_T, CTRL)]) == []

        assert await unlock_attempt(window, "not my password") == "Wrong password. Try again."
        assert window.lock.locked and alias not in visible_text(window)
        assert await unlock_attempt(window, PASSWORDS["host1"]) == ""
        assert not window.lock.locked
        await wait_for(lambda: window.tabs.count() == 1, again)
        assert alias in visible_text(window)
        # Locked again later, it reads as the usual lock, not as a restart.
        window.lock.lock()
        assert screen.heading.text() == "ChatHost is locked"
        assert await unlock_attempt(window, PASSWORDS["host1"]) == ""
    finally:
        if again.window is not None:
            again.window.force_close()
        await again.close()
