"""Block an abusive visitor: a reason from a short list (nothing about the person is kept), and
a plain statement of what happens. Opened window-modal, never exec()ed."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from chathost.ui.retranslate import Retranslating

REASONS = [
    ("abuse", QT_TRANSLATE_NOOP("BlockReason", "Abusive or hateful language")),
    ("sexual", QT_TRANSLATE_NOOP("BlockReason", "Sexual harassment")),
    ("threats", QT_TRANSLATE_NOOP("BlockReason", "Threats against the host")),
    ("spam", QT_TRANSLATE_NOOP("BlockReason", "Spam or trolling")),
    ("other", QT_TRANSLATE_NOOP("BlockReason", "Other misuse of the chat")),
]


class BlockDialog(Retranslating, QDialog):
    chosen = Signal(str)  # the reason code

    def __init__(self, alias: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.alias = alias
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setMinimumWidth(480)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.reason = QComboBox()
        for code, _label in REASONS:
            self.reason.addItem("", code)
        self.reason_label = QLabel()
        self.reason_label.setBuddy(self.reason)
        buttons = QDialogButtonBox()
        self.block_button = buttons.addButton("", QDialogButtonBox.ButtonRole.DestructiveRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)
        self.block_button.clicked.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.reason)
        layout.addWidget(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Block {0}?").format(self.alias))
        self.text.setText(
            self.tr(
                "Blocking ends the conversation now and stops new chats from this visitor's "
                "browser for a day. Only the reason is kept, nothing about the person. Your "
                "supervisor can lift the block."
            )
        )
        self.reason_label.setText(self.tr("&Reason:"))
        self.reason.setAccessibleName(self.tr("Reason"))
        for position, (_code, label) in enumerate(REASONS):
            self.reason.setItemText(position, QCoreApplication.translate("BlockReason", label))
        self.block_button.setText(self.tr("Block and end"))

    def _accept(self) -> None:
        self.chosen.emit(str(self.reason.currentData()))
        self.accept()
