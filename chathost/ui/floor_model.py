"""The table models behind a supervisor's floor view: every active conversation of their
services (what needs a supervisor first, as `chathost.core.floor` orders it) and every queue.

Built to be refreshed several times a second over hundreds of rows. A refresh asks the core for
the rows (one pass plus a sort) and compares them, position by position, with what is shown
through a small key per row (which conversation, and what its cells show, durations to the
minute): only rows whose key changed get `dataChanged`, so a second that changes no minute
repaints nothing and a change below the visible rows repaints nothing on screen. The cells'
texts are made when a row is first painted after a change, not for every row.

Rows are positions, not conversations: a view keeps its selection on a conversation through
`row_of` (FloorView does).

Models get no LanguageChange event of their own: the view that owns them calls `retranslate()`
when the language changes, and every header and cell is asked for again."""

from __future__ import annotations

import time
from collections.abc import Callable, Hashable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QFont

from chathost.core.floor import (
    EscalationLevel,
    FloorRow,
    QueueRow,
    SortKey,
    conversation_rows,
    queue_rows,
)
from chathost.core.state import ConsoleState
from chathost.core.untrusted import for_display
from chathost.ui.theme import tone_brushes
from chathost.ui.timefmt import duration

ConversationRole = Qt.ItemDataRole.UserRole + 1  # the conversation id of a row
EscalationRole = Qt.ItemDataRole.UserRole + 2  # "acute", "help", "acknowledged" or "none"
ServiceRole = Qt.ItemDataRole.UserRole + 3  # the queue's service slug

AnyIndex = QModelIndex | QPersistentModelIndex

# Roles as plain ints: `data` runs for every cell painted, and comparing ints is cheap.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_BACKGROUND_ROLE = int(Qt.ItemDataRole.BackgroundRole)
_FOREGROUND_ROLE = int(Qt.ItemDataRole.ForegroundRole)
_CONVERSATION = int(ConversationRole)
_ESCALATION = int(EscalationRole)
_SERVICE = int(ServiceRole)
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

# Columns of the conversations table.
ALIAS, HOST, SERVICE, DURATION, SINCE_VISITOR, RISK, ESCALATION, SUPERVISORS = range(8)
# Which columns the core can sort by, and the order a first click sorts them in.
SORTABLE: dict[int, tuple[SortKey, bool]] = {
    HOST: ("host", False),
    SERVICE: ("service", False),
    DURATION: ("duration", True),
    SINCE_VISITOR: ("since_visitor", True),
    RISK: ("risk", True),
}

# As console.qss: acute danger in the console's alarm red with white text (as the acute button
# and the lock screen's alert), a call for help in amber, an answered one in a calm blue; in
# the theme on screen (read as the row is painted). Never the only sign: the Escalation
# column says it in words.
_TONE_OF = {"acute": "acute", "help": "attention", "acknowledged": "info"}
_RISKY = ("high", "acute")


def _escalation_brushes(level: str) -> tuple[QBrush | None, QBrush | None]:
    name = _TONE_OF.get(level)
    return tone_brushes(name) if name is not None else (None, None)


def _risk_brush(risk: str | None) -> QBrush | None:
    return tone_brushes("problem")[1] if risk in _RISKY else None


_URGENT = ("acute", "help")
_NAME_CAP = 80  # names and aliases are short; a longer one is cut, never wraps a row


def _plain(text: str) -> str:
    """Text from the server (an alias, a name) as it is shown: literally, its direction
    contained, invisible characters made visible."""
    return for_display(text, _NAME_CAP).text


