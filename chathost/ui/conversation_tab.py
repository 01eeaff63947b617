"""One conversation: who it is with, the transcript, and the composer. Sending goes to the
core's outbox, so a message typed while offline is shown as pending and goes out later. The
composer is the tab's own, so each conversation keeps its draft.

The same tab serves a supervisor who reads along or joined (the supervision bar, and a
composer that only writes once they joined openly), and shows the host who is watching: those
parts and the private channel between them are ConversationSupervision's. The colleagues' names
are ColleagueNames', what a row of the transcript offers is TranscriptActions', and the help
around the conversation is ConversationSupport's; this tab arranges them, shows the messages
and sends the replies."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from chathost.core.outbox import Outgoing
from chathost.core.state import ConversationState
from chathost.core.typing import TypingThrottle
from chathost.ui.acute_steps import AcuteSteps
from chathost.ui.bridge import Bridge
from chathost.ui.colleague_names import ColleagueNames
from chathost.ui.composer import Composer
from chathost.ui.conversation_supervision import ConversationSupervision
from chathost.ui.conversation_support import ConversationSupport, risk_label
from chathost.ui.escalation_bar import EscalationBar
from chathost.ui.guideline_panel import GuidelinePanel
from chathost.ui.notes_panel import NotesPanel
from chathost.ui.retranslate import Retranslating
from chathost.ui.tasks import spawn
from chathost.ui.timefmt import duration
from chathost.ui.transcript import TranscriptModel
from chathost.ui.transcript_actions import TranscriptActions
from chathost.ui.transcript_view import TranscriptView


class ConversationTab(Retranslating, QWidget):
    problem = Signal(str)  # a translated sentence for the status bar
    close_requested = Signal(str)  # the conversation id
    # This console's own read mark moved: a supervisor's unread count changed.
    seen = Signal()

    def __init__(
        self,
        bridge: Bridge,
        conversation_id: str,
        phrases: list[str] | None = None,
        enter_sends: bool = True,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.session = bridge.session
        self.conversation_id = conversation_id
        self.wall_clock = wall_clock
        self.header = QLabel()
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        self.header.setObjectName("conversationHeader")
        # The conversation's risk level (from the checklist or set by hand), or nothing.
        self.risk_mark = QLabel()
        self.risk_mark.setTextFormat(Qt.TextFormat.PlainText)
        self.risk_mark.setObjectName("riskMark")
        self.risk_mark.hide()
        # A referred conversation: where from and the referring host's note (their words).
        self.handover = QLabel()
        self.handover.setTextFormat(Qt.TextFormat.PlainText)
        self.handover.setObjectName("handoverNote")
        self.handover.setWordWrap(True)
        self.handover.hide()
        self.guidance = self.session.guidance.for_conversation(conversation_id)
        self.escalation_bar = EscalationBar(self.session.state, self.session.desk, conversation_id)
        self.acute_steps = AcuteSteps(self.session.state, self.session.desk, conversation_id)
        self.panel = GuidelinePanel(self.guidance)
        # The host's private notes on this conversation (none when this console keeps none).
        notes = bridge.notes
        self.notes_panel = NotesPanel(bridge, notes, conversation_id) if notes is not None else None
        self.timer = QLabel()
        self.timer.setTextFormat(Qt.TextFormat.PlainText)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setObjectName("conversationStatus")
        self.model = TranscriptModel(self)
        # Colleagues' display names learnt from this conversation (its supervisors, who
        # answered a call for help…).
        self.names = ColleagueNames(self.session.state, conversation_id, self.model.refresh_names)
        self.name_of = self.names.name_of
        self.model.set_names(self.names.for_transcript)
        self.view = TranscriptView(self.model)
        self.composer = Composer(enter_sends)
        # Who is watching, the supervisor's bar and the private channel (the whisper box).
        self.supervision = ConversationSupervision(self, enter_sends)
        self.watchers = self.supervision.watchers
        self.supervision_bar = self.supervision.bar
        self.whisper_composer = self.supervision.whisper_composer
        self.whisper = self.supervision.whisper
        self.whisper_toggle = self.supervision.whisper_toggle
        self.send_button = QPushButton()
        self.send_button.setAutoDefault(False)
        self.phrases_button = QToolButton()
        self.phrases_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.phrases_menu = QMenu(self.phrases_button)
        self.phrases_button.setMenu(self.phrases_menu)
        self.close_button = QPushButton()
        self.close_button.setAutoDefault(False)

        top = QHBoxLayout()
        top.addWidget(self.risk_mark)
        top.addWidget(self.header, 1)
        top.addWidget(self.status)
        top.addWidget(self.timer)
        top.addWidget(self.whisper_toggle)
        top.addWidget(self.close_button)
        side = QVBoxLayout()
        side.addWidget(self.phrases_button)
        side.addStretch(1)
        side.addWidget(self.send_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.composer, 1)
        bottom.addLayout(side)
        self.bottom = QWidget()
        self.bottom.setLayout(bottom)
        bottom.setContentsMargins(0, 0, 0, 0)
        self.wrapup_slot = QVBoxLayout()
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.watchers)
        layout.addWidget(self.supervision_bar)
        layout.addWidget(self.escalation_bar)
        layout.addWidget(self.handover)
        layout.addWidget(self.acute_steps)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.whisper)
        layout.addLayout(self.wrapup_slot)
        layout.addWidget(self.bottom)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(column)
        if self.notes_panel is None:
            self.splitter.addWidget(self.panel)
        else:
            # The guidelines on top with most of the height; the notes below, resizable.
            self.side = QSplitter(Qt.Orientation.Vertical)
            self.side.addWidget(self.panel)
            self.side.addWidget(self.notes_panel)
            self.side.setStretchFactor(0, 3)
            self.side.setStretchFactor(1, 1)
            self.side.setChildrenCollapsible(False)
            self.side.setSizes([560, 180])
            self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.splitter)
        self.set_phrases(phrases or [])  # after the layout: a parentless button would pop up
        self.support = ConversationSupport(self)

        self.throttle = TypingThrottle(self._tell_typing, clock)
        self._idle = QTimer(self)
        self._idle.setInterval(1000)
        self._idle.timeout.connect(self.throttle.idle_check)
        self._idle.start()
        self._shown_seq = 0
        self._shown_count = 0
        self._read_sent = 0
        self.looking = False  # set by the tab widget: on screen in the active window

        self.composer.submitted.connect(self.send)
        self.composer.typed.connect(self.throttle.keystroke)
        self.send_button.clicked.connect(self.send)
        self.close_button.clicked.connect(lambda: self.close_requested.emit(conversation_id))
        self.transcript_actions = TranscriptActions(self.session, self.view, self.model, self)
        bridge.state.connect(self._on_state)
        bridge.outgoing.connect(self._on_outgoing)
        bridge.tick.connect(self._refresh_timer)
        self._listening = True
        self._load()
        self.retranslate()

    def retranslate(self) -> None:
        """The fixed texts, then everything worded from the conversation's state (the header,
        the supervision parts, the help around it). The transcript's rows are worded again by
        its view, which gets the language change too."""
        self.send_button.setText(self.tr("Send"))
        self.phrases_button.setText(self.tr("Phrases"))
        self.phrases_button.setToolTip(self.tr("Insert a quick phrase into the reply"))
        self.close_button.setText(self.tr("Close…"))
        self.close_button.setToolTip(self.tr("End the conversation or hand it back"))
        self.timer.setToolTip(self.tr("Time since you took this conversation"))
        self.supervision.retranslate()
        if self._listening:  # (a closed tab waiting to be deleted stays as it is)
            self._refresh_header()
            self._refresh_timer()

    # -------------------------------------------------------------- from the core

    def conversation(self) -> ConversationState | None:
        return self.session.state.conversations.get(self.conversation_id)

    def _load(self) -> None:
        state = self.conversation()
        if state is None:
            return
        self.names.learn()
        self.supervision.shown_again(state.messages)
        self.model.set_messages(state.messages, state.info.visitor_read_seq)
        self._shown_seq = state.last_seq
        self._shown_count = len(state.messages)
        state.mark_seen()  # what was there before this tab opened is no news
        for item in self.session.outbox.pending(self.conversation_id):
            self.model.show_outgoing(item)
        # The header and the timer follow in retranslate(), right after.

    def _on_state(self, change: object) -> None:
        if change == "staff":  # a colleague's display name may be known now
            self.names.rename_if_needed()
            return
        if not isinstance(change, tuple) or change[1] != self.conversation_id:
            return
        state = self.conversation()
        if state is None:
            return
        kind = change[0]
        if kind == "messages":
            fresh = []
            for message in reversed(state.messages):  # the new ones are at the end
                if message.seq <= self._shown_seq:
                    break
                fresh.append(message)
            if len(state.messages) != self._shown_count + len(fresh):
                # Older messages arrived after newer ones (a history fetched while a live
                # message came in): show the whole conversation again, in order.
                self.supervision.shown_again(state.messages)
                self.model.set_messages(state.messages, state.info.visitor_read_seq)
                for item in self.session.outbox.pending(self.conversation_id):
                    self.model.show_outgoing(item)
            else:
                self.model.add_messages(fresh[::-1])
            self._shown_count = len(state.messages)
            self._shown_seq = max(self._shown_seq, state.last_seq)
            self.mark_read()
            self.supervision.shown_more(fresh)
        elif kind == "conversation":
            self.model.set_read_upto(state.info.visitor_read_seq)
            self._refresh_header()
        elif kind == "typing":
            self._refresh_header()
        elif kind in ("escalation", "transfer"):
            self.names.learn()
            self.supervision.refresh()  # the host asked for supervision: the channel opens

    def _on_outgoing(self, item: Outgoing) -> None:
        if item.conversation == self.conversation_id:
            self.model.show_outgoing(item)
            if item.state == "failed":
                self.problem.emit(self.tr("A message was not sent. Right-click it to retry."))

    def set_looking(self, looking: bool) -> None:
        self.looking = looking
        self.mark_read()

    def mark_read(self) -> None:
        """Messages count as read only while this user can actually see them. The server keeps
        the host's read mark; a supervisor's is kept on this console."""
        state = self.conversation()
        if not self.looking or state is None:
            return
        if state.mark_seen(self._shown_seq) and not self.is_open():
            self.seen.emit()
        if (
            not self.is_open()  # a supervisor reading along does not mark the host's reading
            or self._shown_seq <= max(state.info.host_read_seq, self._read_sent)
        ):
            return
        self._read_sent = self._shown_seq
        spawn(self.session.mark_read(self.conversation_id, self._shown_seq))

    def _refresh_header(self) -> None:
        state = self.conversation()
        if state is None:
            return
        info = state.info
        self.header.setText(f"{info.alias} · {self.bridge.service_name(info.service)}")
        self.risk_mark.setText(risk_label(info.risk))
        self.risk_mark.setProperty("level", info.risk)
        self.risk_mark.style().polish(self.risk_mark)
        self.risk_mark.setVisible(info.risk != "none")
        supervising = self.session.state.supervising(self.conversation_id)
        if info.status == "ended":
            self.status.setText(self.tr("The conversation has ended"))
        elif info.status == "queued" and info.referred_from is not None and info.host is None:
            self.status.setText(
                self.tr("Referred to {0}").format(self.session.services.name_of(info.service))
            )
        elif info.status == "queued" or info.host is None:
            self.status.setText(self.tr("Handed back to the queue"))
        elif info.host != self._me() and supervising is None:
            # Taken over by a supervisor, or transferred: the conversation goes on elsewhere.
            self.status.setText(self.tr("Now with {0}").format(self.name_of(info.host)))
        elif not info.visitor_connected:
            self.status.setText(self.tr("The visitor has left the page"))
        else:
            self.status.setText(self._writing(state))
        open_here = self.is_open()
        writable = self.can_write()
        self.composer.setEnabled(writable)
        self.send_button.setEnabled(writable)
        self.phrases_button.setEnabled(writable)
        self.close_button.setText(self.tr("Close…") if open_here else self.tr("Close tab"))
        self.supervision.fit_tab(writable)
        self.names.learn()
        self.supervision.refresh()
        self.support.refresh()

    def _writing(self, state: ConversationState) -> str:
        """Who is writing now: the visitor, and colleagues writing to the visitor (so a host
        and a joined supervisor do not both answer at once)."""
        lines = [self.tr("The visitor is writing…")] if state.visitor_typing else []
        colleagues = sorted(self.name_of(u) for u in state.staff_typing if u != self._me())
        if len(colleagues) == 1:
            lines.append(self.tr("{0} is writing to the visitor…").format(colleagues[0]))
        elif colleagues:
            names = QLocale().createSeparatedList(colleagues)
            lines.append(self.tr("{0} are writing to the visitor…").format(names))
        return "\n".join(lines)

    def _refresh_timer(self) -> None:
        state = self.conversation()
        if state is None or state.info.taken_at is None:
            self.timer.setText("")
            return
        end = state.info.ended_at if state.info.status == "ended" else None
        elapsed = (end or self.wall_clock()) - state.info.taken_at
        self.timer.setText(duration(elapsed))

    def _me(self) -> str | None:
        user = self.session.state.user
        return user.username if user else None

    def private_note(self) -> str:
        """What the host wrote in this conversation's private notes ("" when none)."""
        notes = self.bridge.notes
        return notes.text(self.conversation_id) if notes is not None else ""

    def is_open(self) -> bool:
        """Active and held by this host: closing it needs a decision."""
        return self.session.state.holds(self.conversation_id)

    def is_supervising(self) -> bool:
        """Active, and this user reads along or joined (a supervisor, or a host kept to learn)."""
        state = self.conversation()
        return (
            state is not None
            and state.info.status == "active"
            and self.session.state.supervising(self.conversation_id) is not None
        )

    def focus_writing(self) -> None:
        """The box this user writes in: the reply, or the private one while reading along."""
        if not self.can_write() and self.whisper.isVisibleTo(self):
            self.whisper_composer.setFocus()
        else:
            self.composer.setFocus()

    def can_write(self) -> bool:
        """To the visitor: the host, or a supervisor who joined openly."""
        if self.is_open():
            return True
        entry = self.session.state.supervising(self.conversation_id)
        return entry is not None and entry.mode == "joined" and self.is_supervising()

    # -------------------------------------------------------------- to the core

    def send(self) -> None:
        text = self.composer.toPlainText()
        if not text.strip() or not self.can_write():
            return
        self.session.send_message(self.conversation_id, text)
        self.composer.clear()
        self.throttle.stopped()

    def set_phrases(self, phrases: list[str]) -> None:
        self.phrases_menu.clear()
        for phrase in phrases:
            label = phrase if len(phrase) <= 60 else phrase[:57] + "…"
            action = QAction(label, self.phrases_menu)
            action.triggered.connect(lambda _=False, p=phrase: self.insert_phrase(p))
            self.phrases_menu.addAction(action)
        self.phrases_button.setVisible(bool(phrases))

    def insert_phrase(self, phrase: str) -> None:
        """Into the draft, never straight to the visitor: the host reads it before sending."""
        self.composer.insertPlainText(phrase)
        self.composer.setFocus()

    def retry(self, row: int) -> None:
        self.transcript_actions.retry(row)

    def _tell_typing(self, typing: bool) -> None:
        if self.can_write():  # the visitor sees the host or a joined supervisor typing
            spawn(self.session.typing(self.conversation_id, typing))

    def detach(self) -> None:
        """Stop listening (the tab goes away); the conversation itself is untouched."""
        self._idle.stop()
        if self._listening:
            self._listening = False
            self.support.detach()
            self.panel.detach()
            if self.notes_panel is not None:
                self.notes_panel.detach()
            self.bridge.state.disconnect(self._on_state)
            self.bridge.outgoing.disconnect(self._on_outgoing)
            self.bridge.tick.disconnect(self._refresh_timer)

    def closeEvent(self, event: Any) -> None:
        self.detach()
        super().closeEvent(event)
