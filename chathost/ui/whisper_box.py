"""The private channel of one conversation: a small composer, framed in violet, for what only
the host and the supervisors see. A whisper goes straight to the server (not through the
outbox); a refusal keeps the text and says why, and the writer decides to send it again."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from chathost.core.session import ConsoleSession
from chathost.ui.retranslate import Retranslating
from chathost.ui.tasks import spawn


class WhisperBox(Retranslating, QFrame):
    problem = Signal(str)  # a translated sentence
    sent = Signal()

    def __init__(
        self,
        session: ConsoleSession,
        conversation_id: str,
        composer: QPlainTextEdit,  # with a `submitted` signal (the tab's Composer)
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("whisperBox")
        self.session = session
        self.conversation_id = conversation_id
        self._sending = False
        self._enabled = True
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setObjectName("whisperTitle")
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setObjectName("whisperError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.composer = composer
        self.composer.setObjectName("whisperComposer")
        self.title.setBuddy(self.composer)  # says what the box below is for
        self.send_button = QPushButton()
        self.send_button.setObjectName("whisperSend")
        self.send_button.setAutoDefault(False)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.composer, 1)
        row.addWidget(self.send_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 6)
        layout.setSpacing(3)
        layout.addWidget(self.title)
        layout.addLayout(row)
        layout.addWidget(self.error)
        composer.submitted.connect(self.send)  # type: ignore[attr-defined]
        self.send_button.clicked.connect(self.send)
        self.retranslate()

    def retranslate(self) -> None:
        """Its fixed texts (the composer words its own; a refusal shown stays as worded)."""
        self.title.setText(self.tr("Private — only the host and supervisors see this"))
        self.send_button.setText(self.tr("Send privately"))
        self.send_button.setToolTip(self.tr("Only the host and supervisors see it"))
        self.composer.setAccessibleDescription(self.tr("Only the host and supervisors see it"))

    def has_draft(self) -> bool:
        return bool(self.composer.toPlainText().strip())

    def set_open(self, open_: bool) -> None:
        """Writable only while the conversation is active and this user may whisper in it."""
        self._enabled = open_
        self._refresh()

    def _refresh(self) -> None:
        self.composer.setEnabled(self._enabled)
        self.composer.setReadOnly(self._sending)
        self.send_button.setEnabled(self._enabled and not self._sending)

    # ------------------------------------------------------------ to the core

    def send(self) -> None:
        text = self.composer.toPlainText()
        if not text.strip() or self._sending or not self._enabled:
            return
        spawn(self._send(text), self._failed)

    async def _send(self, text: str) -> None:
        self._sending = True  # read-only meanwhile: what is kept on failure is what was sent
        self._refresh()
        try:
            await self.session.whisper(self.conversation_id, text)
        finally:
            if isValid(self):
                self._sending = False
                self._refresh()
        if not isValid(self):
            return
        self.composer.clear()
        self.error.hide()
        self.sent.emit()

    def _failed(self, text: str) -> None:
        if not isValid(self):
            return
        self.error.setText(self.tr("Not sent — your text is kept. {0}").format(text))
        self.error.show()
        self.problem.emit(text)
