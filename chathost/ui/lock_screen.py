"""What a locked console shows instead of the conversations: who is logged in, the password
field, and counts only (open conversations, new messages, visitors waiting, calls for help),
so whoever walks past learns nothing about a visitor but the host sees at a glance whether
something is waiting. The password is checked by the server; this page only explains the
answer (wrong password, no connection, too many attempts, session over)."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from chathost.core.api import BackendError
from chathost.protocol import models
from chathost.ui.bridge import Bridge
from chathost.ui.dialogs import Text, text_of
from chathost.ui.errors import describe
from chathost.ui.retranslate import Retranslating
from chathost.ui.tasks import spawn

Verify = Callable[[str], Awaitable[bool]]
Calls = Callable[[], list[models.Escalation]]  # the calls for help this user should answer


def _label(name: str, wrap: bool = True) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    return label


def _restyle(widget: QWidget, name: str, value: str) -> None:
    """A dynamic property the stylesheet keys on (colour is never the only sign: text too)."""
    widget.setProperty(name, value)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class LockScreen(Retranslating, QWidget):
    unlocked = Signal()
    logout_requested = Signal()
    session_ended = Signal()
    busy_changed = Signal(bool)  # an attempt started (True) or was answered (False)

    def __init__(
        self,
        bridge: Bridge,
        calls: Calls,
        verify: Verify,
        icon: QIcon | None = None,
        clock: Callable[[], float] = time.monotonic,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.bridge = bridge
        self.session = bridge.session
        self.calls = calls
        self.verify = verify
        self.clock = clock
        self.busy = False
        self.retry_at = 0.0  # after too many attempts: no new one before this (clock time)
        self._refused_offline = False
        self.restarted = False  # locked because the console was started again
        self._error: Text = ""  # what the error line says, made again on a language switch

        picture = QLabel()
        if icon is not None:
            picture.setPixmap(icon.pixmap(56, 56))
        self.heading = _label("lockHeading")
        self.user_line = _label("lockUser")
        self.hint = _label("lockHint")
        self.counts = _label("lockCounts")
        self.alert = _label("lockAlert")
        self.alert.hide()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.hint.setBuddy(self.password)
        self.unlock_button = QPushButton()
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setAutoDefault(False)
        self.error = _label("lockError")
        self.error.hide()
        self.connection = _label("lockConnection")
        self.logout_button = QPushButton()
        self.logout_button.setAutoDefault(False)

        title_row = QHBoxLayout()
        title_row.addWidget(picture)
        title_row.addWidget(self.heading, 1)
        password_row = QHBoxLayout()
        password_row.addWidget(self.password, 1)
        password_row.addWidget(self.unlock_button)
        bottom_row = QHBoxLayout()
        bottom_row.addWidget(self.connection, 1)
        bottom_row.addWidget(self.logout_button)
        card = QFrame()
        card.setObjectName("lockCard")
        card.setMaximumWidth(560)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(28, 24, 28, 20)
        inner.setSpacing(12)
        inner.addLayout(title_row)
        inner.addWidget(self.user_line)
        inner.addWidget(self.hint)
        inner.addWidget(self.counts)
        inner.addWidget(self.alert)
        inner.addLayout(password_row)
        inner.addWidget(self.error)
        inner.addLayout(bottom_row)
        middle = QHBoxLayout()
        middle.addStretch(1)
        middle.addWidget(card, 3)
        middle.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(middle)
        outer.addStretch(2)

        self.password.returnPressed.connect(self.submit)
        self.unlock_button.clicked.connect(self.submit)
        self.logout_button.clicked.connect(self.logout_requested)
        bridge.state.connect(self._on_state)
        bridge.connection.connect(self._connection_changed)
        bridge.tick.connect(self._tick)
        self.retranslate()

    def retranslate(self) -> None:
        self.counts.setAccessibleName(self.tr("What is waiting"))
        self.password.setPlaceholderText(self.tr("Password"))
        self.password.setAccessibleName(self.tr("Password"))
        self.logout_button.setText(self.tr("Log out"))
        self.logout_button.setToolTip(
            self.tr("Someone else's turn at this workstation: log out, then they log in.")
        )
        self._unlock_text()
        self._headline()
        self.refresh()
        self._connection_text(self.session.stream.status == "online")
        self.error.setText(text_of(self._error))

    # -------------------------------------------------------------- what it shows

    def prepare(self, restarted: bool = False) -> None:
        """The console has just locked: a clean form, fresh counts, the cursor in the field."""
        self.restarted = restarted
        self._headline()
        self.password.clear()
        self._refused_offline = False
        if not self._waiting():
            self.error.hide()
        self.refresh()
        self._connection_changed(self.session.stream.status)
        self._set_busy(False)
        self.password.setFocus()

    def _headline(self) -> None:
        """Why it is locked, and who is logged in."""
        restarted = self.restarted
        self.heading.setText(
            self.tr("ChatHost was started again") if restarted else self.tr("ChatHost is locked")
        )
        self.hint.setText(
            self.tr("You are still logged in. Enter your password to carry on where you left off.")
            if restarted
            else self.tr("Conversations and notes are hidden. Enter your password to continue.")
        )
        user = self.session.state.user
        self.user_line.setText(
            self.tr("Logged in: {0} ({1})").format(user.display_name, user.username)
            if user is not None
            else ""
        )

    def refresh(self) -> None:
        held = len(self.session.state.held())
        unread, waiting = self.bridge.attention.counts()
        parts = [
            self.tr("No conversations open")
            if held == 0
            else self.tr("1 conversation open")
            if held == 1
            else self.tr("{0} conversations open").format(held)
        ]
        if unread:
            parts.append(
                self.tr("1 new message")
                if unread == 1
                else self.tr("{0} new messages").format(unread)
            )
        parts.append(
            self.tr("nobody waiting in the queue")
            if waiting == 0
            else self.tr("1 visitor waiting in the queue")
            if waiting == 1
            else self.tr("{0} visitors waiting in the queue").format(waiting)
        )
        self.counts.setText(" · ".join(parts))
        self._refresh_alert()

    def _refresh_alert(self) -> None:
        calls = [e for e in self.calls() if e.status == "open"]
        acute = any(e.kind == "acute" for e in calls)
        if not calls:
            self.alert.hide()
            return
        if acute:
            text = self.tr("ACUTE DANGER: a host needs a supervisor now. Unlock to answer.")
        elif len(calls) == 1:
            text = self.tr("A host is asking for help. Unlock to answer.")
        else:
            text = self.tr("{0} hosts are asking for help. Unlock to answer.").format(len(calls))
        self.alert.setText(text)
        _restyle(self.alert, "kind", "acute" if acute else "help")
        self.alert.show()

    def _on_state(self, _change: object) -> None:
        if self.isVisible():
            self.refresh()

    def _connection_changed(self, status: str) -> None:
        online = status == "online"
        self._connection_text(online)
        _restyle(self.connection, "online", "yes" if online else "no")
        if online and self._refused_offline:
            self._refused_offline = False
            self.show_error(
                lambda: self.tr("The connection is back. Enter your password to unlock.")
            )

    def _connection_text(self, online: bool) -> None:
        if online:
            self.connection.setText(self.tr("Connected to the server."))
        else:
            self.connection.setText(self.tr("No connection to the server. Reconnecting…"))

    # -------------------------------------------------------------- unlocking

    def _waiting(self) -> float:
        return max(0.0, self.retry_at - self.clock())

    def submit(self) -> None:
        if self.busy:
            return
        password = self.password.text()
        self.password.clear()  # never left in the field, whatever the answer
        if self._waiting():
            self._tick()
            return
        if not password:
            self.show_error(lambda: self.tr("Enter your password."))
            return
        self._set_busy(True)
        self.error.hide()
        spawn(self._check(password), self._failed)

    async def _check(self, password: str) -> None:
        refusal: BackendError | None = None
        try:
            ok = await self.verify(password)
        except BackendError as exc:
            ok, refusal = False, exc
        if not isValid(self):
            return  # the window closed meanwhile
        if refusal is not None:
            self._refused(refusal)
        elif ok:
            self.error.hide()
            self.unlocked.emit()
        else:
            self.show_error(lambda: self.tr("Wrong password. Try again."))
        self._set_busy(False)  # last: whoever waits for the answer sees all of it

    def _refused(self, exc: BackendError) -> None:
        if exc.kind == "unreachable":
            self._refused_offline = True
            self.show_error(
                lambda: self.tr(
                    "Your password cannot be checked now: the server cannot be reached. The "
                    "conversations stay hidden. Try again when the connection is back."
                )
            )
        elif exc.kind == "rate_limited":
            self.retry_at = self.clock() + (exc.retry_after or 60.0)
            self._tick()
        elif exc.kind == "unauthorized":
            self.show_error(lambda: self.tr("Your session has ended. Log in again."))
            self.session_ended.emit()
        else:
            self.show_error(lambda: describe(exc))

    def _failed(self, message: str) -> None:
        if isValid(self):
            self._set_busy(False)
            self.show_error(message)

    def _tick(self) -> None:
        """Counting down after too many attempts."""
        if self.retry_at <= 0.0:
            return
        left = self._waiting()
        if left > 0:
            self.show_error(
                lambda: self.tr("Too many attempts. Wait {0} seconds, then try again.").format(
                    int(left + 0.999)
                )
            )
            self.unlock_button.setEnabled(False)
        else:
            self.retry_at = 0.0
            self.unlock_button.setEnabled(not self.busy)
            self.show_error(lambda: self.tr("You can try again now."))

    def close_refused(self) -> None:
        self.show_error(lambda: self.tr("The console is locked. Unlock it to quit, or log out."))

    def show_error(self, message: Text) -> None:
        """`message` as a function that translates follows a language switch while shown."""
        self._error = message
        self.error.setText(text_of(message))
        self.error.show()

    def _unlock_text(self) -> None:
        self.unlock_button.setText(self.tr("Checking…") if self.busy else self.tr("Unlock"))

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.unlock_button.setEnabled(not busy and not self._waiting())
        self._unlock_text()
        self.password.setEnabled(not busy)
        if not busy and self.isVisible():
            self.password.setFocus()
        self.busy_changed.emit(busy)
