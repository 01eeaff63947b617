"""The handover note field of the refer and hand-back dialogs. "Add my notes" copies the host's
private notes on the conversation into it, so the host sees (and can edit) exactly what goes to
the next host; without that press, private notes never leave the computer."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from chathost.protocol.limits import MAX_NOTE_CHARS
from chathost.ui.retranslate import Retranslating


class HandoverField(Retranslating, QWidget):
    changed = Signal()

    def __init__(
        self,
        private_note: str = "",
        parent: QWidget | None = None,
        label: Callable[[], str] | None = None,
    ) -> None:
        """`label`, if given, words the field's label in the current language (a dialog's own
        words for it); it is asked again whenever the language changes."""
        super().__init__(parent)
        self.private_note = private_note.strip()
        self._label = label
        self.label = QLabel()
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.label.setBuddy(self.note)
        self.count = QLabel()
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.count.setObjectName("noteCount")
        self.add_button = QPushButton()
        self.add_button.setAutoDefault(False)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.count, 1)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.note)
        layout.addLayout(row)
        self.add_button.setHidden(not self.private_note)  # in the layout: never a window
        self.add_button.clicked.connect(self.add_private_note)
        self.note.textChanged.connect(self._update)
        self.retranslate()

    def retranslate(self) -> None:
        if self._label is not None:
            self.label.setText(self._label())
        else:
            self.label.setText(self.tr("Handover &note for the next host (optional):"))
        self.note.setAccessibleName(self.tr("Handover note"))
        self.note.setPlaceholderText(
            self.tr("What the next host should know. No names or contact details.")
        )
        self.add_button.setText(self.tr("Add my notes"))
        self.add_button.setToolTip(
            self.tr(
                "Copy your private notes on this conversation into the handover note. Read "
                "and edit them here: the next host sees exactly what is in this box."
            )
        )
        self._update()

    def add_private_note(self) -> None:
        """Appended to what is there, once; the host reads and edits it before sending."""
        current = self.note.toPlainText().rstrip()
        self.note.setPlainText(f"{current}\n{self.private_note}" if current else self.private_note)
        self.add_button.setEnabled(False)
        self.note.setFocus()
        self.note.moveCursor(self.note.textCursor().MoveOperation.End)

    def text(self) -> str:
        return self.note.toPlainText().strip()

    def fits(self) -> bool:
        return len(self.note.toPlainText()) <= MAX_NOTE_CHARS

    def _update(self) -> None:
        length = len(self.note.toPlainText())
        if length > MAX_NOTE_CHARS:
            text = self.tr("{0} of {1} characters — too long: shorten it to send it.")
        else:
            text = self.tr("{0} of {1} characters")
        text = text.format(length, MAX_NOTE_CHARS)
        self.count.setText(text)
        self.count.setProperty("problem", length > MAX_NOTE_CHARS)
        self.count.style().unpolish(self.count)
        self.count.style().polish(self.count)
        self.changed.emit()
