"""A host who cannot use a mouse, or who listens through a screen reader, can use the whole
console: every control is reachable with Tab and has a name a screen reader speaks, checked
through Qt's accessibility interfaces, for a host in a conversation and a supervisor on the
floor."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractScrollArea, QScrollBar, QWidget

from tests.ui.console_fixtures import log_in, one_conversation, wait_for
from tests.ui.test_floor_view import rows as floor_rows_of
from tests.ui.test_floor_view import until_floor


def floor_rows(window) -> list[str]:
    return floor_rows_of(window.floor) if window.floor is not None else []


def _controls(window: QWidget) -> list[QWidget]:
    """What a keyboard user must be able to reach: visible, enabled, taking focus by Tab."""
    found = []
    for widget in window.findChildren(QWidget):
        if not (widget.isVisible() and widget.isEnabled()):
            continue
        if isinstance(widget, QScrollBar) or widget.focusProxy() is not None:
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        parent = widget.parent()
        if isinstance(parent, QAbstractScrollArea) and parent.viewport() is widget:
            continue
        found.append(widget)
    return found


def _spoken_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None and interface.isValid(), widget
    return interface.text(QAccessible.Text.Name).strip()


def _describe(widget: QWidget) -> str:
    return f"{type(widget).__name__} {widget.objectName()!r} in {type(widget.parent()).__name__}"


def unnamed(window: QWidget) -> list[str]:
    return sorted(_describe(w) for w in _controls(window) if not _spoken_name(w))


def unreachable(window: QWidget) -> list[str]:
    """Controls that pressing Tab from the first one never reaches."""
    controls = _controls(window)
    wanted = set(map(id, controls))
    start = controls[0]
    start.setFocus(Qt.FocusReason.TabFocusReason)
    seen = {id(start)}
    widget = start
    for _ in range(2000):
        widget = widget.nextInFocusChain()
        if widget is start:
            break
        seen.add(id(widget))
    return sorted(_describe(w) for w in controls if id(w) in wanted - seen)


async def test_a_hosts_console_is_usable_by_keyboard_and_screen_reader(console, clients, qtbot):
    QAccessible.setActive(True)
    visitor, _tab = await one_conversation(console, clients)
    await visitor.send("hei")
    window = console.window
    await wait_for(lambda: window.tabs.count() == 1, console)
    assert len(_controls(window)) > 10, "the check found too few controls: it is broken"
    assert unnamed(window) == []
    assert unreachable(window) == []


async def test_a_supervisors_floor_is_usable_by_keyboard_and_screen_reader(
    console, clients, qtbot
):
    QAccessible.setActive(True)
    await log_in(console, "super1")
    window = console.window
    host = await clients.staff("host1", shift=True)
    visitor = await clients.visitor("ung", "nb")
    taken = await host.take(visitor.conversation)
    await until_floor(console, lambda: taken.id in floor_rows(window))
    assert len(_controls(window)) > 5
    assert unnamed(window) == []
    assert unreachable(window) == []
