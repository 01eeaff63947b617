"""The console as a host uses it, against the real server: logging in, the shift, the queue,
conversations in tabs with unread badges, closing tabs, and the connection banner."""

from __future__ import annotations

import asyncio
import json

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from chathost.core.api import BackendError
from chathost.core.session import CommandFailed
from chathost.protocol import frames
from chathost.ui.errors import describe
from chathost.ui.handback_dialog import HandbackDialog
from chathost.ui.transcript import StateRole
from tests.conftest import PASSWORDS
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


async def attempt(dialog, username: str, password: str) -> str:
    """Fill in the form, press Log in, and wait for the answer; the error shown, if any."""
    answered = asyncio.Event()
    busy_seen = []

    def changed(busy: bool) -> None:
        busy_seen.append(busy)
        if not busy:
            answered.set()

    dialog.busy_changed.connect(changed)
    dialog.username.setText(username)
    dialog.password.setText(password)
    QTest.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
    await asyncio.wait_for(answered.wait(), 10)
    dialog.busy_changed.disconnect(changed)
    assert busy_seen[0] is True  # the button said "Logging in…" meanwhile
    return dialog.error.text() if dialog.error.isVisible() else ""


async def test_login_says_what_is_wrong_and_keeps_the_token_only_in_the_keyring(
    server, http, tmp_path, qtbot
):
    keyring = MemoryKeyring()
    console = make_console(server.url, http, tmp_path, keyring)
    await console.begin()
    dialog = console.login
    assert dialog is not None and dialog.isVisible()
    assert dialog.server.text() == server.url  # from the centre configuration

    assert await attempt(dialog, "host1", "wrong password") == "Wrong username or password."
    assert dialog.isVisible() and console.window is None and keyring.entries == {}

    dialog.server.setText("http://127.0.0.1:9")  # nothing listens there
    shown = await attempt(dialog, "host1", PASSWORDS["host1"])
    assert shown.startswith("Cannot reach the server.")

    dialog.server.setText(server.url)
    assert await attempt(dialog, "host1", PASSWORDS["host1"]) == ""
    await asyncio.wait_for(console.ready.wait(), 10)
    assert not dialog.isVisible()
    assert console.window is not None and console.window.isVisible()
    [(_service, url)] = keyring.entries
    assert url.startswith(server.url)
    assert json.loads(keyring.entries[(_service, url)])["token"] == console.session.api.token
    assert console.session.api.token not in (tmp_path / "settings.ini").read_text()

    # The next start picks the session up from the keyring: no login, but locked until the
    # host's password is given again (see test_workstation_lock).
    again = make_console(server.url, http, tmp_path, keyring)
    await again.begin()
    assert again.login is None and again.window is not None and again.window.lock.locked
    assert again.session.state.user.username == "host1"
    assert await unlock_attempt(again.window, PASSWORDS["host1"]) == ""
    assert not again.window.lock.locked
    again.window.force_close()
    await again.close()

    # Logging out ends the session on the server, drops the token, and shows the login again.
    token = console.session.api.token
    await console.logout()
    assert keyring.entries == {}
    assert console.login is not None and console.login.isVisible()
    async with http.get(
        server.url + "/api/v1/staff/snapshot", headers={"Authorization": f"Bearer {token}"}
    ) as resp:
        assert resp.status == 401
    console.login.close()
    await console.close()


def test_every_failure_kind_has_its_own_sentence(qapp):
    kinds = [
        "wrong_credentials", "account_disabled", "unauthorized", "unreachable",
        "certificate", "incompatible", "rate_limited", "forbidden", "rejected", "server",
    ]
    sentences = {describe(BackendError(kind)) for kind in kinds}  # type: ignore[arg-type]
    assert len(sentences) == len(kinds)
    assert "certificate" in describe(BackendError("certificate"))
    assert "version" in describe(BackendError("incompatible"))
    refused = describe(CommandFailed(frames.Error(code="at_capacity", message="x")))
    assert refused == "You already hold as many conversations as this service allows."


