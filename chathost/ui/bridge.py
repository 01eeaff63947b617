"""The one place where the core's notices become Qt signals. Everything runs on the qasync loop's
thread, so emitting directly is safe. One shared one-second tick drives every timer on screen."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from chathost.core.attention import Attention
from chathost.core.notes_store import WipeReceipt
from chathost.core.session import ConsoleSession
from chathost.core.shift_notes import ShiftNotes


class Bridge(QObject):
    connection = Signal(str)  # "connecting", "online", "offline", "stopped"
    state = Signal(object)  # what changed: "shift", "queues", ("messages", id), …
    outgoing = Signal(object)  # an Outgoing whose state changed
    alert = Signal(object)  # an Alert: something needs the host's attention
    tick = Signal()  # once a second: timers and waiting times
    guidance = Signal(str)  # a conversation's guidance changed ("" for all: packs reloaded)
    notes_changed = Signal()  # the notes' status, reason, save error or offer changed
    notes_loaded = Signal()  # kept notes were opened: every notes box shows them again
    notes_wiped = Signal(object)  # a WipeReceipt: the shift's notes are gone

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
        self.notes: ShiftNotes | None = None  # the shift's private notes, if this console keeps any
        self._notes_attached = False
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

    # -------------------------------------------------------------- the shift's notes

    def attach_notes(self, notes: ShiftNotes) -> None:
        self.notes = notes
        self._notes_attached = True
        notes.changed.connect(self._notes_changed)
        notes.loaded.connect(self._notes_loaded)
        notes.wiped.connect(self._notes_wiped)

    def detach_notes(self) -> None:
        """Logging out or quitting: the last wipe's receipt is shown by whoever comes next (the
        login dialog), not by a window that is closing."""
        if self.notes is not None and self._notes_attached:
            self._notes_attached = False
            self.notes.changed.disconnect(self._notes_changed)
            self.notes.loaded.disconnect(self._notes_loaded)
            self.notes.wiped.disconnect(self._notes_wiped)

    def _notes_changed(self) -> None:
        self.notes_changed.emit()

    def _notes_loaded(self) -> None:
        self.notes_loaded.emit()

    def _notes_wiped(self, receipt: WipeReceipt) -> None:
        self.notes_wiped.emit(receipt)

    def stop(self) -> None:
        self._timer.stop()
