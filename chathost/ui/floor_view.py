"""A supervisor's floor: every active conversation of their services, most urgent first (acute
danger, then calls for help, then answered calls, then the rest, as `chathost.core.floor` orders
them), the queues, and the colleagues on the shift. Enter or a double click on a conversation
asks to read along in it (`open_requested`). The table sorts by a header click or, from the
keyboard, by "Sort by" (Alt+S) and its order beside it; both stay in step, and urgent
conversations stay on top whatever the sort.

Changes come in bursts (a message, its conversation, an escalation…): they are coalesced into
one refresh at most every `refresh_delay_ms`, and the one-second tick refreshes the durations.
While the page is not on screen nothing is refreshed; it catches up when shown again.

A switch of language while it runs renames everything at once, the tables' headers and cells
included, and the sort chosen stays as it was."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPointF,
    QRect,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QFocusEvent,
    QFont,
    QFontMetrics,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QShowEvent,
    QStaticText,
    QTransform,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from chathost.core.floor import SortKey
from chathost.ui.bridge import Bridge
from chathost.ui.floor_model import (
    ALIAS,
    HOST,
    RISK,
    SERVICE,
    SORTABLE,
    SUPERVISORS,
    AnyIndex,
    ConversationRole,
    FloorModel,
    QueueModel,
)
from chathost.ui.retranslate import Retranslating
from chathost.ui.staff_overview import StaffOverview

# Room at the start of the first column (a selected urgent row's frame runs there).
_MARK_WIDTH = 6

_REFRESHING = ("conversation", "escalation", "messages")


class FloorView(Retranslating, QWidget):
    open_requested = Signal(str)  # a conversation id: read along in it
    problem = Signal(str)  # a translated sentence for the window's problem display
    refreshed = Signal()  # the tables show the state as it is now

    def __init__(
        self,
        bridge: Bridge,
        wait_alert_seconds: float = 300.0,
        clock: Callable[[], float] = time.time,
        refresh_delay_ms: int = 100,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("floorView")
        self.bridge = bridge
        self.session = bridge.session
        state = self.session.state
        self.conversations = FloorModel(state, clock, self)
        self.queues = QueueModel(state, clock, wait_alert_seconds, self)
        self._dirty = True
        self._sized_for: tuple[str, ...] = ()

        self.title = QLabel()
        self.title.setObjectName("panelTitle")
        self.acute = QLabel()
        self.acute.setObjectName("floorAcute")
        self.help = QLabel()
        self.help.setObjectName("floorHelp")
        self.total = QLabel()
        self.total.setObjectName("floorTotal")
        for label in (self.acute, self.help, self.total):
            label.setTextFormat(Qt.TextFormat.PlainText)
        self._order_words: dict[SortKey, tuple[str, str]] = {}  # by retranslate
        self.sort_label = QLabel()
        self.sort_choice = QComboBox()
        self.sort_choice.setObjectName("floorSortBy")
        for column in SORTABLE:  # named as their columns, by retranslate
            self.sort_choice.addItem("", column)
        self.sort_label.setBuddy(self.sort_choice)
        self.sort_order = QComboBox()
        self.sort_order.setObjectName("floorSortOrder")
        self.sort_order.addItems(["", ""])  # worded for the chosen column by _show_sort
        for choice in (self.sort_choice, self.sort_order):
            choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.sort_choice.currentIndexChanged.connect(self._sort_chosen)
        self.sort_order.currentIndexChanged.connect(self._sort_chosen)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addSpacing(12)
        top.addWidget(self.acute)
        top.addWidget(self.help)
        top.addStretch(1)
        top.addWidget(self.sort_label)
        top.addWidget(self.sort_choice)
        top.addWidget(self.sort_order)
        top.addSpacing(18)
        top.addWidget(self.total)

        self.table = FloorTable(self.conversations)
        self.table.setObjectName("floorTable")
        self.title.setBuddy(self.table)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        rows = self.table.verticalHeader()
        rows.hide()
        # Fixed row heights and column widths: nothing is measured over all rows on a refresh.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.sectionClicked.connect(self._header_clicked)

        self.queue_table = QTableView()
        self.queue_table.setObjectName("floorQueues")
        self.queue_table.setModel(self.queues)
        self.queue_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        # Read-only, but reachable by Tab: a screen reader reads the waits cell by cell.
        self.queue_table.setTabKeyNavigation(False)
        self.queue_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.queue_table.setShowGrid(False)
        self.queue_table.verticalHeader().hide()
        self.queue_table.setSizeAdjustPolicy(
            QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents
        )
        queue_header = self.queue_table.horizontalHeader()
        queue_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        queue_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.queues_title = QLabel()
        self.queues_title.setObjectName("panelTitle")
        queues_box = QWidget()
        queues_layout = QVBoxLayout(queues_box)
        queues_layout.setContentsMargins(0, 0, 0, 0)
        queues_layout.addWidget(self.queues_title)
        queues_layout.addWidget(self.queue_table, 1)
        self.queues_title.setBuddy(self.queue_table)  # heard with the table by a screen reader

        self.staff = StaffOverview(bridge, clock)
        self.staff.problem.connect(self.problem)

        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(top)
        upper_layout.addWidget(self.table, 1)
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(queues_box)
        lower.addWidget(self.staff)
        lower.setStretchFactor(1, 1)
        lower.setSizes([320, 880])
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(upper)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([520, 200])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.splitter)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(refresh_delay_ms)
        self._timer.timeout.connect(self.refresh)
        self.table.activated.connect(self._activated)
        # The conversation the supervisor is on: rows are positions, the selection follows it.
        self._current: str | None = None
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        bridge.state.connect(self._on_state)
        bridge.tick.connect(self.schedule)
        self.refresh()
        self.retranslate()

    def retranslate(self) -> None:
        """Every text in the language now in use; the sort and the selection stay."""
        self.title.setText(self.tr("Conversations on the floor"))
        self.table.setAccessibleName(self.tr("Conversations on the floor"))
        self.conversations.retranslate()
        self.table.setAccessibleDescription(self.conversations.open_hint())
        self.sort_label.setText(self.tr("&Sort by:"))
        self.sort_choice.setAccessibleName(self.tr("Sort the conversations by"))
        self.sort_order.setAccessibleName(self.tr("Sort order"))
        stays = self.tr("Urgent conversations always stay on top.")
        for choice in (self.sort_choice, self.sort_order):
            choice.setToolTip(stays)
            choice.setAccessibleDescription(stays)
        for index in range(self.sort_choice.count()):  # the current choice stays
            heading = self.conversations.headerData(
                int(self.sort_choice.itemData(index)), Qt.Orientation.Horizontal
            )
            self.sort_choice.setItemText(index, str(heading))
        self._order_words = self._order_texts()
        self._show_sort()
        self.queues_title.setText(self.tr("Queues"))
        self.queue_table.setAccessibleName(self.tr("Queues"))
        self.queues.retranslate()
        self._set_sizes()  # the headings and the widest texts differ by language
        self._show_counts()

    # -------------------------------------------------------------- refreshing

    def _on_state(self, change: object) -> None:
        if change in ("staff", "queues") or (
            isinstance(change, tuple) and change[0] in _REFRESHING
        ):
            self.schedule()

    def schedule(self) -> None:
        """Refresh soon: a burst of changes refreshes once."""
        if not self.isVisible():
            self._dirty = True  # shown again, it refreshes first
            return
        if not self._timer.isActive():
            self._timer.start()

    def refresh(self) -> None:
        self._timer.stop()
        self._dirty = False
        self.conversations.refresh()
        if tuple(self.session.state.queues) != self._sized_for:
            self._set_sizes()  # the services' names are known now
        self._follow_current()
        self.queues.refresh()
        self._show_counts()
        self.refreshed.emit()

    def _show_counts(self) -> None:
        counts = self.conversations.counts()
        self.acute.setText(self.tr("Acute danger: {0}").format(counts["acute"]))
        self.acute.setVisible(counts["acute"] > 0)
        self.help.setText(self.tr("Asking for help: {0}").format(counts["help"]))
        self.help.setVisible(counts["help"] > 0)
        held, waiting = self.conversations.rowCount(), self.queues.waiting()
        # One or more (the languages the console speaks have those two forms), one sentence.
        self.total.setText(
            self.tr("1 conversation, {0} waiting in the queues").format(waiting)
            if held == 1
            else self.tr("{0} conversations, {1} waiting in the queues").format(held, waiting)
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    # -------------------------------------------------------------- sorting

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._set_sizes()  # the console's font size setting

    def _set_sizes(self) -> None:
        """Row height and column widths from the font and the widest texts (bold, as urgent
        rows show them), set once: nothing is measured over the rows on a refresh."""
        metrics = self.table.fontMetrics()
        self.table.verticalHeader().setDefaultSectionSize(metrics.height() + 10)
        bold_font = QFont(self.table.font())
        bold_font.setBold(True)
        bold = QFontMetrics(bold_font)
        em = bold.horizontalAdvance("M")
        header = self.table.horizontalHeader()
        least = {ALIAS: 9 * em, HOST: 11 * em, SERVICE: 6 * em, SUPERVISORS: 12 * em}
        for column in range(self.conversations.columnCount()):
            texts = self.conversations.column_samples(column)
            widest = max((bold.horizontalAdvance(t) for t in texts), default=0) + em
            heading = header.sectionSizeFromContents(column).width()
            self.table.setColumnWidth(column, max(widest, heading, least.get(column, 0)))
        self._sized_for = tuple(self.session.state.queues)

    def _order_texts(self) -> dict[SortKey, tuple[str, str]]:
        """The orders of each sort in words, (descending, ascending): an arrow in a header is
        easy to misread."""
        times = (self.tr("Longest first"), self.tr("Shortest first"))
        names = (self.tr("Z to A"), self.tr("A to Z"))
        return {
            "since_visitor": times,
            "duration": times,
            "risk": (self.tr("Highest first"), self.tr("Lowest first")),
            "host": names,
            "service": names,
        }

    def _show_sort(self) -> None:
        """The header's indicator and the sort controls show the sort the model has."""
        model = self.conversations
        descending = model.descending
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        column = model.sort_column()
        self.table.horizontalHeader().setSortIndicator(column, order)
        first_click = SORTABLE[column][1]  # the column's usual order is offered first
        words = self._order_words[model.sort_key]
        texts = (words[0], words[1]) if first_click else (words[1], words[0])
        for choice in (self.sort_choice, self.sort_order):
            choice.blockSignals(True)
        self.sort_choice.setCurrentIndex(self.sort_choice.findData(column))
        for index, text in enumerate(texts):
            self.sort_order.setItemText(index, text)
            self.sort_order.setItemData(index, first_click if index == 0 else not first_click)
        self.sort_order.setCurrentIndex(self.sort_order.findData(descending))
        for choice in (self.sort_choice, self.sort_order):
            choice.blockSignals(False)

    def _sort_chosen(self) -> None:
        """A sort chosen in the controls: a new column starts in its usual order (as a first
        click on its header does); the order box flips the current one."""
        column = int(self.sort_choice.currentData())
        if column != self.conversations.sort_column():
            descending = SORTABLE[column][1]
        else:
            descending = bool(self.sort_order.currentData())
        self.sort_by(column, descending)

    def _header_clicked(self, column: int) -> None:
        sortable = SORTABLE.get(column)
        if sortable is not None:
            key, descending = sortable
            if key == self.conversations.sort_key:
                descending = not self.conversations.descending
            self.sort_by(column, descending)
        self._show_sort()  # a column the core cannot sort by keeps the current order

    def sort_by(self, column: int, descending: bool) -> None:
        """Sort by a column within each urgency group (urgent conversations stay on top)."""
        sortable = SORTABLE.get(column)
        if sortable is None:
            return
        self.conversations.set_sort(sortable[0], descending)
        self._show_sort()

    # -------------------------------------------------------------- the current conversation

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._current = self.conversations.conversation_at(current.row())

    def _follow_current(self) -> None:
        """Keep the selection on its conversation when the conversation moves; when it ended,
        the row now in its place is the current one."""
        index = self.table.currentIndex()
        if self._current is None or not index.isValid():
            return
        row = self.conversations.row_of(self._current)
        if row < 0:
            self._current = self.conversations.conversation_at(index.row())
        elif row != index.row():
            flags = (
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows
            )
            self.table.selectionModel().setCurrentIndex(
                self.conversations.index(row, index.column()), flags
            )

    # -------------------------------------------------------------- opening

    def _activated(self, index: QModelIndex) -> None:
        conversation = index.data(ConversationRole)
        if conversation:
            self.open_requested.emit(str(conversation))

    def selected_conversation(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.conversations.conversation_at(index.row())

    def select_conversation(self, conversation_id: str) -> bool:
        """Make this conversation the current row (False: it is not on the floor)."""
        row = self.conversations.row_of(conversation_id)
        if row < 0:
            return False
        self.table.setCurrentIndex(self.conversations.index(row, 0))
        return True

    def open_selected(self) -> None:
        conversation = self.selected_conversation()
        if conversation is not None:
            self.open_requested.emit(conversation)

    def focus_table(self) -> None:
        """Keyboard focus on the conversations, the first one current if none is."""
        self.table.setFocus()
        if not self.table.currentIndex().isValid() and self.conversations.rowCount():
            self.table.setCurrentIndex(self.conversations.index(0, 0))


class FloorTable(QTableView):
    """The conversations table, painted a row at a time straight from the model's rows.

    QTableView paints cell by cell through a delegate: for 30 rows of 8 columns that is 240
    calls into Python, each building a style option and laying the text out again, and the
    floor repaints often (a full repaint took about 12 ms of CPU that way, 1 ms this way).
    Here one paint event is one Python call: a fill per row (its urgency's colour, the
    selection's, or the alternate base), and per cell a text laid out once (a QStaticText,
    elided to the column) and drawn many times. A selected urgent row keeps its colour, framed
    in the selection's. Everything else (selection, keyboard, mouse, headers, scrolling,
    accessibility) is QTableView's own."""

    def __init__(self, model: FloorModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.floor_model = model
        self.setModel(model)
        self._texts: dict[tuple[str, bool, int, str], QStaticText] = {}
        self._fonts: dict[str, tuple[QFont, QFont, int]] = {}

    def _font_set(self) -> tuple[QFont, QFont, int, str]:
        """The table's font, its bold face, the line height, and their key."""
        font = self.font()
        key = font.key()
        found = self._fonts.get(key)
        if found is None:
            bold = QFont(font)
            bold.setBold(True)
            found = (font, bold, QFontMetrics(font).height())
            self._fonts[key] = found
        return found[0], found[1], found[2], key

    def _static(self, text: str, font: QFont, bold: bool, width: int, key: str) -> QStaticText:
        cache_key = (text, bold, width, key)
        static = self._texts.get(cache_key)
        if static is None:
            if len(self._texts) > 4000:  # texts of rows and widths long gone
                self._texts.clear()
            shown = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, width)
            static = QStaticText(shown)
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.prepare(QTransform(), font)
            self._texts[cache_key] = static
        return static

    # The keyboard's row is outlined whole: Qt repaints only the current cell on these.
    def currentChanged(self, current: AnyIndex, previous: AnyIndex) -> None:
        super().currentChanged(current, previous)
        self._repaint_row(previous.row())
        self._repaint_row(current.row())

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._repaint_row(self.currentIndex().row())

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self._repaint_row(self.currentIndex().row())

    def _repaint_row(self, row: int) -> None:
        if row >= 0:
            y = self.rowViewportPosition(row)
            self.viewport().update(QRect(0, y, self.viewport().width(), self.rowHeight(row)))

    def paintEvent(self, event: QPaintEvent) -> None:
        model = self.floor_model
        count = model.rowCount()
        if count == 0:
            return
        area = event.rect()
        rows = self.verticalHeader()
        first = rows.logicalIndexAt(area.top())
        if first < 0:
            return
        last = rows.logicalIndexAt(area.bottom())
        last = count - 1 if last < 0 else last
        header = self.horizontalHeader()
        columns = []
        for visual in range(header.count()):
            column = header.logicalIndex(visual)
            x, width = header.sectionViewportPosition(column), header.sectionSize(column)
            if header.isSectionHidden(column) or x + width < area.left() or x > area.right():
                continue
            columns.append((column, x, width))
        left = -header.offset()  # the row's band spans every column, scrolled sideways
        right = left + header.length()
        palette = self.palette()
        group = (
            QPalette.ColorGroup.Active if self.isActiveWindow() else QPalette.ColorGroup.Inactive
        )
        highlight = palette.brush(group, QPalette.ColorRole.Highlight)
        highlighted_text = palette.color(group, QPalette.ColorRole.HighlightedText)
        alternate = palette.brush(group, QPalette.ColorRole.AlternateBase)
        text_colour = palette.color(group, QPalette.ColorRole.Text)
        selection = self.selectionModel()
        selected = {index.row() for index in selection.selectedRows()} if selection else set()
        current = self.currentIndex().row() if self.hasFocus() else -1
        font, bold_font, line, key = self._font_set()
        leading = header.logicalIndex(0)
        focus_pen = QPen(highlight.color().darker(150), 2)
        frame_pen = QPen(highlight.color(), 4)
        painter = QPainter(self.viewport())
        for row in range(first, last + 1):
            y, height = rows.sectionViewportPosition(row), rows.sectionSize(row)
            texts, background, foreground, bold, risk = model.paint_row(row)
            band = QRect(left, y, right - left, height)
            chosen = row in selected
            if chosen and background is None:
                painter.fillRect(band, highlight)
                pen = highlighted_text
            else:
                # An urgent row keeps its colour when selected, framed in the selection's.
                if background is not None:
                    painter.fillRect(band, background)
                elif row % 2:
                    painter.fillRect(band, alternate)
                pen = foreground.color() if foreground is not None else text_colour
            text_y = y + (height - line) / 2
            for column, x, width in columns:
                text = texts[column]
                if not text:
                    continue
                cell_bold = bold
                cell_pen = pen
                if column == RISK and risk is not None and not chosen:
                    cell_bold = True
                    if foreground is None:
                        cell_pen = risk.color()
                inset = _MARK_WIDTH + 2 if column == leading else 4
                room = width - inset - 4
                if room <= 0:
                    continue
                face = bold_font if cell_bold else font
                static = self._static(text, face, cell_bold, room, key)
                painter.setFont(face)
                painter.setPen(cell_pen)
                painter.drawStaticText(QPointF(x + inset, text_y), static)
            if chosen and background is not None:
                painter.setPen(frame_pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(band.adjusted(2, 2, -2, -2))
            if row == current:  # where the keyboard is
                painter.setPen(focus_pen)
                painter.drawRect(band.adjusted(1, 1, -1, -1))
        painter.end()
