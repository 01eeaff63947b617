"""A gentle reminder to take a break, under the shift bar, after a long stretch of conversations
(the core's BreakReminder decides when). It never blocks anything: "Remind me later" hides it
for a while, and a real break (or pausing the shift and letting the conversations end) resets
it."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget
from shiboken6 import isValid

from chathost.core.break_reminder import BreakReminder
from chathost.ui.bridge import Bridge
from chathost.ui.retranslate import Retranslating
from chathost.ui.timefmt import duration


class BreakBanner(Retranslating, QWidget):
    def __init__(
        self, bridge: Bridge, reminder: BreakReminder, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.reminder = reminder
        self.setObjectName("breakBanner")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.later_button = QPushButton()
        self.later_button.setAutoDefault(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.later_button)
        self.later_button.clicked.connect(self.snooze)
        reminder.due_changed.connect(self._due_changed)
        listener = self._due_changed
        self.destroyed.connect(lambda *_: _forget(reminder, listener))
        bridge.tick.connect(self.tick)
        self.hide()
        self._ready = True
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setAccessibleName(self.tr("Break reminder"))
        self.later_button.setText(self.tr("Remind me later"))
        self.later_button.setToolTip(self.tr("Hide this reminder for 30 minutes"))
        self.refresh()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ParentChange and getattr(self, "_ready", False):
            self.refresh()
        return super().event(event)

    def tick(self) -> None:
        """Time passing makes the reminder due (or ends a snooze); the shown time moves on."""
        self.reminder.tick()
        if self.isVisible():
            self._set_text()

    def snooze(self) -> None:
        self.reminder.snooze()

    def _due_changed(self, _due: bool) -> None:
        if not isValid(self):
            _forget(self.reminder, self._due_changed)
            return
        self.refresh()

    def refresh(self) -> None:
        due = self.reminder.due()
        if due and self.parentWidget() is not None:  # a parentless show would open a window
            self._set_text()
            self.show()
        else:
            self.hide()

    def _set_text(self) -> None:
        since = self.reminder.stretch_since
        spent = self.reminder.clock() - since if since is not None else 0.0
        self.label.setText(
            self.tr(
                "You have been in conversations for {0} without a break. Consider a short pause "
                "when you can: pause your shift, and new visitors go to your colleagues."
            ).format(duration(spent))
        )


def _forget(reminder: BreakReminder, listener: object) -> None:
    with contextlib.suppress(ValueError):  # already gone
        reminder.due_changed.disconnect(listener)  # type: ignore[arg-type]
