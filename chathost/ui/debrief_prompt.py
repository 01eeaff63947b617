"""The gentle debrief offer: at the end of a shift (or whenever the host asks from the shift bar),
"Would you like a debrief talk with a supervisor?" with "Ask for a debrief" / "Not now". Once
asked, it says that a supervisor has been told, and who will take it when one answers (the
host's own shift overview entry comes with their snapshot and the answer to the request).
Shown inline under the shift bar, never as a window in the way."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget
from shiboken6 import isValid

from chathost.protocol import models
from chathost.ui.bridge import Bridge
from chathost.ui.retranslate import Retranslating
from chathost.ui.tasks import spawn


class DebriefPrompt(Retranslating, QWidget):
    problem = Signal(str)
    changed = Signal()  # what it shows changed (shown, hidden, another line)

    def __init__(self, bridge: Bridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = bridge.session
        self.setObjectName("debriefPrompt")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.ask_button = QPushButton()
        self.ask_button.setAutoDefault(False)
        self.not_now_button = QPushButton()
        self.not_now_button.setAutoDefault(False)
        self.ok_button = QPushButton()
        self.ok_button.setAutoDefault(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.ask_button)
        layout.addWidget(self.not_now_button)
        layout.addWidget(self.ok_button)
        self.ask_button.clicked.connect(self.ask)
        self.not_now_button.clicked.connect(self.close_prompt)
        self.ok_button.clicked.connect(self.close_prompt)
        self.asking = False  # the question is on screen
        self.after_shift = False  # the question follows the end of the shift
        self.sending = False
        # Only what this host asked for (here, this session) is followed: an old request from an
        # earlier shift is not brought up again.
        self.following = False
        self._closed_on: tuple[str, str | None] | None = None  # the status the host closed
        bridge.state.connect(self._on_state)
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setAccessibleName(self.tr("Debrief"))
        self.ask_button.setText(self.tr("Ask for a debrief"))
        self.not_now_button.setText(self.tr("Not now"))
        self.ok_button.setText(self.tr("OK"))
        if self.asking:
            self.label.setText(self._question())
        elif not self.isHidden():
            self.refresh()  # where the request stands

    def member(self) -> models.StaffMember | None:
        """This user's own entry on the shift overview."""
        user = self.session.state.user
        return self.session.state.staff.get(user.username) if user else None

    def offer(self, after_shift: bool = False) -> None:
        """Ask the question, or (asked already) say where the request stands."""
        member = self.member()
        if member is not None and member.debrief != "none":
            self.following = True
            self._closed_on = None
            self.refresh()
            return
        self.asking = True
        self.after_shift = after_shift
        self.label.setText(self._question())
        self._buttons(question=True)
        self.show()
        self.changed.emit()

    def _question(self) -> str:
        if self.after_shift:
            return self.tr(
                "Your shift has ended. Thank you for today. Would you like a debrief talk with a "
                "supervisor?"
            )
        return self.tr(
            "Would you like a debrief talk with a supervisor? A supervisor of your services "
            "is told, and contacts you."
        )

    def ask(self) -> None:
        if self.sending:
            return
        self.sending = True
        self.ask_button.setEnabled(False)
        spawn(self._request(), self._failed)

    async def _request(self) -> None:
        try:
            await self.session.request_debrief()
        finally:
            if isValid(self):
                self.sending = False
                self.ask_button.setEnabled(True)
        if isValid(self):
            self.asking = False
            self.following = True
            self._closed_on = None
            self.refresh()

    def _failed(self, text: str) -> None:
        if isValid(self):
            self.problem.emit(text)

    def close_prompt(self) -> None:
        self.asking = False
        member = self.member()
        if member is not None:
            self._closed_on = (member.debrief, member.debrief_by_name)
        self.hide()
        self.changed.emit()

    def _on_state(self, change: object) -> None:
        if change == "staff" and not self.asking:
            self.refresh()

    def refresh(self) -> None:
        if self.asking:
            return
        member = self.member()
        status = (member.debrief, member.debrief_by_name) if member is not None else None
        if (
            member is None
            or not self.following
            or member.debrief == "none"
            or status == self._closed_on
        ):
            self.hide()
            self.changed.emit()
            return
        if member.debrief == "acknowledged":
            name = member.debrief_by_name or self.tr("A supervisor")
            self.label.setText(self.tr("{0} will take your debrief.").format(name))
        else:
            self.label.setText(self.tr("A supervisor has been asked. They will contact you."))
        self._buttons(question=False)
        self.show()
        self.changed.emit()

    def _buttons(self, question: bool) -> None:
        self.ask_button.setVisible(question)
        self.not_now_button.setVisible(question)
        self.ok_button.setVisible(not question)
