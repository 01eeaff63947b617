"""The one place where the core's notices become Qt signals. Everything runs on the qasync loop's
thread, so emitting directly is safe. One shared one-second tick drives every timer on screen."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from chathost.core.attention import Attention
from chathost.core.session import ConsoleSession


class Bridge(QObject):
    connection = Signal(str)  # "connecting", "online", "offline", "stopped"
    state = Signal(object)  # what changed: "shift", "queues", ("messages", id), …
    outgoing = Signal(object)  # an Outgoing whose state changed
    alert = Signal(object)  # an Alert: something needs the host's attention
    tick = Signal()  # once a second: timers and waiting times
    guidance = Signal(str)  # a conversation's guidance changed ("" for all: packs reloaded)

    def __init__(
        self,
        session: ConsoleSession,
        attention: Attention | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.attention = attention or Attention(session.state)
        session.stream.status_changed.connect(self.connection.emit)
        session.state.changed.connect(self.state.emit)
        session.outbox.changed.connect(self.outgoing.emit)
        session.guidance.changed.connect(self.guidance.emit)
        self.attention.alerted.connect(self.alert.emit)
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def _tick(self) -> None:
        self.attention.tick()
        self.tick.emit()

    def service_name(self, slug: str) -> str:
        queue = self.session.state.queues.get(slug)
        return queue.name if queue is not None else slug

    def stop(self) -> None:
        self._timer.stop()
