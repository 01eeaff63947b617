"""The reply box is as tall as what is written: small when empty (the conversation needs the
room on a laptop screen), growing line by line to six lines, then scrolling."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QVBoxLayout, QWidget

from chathost.ui.composer import Composer


def in_a_window(qtbot, composer: Composer) -> QWidget:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    layout.addWidget(QWidget(), 1)  # the transcript above, taking the rest
    layout.addWidget(composer)
    window.resize(600, 700)
    window.show()
    return window


def new_line(composer: Composer) -> None:
    QTest.keyClick(composer, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)


def lines_shown(composer: Composer) -> float:
    composer.parentWidget().layout().activate()  # the layout pass the typing asked for
    return composer.viewport().height() / composer.fontMetrics().lineSpacing()


def test_the_reply_box_grows_with_the_text_and_shrinks_after_sending(qtbot):
    composer = Composer()
    _window = in_a_window(qtbot, composer)
    empty = composer.height()
    assert 3 <= lines_shown(composer) < 4

    for line in ("Takk for at du forteller.", "Er du trygg nå?", "Hvor er du?", "Er noen"):
        QTest.keyClicks(composer, line)
        new_line(composer)
    assert 5 <= lines_shown(composer) < 6
    assert composer.height() > empty
    assert composer.verticalScrollBar().maximum() == 0  # all of it in view

    for _ in range(6):
        QTest.keyClicks(composer, "mer")
        new_line(composer)
    assert 6 <= lines_shown(composer) < 7  # six lines at most, then it scrolls
    assert composer.verticalScrollBar().maximum() > 0

    composer.clear()  # as the tab does once the message is on its way
    assert 3 <= lines_shown(composer) < 4
    assert composer.height() == empty


def test_the_private_box_is_smaller(qtbot):
    reply, private = Composer(), Composer(private=True)
    _windows = in_a_window(qtbot, reply), in_a_window(qtbot, private)
    assert 2 <= lines_shown(private) < 3
    assert private.height() < reply.height()
