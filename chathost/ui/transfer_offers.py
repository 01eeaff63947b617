"""Warm transfer, the receiving side: one calm banner per conversation a colleague offers this
user, at the top of the window, with the colleague's note, the time left, and "Accept" /
"Decline". Accepting makes this user the host: the conversation opens in a tab with its
transcript (the tabs follow the core's state). An offer withdrawn or run out while shown says
so instead of vanishing. Names and notes are shown as plain text only."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from chathost.core.api import BackendError
from chathost.core.failures import CommandFailed
from chathost.protocol import models
from chathost.ui.bridge import Bridge
from chathost.ui.errors import describe
from chathost.ui.notifier import Notifier
from chathost.ui.retranslate import Retranslating
from chathost.ui.tasks import spawn
from chathost.ui.transfer_dialog import countdown


class OfferCard(Retranslating, QFrame):
    """One offer: who offers what, their note, the time left, and the two answers. Every line
    is worded from what happened, so a change of language words it all anew."""

    accepted = Signal(str)  # conversation id, once this user holds it
    finished = Signal()  # nothing more to show: remove the card
    answered = Signal()  # an answer went to the server and came back (taken or refused)

    def __init__(
        self,
        bridge: Bridge,
        transfer: models.Transfer,
        clock: Callable[[], float] = time.time,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = bridge.session
        self.transfer = transfer
        self.clock = clock
        self.setObjectName("transferOffer")
        self.text = QLabel()
        self.text.setObjectName("offerText")
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.note = QLabel()
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.left = QLabel()
        self.left.setTextFormat(Qt.TextFormat.PlainText)
        self.problem = QLabel()
        self.problem.setObjectName("offerProblem")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.accept_button = QPushButton()
        self.accept_button.setAutoDefault(False)
        self.decline_button = QPushButton()
        self.decline_button.setAutoDefault(False)
        self.ok_button = QPushButton()
        self.ok_button.setAutoDefault(False)
        self.ok_button.hide()
        words = QVBoxLayout()
        words.setContentsMargins(0, 0, 0, 0)
        words.setSpacing(2)
        words.addWidget(self.text)
        words.addWidget(self.note)
        words.addWidget(self.problem)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addLayout(words, 1)
        layout.addWidget(self.left)
        layout.addWidget(self.accept_button)
        layout.addWidget(self.decline_button)
        layout.addWidget(self.ok_button)
        self.accept_button.clicked.connect(lambda: self.answer(True))
        self.decline_button.clicked.connect(lambda: self.answer(False))
        self.ok_button.clicked.connect(self.finished)
        self.busy = False
        self.closed = False  # the offer is no longer open; the card says why until OK
        self.service_name = bridge.service_name(transfer.service)
        self._outcome: str | None = None  # how the offer closed without our answer
        self._refusal: BaseException | None = None  # why the server refused our answer
        self.note.setVisible(bool(transfer.note))
        self.retranslate()

    def retranslate(self) -> None:
        transfer = self.transfer
        self.text.setAccessibleName(self.tr("Transfer offer"))
        self.accept_button.setText(self.tr("Accept"))
        self.decline_button.setText(self.tr("Decline"))
        self.ok_button.setText(self.tr("OK"))
        if self._outcome is None:
            self.text.setText(
                self.tr("{0} offers you a conversation: {1} ({2}).").format(
                    transfer.from_name, transfer.alias, self.service_name
                )
            )
        elif self._outcome == "expired":
            text = self.tr("The offer of {0} ran out of time. It stays with {1}.")
            self.text.setText(text.format(transfer.alias, transfer.from_name))
        else:
            text = self.tr("{1} withdrew the offer of {0}.")
            self.text.setText(text.format(transfer.alias, transfer.from_name))
        self.note.setText(self.tr("Note: {0}").format(transfer.note))
        if self._refusal is not None:
            self.problem.setText(self._refusal_text(self._refusal))
        self.tick()

    def tick(self) -> None:
        if self.closed:
            return
        remaining = self.transfer.expires_at - self.clock()
        if remaining > 0:
            self.left.setText(self.tr("Answer within {0}").format(countdown(remaining)))
        else:
            self.left.setText(self.tr("Time is up"))

    def answer(self, accept: bool) -> None:
        if self.busy or self.closed:
            return
        self.busy = True
        self._refusal = None
        self.problem.hide()
        for button in (self.accept_button, self.decline_button):
            button.setEnabled(False)
        spawn(self._answer(accept))

    async def _answer(self, accept: bool) -> None:
        try:
            transfer = await self.session.answer_transfer(self.transfer.id, accept)
        except (CommandFailed, BackendError) as exc:
            if isValid(self):
                self.busy = False
                self._refused(exc)
                self.answered.emit()
            return
        if not isValid(self):
            return
        self.answered.emit()
        if transfer.status == "accepted":
            self.accepted.emit(transfer.conversation)
        self.finished.emit()

    def _refusal_text(self, exc: BaseException) -> str:
        code = exc.code if isinstance(exc, CommandFailed) else None
        if code == "at_capacity":
            return self.tr(
                "You already hold as many conversations as this service allows. Finish one "
                "first, or decline."
            )
        if code == "not_available":
            return self.tr("You can accept only while your shift is on and not paused.")
        if code == "transfer_closed":
            return self.tr("This offer is no longer open. The conversation stays where it is.")
        if code == "conversation_ended":
            return self.tr("This conversation has ended meanwhile.")
        return describe(exc)

    def _refused(self, exc: BaseException) -> None:
        code = exc.code if isinstance(exc, CommandFailed) else None
        self._refusal = exc
        self.problem.setText(self._refusal_text(exc))
        self.problem.show()
        still_open = not self.closed and code not in ("transfer_closed", "conversation_ended")
        for button in (self.accept_button, self.decline_button):
            button.setEnabled(still_open)
        if not still_open:
            self._show_closed()

    def close_offer(self, outcome: models.Transfer | None) -> None:
        """The offer left the open ones without this card's answer: say what happened."""
        if self.closed:
            return
        if outcome is not None and outcome.status == "accepted":
            self.finished.emit()  # accepted here (perhaps by the ack before the event)
            return
        expired = outcome is not None and outcome.status == "expired"
        self._outcome = "expired" if expired else "withdrawn"
        self.note.hide()
        self._show_closed()
        self.retranslate()

    def _show_closed(self) -> None:
        self.closed = True
        self.left.setText("")
        self.accept_button.hide()
        self.decline_button.hide()
        self.ok_button.show()


