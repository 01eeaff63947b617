"""End to end: the console, driven through its widgets, against the real server and a scripted
visitor writing in over the visitor API, from login to the end of the conversation."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from chathost.devtools.demo_visitor import SCRIPTS, run_visitor
from chathost.ui.transcript import SenderRole
from tests.ui.console_fixtures import click, log_in, make_console, question_box, wait_for


async def test_a_host_answers_a_scripted_visitor_from_login_to_goodbye(server, http, tmp_path):
    console = make_console(server.url, http, tmp_path)
    try:
        await log_in(console)
        window = console.window
        QTest.mouseClick(window.shift_bar.start_button, Qt.MouseButton.LeftButton)
        await wait_for(lambda: window.shift_bar.status.text() == "On shift", console)

        script = SCRIPTS[0]
        visitor = asyncio.create_task(run_visitor(server.url, http, script, pace=0))
        await wait_for(lambda: len(console.session.state.queues["ung"].waiting) == 1, console)
        assert [kind for kind, _ in window.notifier.history] == ["queue"]

        QTest.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
        await wait_for(lambda: window.tabs.count() == 1, console)
        tab = window.tabs.tabs()[0]
        await wait_for(lambda: tab.model.rowCount() == len(script.opening), console)

        for n, reply in enumerate(["Hei, jeg er her. Fortell.", "Hvor lenge har det vært sånn?"]):
            QTest.keyClicks(tab.composer, reply)
            QTest.keyClick(tab.composer, Qt.Key.Key_Return)
            expected = len(script.opening) + 2 * (n + 1)
            await wait_for(lambda e=expected: tab.model.rowCount() == e, console)
            assert tab.model.full_text(expected - 1) == script.replies[n]
            assert tab.model.data(tab.model.index(expected - 1), SenderRole) == "visitor"

        window.tabs.tabCloseRequested.emit(0)
        click(question_box(window.tabs), "End the conversation")
        await wait_for(lambda: window.tabs.tabText(0).endswith("— closed"), console)
        # The visitor sees the end; the script finishes.
        await asyncio.wait_for(visitor, 10)
        assert window.tabs.tabs()[0].status.text() == "The conversation has ended"
    finally:
        if console.window is not None:
            console.window.force_close()
        await console.close()