def _minutes(seconds: float | None) -> int:
    return -1 if seconds is None else int(seconds // 60)


def _runs(indexes: Sequence[int]) -> list[tuple[int, int]]:
    """Sorted row numbers as (first, last) runs of neighbours."""
    runs: list[tuple[int, int]] = []
    for i in indexes:
        if runs and runs[-1][1] == i - 1:
            runs[-1] = (runs[-1][0], i)
        else:
            runs.append((i, i))
    return runs


class _KeyedTable(QAbstractTableModel):
    """Rows with an identity (`_id`) and a display key (`_key`): the diffing refresh."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._keys: list[tuple[str, Hashable]] = []  # (identity, display key) per row
        self._texts: dict[str, tuple[Hashable, tuple[str, ...]]] = {}

    # What subclasses define.
    def _id(self, row: Any) -> str:
        raise NotImplementedError

    def _key(self, row: Any) -> Hashable:
        raise NotImplementedError

    def _make_texts(self, row: Any) -> tuple[str, ...]:
        raise NotImplementedError

    def _value(self, row: int, column: int, role: int) -> Any:
        """A cell's data for one role (an int), None for none."""
        raise NotImplementedError

    # Qt's side.
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        row = index.row()
        if not 0 <= row < len(self._rows):
            return None
        return self._value(row, index.column(), role)

    def multiData(self, index: AnyIndex, roleDataSpan: Any) -> None:
        """Every role a delegate paints a cell with, in one call (not one call per role)."""
        row = index.row()
        valid = 0 <= row < len(self._rows)
        column = index.column()
        for role_data in roleDataSpan:
            value = self._value(row, column, role_data.role()) if valid else None
            if value is None:
                role_data.clearData()
            else:
                role_data.setData(value)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def _cells(self, row: int) -> tuple[str, ...]:
        """The row's texts, made when first asked for after the row changed."""
        item = self._rows[row]
        key = self._keys[row]
        ident = self._id(item)
        cached = self._texts.get(ident)
        if cached is None or cached[0] != key:
            cached = (key, self._make_texts(item))
            self._texts[ident] = cached
        return cached[1]

    def _update(self, rows: list[Any]) -> None:
        """Show `rows`, touching only what changed. Rows are positions: the n-th row is the n-th
        conversation in the core's order, so a conversation moving from row i to row j changes
        rows i to j (repainted only where on screen), and conversations coming or going change
        the row count at the end. No layout change, which would repaint the whole table."""
        keys = [(self._id(r), self._key(r)) for r in rows]
        before, after = len(self._rows), len(rows)
        if after < before:
            self.beginRemoveRows(QModelIndex(), after, before - 1)
            del self._rows[after:]
            del self._keys[after:]
            self.endRemoveRows()
        common = min(before, after)
        old = self._keys
        changed = [i for i in range(common) if keys[i] != old[i]]
        self._rows[:common] = rows[:common]
        self._keys[:common] = keys[:common]
        if after > before:
            self.beginInsertRows(QModelIndex(), before, after - 1)
            self._rows.extend(rows[before:])
            self._keys.extend(keys[before:])
            self.endInsertRows()
        if len(self._texts) > 2 * after + 64:  # texts of rows long gone
            current = {ident for ident, _ in keys}
            self._texts = {i: t for i, t in self._texts.items() if i in current}
        self._changed(changed)

    def _changed(self, rows: list[int]) -> None:
        last_column = self.columnCount() - 1
        for first, last in _runs(rows):
            self.dataChanged.emit(self.index(first, 0), self.index(last, last_column), [])

    def _all_changed(self) -> None:
        """Every header and cell anew (in another language): the texts made so far are gone."""
        self._texts.clear()
        columns = self.columnCount()
        if columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)
        if columns and self._rows:
            self._changed(list(range(len(self._rows))))


