"""What can be done with one row of a conversation's transcript: send a failed message again,
show all of a long one, copy its text; by activating the row (double click, Enter) or from its
context menu.

Its sentences keep the translation context "ConversationTab", where they were written first."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPoint, Qt
from PySide6.QtWidgets import QMenu, QWidget

from chathost.core.session import ConsoleSession
from chathost.ui.guideline_widgets import copy_text
from chathost.ui.transcript import HiddenRole, KeyRole, StateRole, TranscriptModel
from chathost.ui.transcript_view import TranscriptView


class TranscriptActions(QObject):
    def __init__(
        self,
        session: ConsoleSession,
        view: TranscriptView,
        model: TranscriptModel,
        owner: QWidget,  # the conversation tab: the context menu's parent
    ) -> None:
        super().__init__(owner)
        self.session = session
        self.view = view
        self.model = model
        self.owner = owner
        view.activated.connect(self._activated)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._context_menu)

    def retry(self, row: int) -> None:
        """Send this row's message again, if it is one of ours that failed."""
        key = str(self.model.data(self.model.index(row), KeyRole) or "")
        if key.startswith("p:") and self.model.data(self.model.index(row), StateRole) == "failed":
            self.session.retry_message(key[2:])

    def _activated(self, index: QModelIndex) -> None:
        if index.data(StateRole) == "failed":
            self.retry(index.row())
        elif index.data(HiddenRole):
            self.model.expand(index.row())

    def _context_menu(self, point: QPoint) -> None:
        index = self.view.indexAt(point)
        if not index.isValid():
            return
        menu = QMenu(self.owner)
        if index.data(StateRole) == "failed":
            menu.addAction(
                QCoreApplication.translate("ConversationTab", "Retry sending"),
                lambda: self.retry(index.row()),
            )
        if index.data(HiddenRole):
            menu.addAction(
                QCoreApplication.translate("ConversationTab", "Show all"),
                lambda: self.model.expand(index.row()),
            )
        menu.addAction(
            QCoreApplication.translate("ConversationTab", "Copy text"),
            lambda: self._copy(index.row()),
        )
        menu.popup(self.view.viewport().mapToGlobal(point))

    def _copy(self, row: int) -> None:
        text = self.model.full_text(row)
        copy_text(text)
