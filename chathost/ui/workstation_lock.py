"""The workstation lock of one main window. Centre workstations are shared: after a while
without input (or at once, with "Lock now") the window shows the lock screen instead of its
whole central content (queue, conversations, notes, calls for help), and its menus, shortcuts
and dialogs do nothing until the host's password is checked by the server. Alerts keep
sounding meanwhile (the notifier does not depend on what is on screen).

Dialogs of the window that are open when it locks (a question, the refer dialog, settings) are
hidden, not closed, and shown again after unlocking: closing them would answer them (or lose
what the host had typed), and hidden they show nothing and block nothing. One that opens while
locked (a slow action finishing) is hidden the same way as soon as it appears."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMainWindow,
    QStackedWidget,
    QToolTip,
    QWidget,
)
from shiboken6 import isValid

from chathost.ui.bridge import Bridge
from chathost.ui.idle_watch import IdleWatch
from chathost.ui.lock_screen import Calls, LockScreen

_NOT_DIALOGS = (Qt.WindowType.Popup, Qt.WindowType.ToolTip)


class WorkstationLock(QObject):
    locked_changed = Signal(bool)
    logout_requested = Signal()  # "Log out" on the lock screen: the window's usual logout
    session_ended = Signal()  # the server says the session is over: log in again

    def __init__(
        self, window: QMainWindow, bridge: Bridge, idle_seconds: float, calls: Calls
    ) -> None:
        super().__init__(window)
        self.window = window
        self.locked = False
        session = bridge.session
        self.screen = LockScreen(bridge, calls, session.verify_password, window.windowIcon())
        content = window.takeCentralWidget()
        assert content is not None, "build the window's content first"
        self.content = content
        self.pages = QStackedWidget()
        self.pages.addWidget(content)
        self.pages.addWidget(self.screen)
        window.setCentralWidget(self.pages)
        self.idle = IdleWatch(idle_seconds, self)
        self.idle.idle.connect(self.lock)
        self.screen.unlocked.connect(self._unlock)
        self.screen.logout_requested.connect(self._logout)
        self.screen.session_ended.connect(self.session_ended)
        self._hidden: list[QWidget] = []  # dialogs hidden by the lock, shown again after it
        self._answered: list[tuple[QDialog, Callable[[int], None]]] = []
        self._allowed: list[QWidget] = []  # dialogs the lock screen itself opened
        self._allowing = False
        self._menus: list[tuple[QAction, bool]] = []
        self._focus: QWidget | None = None

    def start(self) -> None:
        self.idle.start()

    def stop(self) -> None:
        """The window closes: no more watching, no filter left on the application."""
        self.idle.stop()
        self._guard(False)

    # -------------------------------------------------------------- locking

    def lock(self) -> None:
        self._lock(restarted=False)

    def lock_on_restart(self) -> None:
        """A session picked up from the keyring: whoever started the console must prove they are
        its host, or killing a locked console and starting it again would get past the lock."""
        self._lock(restarted=True)

    def _lock(self, restarted: bool) -> None:
        if self.locked:
            return
        self.locked = True
        self.idle.stop()
        self._close_popups()
        focused = QApplication.focusWidget()
        inside = focused is not None and self.content.isAncestorOf(focused)
        self._focus = focused if inside else None
        for dialog in self._dialogs():
            if dialog.isVisible():
                self._hold(dialog)
                dialog.hide()
        self.pages.setCurrentWidget(self.screen)
        self._menus = [(a, a.isEnabled()) for a in self.window.menuBar().actions()]
        for action, _ in self._menus:
            action.setEnabled(False)
        self._guard(True)
        self.screen.prepare(restarted)
        self.locked_changed.emit(True)

    def _unlock(self) -> None:
        if not self.locked:
            return
        self.locked = False
        self._guard(False)
        for action, enabled in self._menus:
            if isValid(action):
                action.setEnabled(enabled)
        self._menus = []
        self._allowed = []
        self.pages.setCurrentWidget(self.content)
        for dialog, forget in self._answered:
            if isValid(dialog):
                dialog.finished.disconnect(forget)
        self._answered = []
        for dialog in self._hidden:
            if isValid(dialog):
                dialog.show()
        self._hidden = []
        if self._focus is not None and isValid(self._focus) and self._focus.isVisible():
            self._focus.setFocus()
        self._focus = None
        self.idle.start()
        self.locked_changed.emit(False)

    @contextmanager
    def allowing(self) -> Iterator[None]:
        """Dialogs opened meanwhile belong to the lock screen (e.g. "Log out?") and stay."""
        self._allowing = True
        try:
            yield
        finally:
            self._allowing = False

    def _logout(self) -> None:
        with self.allowing():  # its "Log out?" question shows over the lock screen
            self.logout_requested.emit()

    def _close_popups(self) -> None:
        QToolTip.hideText()
        for _ in range(10):  # a menu's submenu is a popup of its own
            popup = QApplication.activePopupWidget()
            if popup is None:
                break
            popup.close()

    # -------------------------------------------------------------- what belongs to the window

    def _dialogs(self) -> list[QWidget]:
        """The window's own windows: dialogs and message boxes, wherever they are parented."""
        found = []
        for widget in QApplication.topLevelWidgets():
            if widget is not self.window and self._owned(widget) and self._is_dialog(widget):
                found.append(widget)
        return found

    def _is_dialog(self, widget: QWidget) -> bool:
        return widget.isWindow() and widget.windowType() not in _NOT_DIALOGS

    def _owned(self, obj: QObject | None) -> bool:
        while obj is not None:
            if obj is self.window:
                return True
            obj = obj.parent()
        return False

    def _on_screen(self, obj: QObject | None) -> bool:
        """Part of the lock screen, or of a dialog it opened."""
        while obj is not None:
            if obj is self.screen or any(obj is allowed for allowed in self._allowed):
                return True
            obj = obj.parent()
        return False

    # -------------------------------------------------------------- while locked

    def _guard(self, on: bool) -> None:
        app = QCoreApplication.instance()
        if app is None:
            return
        if on:
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.locked:
            return False
        kind = event.type()
        if kind == QEvent.Type.Shortcut:
            # Menu actions and every shortcut of the window (Ctrl+T, Ctrl+Tab, escalations…).
            return self._owned(watched) and not self._on_screen(watched)
        if kind == QEvent.Type.Show and isinstance(watched, QWidget):
            self._shown(watched)
        return False

    def _shown(self, widget: QWidget) -> None:
        if widget is self.window or not self._is_dialog(widget) or not self._owned(widget):
            return
        if self._allowing or self._on_screen(widget):
            self._allowed.append(widget)
            return
        if any(widget is hidden for hidden in self._hidden):
            return
        # A dialog of the window opening while locked: hidden at once, shown after unlocking.
        self._hold(widget)
        QTimer.singleShot(0, lambda: isValid(widget) and self.locked and widget.hide())

    def _hold(self, widget: QWidget) -> None:
        """Keep it for showing again, unless the console answers or closes it meanwhile (its
        conversation ended, say): a dialog that is done must not come back."""
        self._hidden.append(widget)
        if isinstance(widget, QDialog):

            def forget(_result: int, dialog: QWidget = widget) -> None:
                self._hidden = [d for d in self._hidden if d is not dialog]

            widget.finished.connect(forget)
            self._answered.append((widget, forget))
