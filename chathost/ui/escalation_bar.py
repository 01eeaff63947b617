"""The escalation buttons of one conversation, and what has become of the host's call for help
and of a warm transfer to a colleague. Each is one click (and one shortcut) away; the ones that
cannot be undone ask first."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget
from shiboken6 import isValid

from chathost.core.api import BackendError
from chathost.core.escalations import EscalationDesk
from chathost.core.failures import CommandFailed
from chathost.core.state import ConsoleState
from chathost.protocol import models
from chathost.ui.retranslate import Retranslating
from chathost.ui.tasks import spawn
from chathost.ui.timefmt import clock_time
from chathost.ui.transfer_dialog import TransferDialog, TransferStatus


class EscalationBar(Retranslating, QWidget):
    acute_requested = Signal()
    refer_requested = Signal()
    block_requested = Signal()
    problem = Signal(str)

    def __init__(
        self,
        state: ConsoleState,
        desk: EscalationDesk,
        conversation_id: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.desk = desk
        self.conversation_id = conversation_id
        self._keys: list[tuple[QKeySequence, QPushButton]] = []
        self.help_button = self._button("Ctrl+Shift+H", "helpButton")
        self.acute_button = self._button("Ctrl+Shift+A", "acuteButton")
        self.refer_button = self._button("Ctrl+Shift+R", "referButton")
        self.transfer_button = self._button("Ctrl+Shift+T", "transferButton")
        self.block_button = self._button("Ctrl+Shift+B", "blockButton")
        self.help_status = QLabel()
        self.help_status.setTextFormat(Qt.TextFormat.PlainText)
        self.help_status.setObjectName("helpStatus")
        self.help_status.setWordWrap(True)
        self.help_status.hide()
        # Where the host's private notes come from for "Add my notes" (set by the tab; without
        # it, the nearest enclosing widget with a `private_note()` is asked).
        self.private_note: Callable[[], str] | None = None
        self.transfer_status = TransferStatus(desk.session, conversation_id)
        self.transfer_status.hide()
        self.transfer_dialog: TransferDialog | None = None
        self._transfer_opening = False

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for button in (
            self.help_button,
            self.acute_button,
            self.refer_button,
            self.transfer_button,
        ):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.block_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.help_status)
        layout.addWidget(self.transfer_status)

        self.help_button.clicked.connect(self._help_clicked)
        self.acute_button.clicked.connect(self.acute_requested)
        self.refer_button.clicked.connect(self.refer_requested)
        self.block_button.clicked.connect(self.block_requested)
        self.transfer_button.clicked.connect(self.open_transfer)
        self.transfer_status.changed.connect(self.refresh)
        self.transfer_status.problem.connect(self.problem)
        self._asking = False
        self.retranslate()
        self.transfer_status.refresh()  # now in the layout: it may show at once

    def retranslate(self) -> None:
        """The buttons' texts and tooltips (with their shortcuts), then what depends on the
        state (the help button's and the acute button's texts, the help status)."""
        self._name(self.help_button, self.tr("Ask for supervision"))
        self._name(self.acute_button, self.tr("Acute danger…"))
        self._name(self.refer_button, self.tr("Refer…"))
        # Short beside "Refer…" (the row must fit a narrow tab); the tooltip says it in full.
        self.transfer_button.setText(self.tr("Transfer…"))
        self.transfer_button.setAccessibleName(self.tr("Transfer to a colleague"))
        self.transfer_button.setToolTip(
            self.tr("Transfer to a colleague… ({0})").format(self._keys_of(self.transfer_button))
        )
        self._name(self.block_button, self.tr("Block…"))
        self.refresh()

    def _button(self, keys: str, name: str) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        button.setAutoDefault(False)
        self._keys.append((QKeySequence(keys), button))
        return button

    def _keys_of(self, button: QPushButton) -> str:
        """The button's shortcut as this platform writes it."""
        keys = next(k for k, b in self._keys if b is button)
        return keys.toString(QKeySequence.SequenceFormat.NativeText)

    def _name(self, button: QPushButton, text: str) -> None:
        """A button's text, and a tooltip that adds its shortcut."""
        button.setText(text)
        button.setToolTip(f"{text} ({self._keys_of(button)})")

    def install_shortcuts(self, scope: QWidget) -> None:
        """The shortcuts work anywhere in `scope` (the conversation's tab), e.g. while typing."""
        for keys, button in self._keys:
            shortcut = QShortcut(keys, scope, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(button.click)

    # ------------------------------------------------------------ help

    def _help_clicked(self) -> None:
        current = self.desk.open_help(self.conversation_id)
        if current is not None and current.status == "open":
            spawn(self._cancel(current.id), self.problem.emit)
        elif current is None and not self._asking:
            spawn(self._ask(), self.problem.emit)

    async def _ask(self) -> None:
        self._asking = True
        self.refresh()
        try:
            await self.desk.ask_help(self.conversation_id)
        finally:
            self._asking = False
            if isValid(self):  # the tab may have closed meanwhile
                self.refresh()

    async def _cancel(self, escalation: str) -> None:
        await self.desk.cancel_help(escalation)

    def refresh(self) -> None:
        state = self.state.conversations.get(self.conversation_id)
        open_here = self.state.holds(self.conversation_id)
        for button in (self.help_button, self.acute_button, self.refer_button, self.block_button):
            button.setEnabled(open_here)
        # One offer at a time per conversation (the server refuses a second).
        self.transfer_button.setEnabled(
            open_here
            and not self._transfer_opening
            and self.state.open_transfer(self.conversation_id) is None
        )
        # Acute danger stays available while offline: that is when it matters most. Once
        # flagged, the same button (and shortcut) brings the emergency steps back.
        flagged = state is not None and self.desk.is_flagged(self.conversation_id)
        self.acute_button.setEnabled(open_here or flagged)
        self.acute_button.setText(
            self.tr("Show emergency steps") if flagged else self.tr("Acute danger…")
        )
        current = self.desk.open_help(self.conversation_id)
        if self._asking:
            self.help_button.setEnabled(False)
            self._say(self.tr("Asking for a supervisor…"))
        elif current is None:
            self.help_button.setText(self.tr("Ask for supervision"))
            self.help_status.hide()
        elif current.status == "open":
            self.help_button.setText(self.tr("Cancel the request"))
            self._say(self._waiting_text(current))
        else:
            self.help_button.setText(self.tr("Supervisor coming"))
            self.help_button.setEnabled(False)
            self._say(
                self.tr("{0} is coming (answered at {1}).").format(
                    current.acknowledged_by_name or current.acknowledged_by or "",
                    clock_time(current.acknowledged_at or 0),
                )
            )

    def _waiting_text(self, escalation: models.Escalation) -> str:
        if escalation.on_duty == 0:
            return self.tr(
                "No supervisor of this service is on shift. The request stays open; "
                "use your centre's back-up plan (phone your supervisor)."
            )
        if escalation.alerts > 1:
            return self.tr(
                "Waiting for a supervisor… nobody has answered yet; alerted {0} times."
            ).format(escalation.alerts)
        return self.tr("Waiting for a supervisor… Supervisors on shift alerted: {0}.").format(
            escalation.on_duty
        )

    def _say(self, text: str) -> None:
        self.help_status.setText(text)
        self.help_status.show()

    # ------------------------------------------------------------ warm transfer

    def _private_note(self) -> str:
        if self.private_note is not None:
            return self.private_note()
        widget = self.parentWidget()
        while widget is not None:
            source = getattr(widget, "private_note", None)
            if callable(source):
                return str(source())
            widget = widget.parentWidget()
        return ""

    def open_transfer(self) -> None:
        if not self._transfer_opening:  # a double click opens one dialog
            spawn(self.open_transfer_dialog(), self.problem.emit)

    async def open_transfer_dialog(self) -> TransferDialog | None:
        """Who could take it is asked for now (the server's view of shifts and loads)."""
        self._transfer_opening = True
        self.refresh()
        try:
            colleagues = await self.desk.session.colleagues()
        finally:
            self._transfer_opening = False
            if isValid(self):
                self.refresh()
        if not isValid(self):
            return None
        state = self.state.conversations.get(self.conversation_id)
        if state is None or not self.state.holds(self.conversation_id):
            raise BackendError("rejected", code="conversation_ended")
        info = state.info
        dialog = TransferDialog(
            colleagues,
            info.service,
            self.desk.session.services.name_of(info.service),
            info.alias,
            self,
            private_note=self._private_note(),
        )
        dialog.chosen.connect(
            lambda username, name, note: spawn(self._offer(username, name, note), self.problem.emit)
        )
        dialog.open()
        self.transfer_dialog = dialog
        return dialog

    async def _offer(self, username: str, name: str, note: str) -> None:
        try:
            await self.desk.session.offer_transfer(self.conversation_id, username, note)
        except (CommandFailed, BackendError) as exc:
            if isValid(self):
                self.transfer_status.fail(self.transfer_status.offer_problem(exc, name))
