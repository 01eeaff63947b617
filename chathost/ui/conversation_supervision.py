"""Supervision in one conversation tab: for the host, who is watching and the private channel
when it is needed (or opened by hand); for a supervisor reading along or joined, their bar and
the private channel always. Kept apart from ConversationTab, which reads and writes messages
and arranges these widgets.

Its sentences keep the translation context "ConversationTab", where they were written first."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QLabel, QToolButton

from chathost.protocol import models
from chathost.ui.composer import Composer
from chathost.ui.supervision_bar import SupervisionBar
from chathost.ui.whisper_box import WhisperBox

if TYPE_CHECKING:
    from chathost.ui.conversation_tab import ConversationTab


class ConversationSupervision(QObject):
    def __init__(self, tab: ConversationTab, enter_sends: bool) -> None:
        super().__init__(tab)
        self.tab = tab
        self.session = tab.session
        self.conversation_id = tab.conversation_id
        # Who else is in the conversation (supervisors reading along or joined), for the host.
        self.watchers = QLabel()
        self.watchers.setTextFormat(Qt.TextFormat.PlainText)
        self.watchers.setObjectName("supervisionWatchers")
        self.watchers.setWordWrap(True)
        self.watchers.hide()
        self.bar = SupervisionBar(self.session, self.conversation_id, tab.names.name_of)
        # The private channel between the host and the supervisors.
        self.whisper_composer = Composer(enter_sends, private=True)
        self.whisper = WhisperBox(self.session, self.conversation_id, self.whisper_composer)
        self.whisper.hide()
        self.whisper_toggle = QToolButton()
        self.whisper_toggle.setObjectName("whisperToggle")
        self.whisper_toggle.setCheckable(True)
        self.whisper_toggle.hide()
        self._has_private = False  # a private message (not a notice) is in the transcript
        self.bar.problem.connect(tab.problem)
        self.whisper.problem.connect(tab.problem)
        self.whisper_toggle.toggled.connect(self._whisper_toggled)
        self.retranslate()

    def retranslate(self) -> None:
        """The toggle's fixed texts. Not a widget, so the tab calls this on a language change
        (and then its own refresh words the rest: the watchers, the blocked reply box)."""
        self.whisper_toggle.setText(
            QCoreApplication.translate("ConversationTab", "Private channel")
        )
        self.whisper_toggle.setToolTip(
            QCoreApplication.translate(
                "ConversationTab", "Write privately to the supervisors; the visitor never sees it"
            )
        )

    # ------------------------------------------------------------ from the core

    def shown_again(self, messages: list[models.Message]) -> None:
        """The transcript shows the whole conversation anew (its first load, or a history
        that arrived out of order)."""
        self._has_private = any(_whisper(m) for m in messages)

    def shown_more(self, fresh: list[models.Message]) -> None:
        """New messages in the transcript: the first private one opens the host's channel."""
        if not self._has_private and any(_whisper(m) for m in fresh):
            self._has_private = True
            self.refresh()

    def fit_tab(self, writable: bool) -> None:
        """A supervisor's tab (or a host's kept to learn): why the reply box does not write,
        and without the host's buttons (they leave with the bar's "Leave")."""
        tab = self.tab
        state = tab.conversation()
        if state is None:
            return
        supervising = self.session.state.supervising(self.conversation_id)
        watching = supervising is not None and state.info.status == "active"
        if watching and not writable:
            tab.composer.set_blocked(
                QCoreApplication.translate("ConversationTab", "Join openly to write to the visitor")
                if self.session.state.is_supervisor
                else QCoreApplication.translate(
                    "ConversationTab",
                    "You are reading along: write to your colleagues in the private box",
                )
            )
        else:
            tab.composer.set_blocked(None)
        tab.close_button.setVisible(not watching)
        tab.escalation_bar.setVisible(not watching)
        if watching:
            since = QCoreApplication.translate(
                "ConversationTab", "Time since the host took this conversation"
            )
        else:
            since = QCoreApplication.translate(
                "ConversationTab", "Time since you took this conversation"
            )
        tab.timer.setToolTip(since)

    def refresh(self) -> None:
        """Who is watching (for the host), the supervisor's bar, and the private channel."""
        tab = self.tab
        state = tab.conversation()
        if state is None:
            return
        info = state.info
        user = self.session.state.user
        me = user.username if user else None
        active = info.status == "active"
        lines = []
        for supervisor in info.supervisors if active else []:
            if supervisor.username == me:
                continue  # their own place is in the supervision bar
            if supervisor.mode == "joined":
                text = QCoreApplication.translate(
                    "ConversationTab", "{0} has joined — the visitor sees a supervisor."
                )
            else:
                text = QCoreApplication.translate("ConversationTab", "{0} is reading along.")
            lines.append(text.format(supervisor.display_name))
        self.watchers.setText("\n".join(lines))
        self.watchers.setVisible(bool(lines))
        self.bar.refresh()
        supervising = tab.is_supervising()
        may_whisper = active and (supervising or tab.is_open())
        wanted = may_whisper and (supervising or self._whisper_needed(me))
        shown = may_whisper and (
            wanted or self.whisper_toggle.isChecked() or self.whisper.has_draft()
        )
        self.whisper_toggle.setVisible(may_whisper and not wanted)
        self.whisper.set_open(may_whisper)
        self.whisper.setVisible(shown)
        tab.composer.set_to_visitor(shown)

    def _whisper_needed(self, me: str | None) -> bool:
        """For the host: a supervisor is in the conversation, the host asked for one, or a
        private message is already in the transcript."""
        state = self.tab.conversation()
        if state is None:
            return False
        if state.info.supervisors or self._has_private:
            return True
        asked = self.session.desk.open_help(self.conversation_id)
        return asked is not None and asked.raised_by == me

    def _whisper_toggled(self, checked: bool) -> None:
        self.refresh()
        if checked and self.whisper.isVisible():
            self.whisper_composer.setFocus()


def _whisper(message: models.Message) -> bool:
    """A private message someone wrote (not a notice of who is supervising)."""
    return message.private and message.sender != "system"
