"""The shift overview a supervisor sees: every colleague in their services, with their shift
(on shift, paused, off), how many conversations they hold of how many they may ("2 of 3", at
capacity marked), how long they have been busy without a break, whether their console is
connected, and whether they asked for a debrief ("Take the debrief request" answers it).

Colleagues are few (tens), but their changes come often (every conversation taken or ended
changes someone's "holding"): changes are coalesced into one refresh, only cells whose text
changed are set, and the rows are rebuilt only when someone comes or goes. Nothing is refreshed
while the overview is not on screen (a switch of language rewords it at once). Names are shown
as plain text."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QFont, QFontMetrics, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from chathost.core.untrusted import for_display
from chathost.protocol import models
from chathost.ui.bridge import Bridge
from chathost.ui.retranslate import Retranslating
from chathost.ui.tasks import spawn
from chathost.ui.theme import current_theme, theme_switches, tone_brushes
from chathost.ui.timefmt import clock_time, duration

NAME, ROLE, SHIFT, HOLDING, BUSY, CONNECTION, DEBRIEF = range(7)
UsernameRole = Qt.ItemDataRole.UserRole + 1
LookRole = Qt.ItemDataRole.UserRole + 2  # what the row's colours were last set for


class StaffOverview(Retranslating, QWidget):
    problem = Signal(str)  # a translated sentence: taking a debrief request failed
    refreshed = Signal()  # the table shows the colleagues as they are now

    def __init__(
        self,
        bridge: Bridge,
        clock: Callable[[], float] = time.time,
        refresh_delay_ms: int = 100,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.session = bridge.session
        self.clock = clock
        self.title = QLabel()
        self.title.setObjectName("panelTitle")
        # "2 asked for a debrief": pressed, it shows the first of them (the list is by name).
        self.debriefs = QPushButton()
        self.debriefs.setObjectName("floorDebriefs")
        self.debriefs.clicked.connect(self.show_debrief_request)
        self.debriefs.hide()
        self.table = QTableWidget(0, 7)
        self.table.setObjectName("staffTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        # Sized when colleagues come or go, not on every change: a column sized to its contents
        # measures every row each time one of its texts changes.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(QPushButton("M").sizeHint().height() + 6)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.debriefs)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.title.setBuddy(self.table)  # a screen reader hears the table's heading with it
        self._bold = QFont()
        self._bold.setBold(True)
        self._order: list[str] = []
        self._busy: set[str] = set()  # usernames whose debrief request is being taken
        self._shift: dict[str, str] = {}  # the words, by retranslate
        self._roles: dict[str, str] = {}
        self._dirty = True
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(refresh_delay_ms)
        self._timer.timeout.connect(self.refresh)
        bridge.state.connect(self._on_state)
        bridge.tick.connect(self._tick)
        theme_switches().connect(self.refresh)  # the rows' colours (see LookRole)
        self.retranslate()

    def retranslate(self) -> None:
        """Every text in the language now in use: headings, the colleagues' rows (their
        debrief buttons too), and the columns sized for the new words."""
        self.title.setText(self.tr("Colleagues"))
        self.debriefs.setToolTip(self.tr("Show who asked"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Role"),
                self.tr("Shift"),
                self.tr("Holding"),
                self.tr("Busy for"),
                self.tr("Console"),
                self.tr("Debrief"),
            ]
        )
        self.table.setAccessibleName(self.tr("Colleagues on the shift"))
        self._shift = {
            "available": self.tr("On shift"),
            "paused": self.tr("Paused"),
            "off": self.tr("Off shift"),
        }
        self._roles = {"host": self.tr("Host"), "supervisor": self.tr("Supervisor")}
        self.refresh()
        self._size_columns()

    # -------------------------------------------------------------- showing

    def _on_state(self, change: object) -> None:
        if change == "staff":
            self.schedule()

    def schedule(self) -> None:
        if not self.isVisible():
            self._dirty = True
        elif not self._timer.isActive():
            self._timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    def _tick(self) -> None:
        if self.isVisible():
            self._refresh_busy()

    def members(self) -> list[models.StaffMember]:
        """In the order shown: by name."""
        return sorted(
            self.session.state.staff.values(),
            key=lambda m: (m.display_name.casefold(), m.username),
        )

    def row_of(self, username: str) -> int:
        return self._order.index(username) if username in self._order else -1

    def refresh(self) -> None:
        self._timer.stop()
        self._dirty = False
        members = self.members()
        order = [m.username for m in members]
        if order != self._order:
            focused = QApplication.focusWidget()
            refocus = focused.property("debriefFor") if focused is not None else None
            self.table.clearContents()
            self.table.setRowCount(len(members))
            for row in range(len(members)):
                for column in range(self.table.columnCount()):
                    self.table.setItem(row, column, QTableWidgetItem())
            self._order = order
            for row, member in enumerate(members):
                self._fill(row, member)
            self._size_columns()
        else:
            refocus = None
            for row, member in enumerate(members):
                self._fill(row, member)
        if refocus is not None and refocus in self._order:
            button = self._button(self.row_of(str(refocus)))
            if button is not None:
                button.setFocus()
        requested = sum(1 for m in members if m.debrief == "requested")
        self.debriefs.setText(
            self.tr("{0} asked for a debrief").format(requested) if requested else ""
        )
        self.debriefs.setVisible(bool(requested))
        self._refresh_busy()
        self.refreshed.emit()

    def _size_columns(self) -> None:
        """To the texts now, and wide enough for the longest a busy time or a full load get."""
        self.table.resizeColumnsToContents()
        bold_font = QFont(self.table.font())
        bold_font.setBold(True)
        bold = QFontMetrics(bold_font)
        samples = {
            BUSY: duration(10 * 3600 + 59 * 60),
            HOLDING: self.tr("{0} of {1}, at capacity").format(10, 10),
        }
        for column, text in samples.items():
            wanted = bold.horizontalAdvance(text) + bold.horizontalAdvance("MM")
            if self.table.columnWidth(column) < wanted:
                self.table.setColumnWidth(column, wanted)

    def _fill(self, row: int, member: models.StaffMember) -> None:
        on_shift = member.shift != "off"
        full = on_shift and member.capacity > 0 and member.holding >= member.capacity
        texts = {
            NAME: for_display(member.display_name, 80).text,
            ROLE: self._roles.get(member.role, member.role),
            SHIFT: self._shift.get(member.shift, member.shift),
            HOLDING: (self.tr("{0} of {1}, at capacity") if full else self.tr("{0} of {1}")).format(
                member.holding, member.capacity
            ),
            CONNECTION: self.tr("Connected") if member.connected else self.tr("Not connected"),
        }
        missing = on_shift and not member.connected  # on shift, but their console is gone
        look = (on_shift, full, missing, current_theme())
        name = self._item(row, NAME)
        if name.data(UsernameRole) != member.username or name.data(LookRole) != look:
            name.setData(LookRole, look)
            off_text = tone_brushes("muted")[1]
            full_background, full_text = tone_brushes("attention")
            for column in texts:
                item = self._item(row, column)
                item.setData(UsernameRole, member.username)
                item.setForeground(QBrush() if on_shift else off_text)
            holding = self._item(row, HOLDING)
            holding.setBackground(full_background if full else QBrush())
            holding.setForeground(full_text if full else QBrush() if on_shift else off_text)
            holding.setData(Qt.ItemDataRole.FontRole, self._bold if full else None)
            connection = self._item(row, CONNECTION)
            if missing:
                connection.setForeground(tone_brushes("problem")[1])
            connection.setData(Qt.ItemDataRole.FontRole, self._bold if missing else None)
        for column, text in texts.items():
            _set_text(self._item(row, column), text)
        self._fill_debrief(row, member)

    def _fill_debrief(self, row: int, member: models.StaffMember) -> None:
        item = self._item(row, DEBRIEF)
        if member.debrief != "requested":
            if self.table.cellWidget(row, DEBRIEF) is not None:
                self.table.removeCellWidget(row, DEBRIEF)
            self._busy.discard(member.username)
            if member.debrief == "acknowledged":
                text = self.tr("Taken by {0}").format(
                    for_display(member.debrief_by_name or "", 80).text
                )
            else:
                text = ""
            _set_text(item, text)
            if item.background().style() != Qt.BrushStyle.NoBrush:
                item.setBackground(QBrush())
            return
        _set_text(item, "")
        asked_background = tone_brushes("info")[0]
        if item.background() != asked_background:
            item.setBackground(asked_background)
        since = member.debrief_requested_at
        asked = (
            self.tr("Asked at {0}").format(clock_time(since))
            if since is not None
            else self.tr("Asked for a debrief")
        )
        cell = self.table.cellWidget(row, DEBRIEF)
        if cell is None or cell.property("debriefFor") != member.username:
            cell = QWidget()
            cell.setProperty("debriefFor", member.username)
            label = QLabel()
            label.setObjectName("debriefAsked")
            label.setTextFormat(Qt.TextFormat.PlainText)
            button = QPushButton()
            button.setObjectName("debriefButton")
            button.setProperty("debriefFor", member.username)
            button.clicked.connect(lambda _=False, u=member.username: self.acknowledge(u))
            box = QHBoxLayout(cell)
            box.setContentsMargins(4, 0, 4, 0)
            box.addWidget(label)
            box.addWidget(button)
            box.addStretch(1)
            self.table.setCellWidget(row, DEBRIEF, cell)
        shown = cell.findChild(QLabel, "debriefAsked")
        if shown is not None and shown.text() != asked:
            shown.setText(asked)
        taking = self._button(row)
        if taking is not None:
            self._name_button(taking, member)
            taking.setEnabled(member.username not in self._busy)

    def _name_button(self, button: QPushButton, member: models.StaffMember) -> None:
        """In the language in use (set only when it changed: refreshes come often)."""
        text = self.tr("Take the debrief request")
        if button.text() != text:
            button.setText(text)
        spoken = self.tr("Take the debrief request of {0}").format(
            for_display(member.display_name, 80).text
        )
        if button.accessibleName() != spoken:
            button.setAccessibleName(spoken)

    def _item(self, row: int, column: int) -> QTableWidgetItem:
        item = self.table.item(row, column)
        assert item is not None  # every cell gets one when the rows are built
        return item

    def _button(self, row: int) -> QPushButton | None:
        cell = self.table.cellWidget(row, DEBRIEF) if row >= 0 else None
        return cell.findChild(QPushButton) if cell is not None else None

    def _refresh_busy(self) -> None:
        now = self.clock()
        staff = self.session.state.staff
        for row, username in enumerate(self._order):
            member = staff.get(username)
            if member is None:
                continue
            since = member.busy_since
            _set_text(self._item(row, BUSY), "" if since is None else duration(now - since))

    # -------------------------------------------------------------- the debrief

    def show_debrief_request(self) -> None:
        """Scroll to the first colleague (by name) waiting for a debrief; their button gets the
        keyboard."""
        staff = self.session.state.staff
        for row, username in enumerate(self._order):
            member = staff.get(username)
            if member is not None and member.debrief == "requested":
                self.table.selectRow(row)
                self.table.scrollTo(self.table.model().index(row, DEBRIEF))
                button = self._button(row)
                if button is not None:
                    button.setFocus()
                return

    def acknowledge(self, username: str) -> None:
        """ "Take the debrief request": the colleague's console shows who took it."""
        if username in self._busy:
            return
        self._busy.add(username)
        button = self._button(self.row_of(username))
        if button is not None:
            button.setEnabled(False)

        async def take() -> None:
            try:
                await self.session.acknowledge_debrief(username)
            finally:
                self._busy.discard(username)
                self.refresh()

        spawn(take(), self.problem.emit)


def _set_text(item: QTableWidgetItem, text: str) -> None:
    """Only a real change: every set text is a model change the table reacts to."""
    if item.text() != text:
        item.setText(text)
