"""A supervisor's place in a conversation they read along in or joined: what the visitor can see
of them, in words, and the buttons to join openly, go back to reading along, take over or
leave. Each is one command to the session; the server decides, and the tab follows the state.
A host who stays to learn after a take-over sees the same bar with only "Leave"."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from chathost.core.session import ConsoleSession
from chathost.ui.retranslate import Retranslating
from chathost.ui.tasks import spawn


class TakeOverDialog(Retranslating, QDialog):
    """Whether the host is released or stays to read along and learn. Opened window-modal,
    never exec()ed."""

    chosen = Signal(bool)  # keep_host

    def __init__(self, host: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setMinimumWidth(420)
        self.question = QLabel()
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        self.question.setWordWrap(True)
        self.question.setObjectName("takeOverQuestion")
        self.explain = QLabel()
        self.explain.setTextFormat(Qt.TextFormat.PlainText)
        self.explain.setWordWrap(True)
        self.release_choice = QRadioButton()
        self.keep_choice = QRadioButton()
        self.release_choice.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.release_choice)
        group.addButton(self.keep_choice)
        self.buttons = QDialogButtonBox()
        self.take_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(self.explain)
        layout.addWidget(self.release_choice)
        layout.addWidget(self.keep_choice)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        """Its texts: it may be open while the host switches language."""
        host = self.host
        self.setWindowTitle(self.tr("Take over"))
        self.question.setText(self.tr("Take over this conversation from {0}?").format(host))
        self.explain.setText(
            self.tr(
                "You become the host. The visitor is told that another person from the "
                "service is now answering."
            )
        )
        self.release_choice.setText(
            self.tr("Release {0}: the conversation leaves their console").format(host)
        )
        self.keep_choice.setText(self.tr("Let {0} stay and read along to learn").format(host))
        self.take_button.setText(self.tr("Take over"))

    def _accept(self) -> None:
        self.chosen.emit(self.keep_choice.isChecked())
        self.accept()


class SupervisionBar(Retranslating, QFrame):
    problem = Signal(str)  # a translated sentence

    def __init__(
        self,
        session: ConsoleSession,
        conversation_id: str,
        name_of: Callable[[str], str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("supervisionBar")
        self.session = session
        self.state = session.state
        self.conversation_id = conversation_id
        self.name_of = name_of or (lambda username: username)
        self.dialog: TakeOverDialog | None = None
        self._busy = False
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setObjectName("supervisionStatus")
        self.status.setWordWrap(True)
        self.join_button = self._button("joinButton")
        self.read_button = self._button("readAlongButton")
        self.take_over_button = self._button("takeOverButton")
        self.leave_button = self._button("leaveButton")
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.status, 1)
        for button in (self.join_button, self.read_button, self.take_over_button):
            row.addWidget(button)
        row.addWidget(self.leave_button)
        self.join_button.clicked.connect(lambda: self._run(self._supervise("joined")))
        self.read_button.clicked.connect(lambda: self._run(self._supervise("reading")))
        self.take_over_button.clicked.connect(self.ask_take_over)
        self.leave_button.clicked.connect(lambda: self._run(self._leave()))
        self.hide()  # until refresh() finds this user in the conversation
        self.retranslate()

    def retranslate(self) -> None:
        """The buttons' texts; the status line is worded by refresh(), while the bar shows."""
        self.join_button.setText(self.tr("Join openly"))
        self.join_button.setToolTip(
            self.tr("The visitor is told a supervisor has joined, and you can write to them")
        )
        self.read_button.setText(self.tr("Read along only"))
        self.read_button.setToolTip(self.tr("Stop writing to the visitor; keep reading along"))
        self.take_over_button.setText(self.tr("Take over…"))
        self.take_over_button.setToolTip(self.tr("Become the host of this conversation"))
        self.leave_button.setText(self.tr("Leave"))
        self.leave_button.setToolTip(self.tr("Stop following this conversation and close it"))
        if not self.isHidden():
            self.refresh()

    def _button(self, name: str) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        button.setAutoDefault(False)
        return button

    # ------------------------------------------------------------ from the core

    def refresh(self) -> None:
        entry = self.state.supervising(self.conversation_id)
        conversation = self.state.conversations.get(self.conversation_id)
        if entry is None or conversation is None or conversation.info.status != "active":
            self.hide()
            return
        supervisor = self.state.is_supervisor
        joined = entry.mode == "joined"
        if not supervisor:
            text = self.tr("You stay to learn: reading along — the visitor does not see you.")
        elif joined:
            text = self.tr("You have joined openly — the visitor sees a supervisor.")
        else:
            text = self.tr("You are reading along — the visitor does not see you.")
        self.status.setText(text)
        if self.property("mode") != entry.mode:
            self.setProperty("mode", entry.mode)
            self.style().unpolish(self)
            self.style().polish(self)
        self.join_button.setVisible(supervisor and not joined)
        self.read_button.setVisible(supervisor and joined)
        self.take_over_button.setVisible(supervisor)
        buttons = (self.join_button, self.read_button, self.take_over_button, self.leave_button)
        for button in buttons:
            button.setEnabled(not self._busy)
        self.show()

    # ------------------------------------------------------------ to the core

    def ask_take_over(self) -> TakeOverDialog | None:
        conversation = self.state.conversations.get(self.conversation_id)
        if conversation is None or self._busy:
            return None
        host = conversation.info.host
        dialog = TakeOverDialog(self.name_of(host) if host else "", self)
        dialog.chosen.connect(lambda keep: self._run(self._take_over(keep)))
        dialog.open()
        self.dialog = dialog
        return dialog

    async def _supervise(self, mode: Any) -> None:
        await self.session.supervise(self.conversation_id, mode)

    async def _take_over(self, keep_host: bool) -> None:
        await self.session.take_over(self.conversation_id, keep_host)

    async def _leave(self) -> None:
        await self.session.unsupervise(self.conversation_id)

    def _run(self, coro: Coroutine[Any, Any, None]) -> None:
        if self._busy:  # one command at a time: a double click sends one
            coro.close()
            return
        self._busy = True
        self.refresh()
        spawn(self._guarded(coro), self._problem)

    async def _guarded(self, coro: Coroutine[Any, Any, None]) -> None:
        try:
            await coro
        finally:
            if isValid(self):  # leaving closes the tab, and this bar with it
                self._busy = False
                self.refresh()

    def _problem(self, text: str) -> None:
        if isValid(self):
            self.problem.emit(text)
