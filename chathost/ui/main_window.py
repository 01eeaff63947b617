"""The console's main window: the shift bar and connection banner on top, the queue on the
left, the open conversations in tabs on the right. It only arranges the parts; each part talks
to the core through the bridge."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFont, QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from chathost.core.break_reminder import BreakReminder
from chathost.core.config import Settings
from chathost.core.notes_store import WipeReceipt
from chathost.core.shift_notes import ShiftNotes
from chathost.ui.banner import ConnectionBanner
from chathost.ui.break_banner import BreakBanner
from chathost.ui.bridge import Bridge
from chathost.ui.conversation_tabs import ConversationTabs, Phrases
from chathost.ui.dialogs import ask
from chathost.ui.floor_view import FloorView
from chathost.ui.help_calls import HelpCalls
from chathost.ui.notes_banner import NotesBanner
from chathost.ui.notifier import Notifier
from chathost.ui.queue_panel import QueuePanel
from chathost.ui.retranslate import Retranslating
from chathost.ui.scratchpad import Scratchpad
from chathost.ui.settings import SettingsDialog
from chathost.ui.shift_bar import ShiftBar
from chathost.ui.transfer_offers import TransferOffers
from chathost.ui.wipe_receipt import show_receipt
from chathost.ui.workstation_lock import WorkstationLock

ASSETS = Path(__file__).resolve().parent / "assets"


def app_icon() -> QIcon:
    return QIcon(str(ASSETS / "icon.svg"))


def stylesheet() -> str:
    return (ASSETS / "console.qss").read_text(encoding="utf-8")


class MainWindow(Retranslating, QMainWindow):
    logout_requested = Signal()
    settings_changed = Signal(object)  # Settings

    def __init__(
        self,
        bridge: Bridge,
        settings: Settings,
        phrases: Phrases | None = None,
        wait_alert_seconds: float = 300.0,
        notes: ShiftNotes | None = None,
        lock_idle_seconds: float = 300.0,
        break_after_seconds: float = 90 * 60.0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.bridge = bridge
        # The shift's private notes (None: this console keeps none, e.g. in UI unit tests).
        self.notes = notes
        if notes is not None:
            bridge.attach_notes(notes)  # before the tabs: each gets its notes box
        # The workstation locks after this long without keyboard or mouse input.
        self.lock_idle_seconds = lock_idle_seconds
        self.session = bridge.session
        self.settings = settings
        self.setWindowIcon(app_icon())
        self.resize(1200, 760)
        self.shift_bar = ShiftBar(bridge)
        self.banner = ConnectionBanner(bridge)
        self.queue = QueuePanel(bridge, wait_alert_seconds)
        self.tabs = ConversationTabs(bridge, phrases, settings.enter_sends)
        self.tabs.install_shortcuts(self)
        self.empty = QLabel()
        self.empty.setObjectName("emptyHint")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.tabs)
        self.help_calls = HelpCalls(bridge)
        self.notes_banner = NotesBanner(bridge, notes) if notes is not None else None
        self.scratchpad = Scratchpad(bridge, notes) if notes is not None else None
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.help_calls)
        left_layout.addWidget(self.queue, 1)
        if self.scratchpad is not None:
            left_layout.addWidget(self.scratchpad)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 900])
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.shift_bar)
        layout.addWidget(self.banner)
        if self.notes_banner is not None:
            layout.addWidget(self.notes_banner)
        # Conversations colleagues offer this user, and the gentle break reminder.
        self.transfer_offers = TransferOffers(bridge)
        layout.addWidget(self.transfer_offers)
        self.break_reminder = BreakReminder(self.session.state, break_after_seconds)
        self.break_banner = BreakBanner(bridge, self.break_reminder)
        layout.addWidget(self.break_banner)
        # A supervisor's console has two pages, the floor first; a host's only the conversations.
        self.floor: FloorView | None = None
        self.pages: QTabWidget | None = None
        if self.session.state.is_supervisor:
            self._floor_pages(bridge, wait_alert_seconds, left_layout, layout, splitter)
        else:
            layout.addWidget(splitter, 1)
        self.setCentralWidget(central)
        # Built on the finished content: while locked, the lock screen shows instead of it.
        self.lock = WorkstationLock(self, bridge, lock_idle_seconds, self.help_calls.calls)
        self.notifier = Notifier(bridge, self, app_icon(), settings.sound)
        self.transfer_offers.notifier = self.notifier
        self.transfer_offers.accepted.connect(self.tabs.expect)
        # A supervisor who accepts from the floor page sees the conversation at once.
        self.transfer_offers.accepted.connect(lambda _cid: self.show_conversations())
        self._really_close = False
        self._menus()
        self.lock.locked_changed.connect(self._lock_changed)
        self.lock.logout_requested.connect(self.request_logout)
        self.lock.session_ended.connect(self.logout_requested)
        self.lock.start()

        for part in (self.shift_bar, self.queue, self.tabs):
            part.problem.connect(self.show_problem)
        self.queue.taken.connect(self.tabs.expect)
        self.tabs.counts_changed.connect(self.refresh_title)
        self.tabs.currentChanged.connect(lambda _i: self._refresh_stack())
        bridge.state.connect(self._on_state)
        self.receipt_box: QMessageBox | None = None  # a wipe receipt the host has not closed
        bridge.notes_wiped.connect(self._show_receipt)
        self.apply_font(settings.font_size)
        self.retranslate()

    def retranslate(self) -> None:
        self.console_menu.setTitle(self.tr("&Console"))
        self.settings_action.setText(self.tr("Settings…"))
        self.lock_action.setText(self.tr("Lock now"))
        self.logout_action.setText(self.tr("Log out"))
        self.quit_action.setText(self.tr("Quit"))
        self.go_menu.setTitle(self.tr("&Go"))
        self.take_action.setText(self.tr("Take next visitor"))
        if self.floor_action is not None:
            self.floor_action.setText(self.tr("Floor"))
        if self.pages is not None:
            self.pages.setTabText(0, self.tr("Floor"))
            self.pages.setTabText(1, self.tr("Conversations"))
        self._refresh_stack()
        self.refresh_title()

    def _menus(self) -> None:
        """The menus and their shortcuts; their texts are set in `retranslate`."""
        self.console_menu = self.menuBar().addMenu("")
        self.settings_action = QAction(self)
        self.settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        self.settings_action.triggered.connect(self.open_settings)
        self.logout_action = QAction(self)
        self.logout_action.triggered.connect(self.request_logout)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.console_menu.addAction(self.settings_action)
        self.console_menu.addSeparator()
        self.lock_action = QAction(self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock.lock)
        self.console_menu.addAction(self.lock_action)
        self.console_menu.addAction(self.logout_action)
        self.console_menu.addAction(self.quit_action)
        self.go_menu = self.menuBar().addMenu("")
        self.take_action = QAction(self)
        self.take_action.setShortcut(QKeySequence("Ctrl+T"))
        self.take_action.triggered.connect(self.queue.take_next)
        self.go_menu.addAction(self.take_action)
        self.floor_action: QAction | None = None
        if self.floor is not None:
            self.floor_action = QAction(self)
            self.floor_action.setShortcut(QKeySequence("Ctrl+0"))
            self.floor_action.triggered.connect(self.show_floor)
            self.go_menu.addAction(self.floor_action)

    # -------------------------------------------------------------- a supervisor's floor

    def _floor_pages(
        self,
        bridge: Bridge,
        wait_alert_seconds: float,
        left_layout: QVBoxLayout,
        layout: QVBoxLayout,
        conversations: QWidget,
    ) -> None:
        """Inside the content the workstation lock hides: the calls for help above both pages
        (seen whichever is shown), then "Floor" and "Conversations" (queue and tabs)."""
        self.floor = FloorView(bridge, wait_alert_seconds)
        self.floor.problem.connect(self.show_problem)
        self.floor.open_requested.connect(self.open_from_floor)
        left_layout.removeWidget(self.help_calls)
        layout.addWidget(self.help_calls)
        self.pages = QTabWidget()
        self.pages.setObjectName("consolePages")
        self.pages.addTab(self.floor, "")  # "Floor" and "Conversations": see `retranslate`
        self.pages.addTab(conversations, "")
        layout.addWidget(self.pages, 1)
        # The tabs' own shortcuts (Ctrl+1…9, Ctrl+Tab) show the conversations page too.
        keys = {QKeySequence(f"Ctrl+{n}").toString() for n in range(1, 10)}
        keys |= {QKeySequence(k).toString() for k in ("Ctrl+Tab", "Ctrl+Shift+Tab", "Ctrl+Backtab")}
        for shortcut in self.findChildren(QShortcut):
            if shortcut.key().toString() in keys:
                shortcut.activated.connect(self.show_conversations)

    def show_floor(self) -> None:
        if self.pages is not None and self.floor is not None:
            self.pages.setCurrentWidget(self.floor)
            self.floor.focus_table()

    def show_conversations(self) -> None:
        if self.pages is not None:
            self.pages.setCurrentIndex(1)

    def open_from_floor(self, conversation_id: str) -> None:
        """Enter on a row of the floor: read along in that conversation, in its tab."""
        self.show_conversations()
        opener = getattr(self.tabs, "open_conversation", None)
        if opener is not None:
            opener(conversation_id)
        elif (tab := self.tabs.tab_for(conversation_id)) is not None:
            self.tabs.setCurrentWidget(tab)

    # -------------------------------------------------------------- what the window shows

    def _on_state(self, change: object) -> None:
        if change in ("queues", "shift") or (isinstance(change, tuple) and change[0] != "typing"):
            self.refresh_title()
        self._refresh_stack()

    def _refresh_stack(self) -> None:
        self.stack.setCurrentWidget(self.tabs if self.tabs.count() else self.empty)
        if self.session.state.shift.status == "off":
            hint = self.tr("No open conversations.\n\nStart your shift to take visitors.")
        else:
            hint = self.tr(
                "No open conversations.\n\nTake a visitor from the queue on the left "
                "(Ctrl+T takes the one who has waited longest)."
            )
        self.empty.setText(hint)

    def refresh_title(self) -> None:
        unread, waiting = self.bridge.attention.counts()
        user = self.session.state.user
        base = f"ChatHost — {user.display_name}" if user else "ChatHost"
        parts = []
        if unread:
            parts.append(self.tr("{0} unread").format(unread))
        if waiting:
            parts.append(self.tr("{0} waiting").format(waiting))
        self.setWindowTitle(f"({' · '.join(parts)}) {base}" if parts else base)

    def show_problem(self, message: str) -> None:
        self.statusBar().showMessage(message, 15000)

    def apply_font(self, size: int) -> None:
        font = QFont(self.font())
        if size > 0:  # 0: the system's size (the theme sets the application's own)
            font.setPointSize(size)
        self.tabs.setFont(font)
        self.queue.setFont(font)
        if self.floor is not None:
            self.floor.setFont(font)

    def _show_receipt(self, receipt: WipeReceipt) -> None:
        box = show_receipt(self, receipt)

        def closed() -> None:
            if self.receipt_box is box:
                self.receipt_box = None

        box.finished.connect(closed)
        self.receipt_box = box

    def unseen_receipt(self) -> str:
        """The text of a wipe receipt still on screen: logged out by the server a moment after
        it ended the shift, the host reads it in the login dialog instead."""
        box = self.receipt_box
        return box.text() if box is not None and isValid(box) and box.isVisible() else ""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ActivationChange:
            self.tabs.set_window_active(self.isActiveWindow() and not self.lock.locked)
        super().changeEvent(event)

    def _lock_changed(self, locked: bool) -> None:
        """Locked, the host is not looking: messages alert (discreetly) and stay unread."""
        self.notifier.discreet = locked
        self.tabs.set_window_active(self.isActiveWindow() and not locked)

    # -------------------------------------------------------------- host actions

    def open_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(self.settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.applied.connect(self.apply_settings)
        dialog.open()
        return dialog

    def apply_settings(self, settings: Settings) -> None:
        self.settings = settings
        self.notifier.sound = settings.sound
        self.tabs.set_enter_sends(settings.enter_sends)
        self.apply_font(settings.font_size)
        self.settings_changed.emit(settings)

    def has_notes(self) -> bool:
        """The host wrote private notes this shift (logging out or quitting deletes them)."""
        return self.notes is not None and any(t.strip() for t in self.notes.texts.values())

    def _notes_warning(self, text: str) -> str:
        if not self.has_notes():
            return text
        # Two whole sentences, each translated on its own.
        deleted = self.tr("Your private notes of this shift will be deleted.")
        return f"{text} {deleted}"

    def request_logout(self) -> QMessageBox | None:
        held = self.session.state.held()
        if not held and not self.has_notes():
            self.logout_requested.emit()
            return None
        count = len(held)

        def text() -> str:
            if count:
                return self._notes_warning(
                    self.tr(
                        "You still have {0} open conversation(s). If you log out, they are "
                        "handed back to the queue after a few minutes. Hand them back or end "
                        "them first if you can."
                    ).format(count)
                )
            return self.tr("Your private notes of this shift will be deleted. Log out anyway?")

        return ask(
            self,
            lambda: self.tr("Log out?"),
            text,
            [
                (
                    "logout",
                    lambda: self.tr("Log out anyway"),
                    QMessageBox.ButtonRole.DestructiveRole,
                ),
                ("cancel", lambda: self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole),
            ],
            default="cancel",
            on_answer=lambda choice: choice == "logout" and self.logout_requested.emit(),
        )

    def force_close(self) -> None:
        """Close without asking (after logging out: the session is gone already)."""
        self._really_close = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.lock.locked and not self._really_close:
            # The close button of a locked console: quitting would leave the conversations
            # (and the kept session) of an absent host. Unlock first, or log out.
            event.ignore()
            self.lock.screen.close_refused()
            return
        held = bool(self.session.state.held())
        if (held or self.has_notes()) and not self._really_close:
            event.ignore()

            def answered(choice: str) -> None:
                if choice == "quit":
                    self._really_close = True
                    self.close()

            def text() -> str:
                if held:
                    return self._notes_warning(
                        self.tr(
                            "You still have open conversations. If you quit, they are handed "
                            "back to the queue after a few minutes. Hand them back or end them "
                            "first if you can."
                        )
                    )
                return self.tr("Your private notes of this shift will be deleted. Quit anyway?")

            ask(
                self,
                lambda: self.tr("Quit ChatHost?"),
                text,
                [
                    (
                        "quit",
                        lambda: self.tr("Quit anyway"),
                        QMessageBox.ButtonRole.DestructiveRole,
                    ),
                    ("cancel", lambda: self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole),
                ],
                default="cancel",
                on_answer=answered,
            )
            return
        self.notifier.stop()
        self.lock.stop()
        for tab in self.tabs.tabs():
            tab.detach()
        self.tabs.detach()
        self.bridge.detach_notes()  # quitting wipes them; nobody is left here to tell
        self.bridge.stop()
        super().closeEvent(event)
