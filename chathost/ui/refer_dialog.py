"""Refer a conversation to another service: pick the service, write a short handover note (or
add the host's private notes into it, to read and edit first). The visitor is told in their
language by the server and waits in the new queue; the note goes with the conversation to the
next host. Opened window-modal, never exec()ed."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from chathost.protocol import models
from chathost.ui.handover_field import HandoverField


class ReferDialog(QDialog):
    chosen = Signal(str, str)  # service slug, handover note

    def __init__(
        self,
        services: list[models.StaffService],
        current: str,
        alias: str,
        parent: QWidget | None = None,
        private_note: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Refer {0} to another service").format(alias))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setMinimumWidth(480)
        intro = QLabel(
            self.tr(
                "The visitor is told, in their language, that they are being transferred, and "
                "waits in the other service's queue. Your note goes with the conversation to the "
                "next host. You leave the conversation."
            )
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Service"))
        for service in services:
            if service.slug == current:
                continue
            label = service.name
            if not service.open_now:
                label = self.tr("{0} (closed now)").format(label)
            elif service.queue_full:
                label = self.tr("{0} (queue full)").format(label)
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, service.slug)
            if not service.open_now or service.queue_full:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(item)
        # The host's private notes go along only if they press "Add my notes" and see them here.
        self.field = HandoverField(private_note)
        self.note = self.field.note
        self.count = self.field.count
        self.buttons = QDialogButtonBox()
        self.refer_button = self.buttons.addButton(
            self.tr("Refer"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(self.field)
        layout.addWidget(self.buttons)
        self.list.currentItemChanged.connect(self._update)
        self.field.changed.connect(self._update)
        self._update()

    def selected(self) -> str | None:
        item = self.list.currentItem()
        if item is None or not item.flags() & Qt.ItemFlag.ItemIsEnabled:
            return None
        return str(item.data(Qt.ItemDataRole.UserRole))

    def _update(self) -> None:
        self.refer_button.setEnabled(self.selected() is not None and self.field.fits())

    def _accept(self) -> None:
        service = self.selected()
        if service is None or not self.field.fits():
            return
        self.chosen.emit(service, self.field.text())
        self.accept()
