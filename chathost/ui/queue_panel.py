"""Who is waiting, per service: alias, language and waiting time, with the host's capacity
("2 of 3 open"). "Take next" takes the longest-waiting visitor the host may take; a double
click (or "Take selected") takes that one."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from chathost.protocol import models
from chathost.ui.bridge import Bridge
from chathost.ui.retranslate import Retranslating
from chathost.ui.tasks import spawn
from chathost.ui.timefmt import duration

ConversationRole = Qt.ItemDataRole.UserRole + 1
QueuedAtRole = Qt.ItemDataRole.UserRole + 2


class QueuePanel(Retranslating, QWidget):
    problem = Signal(str)
    taken = Signal(str)  # a conversation id this console just took

    def __init__(
        self,
        bridge: Bridge,
        wait_alert_seconds: float = 300.0,
        clock: Callable[[], float] = time.time,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.session = bridge.session
        self.clock = clock
        self.wait_alert_seconds = wait_alert_seconds
        self.title = QLabel()
        self.title.setObjectName("panelTitle")
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.title.setBuddy(self.tree)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.take_next_button = QPushButton()
        self.take_selected_button = QPushButton()
        buttons = QHBoxLayout()
        buttons.addWidget(self.take_next_button)
        buttons.addWidget(self.take_selected_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)

        self.take_next_button.clicked.connect(self.take_next)
        self.take_selected_button.clicked.connect(self.take_selected)
        self.tree.itemDoubleClicked.connect(self._double_clicked)
        self.tree.itemSelectionChanged.connect(self._refresh_buttons)
        bridge.state.connect(self._on_state)
        bridge.tick.connect(self._refresh_waits)
        self._busy = False
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Waiting visitors"))
        self.tree.setHeaderLabels([self.tr("Visitor"), self.tr("Language"), self.tr("Waiting")])
        self.tree.setAccessibleName(self.tr("Waiting visitors"))
        self.take_next_button.setText(self.tr("Take next"))
        self.take_next_button.setToolTip(self.tr("Take the visitor who has waited longest"))
        self.take_selected_button.setText(self.tr("Take selected"))
        self.refresh()  # the rows, waiting times and hint are in the new language too

    # -------------------------------------------------------------- showing

    def _on_state(self, change: object) -> None:
        if change in ("queues", "shift"):
            self.refresh()

    def _queues(self) -> list[models.ServiceQueue]:
        return sorted(self.session.state.queues.values(), key=lambda q: q.name)

    def refresh(self) -> None:
        selected = self.selected_conversation()
        self.tree.clear()
        for queue in self._queues():
            header = QTreeWidgetItem(
                [
                    self.tr("{0} — {1} of {2} open, {3} waiting").format(
                        queue.name, queue.mine, queue.max_per_host, len(queue.waiting)
                    )
                ]
            )
            header.setFirstColumnSpanned(True)
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = header.font(0)
            font.setBold(True)
            header.setFont(0, font)
            self.tree.addTopLevelItem(header)
            header.setFirstColumnSpanned(True)
            for entry in sorted(queue.waiting, key=lambda e: e.queued_at):
                item = QTreeWidgetItem([entry.alias, entry.language.upper(), ""])
                item.setData(0, ConversationRole, entry.conversation)
                item.setData(0, QueuedAtRole, entry.queued_at)
                item.setToolTip(0, self.tr("Double-click to take this conversation"))
                # A referral (where from) or a hand-back with a note: the previous host's
                # words, shown as plain text in a child row.
                note_text = None
                if entry.referred_from is not None:
                    item.setText(0, self.tr("{0} (referred)").format(entry.alias))
                    note_text = self.tr("From {0}: {1}").format(
                        self.bridge.session.services.name_of(entry.referred_from),
                        entry.handover_note or self.tr("(no note)"),
                    )
                elif entry.handover_note:
                    item.setText(0, self.tr("{0} (handed back)").format(entry.alias))
                    note_text = self.tr("Handed back: {0}").format(entry.handover_note)
                if note_text is not None:
                    note = QTreeWidgetItem([note_text])
                    note.setFlags(Qt.ItemFlag.ItemIsEnabled)
                    item.addChild(note)
                self.tree.addTopLevelItem(item)
                if item.childCount():
                    item.child(0).setFirstColumnSpanned(True)
                    item.setExpanded(True)
                if entry.conversation == selected:
                    item.setSelected(True)
                    self.tree.setCurrentItem(item)  # keyboard focus stays on it
        self._refresh_waits()
        self._refresh_buttons()

    def _refresh_waits(self) -> None:
        now = self.clock()
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            queued_at = item.data(0, QueuedAtRole)
            if queued_at is None:
                continue
            waited = now - float(queued_at)
            long_wait = waited >= self.wait_alert_seconds
            item.setText(2, duration(waited))
            font = item.font(2)
            font.setBold(long_wait)
            item.setFont(2, font)
            # Bold is seen, not heard: a screen reader says it in words.
            item.setData(
                2,
                Qt.ItemDataRole.AccessibleDescriptionRole,
                self.tr("Has waited a long time") if long_wait else "",
            )

    def _refresh_buttons(self) -> None:
        shift = self.session.state.shift.status
        queues = self._queues()
        anyone = any(q.waiting for q in queues)
        room = any(q.waiting and q.mine < q.max_per_host for q in queues)
        if shift == "off":
            hint = self.tr("Start your shift to take conversations.")
        elif shift == "paused":
            hint = self.tr("Your shift is paused. Resume it to take conversations.")
        elif anyone and not room:
            hint = self.tr("You hold as many conversations as you may. Finish one first.")
        elif not anyone:
            hint = self.tr("Nobody is waiting right now.")
        else:
            hint = ""
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        ready = shift == "available" and not self._busy
        self.take_next_button.setEnabled(ready and room)
        self.take_selected_button.setEnabled(ready and self.selected_conversation() is not None)

    def selected_conversation(self) -> str | None:
        items = self.tree.selectedItems()
        if not items:
            return None
        value = items[0].data(0, ConversationRole)
        return str(value) if value else None

    # -------------------------------------------------------------- taking

    def take_next(self) -> None:
        self._take(None)

    def take_selected(self) -> None:
        conversation = self.selected_conversation()
        if conversation is not None:
            self._take(conversation)

    def _double_clicked(self, item: QTreeWidgetItem) -> None:
        conversation = item.data(0, ConversationRole)
        if conversation and self.session.state.shift.status == "available":
            self._take(str(conversation))

    def _take(self, conversation: str | None) -> None:
        if self._busy:
            return  # one take at a time: a double click never takes two visitors
        self._busy = True
        self._refresh_buttons()

        async def take() -> None:
            try:
                taken = await self.session.take(conversation)
                self.taken.emit(taken.id)
            finally:
                self._busy = False
                self._refresh_buttons()

        spawn(take(), self.problem.emit)
