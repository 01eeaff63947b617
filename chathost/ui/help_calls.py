"""A supervisor's list of calls for help in their services: acute flags first, each with the
host, the conversation and how long it has waited, and "I'm coming" to answer it. Hidden when
nobody is calling; what must never be missed, above whichever page is shown.

It sits above the floor, so it never grows past `shown_at_most` calls: more scroll (the most
urgent stay at the top), and the title counts them all. A host's console has it too, always
hidden (the calls are a supervisor's). A switch of language rewords the calls in place, and the
keyboard stays on the call it was on."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from chathost.protocol import models
from chathost.ui.bridge import Bridge
from chathost.ui.retranslate import Retranslating
from chathost.ui.tasks import spawn
from chathost.ui.timefmt import clock_time


class HelpCalls(Retranslating, QFrame):
    def __init__(
        self, bridge: Bridge, shown_at_most: int = 3, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("helpCalls")
        self.bridge = bridge
        self.session = bridge.session
        self.shown_at_most = shown_at_most
        self.title = QLabel()  # counts the calls: set by refresh
        self.title.setObjectName("panelTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        listing = QWidget()
        listing.setObjectName("helpCallRows")
        self.rows = QVBoxLayout(listing)
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("helpCallList")
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(listing)
        self.scroll.viewport().setAutoFillBackground(False)  # the box's own colour
        listing.setAutoFillBackground(False)
        self.scroll.viewport().installEventFilter(self)  # a new width: rows wrap anew
        self.problem = QLabel()
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.problem.hide()
        # "2 more below": the calls out of sight are never a surprise.
        self.more = QLabel()
        self.more.setObjectName("helpCallsMore")
        self.more.setTextFormat(Qt.TextFormat.PlainText)
        self.more.hide()
        heading = QHBoxLayout()
        heading.addWidget(self.title)
        heading.addSpacing(12)
        heading.addWidget(self.more)
        heading.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addWidget(self.scroll)
        layout.addWidget(self.problem)
        self._fitting = False
        self._heights: list[int] = []  # of every row at the list's width, for `below`
        self.scroll.verticalScrollBar().valueChanged.connect(self._show_more)
        bridge.state.connect(self._on_state)
        self.refresh()
        self.retranslate()

    def retranslate(self) -> None:
        """The calls reworded where they are (their times in the new format too): rebuilt,
        the old rows would stay on screen until deleted, and the keyboard would move."""
        self.scroll.setAccessibleName(self.tr("Calls for help"))
        escalations = self.session.state.escalations
        rows = self.shown_rows()
        for row in rows:
            escalation = escalations.get(str(row.property("call")))
            if escalation is not None:
                self._word(row, escalation)
        self._show_count(len(rows))
        self._fit()  # the new words wrap differently

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
        refocused: QWidget | None = None
        for escalation in calls:
            row = self._row(escalation, focused_call == escalation.id)
            self.rows.addWidget(row)
            if focused_call == escalation.id:
                refocused = row
        self._show_count(len(calls))
        self._fit()
        if refocused is not None:  # in sight once laid out (new rows have no place yet)
            QTimer.singleShot(0, refocused, lambda: self.scroll.ensureWidgetVisible(refocused))
        else:
            self.scroll.verticalScrollBar().setValue(0)  # the most urgent in sight
        self._show_more()
        self.setVisible(bool(calls))

    def _show_count(self, calls: int) -> None:
        self.title.setText(self.tr("Calls for help ({0})").format(calls))

    def shown_rows(self) -> list[QWidget]:
        """The calls' rows, most urgent first."""
        found = (self.rows.itemAt(i) for i in range(self.rows.count()))
        return [w for item in found if item is not None and (w := item.widget()) is not None]

    def below(self) -> int:
        """How many calls are out of sight below the list's end (less than half shown)."""
        spacing = max(0, self.rows.spacing())
        end = self.scroll.verticalScrollBar().value() + self.scroll.height()
        top, hidden = 0, 0
        for height in self._heights:
            if top + height / 2 > end:
                hidden += 1
            top += height + spacing
        return hidden

    def _show_more(self) -> None:
        hidden = self.below()
        self.more.setText(self.tr("%n more below: scroll down", "", hidden))
        self.more.setVisible(hidden > 0)

    def _fit(self) -> None:
        """As tall as the first `shown_at_most` calls at the width they have now; more scroll."""
        if self._fitting:
            return
        self._fitting = True
        try:
            width = self.scroll.viewport().width()
            self._heights = []
            for row in self.shown_rows():
                wrapped = row.hasHeightForWidth() and width > 0
                self._heights.append(
                    row.heightForWidth(width) if wrapped else row.sizeHint().height()
                )
            shown = self._heights[: self.shown_at_most]
            spacing = max(0, self.rows.spacing()) * max(0, len(shown) - 1)
            self.scroll.setFixedHeight(sum(shown) + spacing)
            self._show_more()
        finally:
            self._fitting = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.scroll.viewport():
            self._fit()
        return super().eventFilter(watched, event)

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
        row.setProperty("call", escalation.id)
        label = QLabel()
        label.setObjectName("helpCallText")
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(label, 1)
        if escalation.status == "open":
            button = QPushButton()
            button.setProperty("escalation", escalation.id)
            button.clicked.connect(lambda _=False, e=escalation.id: self._answer(e))
            layout.addWidget(button)
            if focus:  # a re-alert rebuilds the list: the keyboard stays where it was
                button.setFocus()
        self._word(row, escalation)
        return row

    def _word(self, row: QWidget, escalation: models.Escalation) -> None:
        """A call's row in the language in use."""
        label = row.findChild(QLabel, "helpCallText")
        if label is not None:
            label.setText(self._text(escalation))
        button = row.findChild(QPushButton)
        if button is not None:
            button.setText(self.tr("I'm coming"))
            button.setAccessibleName(
                self.tr("Answer the call from {0}").format(escalation.raised_by_name)
            )

    def _answer(self, escalation: str) -> None:
        self.problem.hide()
        spawn(self.session.desk.acknowledge(escalation), self._failed)

    def _failed(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.show()
