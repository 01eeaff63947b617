"""Turns the core's alerts into what a host notices from across the room: a sound (unless
muted), the taskbar/dock flashing, and a tray message when the window is in the background.
Notifications never contain message text, only the server-chosen alias and the service; while
the workstation is locked (`discreet`) not even the alias, since anyone may be at the screen."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QSystemTrayIcon, QWidget

from chathost.core.attention import Alert
from chathost.core.config import alert_sounds
from chathost.ui.bridge import Bridge


class Notifier(QObject):
    def __init__(self, bridge: Bridge, window: QWidget, icon: QIcon, sound: bool = True) -> None:
        super().__init__(window)
        self.bridge = bridge
        self.window = window
        self.sound = sound
        self.discreet = False
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.setToolTip("ChatHost")
            self.tray.activated.connect(lambda _reason: self._raise())
            self.tray.show()
        self.history: list[tuple[str, str]] = []  # (kind, text): what was announced, for tests
        self.sounded: list[str] = []  # the kinds that made a sound
        bridge.alert.connect(self.announce)

    def text(self, alert: Alert) -> str:
        service = self.bridge.service_name(alert.service)
        if self.discreet:
            return self._discreet_text(alert, service)
        if alert.kind == "queue":
            return self.tr("A new visitor is waiting in {0}.").format(service)
        if alert.kind == "acute":
            return self.tr("ACUTE DANGER: {0} flagged {1} ({2}).").format(
                alert.who, alert.alias, service
            )
        if alert.kind == "help":
            return self.tr("{0} asks for supervision with {1} ({2}).").format(
                alert.who, alert.alias, service
            )
        if alert.kind == "waiting":
            return self.tr("{0} has been waiting a long time in {1}.").format(alert.alias, service)
        return self.tr("New message from {0} ({1}).").format(alert.alias, service)

    def _discreet_text(self, alert: Alert, service: str) -> str:
        if alert.kind == "queue":
            return self.tr("A new visitor is waiting in {0}.").format(service)
        if alert.kind == "acute":
            return self.tr("ACUTE DANGER: {0} flagged a conversation ({1}).").format(
                alert.who, service
            )
        if alert.kind == "help":
            return self.tr("{0} asks for supervision ({1}).").format(alert.who, service)
        if alert.kind == "waiting":
            return self.tr("A visitor has been waiting a long time in {0}.").format(service)
        return self.tr("New message in a conversation ({0}).").format(service)

    def announce(self, alert: Alert) -> None:
        text = self.text(alert)
        self.history.append((alert.kind, text))
        if alert_sounds(alert.kind, self.sound):
            self.sounded.append(alert.kind)
            QApplication.beep()
        QApplication.alert(self.window, 0)
        urgent = alert.kind in ("help", "acute")
        if self.tray is not None and (urgent or not self.window.isActiveWindow()):
            icon = (
                QSystemTrayIcon.MessageIcon.Critical
                if alert.kind == "acute"
                else QSystemTrayIcon.MessageIcon.Information
            )
            self.tray.showMessage("ChatHost", text, icon, 0 if urgent else 8000)

    def _raise(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    def stop(self) -> None:
        if self.tray is not None:
            self.tray.hide()
