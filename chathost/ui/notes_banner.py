"""The notes banner under the connection banner: why notes cannot be kept (and what the installer
must fix), a save that failed, or notes of this shift kept from a console that closed
unexpectedly, with "Open them" and "Delete them". Hidden when all is well."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from chathost.core.shift_notes import ShiftNotes
from chathost.ui.bridge import Bridge
from chathost.ui.dialogs import ask
from chathost.ui.retranslate import Retranslating
from chathost.ui.tasks import spawn
from chathost.ui.timefmt import clock_time


class NotesBanner(Retranslating, QWidget):
    def __init__(self, bridge: Bridge, notes: ShiftNotes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.notes = notes
        self.setObjectName("notesBanner")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.open_button = QPushButton()
        self.open_button.setAutoDefault(False)
        self.delete_button = QPushButton()
        self.delete_button.setAutoDefault(False)
        self.question: QMessageBox | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.open_button)
        layout.addWidget(self.delete_button)
        self.open_button.clicked.connect(self.open_kept)
        self.delete_button.clicked.connect(self.ask_delete)
        bridge.notes_changed.connect(self.refresh)
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setAccessibleName(self.tr("Notes"))
        self.open_button.setText(self.tr("Open them"))
        self.delete_button.setText(self.tr("Delete them…"))
        self.refresh()

    def refresh(self) -> None:
        notes = self.notes
        offer = notes.offer if notes.status == "offered" else None
        if notes.status == "refused":
            kind = "problem"
            text = self.tr(
                "Notes are switched off on this computer; everything else works. Ask whoever "
                "installed ChatHost to set up the system keyring ({0})."
            ).format(notes.reason)
        elif notes.status == "failed":
            kind = "problem"
            text = self.tr(
                "Your notes cannot be kept right now; everything else works. If this keeps "
                "happening, tell whoever installed ChatHost ({0})."
            ).format(notes.reason)
        elif notes.status == "ready" and notes.save_error:
            kind = "problem"
            text = self.tr(
                "Your notes could not be saved: {0}. What you wrote stays on screen; ChatHost "
                "keeps trying."
            ).format(notes.save_error)
        elif offer is not None:
            kind = "offer"
            text = self.tr(
                "Notes from this shift (started {0}) were kept when ChatHost closed "
                "unexpectedly. Open them to carry on, or delete them."
            ).format(clock_time(offer.created))
        else:
            self.hide()
            return
        if self.parentWidget() is None:
            return  # shown once it is in the window (a parentless show would be a window)
        self.label.setText(text)
        self.setProperty("kind", kind)
        for widget in (self, self.label):  # the label's colour follows the banner's kind
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        for button in (self.open_button, self.delete_button):
            button.setVisible(offer is not None)
            button.setEnabled(offer is not None)
        self.show()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ParentChange:
            self.refresh()
        return super().event(event)

    def open_kept(self) -> None:
        self.open_button.setEnabled(False)  # a double click opens them once
        spawn(self.notes.open_offer())

    def ask_delete(self) -> QMessageBox:
        def answered(choice: str) -> None:
            self.question = None
            if choice == "delete":
                self.delete_button.setEnabled(False)
                spawn(self.notes.delete_offer())

        self.question = ask(
            self,
            lambda: self.tr("Delete the kept notes?"),
            lambda: self.tr(
                "The notes kept from this shift are deleted for good, and you start with empty "
                "notes. Open them instead if you still need them."
            ),
            [
                ("delete", lambda: self.tr("Delete them"), QMessageBox.ButtonRole.DestructiveRole),
                ("cancel", lambda: self.tr("Keep them"), QMessageBox.ButtonRole.RejectRole),
            ],
            default="cancel",
            on_answer=answered,
        )
        return self.question
