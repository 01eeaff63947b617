"""The host's shift: who is logged in, the shift's state and timer, and start / pause / end.
Ending a shift with conversations still open asks first whether to hand them back or end them;
once it has ended, a debrief talk with a supervisor is offered (and can be asked for any time)."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget
from shiboken6 import isValid

from chathost.ui.bridge import Bridge
from chathost.ui.debrief_prompt import DebriefPrompt
from chathost.ui.dialogs import ask
from chathost.ui.retranslate import Retranslating
from chathost.ui.tasks import spawn
from chathost.ui.timefmt import clock as clock_text


class ShiftBar(Retranslating, QWidget):
    problem = Signal(str)

    def __init__(
        self,
        bridge: Bridge,
        clock: Callable[[], float] = time.time,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.session = bridge.session
        self.clock = clock
        self.setObjectName("shiftBar")
        self.user = QLabel()
        self.user.setTextFormat(Qt.TextFormat.PlainText)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setObjectName("shiftStatus")
        self.timer = QLabel()
        self.timer.setTextFormat(Qt.TextFormat.PlainText)
        self.start_button = QPushButton()
        self.pause_button = QPushButton()
        self.end_button = QPushButton()
        self.debrief_button = QPushButton()
        self.debrief = DebriefPrompt(bridge)
        layout = QHBoxLayout()
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.user)
        layout.addSpacing(16)
        layout.addWidget(self.status)
        layout.addWidget(self.timer)
        layout.addStretch(1)
        layout.addWidget(self.debrief_button)
        layout.addWidget(self.start_button)
        layout.addWidget(self.pause_button)
        layout.addWidget(self.end_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(8, 4, 8, 4)
        column.addLayout(layout)
        column.addWidget(self.debrief)
        self.start_button.clicked.connect(self.start_shift)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.end_button.clicked.connect(self.request_end)
        self.debrief_button.clicked.connect(lambda: self.debrief.offer(after_shift=False))
        self.debrief.problem.connect(self.problem)
        bridge.state.connect(self._on_state)
        bridge.tick.connect(self._refresh_timer)
        self.question: QMessageBox | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.timer.setAccessibleName(self.tr("Shift time"))
        self.start_button.setText(self.tr("Start shift"))
        self.pause_button.setToolTip(self.tr("No new conversations while paused"))
        self.end_button.setText(self.tr("End shift"))
        self.debrief_button.setText(self.tr("Ask for a debrief…"))
        self.debrief_button.setToolTip(
            self.tr("A talk with a supervisor about a conversation or the shift")
        )
        self.refresh()  # the shift's status and the pause button's text

    def _on_state(self, change: object) -> None:
        if change == "shift":
            self.refresh()

    def refresh(self) -> None:
        user = self.session.state.user
        self.user.setText(user.display_name if user else "")
        status = self.session.state.shift.status
        texts = {
            "off": self.tr("Off shift"),
            "available": self.tr("On shift"),
            "paused": self.tr("Paused"),
        }
        self.status.setText(texts[status])
        self.status.setProperty("shift", status)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.start_button.setVisible(status == "off")
        self.pause_button.setVisible(status != "off")
        self.end_button.setVisible(status != "off")
        self.pause_button.setText(self.tr("Resume") if status == "paused" else self.tr("Pause"))
        self._refresh_timer()

    def _refresh_timer(self) -> None:
        started = self.session.state.shift.started_at
        if self.session.state.shift.status == "off" or started is None:
            self.timer.setText("")
        else:
            self.timer.setText(clock_text(self.clock() - started))

    def start_shift(self) -> None:
        spawn(self.session.start_shift(), self.problem.emit)

    def toggle_pause(self) -> None:
        paused = self.session.state.shift.status == "paused"
        spawn(self.session.pause_shift(not paused), self.problem.emit)

    def request_end(self) -> None:
        held = self.session.state.held()
        if not held:
            spawn(self._end_with("none"), self.problem.emit)
            return

        def answered(choice: str) -> None:
            self.question = None
            if choice in ("release", "end"):
                spawn(self._end_with(choice), self.problem.emit)

        count = len(held)
        self.question = ask(
            self,
            lambda: self.tr("End your shift?"),
            lambda: self.tr(
                "You still have {0} open conversation(s). Hand them back to the queue so "
                "another host can continue, or end them, before your shift ends."
            ).format(count),
            [
                (
                    "release",
                    lambda: self.tr("Hand back and end shift"),
                    QMessageBox.ButtonRole.AcceptRole,
                ),
                (
                    "end",
                    lambda: self.tr("End them and end shift"),
                    QMessageBox.ButtonRole.DestructiveRole,
                ),
                ("cancel", lambda: self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole),
            ],
            default="cancel",
            on_answer=answered,
        )

    async def _end_with(self, choice: str) -> None:
        """`choice`: "release" or "end" the conversations still held, or "none" (none held;
        the server refuses to end a shift that still holds any)."""
        for conversation in self.session.state.held() if choice != "none" else []:
            if choice == "release":
                await self.session.release(conversation.info.id)
            else:
                await self.session.end(conversation.info.id)
        await self.session.end_shift()
        if isValid(self):
            self.debrief.offer(after_shift=True)
