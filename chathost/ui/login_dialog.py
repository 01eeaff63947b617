"""Logging in: server address (filled in from the centre's configuration), username, password,
and, for centres with their own certificate authority, its CA file. The attempt itself is the
caller's coroutine; this form only shows progress and a translated reason when it fails."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from chathost.ui.dialogs import Text, text_of
from chathost.ui.retranslate import Retranslating
from chathost.ui.tasks import spawn


@dataclass(frozen=True)
class LoginForm:
    server_url: str
    username: str
    password: str
    ca_file: str | None


Attempt = Callable[[LoginForm], Awaitable[None]]


class LoginDialog(Retranslating, QDialog):
    succeeded = Signal()
    busy_changed = Signal(bool)

    def __init__(
        self,
        attempt: Attempt,
        server_url: str = "",
        username: str = "",
        ca_file: str | None = None,
        server_locked: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.attempt = attempt
        self.setMinimumWidth(440)
        self.heading = QLabel()
        self.heading.setObjectName("loginHeading")
        self.server = QLineEdit(server_url)
        self.server.setPlaceholderText("https://chat.example.org")
        self.server.setReadOnly(server_locked)
        self.username = QLineEdit(username)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.ca_file = QLineEdit(ca_file or "")
        self.browse_button = QPushButton()
        self.browse_button.clicked.connect(self._browse)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_file, 1)
        ca_row.addWidget(self.browse_button)
        # Each label names its field (a screen reader says it when the field has focus).
        self.labels = {field: QLabel() for field in self._fields()}
        form = QFormLayout()
        for field, label in self.labels.items():
            label.setBuddy(field)
            form.addRow(label, ca_row if field is self.ca_file else field)
        # What happened as the last session ended (the notes wipe receipt): not an error.
        self.notice = QLabel()
        self.notice.setObjectName("loginNotice")
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.error = QLabel()
        self.error.setObjectName("loginError")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.hide()
        self._error: Text = ""  # what the error line says, made again on a language switch
        self.buttons = QDialogButtonBox()
        self.login_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.quit_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.login_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.notice)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        (self.password if username else self.username).setFocus()
        self._busy = False
        self.retranslate()

    def _fields(self) -> tuple[QLineEdit, ...]:
        return (self.server, self.username, self.password, self.ca_file)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("ChatHost — log in"))
        self.heading.setText(self.tr("Log in to your centre"))
        names = {
            self.server: self.tr("Server"),
            self.username: self.tr("Username"),
            self.password: self.tr("Password"),
            self.ca_file: self.tr("Centre CA file"),
        }
        for field, name in names.items():
            self.labels[field].setText(name)
            field.setAccessibleName(name)
        self.ca_file.setPlaceholderText(self.tr("Only if your centre gave you one"))
        self.browse_button.setText(self.tr("Browse…"))
        self.browse_button.setAccessibleDescription(self.tr("Centre CA file"))
        self.quit_button.setText(self.tr("Quit"))
        self._login_text()
        self.error.setText(text_of(self._error))

    def _login_text(self) -> None:
        self.login_button.setText(self.tr("Logging in…") if self._busy else self.tr("Log in"))

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Centre CA file"), "", self.tr("Certificates (*.pem *.crt *.cer)")
        )
        if chosen:
            self.ca_file.setText(chosen)

    def form(self) -> LoginForm:
        return LoginForm(
            self.server.text().strip(),
            self.username.text().strip(),
            self.password.text(),
            self.ca_file.text().strip() or None,
        )

    def submit(self) -> None:
        if self._busy:
            return
        form = self.form()
        if not form.server_url.startswith(("https://", "http://")):
            self.show_error(lambda: self.tr("Enter the server address, starting with https://"))
            return
        if not form.username or not form.password:
            self.show_error(lambda: self.tr("Enter your username and password."))
            return
        self._set_busy(True)
        self.error.hide()
        spawn(self._run(form), self._failed)

    async def _run(self, form: LoginForm) -> None:
        await self.attempt(form)
        self._set_busy(False)
        self.password.clear()
        self.succeeded.emit()
        self.accept()

    def _failed(self, message: str) -> None:
        self._set_busy(False)
        self.show_error(message)
        self.password.selectAll()
        self.password.setFocus()

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()

    def show_error(self, message: Text) -> None:
        """`message` as a function that translates follows a language switch while shown."""
        self._error = message
        self.error.setText(text_of(message))
        self.error.show()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.login_button.setEnabled(not busy)
        self._login_text()
        for field in self._fields():
            field.setEnabled(not busy)
        self.busy_changed.emit(busy)
