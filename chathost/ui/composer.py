"""The box a message is written in: the reply to the visitor, or (framed by the whisper box)
the private channel's. Enter sends and Shift+Enter starts a new line, or, by setting, Enter
starts a new line and Ctrl+Enter sends."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit, QSizePolicy, QWidget

from chathost.ui.retranslate import Retranslating


class Composer(Retranslating, QPlainTextEdit):
    """Each conversation tab has its own, so each keeps its draft; its placeholder says where
    the text goes and how to send it."""

    submitted = Signal()
    typed = Signal()

    def __init__(
        self, enter_sends: bool = True, parent: QWidget | None = None, private: bool = False
    ) -> None:
        super().__init__(parent)
        self.enter_sends = enter_sends
        # The private channel's composer (the whisper box) says so in its placeholder.
        self.private = private
        self._blocked: str | None = None
        self._to_visitor = False
        self.setTabChangesFocus(True)
        # As tall as what is written (a few lines at least, six at most, then it scrolls): a
        # tall empty box would take the room the conversation needs on a laptop screen.
        self.lines = (2, 4) if private else (3, 6)
        # Never taller than what is written; on a crowded screen down to the fewest lines.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self.document().documentLayout().documentSizeChanged.connect(self._grow)
        self.retranslate()

    def retranslate(self) -> None:
        """Its name and placeholder. A reason it is blocked comes worded from its owner, which
        words it again on a language change."""
        self.setAccessibleName(self.tr("Private message") if self.private else self.tr("Reply"))
        self._show_placeholder()

    def sizeHint(self) -> QSize:
        fewest, most = self.lines
        written = int(self.document().documentLayout().documentSize().height())
        return QSize(super().sizeHint().width(), self._height(min(max(written, fewest), most)))

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self._height(self.lines[0]))

    def _height(self, lines: int) -> int:
        frame = self.frameWidth() * 2 + int(self.document().documentMargin() * 2)
        margins = self.contentsMargins()
        spacing = self.fontMetrics().lineSpacing()
        return lines * spacing + frame + margins.top() + margins.bottom()

    def _grow(self) -> None:
        self.updateGeometry()

    def set_enter_sends(self, enter_sends: bool) -> None:
        self.enter_sends = enter_sends
        self._show_placeholder()

    def set_blocked(self, reason: str | None) -> None:
        """Why nothing can be written here now (shown in the empty box), or None."""
        self._blocked = reason
        self._show_placeholder()

    def set_to_visitor(self, to_visitor: bool) -> None:
        """Say "to the visitor" while a private box is on screen too, so the two never mix."""
        self._to_visitor = to_visitor
        self._show_placeholder()

    def _show_placeholder(self) -> None:
        enter = self.enter_sends
        if self._blocked:
            text = self._blocked
        elif self.private and enter:
            text = self.tr("Write privately… (Enter sends, Shift+Enter: new line)")
        elif self.private:
            text = self.tr("Write privately… (Ctrl+Enter sends)")
        elif self._to_visitor and enter:
            text = self.tr("Write to the visitor… (Enter sends, Shift+Enter: new line)")
        elif self._to_visitor:
            text = self.tr("Write to the visitor… (Ctrl+Enter sends)")
        elif enter:
            text = self.tr("Write a reply… (Enter sends, Shift+Enter: new line)")
        else:
            text = self.tr("Write a reply… (Ctrl+Enter sends)")
        self.setPlaceholderText(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            modifiers = event.modifiers()
            if self.enter_sends:
                send = not modifiers & Qt.KeyboardModifier.ShiftModifier
            else:
                send = bool(modifiers & Qt.KeyboardModifier.ControlModifier)
            if send:
                self.submitted.emit()
                return
            self.insertPlainText("\n")
            return
        super().keyPressEvent(event)
        if event.text():
            self.typed.emit()
