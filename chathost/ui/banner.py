"""The connection banner: impossible to miss when the console is not connected, and honest
about what happens to what the host writes meanwhile."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from chathost.ui.bridge import Bridge
from chathost.ui.retranslate import Retranslating


class ConnectionBanner(Retranslating, QWidget):
    def __init__(self, bridge: Bridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.setObjectName("connectionBanner")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.was_online = False
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.label, 1)
        bridge.connection.connect(self._refresh)
        bridge.outgoing.connect(lambda _item: self._refresh(self.bridge.session.stream.status))
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setAccessibleName(self.tr("Connection"))
        self._refresh(self.bridge.session.stream.status)

    def _refresh(self, status: str) -> None:
        stream = self.bridge.session.stream
        if status == "online":
            self.was_online = True
            self.hide()
            return
        waiting = len([i for i in self.bridge.session.outbox.pending() if i.state == "pending"])
        if status == "stopped" and stream.ended_reason:
            text = self.tr("You have been logged out. Log in again to continue.")
        elif status == "stopped":
            text = self.tr("Not connected.")
        elif not self.was_online:
            text = self.tr("Connecting to the server…")
        else:
            text = (
                self.tr(
                    "Connection to the server lost. Reconnecting… {0} message(s) will be sent "
                    "as soon as the connection is back."
                ).format(waiting)
                if waiting
                else self.tr(
                    "Connection to the server lost. Reconnecting… What you write now is sent "
                    "when the connection is back."
                )
            )
        self.label.setText(text)
        self.show()
