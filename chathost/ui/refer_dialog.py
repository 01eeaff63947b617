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
from chathost.ui.retranslate import Retranslating


class ReferDialog(Retranslating, QDialog):
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
        self.alias = alias
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setMinimumWidth(480)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.list = QListWidget()
        # The services listed, row by row, to word their state again in another language.
        self.services = [service for service in services if service.slug != current]
        for service in self.services:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, service.slug)
            if not service.open_now or service.queue_full:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(item)
        # The host's private notes go along only if they press "Add my notes" and see them here.
        self.field = HandoverField(private_note)
        self.note = self.field.note
        self.count = self.field.count
        self.buttons = QDialogButtonBox()
        self.refer_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list)
        layout.addWidget(self.field)
        layout.addWidget(self.buttons)
        self.list.currentItemChanged.connect(self._update)
        self.field.changed.connect(self._update)
        self.retranslate()
        self._update()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Refer {0} to another service").format(self.alias))
        self.intro.setText(
            self.tr(
                "The visitor is told, in their language, that they are being transferred, and "
                "waits in the other service's queue. Your note goes with the conversation to the "
                "next host. You leave the conversation."
            )
        )
        self.list.setAccessibleName(self.tr("Service"))
        for row, service in enumerate(self.services):
            self.list.item(row).setText(self._service_text(service))
        self.refer_button.setText(self.tr("Refer"))

    def _service_text(self, service: models.StaffService) -> str:
        if not service.open_now:
            return self.tr("{0} (closed now)").format(service.name)
        if service.queue_full:
            return self.tr("{0} (queue full)").format(service.name)
        return service.name

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
