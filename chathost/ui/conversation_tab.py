"""One conversation: who it is with, the transcript, and the composer. Sending goes to the
core's outbox, so a message typed while offline is shown as pending and goes out later."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Coroutine
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from chathost.core.outbox import Outgoing
from chathost.core.typing import TypingThrottle
from chathost.ui.bridge import Bridge
from chathost.ui.transcript import TranscriptModel, TranscriptView


def spawn(coro: Coroutine[Any, Any, None]) -> None:
    """Fire and forget on the running loop (the UI never awaits the network itself)."""
    try:
        asyncio.get_running_loop().create_task(coro)
    except RuntimeError:
        coro.close()  # no loop (the window is closing): nothing to tell the server


class Composer(QPlainTextEdit):
    """Enter sends and Shift+Enter starts a new line (or the other way round, by setting)."""

    submitted = Signal()
    typed = Signal()

    def __init__(self, enter_sends: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enter_sends = enter_sends
        self.setTabChangesFocus(True)
        self.setPlaceholderText(self.tr("Write a reply…"))
        self.setAccessibleName(self.tr("Reply"))
        self.setMaximumHeight(120)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            if shift != self.enter_sends:
                self.submitted.emit()
                return
        super().keyPressEvent(event)
        if event.text():
            self.typed.emit()


class ConversationTab(QWidget):
    def __init__(
        self,
        bridge: Bridge,
        conversation_id: str,
        clock: Callable[[], float] = time.monotonic,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.session = bridge.session
        self.conversation_id = conversation_id
        self.header = QLabel()
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.model = TranscriptModel(self)
        self.view = TranscriptView(self.model)
        self.composer = Composer()
        self.send_button = QPushButton(self.tr("Send"))
        self.send_button.setDefault(False)

        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.status)
        bottom = QHBoxLayout()
        bottom.addWidget(self.composer, 1)
        bottom.addWidget(self.send_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)

        self.throttle = TypingThrottle(self._tell_typing, clock)
        self._idle = QTimer(self)
        self._idle.setInterval(1000)
        self._idle.timeout.connect(self.throttle.idle_check)
        self._idle.start()
        self._shown_seq = 0

        self.composer.submitted.connect(self.send)
        self.composer.typed.connect(self.throttle.keystroke)
        self.send_button.clicked.connect(self.send)
        bridge.state.connect(self._on_state)
        bridge.outgoing.connect(self._on_outgoing)
        self._listening = True
        self._load()

    # -------------------------------------------------------------- from the core

    def _conversation(self) -> Any:
        return self.session.state.conversations.get(self.conversation_id)

    def _load(self) -> None:
        state = self._conversation()
        if state is None:
            return
        self.model.set_messages(state.messages, state.info.visitor_read_seq)
        self._shown_seq = state.last_seq
        for item in self.session.outbox.pending(self.conversation_id):
            self.model.show_outgoing(item)
        self._refresh_header()

    def _on_state(self, change: object) -> None:
        if not isinstance(change, tuple) or change[1] != self.conversation_id:
            return
        state = self._conversation()
        if state is None:
            return
        kind = change[0]
        if kind == "messages":
            for message in state.messages:
                if message.seq > self._shown_seq:
                    self.model.add_message(message)
            self._shown_seq = max(self._shown_seq, state.last_seq)
            if self.isVisible():
                spawn(self.session.mark_read(self.conversation_id, self._shown_seq))
        elif kind == "conversation":
            self.model.set_read_upto(state.info.visitor_read_seq)
            self._refresh_header()
        elif kind == "typing":
            self._refresh_header()

    def _on_outgoing(self, item: Outgoing) -> None:
        if item.conversation == self.conversation_id:
            self.model.show_outgoing(item)

    def _refresh_header(self) -> None:
        state = self._conversation()
        if state is None:
            return
        info = state.info
        self.header.setText(f"{info.alias} · {info.service}")
        if info.status == "ended":
            self.status.setText(self.tr("The conversation has ended"))
        elif not info.visitor_connected:
            self.status.setText(self.tr("The visitor has left the page"))
        elif state.visitor_typing:
            self.status.setText(self.tr("The visitor is writing…"))
        else:
            self.status.setText("")
        self.composer.setEnabled(info.status == "active")

    # -------------------------------------------------------------- to the core

    def send(self) -> None:
        text = self.composer.toPlainText()
        if not text.strip():
            return
        self.session.send_message(self.conversation_id, text)
        self.composer.clear()
        self.throttle.stopped()

    def _tell_typing(self, typing: bool) -> None:
        spawn(self.session.typing(self.conversation_id, typing))

    def closeEvent(self, event: Any) -> None:
        """Closing the tab only stops listening; it never ends the conversation."""
        self._idle.stop()
        if self._listening:
            self._listening = False
            self.bridge.state.disconnect(self._on_state)
            self.bridge.outgoing.disconnect(self._on_outgoing)
        super().closeEvent(event)