class FloorModel(_KeyedTable):
    """The active conversations of the supervisor's services, most urgent first."""

    def __init__(
        self,
        state: ConsoleState,
        clock: Callable[[], float] = time.time,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.clock = clock
        self.sort_key: SortKey = "since_visitor"
        self.descending = True
        self._bold = QFont()
        self._bold.setBold(True)
        self.retranslate()

    def retranslate(self) -> None:
        """Headers and cells in the language now in use (FloorView calls it on a switch)."""
        self._headers = [
            self.tr("Alias"),
            self.tr("Host"),
            self.tr("Service"),
            self.tr("Duration"),
            self.tr("Since visitor wrote"),
            self.tr("Risk"),
            self.tr("Escalation"),
            self.tr("Supervisors"),
        ]
        self._risks = {
            "none": "—",
            "low": self.tr("Low"),
            "medium": self.tr("Medium"),
            "high": self.tr("High"),
            "acute": self.tr("Acute"),
        }
        self._levels = {
            "acute": self.tr("ACUTE DANGER"),
            "help": self.tr("Asks for help"),
            "acknowledged": self.tr("Help on the way"),
            "none": "",
        }
        self._open_hint = self.tr("Enter or double-click: read along in this conversation")
        self._all_changed()

    def open_hint(self) -> str:
        """How to read along in a conversation, for the table's spoken description."""
        return self._open_hint

    # -------------------------------------------------------------- refreshing

    def refresh(self) -> None:
        """Ask the core for the rows again (the state changed, or time went by)."""
        self._update(conversation_rows(self.state, self.clock(), self.sort_key, self.descending))

    def set_sort(self, key: SortKey, descending: bool) -> None:
        """Within each urgency group (acute, help, answered, the rest), by `key`."""
        if (key, descending) != (self.sort_key, self.descending):
            self.sort_key, self.descending = key, descending
            self.refresh()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Qt's entry (QTableView.sortByColumn): columns the core cannot sort by are ignored."""
        sortable = SORTABLE.get(column)
        if sortable is not None:
            self.set_sort(sortable[0], order == Qt.SortOrder.DescendingOrder)

    def sort_column(self) -> int:
        return next(c for c, (key, _) in SORTABLE.items() if key == self.sort_key)

    # -------------------------------------------------------------- what it holds

    def rows(self) -> list[FloorRow]:
        return list(self._rows)

    def row_of(self, conversation_id: str) -> int:
        """The row showing this conversation, or -1."""
        return next((i for i, r in enumerate(self._rows) if r.conversation == conversation_id), -1)

    def conversation_at(self, row: int) -> str | None:
        return self._rows[row].conversation if 0 <= row < len(self._rows) else None

    def column_samples(self, column: int) -> list[str]:
        """The widest texts a column may show (for sizing it; names are not known ahead)."""
        if column in (DURATION, SINCE_VISITOR):  # each form: which is widest differs by language
            return [duration(0), duration(59 * 60), duration(10 * 3600 + 59 * 60)]
        if column == RISK:
            return list(self._risks.values())
        if column == ESCALATION:
            return list(self._levels.values())
        if column == SERVICE:
            return [_plain(q.name) for q in self.state.queues.values()]
        return []

    def paint_row(
        self, row: int
    ) -> tuple[tuple[str, ...], QBrush | None, QBrush | None, bool, QBrush | None]:
        """What a row is painted with, in one call: (texts, background, foreground, bold, the
        risk column's own colour if its level stands out). For FloorTable; `data` gives the
        same role by role."""
        item: FloorRow = self._rows[row]
        level = item.escalation
        background, foreground = _escalation_brushes(level)
        return (self._cells(row), background, foreground, level in _URGENT, _risk_brush(item.risk))

    def counts(self) -> dict[EscalationLevel, int]:
        """How many rows there are of each urgency."""
        found: dict[EscalationLevel, int] = {"acute": 0, "help": 0, "acknowledged": 0, "none": 0}
        for row in self._rows:
            found[row.escalation] += 1
        return found

    # -------------------------------------------------------------- Qt's side

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            if section in SORTABLE:
                return self.tr("Sort by this column (urgent conversations always stay on top)")
            return None
        return None

    def _value(self, row: int, column: int, role: int) -> Any:
        if role == _DISPLAY:
            return self._cells(row)[column]
        item: FloorRow = self._rows[row]
        if role == _BACKGROUND_ROLE:
            return _escalation_brushes(item.escalation)[0]
        if role == _FOREGROUND_ROLE:
            found = _escalation_brushes(item.escalation)[1]
            if found is None and column == RISK:
                return _risk_brush(item.risk)
            return found
        if role == _FONT:
            if item.escalation in _URGENT or (column == RISK and item.risk in _RISKY):
                return self._bold
            return None
        if role == _CONVERSATION:
            return item.conversation
        if role == _ESCALATION:
            return item.escalation
        if role == _TOOLTIP:
            if column == SUPERVISORS and item.supervisors:
                return self._cells(row)[column]
            if column == ALIAS:
                return self._open_hint
        return None

    # -------------------------------------------------------------- the diffing's parts

    def _id(self, row: FloorRow) -> str:
        return row.conversation

    def _key(self, row: FloorRow) -> Hashable:
        supervisors = (
            tuple((s.username, s.display_name, s.mode) for s in row.supervisors)
            if row.supervisors
            else ()
        )
        return (
            row.alias,
            row.host_name,
            row.service,
            _minutes(row.duration),
            _minutes(row.since_visitor),
            row.risk,
            row.escalation,
            supervisors,
        )

    def _make_texts(self, row: FloorRow) -> tuple[str, ...]:
        queue = self.state.queues.get(row.service)
        return (
            _plain(row.alias),
            _plain(row.host_name),
            _plain(queue.name if queue is not None else row.service),
            "—" if row.duration is None else duration(row.duration),
            "—" if row.since_visitor is None else duration(row.since_visitor),
            self._risks.get(row.risk, row.risk),
            self._levels[row.escalation],
            ", ".join(self._supervisor(s.display_name, s.mode) for s in row.supervisors),
        )

    def _supervisor(self, name: str, mode: str) -> str:
        if mode == "joined":
            return self.tr("{0} (joined)").format(_plain(name))
        return self.tr("{0} (reading along)").format(_plain(name))


class QueueModel(_KeyedTable):
    """One row per queue of the supervisor's services: how many wait, and the longest wait."""

    def __init__(
        self,
        state: ConsoleState,
        clock: Callable[[], float] = time.time,
        wait_alert_seconds: float = 300.0,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.clock = clock
        self.wait_alert_seconds = wait_alert_seconds
        self._bold = QFont()
        self._bold.setBold(True)
        self.retranslate()

    def retranslate(self) -> None:
        """Headers and cells in the language now in use (FloorView calls it on a switch)."""
        self._headers = [self.tr("Service"), self.tr("Waiting"), self.tr("Longest wait")]
        self._all_changed()

    def refresh(self) -> None:
        self._update(queue_rows(self.state, self.clock()))

    def rows(self) -> list[QueueRow]:
        return list(self._rows)

    def waiting(self) -> int:
        return sum(r.waiting for r in self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def _long(self, row: QueueRow) -> bool:
        return row.longest_wait is not None and row.longest_wait >= self.wait_alert_seconds

    def _value(self, row: int, column: int, role: int) -> Any:
        if role == _DISPLAY:
            return self._cells(row)[column]
        item: QueueRow = self._rows[row]
        if role == _FONT:
            return self._bold if (item.waiting and column == 1) or self._long(item) else None
        if role == _BACKGROUND_ROLE:
            return tone_brushes("attention")[0] if self._long(item) else None
        if role == _FOREGROUND_ROLE:
            return tone_brushes("attention")[1] if self._long(item) else None
        if role == _ALIGNMENT and column == 1:
            return Qt.AlignmentFlag.AlignCenter
        if role == _SERVICE:
            return item.service
        return None

    def _id(self, row: QueueRow) -> str:
        return row.service

    def _key(self, row: QueueRow) -> Hashable:
        return (row.name, row.waiting, _minutes(row.longest_wait), self._long(row))

    def _make_texts(self, row: QueueRow) -> tuple[str, ...]:
        return (
            _plain(row.name),
            str(row.waiting),
            "—" if row.longest_wait is None else duration(row.longest_wait),
        )
