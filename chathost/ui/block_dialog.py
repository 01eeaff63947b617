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

REASONS = [
    ("abuse", QT_TRANSLATE_NOOP("BlockReason", "Abusive or hateful language")),
    ("sexual", QT_TRANSLATE_NOOP("BlockReason", "Sexual harassment")),
    ("threats", QT_TRANSLATE_NOOP("BlockReason", "Threats against the host")),
    ("spam", QT_TRANSLATE_NOOP("BlockReason", "Spam or trolling")),
    ("other", QT_TRANSLATE_NOOP("BlockReason", "Other misuse of the chat")),
]


class BlockDialog(QDialog):
    chosen = Signal(str)  # the reason code

    def __init__(self, alias: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Block {0}?").format(alias))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setMinimumWidth(480)
        text = QLabel(
            self.tr(
                "Blocking ends the conversation now and stops new chats from this visitor's "
                "browser for a day. Only the reason is kept, nothing about the person. Your "
                "supervisor can lift the block."
            )
        )
        text.setWordWrap(True)
        self.reason = QComboBox()
        self.reason.setAccessibleName(self.tr("Reason"))
        for code, label in REASONS:
            self.reason.addItem(QCoreApplication.translate("BlockReason", label), code)
        buttons = QDialogButtonBox()
        self.block_button = buttons.addButton(
            self.tr("Block and end"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)
        self.block_button.clicked.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(QLabel(self.tr("Reason:")))
        layout.addWidget(self.reason)
        layout.addWidget(buttons)

    def _accept(self) -> None:
        self.chosen.emit(str(self.reason.currentData()))
        self.accept()