async def test_a_shift_with_three_conversations_in_tabs(console, clients, qtbot):
    await log_in(console)
    window = console.window
    session = console.session
    bar, queue, tabs = window.shift_bar, window.queue, window.tabs
    assert bar.status.text() == "Off shift"
    assert not queue.take_next_button.isEnabled()
    assert queue.hint.text() == "Start your shift to take conversations."

    QTest.mouseClick(bar.start_button, Qt.MouseButton.LeftButton)
    await wait_for(lambda: bar.status.text() == "On shift", console)
    assert bar.timer.text().startswith("0:00:")

    visitors = [await clients.visitor("ung", "nb") for _ in range(3)]
    await visitors[0].send("hei")
    await wait_for(lambda: len(session.state.queues["ung"].waiting) == 3, console)
    header = queue.tree.topLevelItem(1).text(0)
    assert header == "Ung chat — 0 of 3 open, 3 waiting"
    assert "0 unread" not in window.windowTitle()
    assert window.windowTitle().startswith("(3 waiting)")

    # Take next: the longest-waiting visitor, in a tab of its own that gets the focus.
    QTest.mouseClick(queue.take_next_button, Qt.MouseButton.LeftButton)
    await wait_for(lambda: tabs.count() == 1, console)
    first = tabs.currentWidget()
    assert first.conversation_id == visitors[0].conversation
    await wait_for(lambda: first.model.rowCount() == 1, console)
    assert first.model.full_text(0) == "hei"

    # Take a specific one with a double click.
    target = next(
        queue.tree.topLevelItem(i) for i in range(queue.tree.topLevelItemCount())
        if queue.tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole + 1)
        == visitors[2].conversation
    )
    queue.tree.setCurrentItem(target)
    assert queue.take_selected_button.isEnabled()
    queue.tree.itemDoubleClicked.emit(target, 0)
    await wait_for(lambda: tabs.count() == 2 and tabs.currentIndex() == 1, console)
    QTest.mouseClick(queue.take_next_button, Qt.MouseButton.LeftButton)
    await wait_for(lambda: tabs.count() == 3, console)
    await wait_for(lambda: queue.tree.topLevelItem(1).text(0).startswith("Ung chat — 3 of 3"),
                   console)
    assert not queue.take_next_button.isEnabled()  # at capacity

    titles = [tabs.tabText(i) for i in range(3)]
    aliases = [session.state.conversations[t.conversation_id].info.alias for t in tabs.tabs()]
    assert titles == [f"{a} · Ung chat" for a in aliases]

    # A message in a background tab: a badge on that tab, an alert, a count in the title.
    tabs.jump(0)
    window.tabs.set_window_active(True)
    background = tabs.tabs()[1]
    visitor = next(v for v in visitors if v.conversation == background.conversation_id)
    await visitor.send("er du der?")
    await visitor.send("hallo?")
    await wait_for(lambda: tabs.tabText(1).endswith("(2)"), console)
    assert window.windowTitle().startswith("(2 unread)")
    assert [kind for kind, _ in window.notifier.history][-2:] == ["message", "message"]
    assert "er du der" not in " ".join(text for _, text in window.notifier.history)

    # Ctrl+2 goes there; the messages are read, the badge and the count go away.
    QTest.keyClick(tabs.currentWidget().composer, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentIndex() == 1
    await wait_for(lambda: not tabs.tabText(1).endswith(")"), console)
    await wait_for(lambda: not window.windowTitle().startswith("("), console)
    QTest.keyClick(background.composer, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentIndex() == 2

    # The focused tab: a message there needs no alert.
    before = len(window.notifier.history)
    current = tabs.currentWidget()
    visitor = next(v for v in visitors if v.conversation == current.conversation_id)
    await visitor.send("takk")
    await wait_for(lambda: current.model.rowCount() == 1, console)
    assert len(window.notifier.history) == before

    # Each tab keeps its own draft.
    QTest.keyClicks(current.composer, "utkast her")
    tabs.jump(0)
    assert tabs.currentWidget().composer.toPlainText() == ""
    tabs.jump(2)
    assert current.composer.toPlainText() == "utkast her"


async def test_closing_a_tab_never_ends_a_conversation_by_accident(console, clients, qtbot):
    visitor, tab = await one_conversation(console, clients)
    window, session = console.window, console.session
    tabs = window.tabs

    # The close button on the tab asks; "Keep it open" is the default and Escape.
    tabs.tabCloseRequested.emit(0)
    box = question_box(tabs)
    assert box.defaultButton().text() == "Keep it open"
    assert box.escapeButton() is box.defaultButton()
    click(box, "Keep it open")
    assert tabs.count() == 1
    assert session.state.conversations[tab.conversation_id].info.status == "active"

    # "Hand back" (with no note for the next host) puts the visitor back in the queue and
    # closes the tab.
    tabs.tabCloseRequested.emit(0)
    click(question_box(tabs), "Hand back to the queue")
    [handback] = [d for d in tab.findChildren(HandbackDialog) if d.isVisible()]
    handback.handback_button.click()
    await wait_for(lambda: tabs.count() == 0, console)
    await wait_for(lambda: len(session.state.queues["ung"].waiting) == 1, console)
    status = await visitor.wait_for(frames.VisitorStatus, lambda f: f.status == "queued")
    assert status.position == 1

    # Taken again and ended: the tab stays, marked closed, until the host closes it.
    await session.take(visitor.conversation)
    await wait_for(lambda: tabs.count() == 1, console)
    tabs.tabCloseRequested.emit(0)
    click(question_box(tabs), "End the conversation")
    await visitor.wait_for(frames.VisitorStatus, lambda f: f.status == "ended")
    await wait_for(lambda: tabs.tabText(0).endswith("— closed"), console)
    assert not tabs.tabs()[0].composer.isEnabled()
    tabs.tabCloseRequested.emit(0)
    assert tabs.count() == 0


async def test_ending_the_shift_asks_to_hand_back_open_conversations(console, clients, qtbot):
    visitor, _tab = await one_conversation(console, clients)
    window, session = console.window, console.session

    window.shift_bar.request_end()
    box = window.shift_bar.question
    assert "1 open conversation(s)" in box.text()
    click(box, "Cancel")
    assert session.state.shift.status == "available"

    window.shift_bar.request_end()
    click(window.shift_bar.question, "Hand back and end shift")
    await wait_for(lambda: session.state.shift.status == "off", console)
    await visitor.wait_for(frames.VisitorStatus, lambda f: f.status == "queued")
    assert window.shift_bar.status.text() == "Off shift"


async def test_the_banner_shows_while_offline_and_nothing_typed_is_lost(
    console, clients, server, qtbot
):
    visitor, tab = await one_conversation(console, clients)
    window = console.window
    assert window.banner.isHidden()

    await server.stop()
    await wait_for(lambda: window.banner.isVisible(), console)
    assert window.banner.label.text().startswith("Connection to the server lost. Reconnecting…")

    for text in ("first while offline", "second while offline"):
        QTest.keyClicks(tab.composer, text)
        QTest.keyClick(tab.composer, Qt.Key.Key_Return)
    assert [tab.model.data(tab.model.index(i), StateRole) for i in range(2)] == ["pending"] * 2
    assert "2 message(s) will be sent" in window.banner.label.text()

    await server.restart()
    await wait_for(lambda: window.banner.isHidden(), console, timeout=20)
    await wait_for(
        lambda: [tab.model.data(tab.model.index(i), StateRole) for i in range(2)] == ["sent"] * 2,
        console,
        timeout=20,
    )
    await visitor.disconnect()
    await visitor.connect(after=0)
    got = [
        (await visitor.wait_for(frames.VisitorMessageFrame, lambda f: f.message.sender == "host"))
        .message.text
        for _ in range(2)
    ]
    assert got == ["first while offline", "second while offline"]
    page = await clients.staff("host1", connect=False)
    stored = await page.messages(visitor.conversation)
    assert [m.text for m in stored.messages] == got  # once each, in order


async def test_hostile_visitor_text_is_shown_literally(console, clients, qtbot):
    await log_in(console)
    window, session = console.window, console.session
    await session.start_shift()
    visitor = await clients.visitor("ung", "nb")
    texts = [
        "<b>bold?</b> <img src=x onerror=alert(1)> <a href='http://evil'>link</a>",
        "abc\u202eevil\u202c def",
        "x" * 4000,
    ]
    for text in texts:
        await visitor.send(text)
    await session.take(visitor.conversation)
    await wait_for(lambda: window.tabs.count() == 1, console)
    tab = window.tabs.tabs()[0]
    await wait_for(lambda: tab.model.rowCount() == 3, console)
    shown = [tab.model.data(tab.model.index(i)) for i in range(3)]
    assert texts[0] in shown[0]
    # The override stays inside its own isolate: it cannot reorder anything around it.
    assert shown[1] == "\u2068\u2068abc\u202eevil\u202c def\u2069\u2069"
    assert tab.model.full_text(2) == texts[2]
    assert window.tabs.tabText(0).startswith(session.state.conversations[visitor.conversation]
                                              .info.alias)
    tab.view.resize(600, 400)
    image = tab.view.grab()
    assert not image.isNull()


async def test_quick_phrases_go_into_the_draft_not_to_the_visitor(console, clients, qtbot):
    _visitor, tab = await one_conversation(console, clients)
    session = console.session
    actions = tab.phrases_menu.actions()
    assert actions and actions[3].text() == "Er du trygg akkurat nå?"
    actions[3].trigger()
    assert tab.composer.toPlainText() == "Er du trygg akkurat nå?"
    assert session.outbox.pending() == []


async def test_a_refused_message_stays_visible_as_failed_with_a_retry(console, clients, qtbot):
    _visitor, tab = await one_conversation(console, clients)
    window = console.window
    tab.composer.setPlainText("x" * 4001)  # over the protocol's limit: refused for good
    tab.send()
    await wait_for(lambda: tab.model.data(tab.model.index(0), StateRole) == "failed", console)
    assert tab.model.full_text(0) == "x" * 4001  # nothing the host wrote is lost
    assert "Right-click it to retry" in window.statusBar().currentMessage()

    seen: list[str] = []
    window.bridge.outgoing.connect(lambda item: seen.append(item.state))
    tab.retry(0)
    await wait_for(lambda: seen[-2:] == ["pending", "failed"], console)
    assert tab.model.data(tab.model.index(0), StateRole) == "failed"


async def test_settings_change_the_enter_key_and_are_kept(console, clients, tmp_path, qtbot):
    _visitor, tab = await one_conversation(console, clients)
    window = console.window

    dialog = window.open_settings()
    dialog.enter.setCurrentIndex(1)  # Enter makes a new line, Ctrl+Enter sends
    dialog.sound.setChecked(False)
    dialog.font_size.setValue(14)
    dialog._accept()
    assert window.notifier.sound is False
    assert tab.font().pointSize() == 14

    QTest.keyClicks(tab.composer, "linje en")
    QTest.keyClick(tab.composer, Qt.Key.Key_Return)
    QTest.keyClicks(tab.composer, "linje to")
    assert tab.composer.toPlainText() == "linje en\nlinje to"
    QTest.keyClick(tab.composer, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    await wait_for(lambda: tab.model.data(tab.model.index(0), StateRole) == "sent", console)

    kept = console.settings_store.load()
    assert (kept.enter_sends, kept.sound, kept.font_size) == (False, False, 14)


async def test_a_session_ended_on_the_server_brings_back_the_login(console, http, server, qtbot):
    await log_in(console)
    token = console.session.api.token
    async with http.post(
        server.url + "/api/v1/auth/logout", headers={"Authorization": f"Bearer {token}"}
    ) as resp:
        assert resp.status < 300
    await asyncio.wait_for(console.login_shown.wait(), 10)
    assert console.login.error.text() == "Your session has ended. Please log in again."
    assert console.window is None