class TransferOffers(QFrame):
    """Every open offer to this user, oldest first; hidden when there is none."""

    accepted = Signal(str)  # conversation id: the window shows its tab

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
        # Sound and tray message for a new offer, as for a new visitor (set by the window).
        self.notifier: Notifier | None = None
        self.setObjectName("transferOffers")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.cards: dict[str, OfferCard] = {}
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        bridge.state.connect(self._on_state)
        bridge.tick.connect(self._tick)
        self.sync(announce=False)  # offers already open at start: shown, not announced

    def _on_state(self, change: object) -> None:
        if isinstance(change, tuple) and change[0] == "transfer":
            self.sync()

    def _tick(self) -> None:
        for card in self.cards.values():
            card.tick()

    def sync(self, announce: bool = True) -> None:
        offers = self.session.state.offers_to_me()
        open_ids = {t.id for t in offers}
        for transfer_id, card in list(self.cards.items()):
            if transfer_id not in open_ids and not card.busy:
                outcome = self.session.state.transfer_outcomes.get(card.transfer.conversation)
                card.close_offer(outcome if outcome and outcome.id == transfer_id else None)
        for transfer in offers:
            if transfer.id not in self.cards:
                self._add(transfer)
                if announce:
                    self._announce(transfer)
        self.setVisible(bool(self.cards) and self.parentWidget() is not None)

    def _add(self, transfer: models.Transfer) -> None:
        card = OfferCard(self.bridge, transfer, self.clock)
        card.accepted.connect(self.accepted)
        card.finished.connect(lambda t=transfer.id: self._remove(t))
        self.cards[transfer.id] = card
        self._layout.addWidget(card)

    def _remove(self, transfer_id: str) -> None:
        card = self.cards.pop(transfer_id, None)
        if card is not None:
            self._layout.removeWidget(card)
            card.deleteLater()
        self.setVisible(bool(self.cards))

    def _announce(self, transfer: models.Transfer) -> None:
        notifier = self.notifier
        if notifier is None:
            return
        service = self.bridge.service_name(transfer.service)
        if notifier.discreet:  # the workstation is locked: anyone may be at the screen
            text = self.tr("A colleague offers you a conversation ({0}).").format(service)
        else:
            text = self.tr("{0} offers you a conversation: {1} ({2}).").format(
                transfer.from_name, transfer.alias, service
            )
        notifier.history.append(("transfer", text))
        if notifier.sound:
            QApplication.beep()
        QApplication.alert(notifier.window, 0)
        if notifier.tray is not None and not notifier.window.isActiveWindow():
            notifier.tray.showMessage(
                "ChatHost", text, QSystemTrayIcon.MessageIcon.Information, 8000
            )
