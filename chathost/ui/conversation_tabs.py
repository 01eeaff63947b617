"""The host's open conversations, one tab each, titled with the visitor's alias and the service,
with an unread count. A conversation the host takes opens its tab by itself; closing a tab of
a conversation that is still open asks what to do, so nothing ends by accident."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import QMessageBox, QTabWidget, QWidget

from chathost.ui.bridge import Bridge
from chathost.ui.conversation_tab import ConversationTab
from chathost.ui.dialogs import ask
from chathost.ui.handback_dialog import HandbackDialog
from chathost.ui.tasks import spawn

Phrases = Callable[[str, str], list[str]]  # (service, language) -> phrases


class ConversationTabs(QTabWidget):
    problem = Signal(str)
    counts_changed = Signal()

    def __init__(
        self,
        bridge: Bridge,
        phrases: Phrases | None = None,
        enter_sends: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.session = bridge.session
        self.phrases = phrases or (lambda service, language: [])
        self.enter_sends = enter_sends
        self.window_active = True
        self._focus_next: str | None = None
        self.setTabsClosable(True)
        self.setMovable(True)
        self.setDocumentMode(True)
        self.setUsesScrollButtons(True)
        self.setAccessibleName(self.tr("Open conversations"))
        self.tabCloseRequested.connect(lambda index: self.request_close(self._tab(index)))
        self.currentChanged.connect(self._looking_changed)
        bridge.state.connect(self._on_state)
        # An acute press made offline marks its tab at once, before the server knows.
        bridge.session.desk.changed.connect(self._desk_changed)
        self._desk_connected = True
        for conversation in self.session.state.held():
            self.open(conversation.info.id, focus=False)

    def install_shortcuts(self, window: QWidget) -> None:
        """Ctrl+Tab / Ctrl+Shift+Tab cycle, Ctrl+1…9 jump; they work wherever focus is."""
        shortcuts = [
            (QKeySequence("Ctrl+Tab"), lambda: self.step(1)),
            (QKeySequence("Ctrl+Shift+Tab"), lambda: self.step(-1)),
            (QKeySequence("Ctrl+Backtab"), lambda: self.step(-1)),
        ]
        for number in range(1, 10):
            shortcuts.append((QKeySequence(f"Ctrl+{number}"), lambda n=number: self.jump(n - 1)))
        for sequence, slot in shortcuts:
            QShortcut(sequence, window, slot)

    def step(self, delta: int) -> None:
        if self.count():
            self.setCurrentIndex((self.currentIndex() + delta) % self.count())

    def jump(self, index: int) -> None:
        if 0 <= index < self.count():
            self.setCurrentIndex(index)

    # -------------------------------------------------------------- tabs

    def _tab(self, index: int) -> ConversationTab:
        widget = self.widget(index)
        assert isinstance(widget, ConversationTab)
        return widget

    def tabs(self) -> list[ConversationTab]:
        return [self._tab(i) for i in range(self.count())]

    def tab_for(self, conversation_id: str) -> ConversationTab | None:
        return next((t for t in self.tabs() if t.conversation_id == conversation_id), None)

    def expect(self, conversation_id: str) -> None:
        """The host just took this one here: show it as soon as its tab exists."""
        tab = self.tab_for(conversation_id)
        if tab is not None:
            self.setCurrentWidget(tab)
        else:
            self._focus_next = conversation_id

    def open(self, conversation_id: str, focus: bool = True) -> ConversationTab:
        tab = self.tab_for(conversation_id)
        if tab is None:
            state = self.session.state.conversations[conversation_id]
            tab = ConversationTab(
                self.bridge,
                conversation_id,
                phrases=self.phrases(state.info.service, state.info.language),
                enter_sends=self.enter_sends,
            )
            tab.problem.connect(self.problem)
            tab.close_requested.connect(lambda _id, t=tab: self.request_close(t))
            self.addTab(tab, "")
            self._retitle(tab)
        if focus or self.count() == 1 or self._focus_next == conversation_id:
            self._focus_next = None
            self.setCurrentWidget(tab)
            tab.composer.setFocus()
        return tab

    def _retitle(self, tab: ConversationTab) -> None:
        state = tab.conversation()
        if state is None:
            return
        index = self.indexOf(tab)
        info = state.info
        title = f"{info.alias} · {self.bridge.service_name(info.service)}"
        unread = state.unread if info.status == "active" else 0
        if unread:
            title = f"{title} ({unread})"
        if not tab.is_open():
            title = self.tr("{0} — closed").format(title)
        elif tab.session.desk.is_flagged(tab.conversation_id):
            title = self.tr("⚠ {0} — acute").format(title)
        elif info.risk in ("high", "acute"):
            title = self.tr("⚠ {0} — high risk").format(title)
        if self.tabText(index) == title:
            return  # most messages change nothing here
        self.setTabText(index, title)
        self.setTabToolTip(index, title)
        bar = self.tabBar()
        bar.setTabTextColor(index, QColor("#b00020") if unread else QColor())

    def detach(self) -> None:
        """The window closes: the core must not call into these widgets any more."""
        if self._desk_connected:
            self._desk_connected = False
            self.session.desk.changed.disconnect(self._desk_changed)

    def _desk_changed(self, conversation_id: str) -> None:
        tab = self.tab_for(conversation_id)
        if tab is not None:
            self._retitle(tab)

    def _on_state(self, change: object) -> None:
        if not isinstance(change, tuple):
            return
        kind, conversation_id = change
        tab = self.tab_for(conversation_id)
        if tab is None and kind == "conversation" and self.session.state.holds(conversation_id):
            tab = self.open(conversation_id, focus=False)
        if tab is not None and kind in ("conversation", "messages", "escalation"):
            self._retitle(tab)
            self.counts_changed.emit()

    def set_window_active(self, active: bool) -> None:
        self.window_active = active
        self._looking_changed()

    def _looking_changed(self, *_: object) -> None:
        current = self.currentWidget()
        for tab in self.tabs():
            tab.set_looking(self.window_active and tab is current)
        looking = current if self.window_active and isinstance(current, ConversationTab) else None
        self.bridge.attention.focused = looking.conversation_id if looking else None

    def set_enter_sends(self, enter_sends: bool) -> None:
        self.enter_sends = enter_sends
        for tab in self.tabs():
            tab.composer.set_enter_sends(enter_sends)

    # -------------------------------------------------------------- closing

    def request_close(self, tab: ConversationTab) -> QMessageBox | None:
        if not tab.is_open():
            self._remove(tab)
            return None
        state = tab.conversation()
        alias = state.info.alias if state else ""

        if tab.guidance is not None:
            tab.guidance.set_closing(True)  # the closing guidance, while the host decides

        def answered(choice: str) -> None:
            if tab.guidance is not None and choice not in ("end", "release"):
                tab.guidance.set_closing(False)
            if choice == "end":
                spawn(self.session.end(tab.conversation_id), self.problem.emit)
            elif choice == "release":
                self.open_handback(tab)

        return ask(
            self,
            self.tr("Close the conversation with {0}?").format(alias),
            self.tr(
                "The conversation with {0} is still open. Closing the tab does not end it. "
                "What do you want to do?"
            ).format(alias),
            [
                ("end", self.tr("End the conversation"), QMessageBox.ButtonRole.DestructiveRole),
                ("release", self.tr("Hand back to the queue"), QMessageBox.ButtonRole.ActionRole),
                ("keep", self.tr("Keep it open"), QMessageBox.ButtonRole.RejectRole),
            ],
            default="keep",
            on_answer=answered,
        )

    def open_handback(self, tab: ConversationTab) -> HandbackDialog:
        """Handing back asks for an optional note for the next host first."""
        state = tab.conversation()
        dialog = HandbackDialog(state.info.alias if state else "", tab.private_note(), tab)

        def cancelled() -> None:
            if tab.guidance is not None:
                tab.guidance.set_closing(False)

        dialog.chosen.connect(lambda note: spawn(self._release(tab, note), self.problem.emit))
        dialog.rejected.connect(cancelled)
        dialog.open()
        return dialog

    async def _release(self, tab: ConversationTab, note: str = "") -> None:
        await self.session.release(tab.conversation_id, note)
        self._remove(tab)

    def _remove(self, tab: ConversationTab) -> None:
        index = self.indexOf(tab)
        if index < 0:
            return
        tab.detach()
        self.session.guidance.forget(tab.conversation_id)
        self.removeTab(index)
        tab.deleteLater()
        self.counts_changed.emit()
