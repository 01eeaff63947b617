"""A supervisor's floor view, against the real server: conversations appear, move up when they
need a supervisor and go when they end; the queues count who waits; the shift overview shows
the colleagues and answers a debrief request. A host's console has no floor."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from chathost.ui.floor_model import (
    ALIAS,
    ESCALATION,
    HOST,
    RISK,
    SERVICE,
    ConversationRole,
    EscalationRole,
)
from chathost.ui.floor_view import FloorView
from chathost.ui.staff_overview import DEBRIEF, HOLDING, NAME, SHIFT
from tests.ui.console_fixtures import log_in, wait_for


def plain(text: str) -> str:
    """A shown text without the direction isolates around names and aliases."""
    return text.replace("\u2068", "").replace("\u2069", "")


def rows(floor: FloorView) -> list[str]:
    model = floor.conversations
    return [model.index(r, 0).data(ConversationRole) for r in range(model.rowCount())]


def cell(floor: FloorView, conversation: str, column: int, role=Qt.ItemDataRole.DisplayRole):
    model = floor.conversations
    value = model.index(model.row_of(conversation), column).data(role)
    return plain(value) if isinstance(value, str) else value


async def until_floor(console, check, timeout: float = 10) -> None:
    floor = console.window.floor
    await wait_for(check, console, timeout, extra=(floor.refreshed, floor.staff.refreshed))


async def test_the_floor_view_updates_live_as_conversations_start_get_flagged_and_end(
    console, clients, qtbot
):
    await log_in(console, "super1")
    window = console.window
    floor = window.floor
    assert floor is not None and window.pages is not None
    assert window.pages.currentWidget() is floor  # a supervisor starts on the floor
    assert window.lock.content.isAncestorOf(floor)  # the workstation lock hides it too
    assert rows(floor) == []

    host = await clients.staff("host1", shift=True)
    visitors = [await clients.visitor("ung", "nb") for _ in range(3)]
    visitors.append(await clients.visitor("nuoret", "fi"))
    # The queues count who waits, per service.
    await until_floor(console, lambda: floor.queues.waiting() == 4)
    by_service = {r.service: r.waiting for r in floor.queues.rows()}
    assert by_service == {"ung": 3, "nuoret": 1}
    assert floor.queue_table.model().index(0, 1).data() in ("3", "1")

    # A host takes a conversation: its row appears, with the host and the alias.
    first = await host.take(visitors[0].conversation)
    await until_floor(console, lambda: rows(floor) == [first.id])
    assert cell(floor, first.id, HOST) == "Kari (host)"
    assert cell(floor, first.id, ALIAS) == first.alias
    assert cell(floor, first.id, SERVICE) == "Ung chat"
    assert floor.queues.waiting() == 3
    second = await host.take(visitors[1].conversation)
    third = await host.take(visitors[3].conversation)
    await until_floor(console, lambda: set(rows(floor)) == {first.id, second.id, third.id})
    assert all(cell(floor, c, ESCALATION) == "" for c in rows(floor))
    assert cell(floor, first.id, 0, Qt.ItemDataRole.BackgroundRole) is None

    # Acute danger: to the top, marked (colour, bold, and in words).
    await host.flag_acute(second.id)
    await until_floor(console, lambda: rows(floor)[0] == second.id)
    assert cell(floor, second.id, ESCALATION) == "ACUTE DANGER"
    assert cell(floor, second.id, 0, EscalationRole) == "acute"
    assert cell(floor, second.id, ALIAS, Qt.ItemDataRole.BackgroundRole) is not None
    assert cell(floor, second.id, ALIAS, Qt.ItemDataRole.FontRole).bold()
    assert floor.acute.isVisible() and "1" in floor.acute.text()

    # A call for help on another: below acute, above the plain ones.
    # (Sorted by how long the visitor has waited, the plain ones start with the oldest: the
    # third is asked about, so that the move up is seen.)
    assert rows(floor) == [second.id, first.id, third.id]
    await host.ask_help(third.id)
    await until_floor(console, lambda: cell(floor, third.id, ESCALATION) == "Asks for help")
    assert rows(floor) == [second.id, third.id, first.id]
    assert cell(floor, third.id, ALIAS, Qt.ItemDataRole.FontRole).bold()
    assert cell(floor, first.id, ALIAS, Qt.ItemDataRole.FontRole) is None
    assert floor.help.isVisible()

    # Sorting by a column never lifts a plain conversation above an urgent one.
    header = floor.table.horizontalHeader()
    for column, key in ((HOST, "host"), (RISK, "risk")):
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        QTest.mouseClick(
            header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
        )
        assert floor.conversations.sort_key == key
        assert header.sortIndicatorSection() == column
        assert rows(floor)[:2] == [second.id, third.id]
    # A column the core cannot sort by keeps the order (and its indicator).
    x = header.sectionViewportPosition(ALIAS) + header.sectionSize(ALIAS) // 2
    QTest.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
    )
    assert floor.conversations.sort_key == "risk" and header.sortIndicatorSection() == RISK

    # A conversation ends: its row goes.
    await host.end(first.id)
    await until_floor(console, lambda: first.id not in rows(floor))
    assert rows(floor) == [second.id, third.id]


async def test_enter_on_a_row_opens_the_conversations_page(console, clients, qtbot):
    await log_in(console, "super1")
    window = console.window
    floor = window.floor
    host = await clients.staff("host1", shift=True)
    visitor = await clients.visitor("ung", "nb")
    taken = await host.take(visitor.conversation)
    await until_floor(console, lambda: rows(floor) == [taken.id])
    asked: list[str] = []
    floor.open_requested.connect(asked.append)
    window.show_floor()  # Ctrl+0: the table has the keyboard, on its first row
    assert floor.table.hasFocus() or floor.table.currentIndex().isValid()
    assert floor.selected_conversation() == taken.id
    QTest.keyClick(floor.table, Qt.Key.Key_Return)
    assert asked == [taken.id]
    assert window.pages.currentIndex() == 1  # the conversations page
    # The supervisor reads along: the conversation opens in a tab of its own.
    await wait_for(lambda: window.tabs.tab_for(taken.id) is not None, console)
    state = console.session.state
    await wait_for(lambda: state.supervising(taken.id) is not None, console)
    assert state.supervising(taken.id).mode == "reading"
    window.show_floor()
    assert window.pages.currentWidget() is floor


async def test_the_shift_overview_shows_colleagues_and_takes_a_debrief_request(
    console, clients, qtbot
):
    await log_in(console, "super1")
    window = console.window
    staff = window.floor.staff
    host = await clients.staff("host1", shift=True)
    visitor = await clients.visitor("ung", "nb")
    await host.take(visitor.conversation)

    def host_row() -> int:
        return staff.row_of("host1")

    def text(column: int) -> str:
        item = staff.table.item(host_row(), column)
        return plain(item.text()) if item is not None else ""

    await until_floor(console, lambda: host_row() >= 0 and text(HOLDING) == "1 of 6")
    assert text(NAME) == "Kari (host)"
    assert text(SHIFT) == "On shift"
    assert staff.table.cellWidget(host_row(), DEBRIEF) is None

    await host.request_debrief()
    await until_floor(console, lambda: staff.table.cellWidget(host_row(), DEBRIEF) is not None)
    assert staff.debriefs.isVisible() and staff.debriefs.text() == "1 asked for a debrief"
    button = staff.table.cellWidget(host_row(), DEBRIEF).findChild(QPushButton)
    assert button.text() == "Take the debrief request"
    button.click()
    await until_floor(console, lambda: staff.table.cellWidget(host_row(), DEBRIEF) is None)
    assert text(DEBRIEF) == "Taken by Sigrid (supervisor)"
    assert console.session.state.staff["host1"].debrief == "acknowledged"
    assert not staff.debriefs.isVisible()


async def test_a_host_console_has_no_floor(console, clients, qtbot):
    await log_in(console, "host1")
    window = console.window
    assert window.floor is None and window.pages is None
    assert not window.findChildren(FloorView)
    assert not any(a.text() == "Floor" for a in window.findChildren(QAction))


async def test_the_floor_sorts_from_the_keyboard_and_urgent_rows_stay_first(
    console, clients, qtbot
):
    await log_in(console, "super1")
    window = console.window
    floor = window.floor
    kari = await clients.staff("host1", shift=True)
    mikko = await clients.staff("host2", shift=True)
    visitors = [await clients.visitor("ung", "nb") for _ in range(4)]
    karis = {(await kari.take(v.conversation)).id for v in visitors[:2]}
    acute = (await mikko.take(visitors[2].conversation)).id
    mikkos = (await mikko.take(visitors[3].conversation)).id
    await mikko.flag_acute(acute)
    await until_floor(console, lambda: len(rows(floor)) == 4 and rows(floor)[0] == acute)
    assert floor.sort_choice.currentText() == "Since visitor wrote"
    assert floor.sort_order.currentText() == "Longest first"

    # Alt+S puts the keyboard on "Sort by"; the arrows choose the host's name, A to Z.
    window.show_floor()
    QTest.keyClick(floor.table, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    assert floor.sort_choice.hasFocus()
    while floor.sort_choice.currentText() != "Host":
        before = floor.sort_choice.currentIndex()
        QTest.keyClick(floor.sort_choice, Qt.Key.Key_Up)
        assert floor.sort_choice.currentIndex() == before - 1
    assert floor.conversations.sort_key == "host"
    assert floor.sort_order.currentText() == "A to Z"
    assert rows(floor)[0] == acute  # acute danger stays on top
    assert set(rows(floor)[1:3]) == karis and rows(floor)[3] == mikkos
    header = floor.table.horizontalHeader()
    assert header.sortIndicatorSection() == HOST

    # Tab to the order beside it: Z to A puts Mikko's plain conversation before Kari's.
    QTest.keyClick(floor.sort_choice, Qt.Key.Key_Tab)
    assert floor.sort_order.hasFocus()
    QTest.keyClick(floor.sort_order, Qt.Key.Key_Down)
    assert floor.sort_order.currentText() == "Z to A"
    assert rows(floor)[:2] == [acute, mikkos] and set(rows(floor)[2:]) == karis
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder

    # A header click is shown in the controls too, in words.
    x = header.sectionViewportPosition(RISK) + header.sectionSize(RISK) // 2
    QTest.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
    )
    assert floor.sort_choice.currentText() == "Risk"
    assert floor.sort_order.currentText() == "Highest first"
    assert rows(floor)[0] == acute
    assert floor.sort_choice.accessibleName() and floor.sort_order.accessibleName()


async def test_many_calls_for_help_stay_in_a_short_box_that_counts_them(console, clients, qtbot):
    await log_in(console, "super1")
    window = console.window
    calls = window.help_calls
    bar = calls.scroll.verticalScrollBar()
    kari = await clients.staff("host1", shift=True)
    mikko = await clients.staff("host2", shift=True)
    taken = []
    for host in (kari, kari, kari, mikko, mikko):
        visitor = await clients.visitor("ung", "nb")
        taken.append((host, (await host.take(visitor.conversation)).id))
    for host, conversation in taken[:4]:
        await host.ask_help(conversation)
    await wait_for(
        lambda: len(calls.shown_rows()) == 4 and bar.maximum() > 0,
        console,
        extra=(bar.rangeChanged,),
    )
    assert calls.isVisible() and calls.title.text() == "Calls for help (4)"
    three_calls = calls.scroll.height()
    shown = calls.shown_rows()
    assert all(r.y() + r.height() <= three_calls for r in shown[:3])  # three in sight
    assert shown[3].y() >= three_calls  # the fourth below, and said so
    assert calls.more.isVisible() and calls.more.text() == "1 more below: scroll down"

    # Acute danger comes first, in sight; the box does not grow.
    four_calls = bar.maximum()
    await mikko.flag_acute(taken[4][1])
    await wait_for(
        lambda: calls.title.text() == "Calls for help (5)" and bar.maximum() > four_calls,
        console,
        extra=(bar.rangeChanged,),
    )
    labels = calls.shown_rows()[0].findChildren(QLabel)
    assert labels[0].text().startswith("ACUTE DANGER: Mikko")
    assert bar.value() == 0 and calls.scroll.height() == three_calls
    assert calls.more.text() == "2 more below: scroll down"

    # Tab through the "I'm coming" buttons: the list scrolls to the last one.
    buttons = [r.findChild(QPushButton) for r in calls.shown_rows()]
    buttons[0].setFocus()
    for _ in range(4):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert buttons[4].hasFocus() and not buttons[4].visibleRegion().isEmpty()
    assert bar.value() > 0 and not calls.more.isVisible()
