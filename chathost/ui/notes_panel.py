"""One private notes box: a conversation's, or the shift scratchpad's. What the host types goes
to ShiftNotes at once (which saves it a moment later, off the GUI thread); there is no save
button. When notes cannot be kept, the box is greyed out and says why in a few words (the
notes banner at the top says the rest)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from chathost.core.notes_store import WipeReceipt
from chathost.core.shift_notes import ShiftNotes
from chathost.ui.bridge import Bridge
from chathost.ui.retranslate import Retranslating


class NotesPanel(Retranslating, QWidget):
    def __init__(
        self,
        bridge: Bridge,
        notes: ShiftNotes,
        scope: str,
        show_title: bool = True,
        parent: QWidget | None = None,
        name: Callable[[], str] | None = None,
    ) -> None:
        """`name`: what a screen reader calls the box, translated when asked (by default
        "Private notes"); the owner's own words, e.g. the scratchpad's."""
        super().__init__(parent)
        self.setObjectName("notesPanel")
        self.bridge = bridge
        self.notes = notes
        self.scope = scope
        self.name = name
        self.title = QLabel()
        self.title.setObjectName("notesTitle")
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("notesEditor")
        self.editor.setTabChangesFocus(True)
        self.title.setBuddy(self.editor)
        self.status = QLabel()
        self.status.setObjectName("notesStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.status)
        self.title.setHidden(not show_title)  # once in the layout: never a window of its own
        self._quiet = False
        self._show(notes.text(scope))  # a tab made again for the same conversation keeps them
        self.editor.textChanged.connect(self._typed)
        bridge.notes_changed.connect(self.refresh)
        bridge.notes_loaded.connect(self.reload)
        bridge.notes_wiped.connect(self._wiped)
        self._listening = True
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("My private notes"))
        self.editor.setAccessibleName(self.name() if self.name else self.tr("Private notes"))
        self.refresh()

    def placeholder(self) -> str:
        return self.tr(
            "Private notes: only on this computer, encrypted, deleted when your shift ends. "
            "The visitor never sees them."
        )

    def text(self) -> str:
        return self.editor.toPlainText()

    def _typed(self) -> None:
        if not self._quiet:
            self.notes.edit(self.scope, self.editor.toPlainText())

    def reload(self) -> None:
        """Kept notes were opened: show what was stored (without saving it back)."""
        self._show(self.notes.text(self.scope))
        self.refresh()

    def _wiped(self, _receipt: WipeReceipt) -> None:
        self._show(self.notes.text(self.scope))

    def _show(self, text: str) -> None:
        if self.editor.toPlainText() == text:
            return
        self._quiet = True
        try:
            self.editor.setPlainText(text)
            self.editor.moveCursor(QTextCursor.MoveOperation.End)  # go on where they stopped
        finally:
            self._quiet = False

    def refresh(self) -> None:
        notes = self.notes
        self.editor.setEnabled(notes.writable)
        # Greyed out, the box promises nothing: the line below says why.
        self.editor.setPlaceholderText(self.placeholder() if notes.writable else "")
        if notes.status == "ready" and notes.save_error:
            text = self.tr("Not saved: {0}").format(notes.save_error)
        else:
            text = {
                "ready": self.tr("Saved automatically as you type."),
                "opening": self.tr("Opening your notes…"),
                "off": self.tr("Start your shift to keep notes."),
                "offered": self.tr(
                    "Notes kept from earlier in this shift: open or delete them "
                    "at the top of the window."
                ),
                "refused": self.tr(
                    "Notes are switched off on this computer (see the top of the window)."
                ),
                "failed": self.tr("Notes cannot be kept right now (see the top of the window)."),
            }.get(notes.status, "")
        self.status.setText(text)
        self.status.setProperty("problem", notes.status == "ready" and bool(notes.save_error))
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

    def detach(self) -> None:
        """The box goes away (its tab closed); the notes themselves stay for the shift."""
        if self._listening:
            self._listening = False
            self.bridge.notes_changed.disconnect(self.refresh)
            self.bridge.notes_loaded.disconnect(self.reload)
            self.bridge.notes_wiped.disconnect(self._wiped)
