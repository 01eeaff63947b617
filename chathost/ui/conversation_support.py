"""Everything around one conversation that helps the host: the guideline panel and its
highlights in the transcript, the escalation buttons and their dialogs, the emergency steps,
the handover note of a referred or handed-back conversation, and the wrap-up form when it is
over. Kept apart from ConversationTab, which is about reading and writing messages."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox
from shiboken6 import isValid

from chathost.core.api import BackendError
from chathost.core.risk import rank
from chathost.protocol import models
from chathost.ui.block_dialog import BlockDialog
from chathost.ui.dialogs import ask
from chathost.ui.refer_dialog import ReferDialog
from chathost.ui.tasks import spawn
from chathost.ui.wrapup_form import WrapupForm

if TYPE_CHECKING:
    from chathost.ui.conversation_tab import ConversationTab

_RISK = {
    "low": QT_TRANSLATE_NOOP("Risk", "Risk: low"),
    "medium": QT_TRANSLATE_NOOP("Risk", "Risk: medium"),
    "high": QT_TRANSLATE_NOOP("Risk", "Risk: HIGH"),
    "acute": QT_TRANSLATE_NOOP("Risk", "Risk: ACUTE"),
}


def risk_label(level: str) -> str:
    text = _RISK.get(level)
    return QCoreApplication.translate("Risk", text) if text else ""


class ConversationSupport(QObject):
    wrapup_shown = Signal()

    def __init__(self, tab: ConversationTab) -> None:
        super().__init__(tab)
        self.tab = tab
        self.session = tab.session
        self.conversation_id = tab.conversation_id
        self.wrapup: WrapupForm | None = None
        self._was_mine = False
        self._wrapup_offered = False
        self._referred = False
        self._refer_opening = False
        # Set when the tab goes away: coroutines it started must not touch it afterwards.
        self.closed = False
        bar, panel = tab.escalation_bar, tab.panel
        bar.install_shortcuts(tab)
        bar.problem.connect(tab.problem)
        bar.acute_requested.connect(self.confirm_acute)
        bar.refer_requested.connect(self.open_refer)
        bar.block_requested.connect(self.open_block)
        panel.insert_text.connect(tab.insert_phrase)
        panel.risk_chosen.connect(self.choose_risk)
        panel.risk_suggested.connect(self.suggest_risk)
        panel.emergency_requested.connect(self.confirm_acute)
        tab.acute_steps.insert_text.connect(tab.insert_phrase)
        tab.bridge.state.connect(self._on_state)
        self.session.desk.changed.connect(self._on_desk)
        if tab.guidance is not None:
            tab.guidance.changed.connect(self.follow_guidance)
            self.follow_guidance()
        if self.session.desk.is_flagged(self.conversation_id):
            tab.acute_steps.show_steps(tab.guidance)

    def detach(self) -> None:
        self.closed = True
        self.tab.bridge.state.disconnect(self._on_state)
        self.session.desk.changed.disconnect(self._on_desk)
        if self.tab.guidance is not None:
            self.tab.guidance.changed.disconnect(self.follow_guidance)

    # ------------------------------------------------------------ from the core

    def _on_state(self, change: object) -> None:
        if change == ("escalation", self.conversation_id):
            self.tab.escalation_bar.refresh()
            self.tab.acute_steps.refresh()

    def _on_desk(self, conversation_id: str) -> None:
        if conversation_id == self.conversation_id:
            self.tab.escalation_bar.refresh()
            self.tab.acute_steps.refresh()

    def refresh(self) -> None:
        """The conversation changed (status, host, risk, referral)."""
        state = self.tab.conversation()
        if state is None:
            return
        info = state.info
        me = self.session.state.user.username if self.session.state.user else None
        if info.status == "active" and info.host == me:
            self._was_mine = True
        self.tab.escalation_bar.refresh()
        self.tab.panel.set_risk(info.risk)
        self._show_handover(info, me)
        # Over for this host: ended, or referred on from here (handing back is not an end:
        # the visitor's conversation goes on with the next host, who does the wrap-up).
        over = info.status == "ended" or (self._referred and info.host != me)
        if over and self._was_mine and not self._wrapup_offered:
            self._wrapup_offered = True
            # Referred on from here: the form of the service it was in while this host had it.
            service = info.referred_from if self._referred and info.referred_from else info.service
            spawn(self._offer_wrapup(service))

    def _show_handover(self, info: models.Conversation, me: str | None) -> None:
        mine = info.host == me and info.status == "active"
        if mine and info.referred_from:
            note = info.handover_note or self.tr("(no note)")
            self.tab.handover.setText(
                self.tr("Referred from {0}. Note from the previous host: {1}").format(
                    self.session.services.name_of(info.referred_from), note
                )
            )
            self.tab.handover.show()
        elif mine and info.handover_note and (handed := self._transferred_to_me(info, me)):
            self.tab.handover.setText(
                self.tr("Note from {0}: {1}").format(handed.from_name, info.handover_note)
            )
            self.tab.handover.show()
        elif mine and info.handover_note:
            self.tab.handover.setText(
                # Not "the previous host's": a hand-back without a note keeps an earlier one.
                self.tr("Handed back to the queue earlier. Handover note: {0}").format(
                    info.handover_note
                )
            )
            self.tab.handover.show()
        else:
            self.tab.handover.hide()

    def _transferred_to_me(
        self, info: models.Conversation, me: str | None
    ) -> models.Transfer | None:
        """A warm transfer brought it here: its note is the offering colleague's."""
        outcome = self.session.state.transfer_outcomes.get(info.id)
        if outcome is not None and outcome.status == "accepted" and outcome.to_user == me:
            return outcome
        return None

    def follow_guidance(self) -> None:
        """Matches, or the packs themselves, changed: highlights and the emergency steps."""
        guidance = self.tab.guidance
        state = self.tab.conversation()
        if guidance is None or state is None:
            return
        self.tab.model.set_highlight_spans(guidance.highlights)
        self.tab.acute_steps.packs_changed()

    # ------------------------------------------------------------ risk and danger

    def choose_risk(self, level: str) -> None:
        state = self.tab.conversation()
        if state is None or state.info.risk == level or not self.tab.is_open():
            return
        spawn(self.session.desk.set_risk(self.conversation_id, level), self._problem)  # type: ignore[arg-type]

    def suggest_risk(self, level: str) -> None:
        """The checklist raises the level by itself but never lowers it: a level the host set by
        hand (or a higher earlier answer) is theirs to lower."""
        state = self.tab.conversation()
        if state is not None and rank(level) > rank(state.info.risk):
            self.choose_risk(level)

    def confirm_acute(self) -> QMessageBox | None:
        if not self.tab.is_open() or self.session.desk.is_flagged(self.conversation_id):
            self.tab.acute_steps.show_steps(self.tab.guidance)
            return None

        def answered(choice: str) -> None:
            if choice == "flag":
                self.session.desk.flag_acute(self.conversation_id)
                self.tab.acute_steps.show_steps(self.tab.guidance)
                self.tab.escalation_bar.refresh()

        return ask(  # worded by functions: it follows a language switch while open
            self.tab,
            lambda: self.tr("Flag acute danger?"),
            lambda: self.tr(
                "Supervisors are alerted at once, at top priority, and the emergency steps "
                "open beside the conversation. Use it when a life may be in danger now."
            ),
            [
                ("flag", lambda: self.tr("Flag acute danger"), QMessageBox.ButtonRole.AcceptRole),
                ("cancel", lambda: self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole),
            ],
            default="flag",
            on_answer=answered,
            escape="cancel",  # Escape never raises an alarm that cannot be taken back
        )

    # ------------------------------------------------------------ refer and block

    def open_refer(self) -> None:
        if not self._refer_opening:  # a double click opens one dialog
            spawn(self._open_refer(), self._problem)

    def _problem(self, text: str) -> None:
        if not self.closed:
            self.tab.problem.emit(text)

    async def _open_refer(self) -> ReferDialog | None:
        self._refer_opening = True
        try:
            services = await self.session.services.refresh()
        except BackendError:
            services = list(self.session.services.services.values())
        finally:
            self._refer_opening = False
        if self.closed or not isValid(self.tab):
            return None
        state = self.tab.conversation()
        if state is None or not self.tab.is_open():
            raise BackendError("rejected", code="conversation_ended")
        dialog = ReferDialog(
            services,
            state.info.service,
            state.info.alias,
            self.tab,
            private_note=self.tab.private_note(),
        )

        def chosen(service: str, note: str) -> None:
            spawn(self._refer(service, note), self._problem)

        dialog.chosen.connect(chosen)
        dialog.open()
        self.refer_dialog = dialog
        return dialog

    async def _refer(self, service: str, note: str) -> None:
        self._referred = True
        try:
            await self.session.desk.refer(self.conversation_id, service, note)
        except Exception:
            self._referred = False
            raise
        self.refresh()

    def open_block(self) -> BlockDialog | None:
        state = self.tab.conversation()
        if state is None or not self.tab.is_open():
            return None
        dialog = BlockDialog(state.info.alias, self.tab)
        dialog.chosen.connect(
            lambda reason: spawn(
                self.session.desk.block(self.conversation_id, reason),  # type: ignore[arg-type]
                self._problem,
            )
        )
        dialog.open()
        return dialog

    # ------------------------------------------------------------ wrap-up

    async def _offer_wrapup(self, service: str) -> None:
        form = self.session.services.form_for(service)
        if form is None:
            try:
                await self.session.services.refresh()
            except BackendError:
                return  # no form to show; statistics are optional
            form = self.session.services.form_for(service)
        if form is None or not form.fields or self.closed or not isValid(self.tab):
            return

        async def submit(answers: models.WrapupAnswers) -> None:
            await self.session.api.submit_wrapup(self.conversation_id, answers)

        self.wrapup = WrapupForm(form, submit, self.tab)
        self.tab.wrapup_slot.addWidget(self.wrapup)
        self.tab.bottom.hide()
        self.wrapup_shown.emit()
