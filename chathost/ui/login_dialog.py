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

from chathost.ui.tasks import spawn


@dataclass(frozen=True)
class LoginForm:
    server_url: str
    username: str
    password: str
    ca_file: str | None


Attempt = Callable[[LoginForm], Awaitable[None]]


class LoginDialog(QDialog):
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
        self.setWindowTitle(self.tr("ChatHost — log in"))
        self.setMinimumWidth(440)
        heading = QLabel(self.tr("Log in to your centre"))
        heading.setObjectName("loginHeading")
        self.server = QLineEdit(server_url)
        self.server.setPlaceholderText("https://chat.example.org")
        self.server.setReadOnly(server_locked)
        self.username = QLineEdit(username)
        self.username.setAccessibleName(self.tr("Username"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.ca_file = QLineEdit(ca_file or "")
        self.ca_file.setPlaceholderText(self.tr("Only if your centre gave you one"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_file, 1)
        ca_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Server"), self.server)
        form.addRow(self.tr("Username"), self.username)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Centre CA file"), ca_row)
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
        self.buttons = QDialogButtonBox()
        self.login_button = self.buttons.addButton(
            self.tr("Log in"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.quit_button = self.buttons.addButton(
            self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.login_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.notice)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        (self.password if username else self.username).setFocus()
        self._busy = False

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
            self.show_error(self.tr("Enter the server address, starting with https://"))
            return
        if not form.username or not form.password:
            self.show_error(self.tr("Enter your username and password."))
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

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.login_button.setEnabled(not busy)
        self.login_button.setText(self.tr("Logging in…") if busy else self.tr("Log in"))
        for field in (self.server, self.username, self.password, self.ca_file):
            field.setEnabled(not busy)
        self.busy_changed.emit(busy)
