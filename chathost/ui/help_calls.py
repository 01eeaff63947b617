"""A supervisor's list of calls for help in their services: acute flags first, each with the
host, the conversation and how long it has waited, and "I'm coming" to answer it. Hidden when
nobody is calling. The full floor view comes later; this is what must never be missed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from chathost.protocol import models
from chathost.ui.bridge import Bridge
from chathost.ui.tasks import spawn
from chathost.ui.timefmt import clock_time


class HelpCalls(QFrame):
    def __init__(self, bridge: Bridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpCalls")
        self.bridge = bridge
        self.session = bridge.session
        self.title = QLabel(self.tr("Calls for help"))
        self.title.setObjectName("panelTitle")
        self.rows = QVBoxLayout()
        self.problem = QLabel()
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(self.rows)
        layout.addWidget(self.problem)
        bridge.state.connect(self._on_state)
        self.refresh()

    def _on_state(self, change: object) -> None:
        if isinstance(change, tuple) and change[0] == "escalation":
            self.refresh()

    def calls(self) -> list[models.Escalation]:
        user = self.session.state.user
        me = user.username if user else None
        if user is None or user.role != "supervisor":
            return []
        waiting = [
            e
            for e in self.session.state.escalations.values()
            if e.status in ("open", "acknowledged") and e.raised_by != me
        ]
        waiting.sort(key=lambda e: (e.kind != "acute", e.status != "open", e.raised_at))
        return waiting

    def refresh(self) -> None:
        focused = QApplication.focusWidget()
        focused_call = focused.property("escalation") if focused is not None else None
        while self.rows.count():
            item = self.rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        calls = self.calls()
        for escalation in calls:
            self.rows.addWidget(self._row(escalation, focused_call == escalation.id))
        self.setVisible(bool(calls))

    def _text(self, e: models.Escalation) -> str:
        service = self.bridge.service_name(e.service)
        since = clock_time(e.raised_at)
        coming = e.acknowledged_by_name or e.acknowledged_by or ""
        if e.kind == "acute" and e.status == "acknowledged":
            return self.tr(
                "ACUTE DANGER: {0} with {1} ({2}), since {3}. {4} is on the way."
            ).format(e.raised_by_name, e.alias, service, since, coming)
        if e.kind == "acute":
            return self.tr("ACUTE DANGER: {0} with {1} ({2}), since {3}.").format(
                e.raised_by_name, e.alias, service, since
            )
        if e.status == "acknowledged":
            return self.tr(
                "{0} asks for help with {1} ({2}), since {3}. {4} is on the way."
            ).format(e.raised_by_name, e.alias, service, since, coming)
        return self.tr("{0} asks for help with {1} ({2}), since {3}.").format(
            e.raised_by_name, e.alias, service, since
        )

    def _row(self, escalation: models.Escalation, focus: bool) -> QWidget:
        row = QWidget()
        row.setObjectName("helpCall")
        row.setProperty("kind", escalation.kind)
        label = QLabel(self._text(escalation))
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(label, 1)
        if escalation.status == "open":
            button = QPushButton(self.tr("I'm coming"))
            button.setProperty("escalation", escalation.id)
            button.setAccessibleName(
                self.tr("Answer the call from {0}").format(escalation.raised_by_name)
            )
            button.clicked.connect(lambda _=False, e=escalation.id: self._answer(e))
            layout.addWidget(button)
            if focus:  # a re-alert rebuilds the list: the keyboard stays where it was
                button.setFocus()
        return row

    def _answer(self, escalation: str) -> None:
        self.problem.hide()
        spawn(self.session.desk.acknowledge(escalation), self._failed)

    def _failed(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.show()
