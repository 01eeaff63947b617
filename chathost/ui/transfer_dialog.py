"""Warm transfer, the offering side: pick a colleague who can take the conversation now, write a
note for them (or add the host's private notes, to read and edit first), and offer it. The
conversation stays with the host until the colleague accepts; meanwhile the tab shows a calm
"waiting" line with the time left and "Cancel the transfer", and afterwards what became of the
offer. Dialogs are opened window-modal, never exec()ed."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from typing import Literal

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from chathost.core.failures import CommandFailed
from chathost.core.session import ConsoleSession
from chathost.core.state import ConsoleState
from chathost.protocol import models
from chathost.ui.errors import describe
from chathost.ui.handover_field import HandoverField
from chathost.ui.retranslate import Retranslating
from chathost.ui.tasks import spawn
from chathost.ui.theme import theme_switches, tone

Unavailable = Literal["other_service", "off", "paused", "not_connected", "at_capacity"]
KindRole = Qt.ItemDataRole.UserRole + 1  # "heading", "available" or "unavailable"


def unavailable_reason(member: models.StaffMember, service: str) -> Unavailable | None:
    """Why this colleague cannot take a conversation of `service` now (None: they can). The
    server checks again when the offer is made and when it is accepted; `capacity` counts all
    their services, so a colleague full in this one service is refused there."""
    if service not in member.services:
        return "other_service"
    if member.shift == "off":
        return "off"
    if member.shift == "paused":
        return "paused"
    if not member.connected:
        return "not_connected"
    if member.holding >= member.capacity:
        return "at_capacity"
    return None


def countdown(seconds: float) -> str:
    """Time left on an offer: 1:52."""
    total = max(0, int(seconds + 0.999))  # 0:00 only once it is really over
    return f"{total // 60}:{total % 60:02d}"


class TransferDialog(Retranslating, QDialog):
    chosen = Signal(str, str, str)  # username, display name, note

    def __init__(
        self,
        colleagues: list[models.StaffMember],
        service: str,
        service_name: str,
        alias: str,
        parent: QWidget | None = None,
        private_note: str = "",
    ) -> None:
        super().__init__(parent)
        self.alias = alias
        self.service = service
        self.service_name = service_name
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setMinimumWidth(500)
        self.intro = QLabel()
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.intro.setWordWrap(True)
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.list = QListWidget()
        self.heading.setBuddy(self.list)
        self.none_available = QLabel()
        self.none_available.setTextFormat(Qt.TextFormat.PlainText)
        self.none_available.setWordWrap(True)
        self.none_available.setObjectName("noneAvailable")
        # Each row and how to word it (heading, colleague, or why not), for another language.
        self._rows: list[tuple[QListWidgetItem, str, models.StaffMember | None]] = []

        on_service = [m for m in colleagues if unavailable_reason(m, service) != "other_service"]
        available = [m for m in on_service if unavailable_reason(m, service) is None]
        unavailable = [m for m in on_service if unavailable_reason(m, service) is not None]
        if available:
            self._header("available")
            for member in available:
                item = QListWidgetItem()
                item.setData(Qt.ItemDataRole.UserRole, (member.username, member.display_name))
                item.setData(KindRole, "available")
                self._add(item, "available", member)
        if unavailable:
            self._header("unavailable")
            for member in unavailable:
                item = QListWidgetItem()
                # Readable at 2 a.m. (Qt's disabled grey is too faint), but never chosen.
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                item.setForeground(QColor(tone("muted").text))
                item.setData(KindRole, "unavailable")
                self._add(item, "unavailable", member)
        self.none_available.setVisible(not available)
        if len(available) == 1:
            self.list.setCurrentRow(1)  # the one colleague who can (row 0 is the heading)

        # The host's private notes go along only if they press "Add my notes" and see them here.
        self.field = HandoverField(
            private_note, label=lambda: self.tr("&Note for your colleague (optional):")
        )
        self.note = self.field.note
        self.buttons = QDialogButtonBox()
        self.offer_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.heading)
        layout.addWidget(self.list)
        layout.addWidget(self.none_available)
        layout.addWidget(self.field)
        layout.addWidget(self.buttons)
        self.list.currentItemChanged.connect(self._update)
        self.field.changed.connect(self._update)
        self.retranslate()
        self._update()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Transfer {0} to a colleague").format(self.alias))
        self.intro.setText(
            self.tr(
                "{0} stays with you until your colleague accepts: keep answering meanwhile. "
                "The offer runs out after 2 minutes. When your colleague accepts, the visitor is "
                "told that another person from the service continues the conversation, and your "
                "note goes to your colleague."
            ).format(self.alias)
        )
        self.heading.setText(self.tr("Colleagues who work on {0}:").format(self.service_name))
        self.list.setAccessibleName(self.tr("Colleague"))
        self.none_available.setText(
            self.tr(
                "Nobody can take it right now. You can keep it, refer it to another service, "
                "or ask for supervision."
            )
        )
        for item, kind, member in self._rows:
            self._word_row(item, kind, member)
        self.offer_button.setText(self.tr("Offer the transfer"))

    def _header(self, kind: str) -> None:
        item = QListWidgetItem()
        font = QFont(self.list.font())
        font.setBold(True)
        item.setFont(font)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # readable, never chosen
        item.setData(KindRole, "heading")
        self._add(item, kind, None)

    def _add(self, item: QListWidgetItem, kind: str, member: models.StaffMember | None) -> None:
        self._rows.append((item, kind, member))
        self.list.addItem(item)

    def _word_row(
        self, item: QListWidgetItem, kind: str, member: models.StaffMember | None
    ) -> None:
        """A heading ("Can take it now"), a colleague who can, or one who cannot and why."""
        if member is None:
            item.setText(
                self.tr("Can take it now") if kind == "available" else self.tr("Not available now")
            )
        elif kind == "available":
            item.setText(
                self.tr("{0} — holds {1} of {2}").format(
                    member.display_name, member.holding, member.capacity
                )
            )
            item.setToolTip(
                self.tr("Holds 1 conversation now; at most {0}.").format(member.capacity)
                if member.holding == 1
                else self.tr("Holds {0} conversations now; at most {1}.").format(
                    member.holding, member.capacity
                )
            )
        else:
            item.setText(self._unavailable_text(member, self.service))

    def _unavailable_text(self, member: models.StaffMember, service: str) -> str:
        reason = unavailable_reason(member, service)
        name = member.display_name
        if reason == "off":
            return self.tr("{0} — off shift").format(name)
        if reason == "paused":
            return self.tr("{0} — paused").format(name)
        if reason == "not_connected":
            return self.tr("{0} — not connected").format(name)
        return self.tr("{0} — at capacity ({1} of {2})").format(
            name, member.holding, member.capacity
        )

    def available(self) -> list[str]:
        """The usernames offered for choosing, in order."""
        return [item.data(Qt.ItemDataRole.UserRole)[0] for item in self._items("available")]

    def unavailable(self) -> list[str]:
        """The greyed lines (name and reason), in order."""
        return [item.text() for item in self._items("unavailable")]

    def _items(self, kind: str) -> list[QListWidgetItem]:
        items = (self.list.item(row) for row in range(self.list.count()))
        return [item for item in items if item.data(KindRole) == kind]

    def choose(self, username: str) -> None:
        for row in range(self.list.count()):
            data = self.list.item(row).data(Qt.ItemDataRole.UserRole)
            if data and data[0] == username:
                self.list.setCurrentRow(row)
                return
        raise KeyError(username)

    def selected(self) -> tuple[str, str] | None:
        item = self.list.currentItem()
        if item is None or item.data(KindRole) != "available":
            return None
        data = item.data(Qt.ItemDataRole.UserRole)
        return str(data[0]), str(data[1])

    def _update(self) -> None:
        self.offer_button.setEnabled(self.selected() is not None and self.field.fits())

    def _accept(self) -> None:
        chosen = self.selected()
        if chosen is None or not self.field.fits():
            return
        self.chosen.emit(chosen[0], chosen[1], self.field.text())
        self.accept()


class TransferStatus(Retranslating, QWidget):
    """One conversation's transfer line: waiting for the colleague (with the time left and
    "Cancel the transfer"), a refused offer, or the outcome. Hidden when there is nothing to say.
    It follows the core's state itself, so any tab that shows it keeps it current."""

    changed = Signal()  # an offer opened or closed, or a refusal is shown
    problem = Signal(str)

    def __init__(
        self,
        session: ConsoleSession,
        conversation_id: str,
        clock: Callable[[], float] = time.time,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.state = session.state
        self.conversation_id = conversation_id
        self.clock = clock
        self.setObjectName("transferStatus")
        self.setAutoFillBackground(True)
        self._colour()
        theme_switches().connect(self._colour)
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.cancel_button = QPushButton()
        self.cancel_button.setAutoDefault(False)
        self.dismiss_button = QPushButton()
        self.dismiss_button.setAutoDefault(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.cancel_button)
        layout.addWidget(self.dismiss_button)
        self.cancel_button.clicked.connect(self.cancel)
        self.dismiss_button.clicked.connect(self.dismiss)
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.refresh)
        # A refused offer, shown until dismissed: worded anew when the language changes.
        self._failure: Callable[[], str] | None = None
        self._dismissed: str | None = None  # the outcome (transfer id) the host has hidden
        self._cancelling = False
        self._open_id: str | None = None
        self._listening = True
        self.state.changed.connect(self._on_state)
        state, listener = self.state, self._on_state
        self.destroyed.connect(lambda *_: _forget(state, listener))
        self.retranslate()

    def _colour(self) -> None:
        """Calm, like the help status line; it never hides the conversation. By palette, not a
        style sheet: the line keeps the tab's font size (a style sheet would stop that)."""
        info = tone("info")
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(info.background))
        palette.setColor(QPalette.ColorRole.WindowText, QColor(info.text))
        self.setPalette(palette)

    def retranslate(self) -> None:
        self.label.setAccessibleName(self.tr("Transfer"))
        self.cancel_button.setText(self.tr("Cancel the transfer"))
        self.dismiss_button.setText(self.tr("OK"))
        self.dismiss_button.setToolTip(self.tr("Hide this line"))
        self.refresh()

    def detach(self) -> None:
        if self._listening:
            self._listening = False
            _forget(self.state, self._on_state)
        self._timer.stop()

    def _on_state(self, change: object) -> None:
        if not isValid(self):
            _forget(self.state, self._on_state)
            return
        if change in (("transfer", self.conversation_id), ("conversation", self.conversation_id)):
            self.refresh()

    def _me(self) -> str | None:
        user = self.state.user
        return user.username if user else None

    def offering(self) -> models.Transfer | None:
        return self.state.open_transfer(self.conversation_id)

    def offer_problem(self, exc: BaseException, name: str) -> str:
        """Why an offer to `name` was refused, in the host's words."""
        code = exc.code if isinstance(exc, CommandFailed) else None
        if code == "not_available":
            return self.tr(
                "{0} cannot take it right now (off shift, paused or not connected). "
                "The conversation is still yours."
            ).format(name)
        if code == "at_capacity":
            return self.tr(
                "{0} already holds as many conversations as this service allows. "
                "The conversation is still yours."
            ).format(name)
        if code == "transfer_open":
            return self.tr("A transfer of this conversation is already waiting for an answer.")
        if code in ("conversation_ended", "not_active"):
            return self.tr("This conversation is no longer open.")
        return self.tr("The transfer was not offered: {0}").format(describe(exc))

    def fail(self, text: str | Callable[[], str]) -> None:
        """An offer the server refused: said here, beside the conversation it is about. A
        callable words it in the current language (asked again when the language changes)."""
        self._failure = text if callable(text) else lambda: text
        self.refresh()
        self.changed.emit()

    def fail_offer(self, exc: BaseException, name: str) -> None:
        """The server refused the offer to `name`: say why, in the host's language."""
        self.fail(lambda: self.offer_problem(exc, name))

    def refresh(self) -> None:
        offer = self.offering()
        open_id = offer.id if offer is not None else None
        if open_id != self._open_id:
            self._open_id = open_id
            self._cancelling = False
            if offer is not None:
                self._failure = None
            self.changed.emit()
        if offer is not None:
            self._timer.start()
            left = countdown(offer.expires_at - self.clock())
            if offer.from_user == self._me():
                text = self.tr("Waiting for {0} to accept… ({1})").format(offer.to_name, left)
            else:
                text = self.tr("{0} offered this conversation to {1}. Waiting for an answer… ({2})")
                text = text.format(offer.from_name, offer.to_name, left)
            self._show(text, cancel=True)
            return
        self._timer.stop()
        if self._failure is not None:
            self._show(self._failure(), cancel=False)
            return
        outcome = self.state.transfer_outcomes.get(self.conversation_id)
        said = self._outcome_text(outcome) if outcome is not None else None
        if outcome is None or said is None or outcome.id == self._dismissed:
            self.hide()
            return
        self._show(said, cancel=False)

    def _outcome_text(self, outcome: models.Transfer) -> str | None:
        me = self._me()
        mine = self.state.holds(self.conversation_id)
        name = outcome.to_name
        if outcome.status == "accepted":
            if outcome.to_user == me:
                text = self.tr("{0} transferred this conversation to you.")
                return text.format(outcome.from_name)
            text = self.tr("{0} accepted the transfer. The conversation continues with them.")
        elif outcome.status == "declined" and mine:
            text = self.tr("{0} declined the transfer. The conversation is still yours.")
        elif outcome.status == "declined":
            text = self.tr("{0} declined the transfer.")
        elif outcome.status == "expired" and mine:
            text = self.tr("{0} did not answer in time. The conversation is still yours.")
        elif outcome.status == "expired":
            text = self.tr("{0} did not answer in time.")
        elif outcome.status == "cancelled" and mine:
            text = self.tr("The transfer to {0} was cancelled. The conversation is still yours.")
        else:
            return None  # cancelled as the conversation ended or moved on: nothing to add
        return text.format(name)

    def _show(self, text: str, cancel: bool) -> None:
        self.label.setText(text)
        self.cancel_button.setVisible(cancel)
        self.cancel_button.setEnabled(cancel and not self._cancelling)
        self.dismiss_button.setVisible(not cancel)
        if self.parentWidget() is not None:  # a parentless show would open a window
            self.show()

    def dismiss(self) -> None:
        self._failure = None
        outcome = self.state.transfer_outcomes.get(self.conversation_id)
        if outcome is not None:
            self._dismissed = outcome.id
        self.refresh()

    def cancel(self) -> None:
        offer = self.offering()
        if offer is None or self._cancelling:
            return
        self._cancelling = True
        self.cancel_button.setEnabled(False)
        spawn(self._cancel(offer.id), self._cancel_failed)

    async def _cancel(self, transfer_id: str) -> None:
        await self.session.cancel_transfer(transfer_id)

    def _cancel_failed(self, text: str) -> None:
        if isValid(self):
            self._cancelling = False
            self.refresh()
            self.problem.emit(text)


def _forget(state: ConsoleState, listener: Callable[[object], None]) -> None:
    with contextlib.suppress(ValueError):  # already gone
        state.changed.disconnect(listener)
