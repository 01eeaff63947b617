"""Hand a conversation back to the queue, with an optional note for the next host (their words,
or the host's private notes they chose to add and read first). Opened window-modal, never
exec()ed."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from chathost.ui.handover_field import HandoverField
from chathost.ui.retranslate import Retranslating


class HandbackDialog(Retranslating, QDialog):
    chosen = Signal(str)  # the handover note ("" for none)

    def __init__(self, alias: str, private_note: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.alias = alias
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setMinimumWidth(460)
        self.intro = QLabel()
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.intro.setWordWrap(True)
        self.field = HandoverField(private_note)
        self.note = self.field.note
        self.buttons = QDialogButtonBox()
        self.handback_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.field)
        layout.addWidget(self.buttons)
        self.field.changed.connect(self._update)
        self.retranslate()
        self._update()
        self.note.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Hand {0} back to the queue").format(self.alias))
        self.intro.setText(
            self.tr(
                "{0} waits at the front of the queue for the next host. Your note goes with "
                "the conversation; the visitor never sees it."
            ).format(self.alias)
        )
        self.handback_button.setText(self.tr("Hand back"))

    def _update(self) -> None:
        self.handback_button.setEnabled(self.field.fits())

    def _accept(self) -> None:
        if not self.field.fits():
            return
        self.chosen.emit(self.field.text())
        self.accept()
