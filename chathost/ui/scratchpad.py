"""The shift scratchpad under the queue: notes that belong to no one conversation (a phone
number to call back, a thought for the debrief). It folds away when the queue needs the room."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton, QVBoxLayout, QWidget

from chathost.core.notes_store import SCRATCHPAD
from chathost.core.shift_notes import ShiftNotes
from chathost.ui.bridge import Bridge
from chathost.ui.notes_panel import NotesPanel
from chathost.ui.retranslate import Retranslating


class Scratchpad(Retranslating, QWidget):
    def __init__(self, bridge: Bridge, notes: ShiftNotes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scratchpad")
        self.toggle = QToolButton()
        self.toggle.setObjectName("scratchpadToggle")
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setAutoRaise(True)
        self.toggle.setCheckable(True)
        self.toggle.setChecked(True)
        # The box's own name; the panel sets it (again after a language switch).
        self.panel = NotesPanel(
            bridge, notes, SCRATCHPAD, show_title=False, name=lambda: self.tr("My shift notes")
        )
        self.panel.setMaximumHeight(260)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toggle)
        layout.addWidget(self.panel)
        self.toggle.toggled.connect(self.set_open)
        self.set_open(True)
        self.retranslate()

    def retranslate(self) -> None:
        self.toggle.setText(self.tr("My shift notes"))
        self.toggle.setToolTip(self.tr("Show or hide your notes for this shift"))

    def set_open(self, open_: bool) -> None:
        self.toggle.setChecked(open_)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if open_ else Qt.ArrowType.RightArrow)
        self.panel.setVisible(open_)
