"""The host's open conversations, one tab each, titled with the visitor's alias and the service,
with an unread count. A conversation the host takes opens its tab by itself; closing a tab of
a conversation that is still open asks what to do, so nothing ends by accident.

A supervisor's tabs are the conversations they read along in or joined (opened from the floor
view with `open_conversation`); leaving one — its "Leave" button or closing the tab — closes
it, while one that ends stays on screen marked as ended, like a host's. Their unread count is
kept on this console (the server keeps only the host's read mark): the visitor's and the host's
messages that came while the tab was not on screen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QMessageBox, QTabWidget, QWidget
from shiboken6 import isValid

from chathost.ui.bridge import Bridge
from chathost.ui.conversation_tab import ConversationTab
from chathost.ui.dialogs import ask
from chathost.ui.handback_dialog import HandbackDialog
from chathost.ui.retranslate import Retranslating
from chathost.ui.tasks import spawn
from chathost.ui.theme import theme_switches, tone

Phrases = Callable[[str, str], list[str]]  # (service, language) -> phrases


class ConversationTabs(Retranslating, QTabWidget):
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
        self.tabCloseRequested.connect(lambda index: self.request_close(self._tab(index)))
        self.currentChanged.connect(self._looking_changed)
        bridge.state.connect(self._on_state)
        # An acute press made offline marks its tab at once, before the server knows.
        bridge.session.desk.changed.connect(self._desk_changed)
        self._desk_connected = True
        # Conversations whose tab shows this user reading along or joined: one that stays
        # active without them any more was left, and its tab closes.
        self._watching: set[str] = set()
        self._reading_along: set[str] = set()  # asked to read along, no answer yet
        for conversation_id in list(self.session.state.conversations):
            if self.keeps(conversation_id):
                self.open(conversation_id, focus=False)
        theme_switches().connect(self._recolour)
        self.retranslate()

    def retranslate(self) -> None:
        """Its name, and each tab's title ("— reading along", "— closed"…); each tab words its
        own insides."""
        self.setAccessibleName(self.tr("Open conversations"))
        for tab in self.tabs():
            self._retitle(tab)

    def _recolour(self) -> None:
        for tab in self.tabs():
            self._retitle(tab)  # an unread tab's colour, in the new theme

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

    def keeps(self, conversation_id: str) -> bool:
        """A tab opens by itself for a conversation this user holds, or reads along or joined
        in (a supervisor, or a host kept to learn after a take-over)."""
        state = self.session.state
        if state.holds(conversation_id):
            return True
        conversation = state.conversations.get(conversation_id)
        return (
            conversation is not None
            and conversation.info.status == "active"
            and state.supervising(conversation_id) is not None
        )

    def open_conversation(self, conversation_id: str) -> ConversationTab | None:
        """Show this conversation (the floor view asks): its tab if there is one; else a
        supervisor starts reading along, and the tab opens, focused, once the server agrees.
        Refusals (not a supervisor of the service, the conversation ended…) go to `problem`."""
        tab = self.tab_for(conversation_id)
        if tab is not None or self.keeps(conversation_id):
            return self.open(conversation_id)
        if conversation_id not in self._reading_along:  # a double click asks once
            self._reading_along.add(conversation_id)
            self._focus_next = conversation_id
            spawn(self._read_along(conversation_id), self._problem)
        return None

    async def _read_along(self, conversation_id: str) -> None:
        try:
            await self.session.supervise(conversation_id, "reading")
        except BaseException:
            if self._focus_next == conversation_id:
                self._focus_next = None
            raise
        finally:
            self._reading_along.discard(conversation_id)
        if isValid(self) and self.keeps(conversation_id):  # usually open already, by its event
            self.open(conversation_id)

    def _problem(self, text: str) -> None:
        if isValid(self):
            self.problem.emit(text)

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
            tab.seen.connect(lambda t=tab: self._counts_changed(t))
            self.addTab(tab, "")
            self._retitle(tab)
        if tab.is_supervising():
            self._watching.add(conversation_id)
        if focus or self.count() == 1 or self._focus_next == conversation_id:
            self._focus_next = None
            self.setCurrentWidget(tab)
            tab.focus_writing()
        return tab

    def _retitle(self, tab: ConversationTab) -> None:
        state = tab.conversation()
        if state is None:
            return
        index = self.indexOf(tab)
        info = state.info
        title = f"{info.alias} · {self.bridge.service_name(info.service)}"
        unread = self.session.state.unread_of(tab.conversation_id)
        if unread:
            title = f"{title} ({unread})"
        watching = self.session.state.supervising(tab.conversation_id)
        if watching is not None and tab.is_supervising():
            if watching.mode == "joined":
                title = self.tr("{0} — joined").format(title)
            else:
                title = self.tr("{0} — reading along").format(title)
        elif not tab.is_open():
            title = self.tr("{0} — closed").format(title)
        elif tab.session.desk.is_flagged(tab.conversation_id):
            title = self.tr("⚠ {0} — acute").format(title)
        elif info.risk in ("high", "acute"):
            title = self.tr("⚠ {0} — high risk").format(title)
        colour = QColor(tone("problem").text) if unread else QColor()
        if self.tabBar().tabTextColor(index) != colour:
            self.tabBar().setTabTextColor(index, colour)
        if self.tabText(index) == title:
            return  # most messages change nothing here
        self.setTabText(index, title)
        self.setTabToolTip(index, title)

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
        if tab is None and kind == "conversation" and self.keeps(conversation_id):
            tab = self.open(conversation_id, focus=False)
        elif tab is not None and kind == "conversation" and self._left(tab):
            self._remove(tab)
            return
        if tab is not None and kind in ("conversation", "messages", "escalation"):
            self._counts_changed(tab)

    def _counts_changed(self, tab: ConversationTab) -> None:
        self._retitle(tab)
        self.counts_changed.emit()

    def _left(self, tab: ConversationTab) -> bool:
        """This user read along or joined and is no longer in the still active conversation
        (they left, here or elsewhere). Taking it over makes it theirs: the tab stays."""
        conversation_id = tab.conversation_id
        state = tab.conversation()
        if tab.is_supervising() or state is None or state.info.status != "active":
            if tab.is_supervising():
                self._watching.add(conversation_id)
            else:
                self._watching.discard(conversation_id)  # ended: shown as ended, kept
            return False
        if conversation_id not in self._watching:
            return False
        self._watching.discard(conversation_id)
        return not self.session.state.follows(conversation_id)

    def set_window_active(self, active: bool) -> None:
        self.window_active = active
        self._looking_changed()

    def _looking_changed(self, *_: object) -> None:
        """The current tab is looked at while the window is active and the tabs are on screen
        (a supervisor's floor page hides them)."""
        current = self.currentWidget()
        on_screen = self.window_active and self.isVisible()
        for tab in self.tabs():
            tab.set_looking(on_screen and tab is current)
        looking = current if on_screen and isinstance(current, ConversationTab) else None
        self.bridge.attention.focused = looking.conversation_id if looking else None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._looking_changed()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._looking_changed()

    def set_enter_sends(self, enter_sends: bool) -> None:
        self.enter_sends = enter_sends
        for tab in self.tabs():
            tab.composer.set_enter_sends(enter_sends)
            tab.whisper_composer.set_enter_sends(enter_sends)

    # -------------------------------------------------------------- closing

    def request_close(self, tab: ConversationTab) -> QMessageBox | None:
        if tab.is_supervising():  # closing the tab is leaving the conversation
            spawn(self._leave(tab), self._problem)
            return None
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

        return ask(  # worded by functions: it follows a language switch while open
            self,
            lambda: self.tr("Close the conversation with {0}?").format(alias),
            lambda: self.tr(
                "The conversation with {0} is still open. Closing the tab does not end it. "
                "What do you want to do?"
            ).format(alias),
            [
                (
                    "end",
                    lambda: self.tr("End the conversation"),
                    QMessageBox.ButtonRole.DestructiveRole,
                ),
                (
                    "release",
                    lambda: self.tr("Hand back to the queue"),
                    QMessageBox.ButtonRole.ActionRole,
                ),
                ("keep", lambda: self.tr("Keep it open"), QMessageBox.ButtonRole.RejectRole),
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

    async def _leave(self, tab: ConversationTab) -> None:
        await self.session.unsupervise(tab.conversation_id)
        if isValid(self) and isValid(tab):
            self._remove(tab)  # (its conversation event has usually closed it already)

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
