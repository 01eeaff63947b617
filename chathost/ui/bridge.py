"""The one place where the core's notices become Qt signals. Everything runs on the qasync loop's
thread, so emitting directly is safe."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from chathost.core.outbox import Outgoing
from chathost.core.session import ConsoleSession


class Bridge(QObject):
    connection = Signal(str)  # "connecting", "online", "offline", "stopped"
    state = Signal(object)  # what changed: "shift", "queues", ("messages", id), …
    outgoing = Signal(object)  # an Outgoing whose state changed

    def __init__(self, session: ConsoleSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        session.stream.status_changed.connect(self.connection.emit)
        session.state.changed.connect(self.state.emit)
        session.outbox.changed.connect(self._outgoing)

    def _outgoing(self, item: Outgoing) -> None:
        self.outgoing.emit(item)
