"""A conversation tab against the real server: the host reads, types and sends; hostile visitor
text is shown literally; Enter sends and Shift+Enter makes a new line."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from chathost.core.backoff import Backoff
from chathost.core.session import ConsoleSession
from chathost.protocol import frames
from chathost.ui.bridge import Bridge
from chathost.ui.conversation_tab import ConversationTab
from chathost.ui.transcript import StateRole
from tests.conftest import PASSWORDS
from tests.helpers import until as wait_until


async def until(check: Callable[[], bool], bridge: Bridge, timeout: float = 10) -> None:
    await wait_until(check, bridge.state, bridge.outgoing, timeout=timeout)


@pytest.fixture
async def console(server, http):
    session = ConsoleSession(server.url, http, backoff=Backoff(base=0.05, cap=0.5))
    await session.login("host1", PASSWORDS["host1"])
    session.start()
    await session.stream.wait_online(10)
    await asyncio.wait_for(session.snapshot_loaded.wait(), 10)
    yield session
    await session.close()


async def test_the_host_reads_and_answers_in_a_tab(console, clients, qtbot):
    bridge = Bridge(console)
    await console.start_shift()
    visitor = await clients.visitor("ung")
    hostile = "<img src=x onerror=alert(1)> jeg orker ikke mer \u202e!kcaj"
    await visitor.send(hostile)
    conversation = await console.take(visitor.conversation)

    tab = ConversationTab(bridge, conversation.id)
    qtbot.addWidget(tab)
    tab.show()
    shown = tab.model.data(tab.model.index(0))
    assert hostile.replace("\u202e", "") in shown.replace("\u202e", "").replace("\u2068", "")
    assert tab.header.textFormat() == Qt.TextFormat.PlainText

    QTest.keyClicks(tab.composer, "Takk for at du sier det.")
    QTest.keyClick(tab.composer, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClicks(tab.composer, "Er du trygg nå?")
    assert tab.composer.toPlainText() == "Takk for at du sier det.\nEr du trygg nå?"
    QTest.keyClick(tab.composer, Qt.Key.Key_Return)
    assert tab.composer.toPlainText() == ""
    assert tab.model.rowCount() == 2
    await until(lambda: tab.model.data(tab.model.index(1), StateRole) == "sent", bridge)
    got = await visitor.wait_for(frames.VisitorMessageFrame, lambda f: f.message.sender == "host")
    assert got.message.text == "Takk for at du sier det.\nEr du trygg nå?"

    await visitor.send_raw('{"type":"typing","typing":true}')
    await until(lambda: tab.status.text() == "The visitor is writing…", bridge)
    await visitor.send_raw(f'{{"type":"read","seq":{got.message.seq}}}')
    await until(lambda: tab.model.data(tab.model.index(1), StateRole) == "read", bridge)

    await visitor.send_raw('{"type":"leave"}')
    await until(lambda: tab.status.text() == "The conversation has ended", bridge)
    assert not tab.composer.isEnabled()
    tab.close()


async def test_an_empty_reply_is_not_sent(console, clients, qtbot):
    bridge = Bridge(console)
    await console.start_shift()
    visitor = await clients.visitor("ung")
    conversation = await console.take(visitor.conversation)
    tab = ConversationTab(bridge, conversation.id)
    qtbot.addWidget(tab)
    QTest.keyClicks(tab.composer, "   ")
    QTest.keyClick(tab.composer, Qt.Key.Key_Return)
    assert tab.model.rowCount() == 0 and console.outbox.pending() == []
    tab.close()
