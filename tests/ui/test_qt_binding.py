"""The Qt binding must not corrupt reference counts: PySide6 6.12.0 released a reference to None
on every void method call, which aborts Python 3.11 (where None is not immortal) after a few
thousand calls — a console would die mid-shift."""

from __future__ import annotations

import sys

from PySide6.QtGui import QFont, QTextLayout, QTextOption
from PySide6.QtWidgets import QLabel


def test_void_calls_leave_the_reference_count_of_none_alone(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    layout = QTextLayout("x", QFont())
    option = QTextOption()
    before = sys.getrefcount(None)
    for _ in range(200):
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        layout.setText("y")
        label.setText("z")
    assert sys.getrefcount(None) >= before - 50  # a leak of one per call would be -800
