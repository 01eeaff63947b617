"""The transcript of one conversation as a list model: one row per message, stored or still in
the outbox, with what the view needs to draw it (the roles below). Appending is O(1), and a
long conversation opens with its newest messages, older ones loaded as the host scrolls up.

Rows keep the text as shown — plain text, isolated, capped until "Show more" — and which words
to highlight; what only the host and supervisors see (private messages and staff notices) is
marked private, labelled and worded in the console's language (`transcript_notices`). Drawn by
`transcript_view`."""

from __future__ import annotations

import bisect
import itertools
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QWidget

from chathost.core.outbox import Outgoing
from chathost.core.untrusted import DISPLAY_CAP, for_display
from chathost.protocol import models
from chathost.ui.transcript_marks import ZWSP, marks_for
from chathost.ui.transcript_notices import notice_text, staff_label

SenderRole = Qt.ItemDataRole.UserRole + 1
MetaRole = Qt.ItemDataRole.UserRole + 2
StateRole = Qt.ItemDataRole.UserRole + 3
HiddenRole = Qt.ItemDataRole.UserRole + 4
KeyRole = Qt.ItemDataRole.UserRole + 5
# (start, length) ranges of the shown text to mark: the words that fired a guideline.
HighlightRole = Qt.ItemDataRole.UserRole + 6
# True for what only the host and supervisors see (a private message or a staff notice).
PrivateRole = Qt.ItemDataRole.UserRole + 7
# The line drawn above the text ("Private · Sigrid", "Supervisor · Sigrid"), or "".
LabelRole = Qt.ItemDataRole.UserRole + 8

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(slots=True)
class Row:
    key: str  # "s:<seq>" for stored messages, "p:<client id>" for the outbox
    sender: str
    full_text: str
    shown: str
    hidden: int
    created_at: float
    seq: int | None
    state: str  # "received", "pending", "sent", "read", "failed"
    error: str = ""
    marks: tuple[tuple[int, int], ...] = ()  # highlighted (start, length) ranges of `shown`
    private: bool = False
    label: str = ""  # the line above the text, already translated
    author: str | None = None  # staff username, for labels and notices
    notice: str | None = None  # a staff notice's code: its text is worded from it


def _changed_keys(before: Mapping[int, object], after: Mapping[int, object]) -> set[int]:
    return {k for k in before.keys() | after.keys() if before.get(k) != after.get(k)}


def _row_for(
    message: models.Message,
    read_upto: int,
    words: tuple[str, ...] = (),
    spans: tuple[tuple[int, int], ...] = (),
    text: str | None = None,
    label: str = "",
) -> Row:
    """`text`: what to show instead of the message's own text (a notice worded here)."""
    full_text = message.text if text is None else text
    shown = for_display(full_text)
    # The visitor reads what the staff wrote to them; nobody "reads" a private message.
    to_visitor = message.sender in ("host", "supervisor") and not message.private
    state = "received" if not to_visitor else ("read" if message.seq <= read_upto else "sent")
    marks = (
        marks_for(message.text, shown.text, words, spans)
        if (words or spans) and message.sender == "visitor"
        else ()
    )
    return Row(
        f"s:{message.seq}",
        message.sender,
        full_text,
        shown.text,
        shown.hidden_chars,
        message.created_at,
        message.seq,
        state,
        marks=marks,
        private=message.private,
        label=label,
        author=message.author,
        notice=message.notice if message.private and message.sender == "system" else None,
    )


class TranscriptModel(QAbstractListModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        self._by_key: dict[str, int] = {}
        self._read_upto = 0
        # Older messages not turned into rows yet: a long conversation opens with its newest
        # WINDOW messages, and the view asks for more as the host scrolls up.
        self._older: list[models.Message] = []
        # What to highlight in visitor messages, by seq: words, or spans of the original text.
        self._words: dict[int, tuple[str, ...]] = {}
        self._spans: dict[int, tuple[tuple[int, int], ...]] = {}
        # A staff username → the name to show (the tab knows the colleagues' display names).
        self._name_of: Callable[[str], str] = lambda username: username

    # -------------------------------------------------------------- Qt model interface

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.shown
        if role == SenderRole:
            return row.sender
        if role == StateRole:
            return row.state
        if role == HiddenRole:
            return row.hidden
        if role == KeyRole:
            return row.key
        if role == HighlightRole:
            return row.marks
        if role == MetaRole:
            return time.strftime("%H:%M", time.localtime(row.created_at))
        if role == PrivateRole:
            return row.private
        if role == LabelRole:
            return row.label
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = row.full_text[:DISPLAY_CAP]
            return self.tr("{0}: {1}").format(row.label, text) if row.label else text
        return None

    # -------------------------------------------------------------- updates from the core

    WINDOW = 200

    def set_messages(self, messages: list[models.Message], read_upto: int) -> None:
        self.beginResetModel()
        self._read_upto = read_upto
        split = max(0, len(messages) - self.WINDOW)
        self._older = list(messages[:split])
        self._rows = [self._row_for(m) for m in messages[split:]]
        self._reindex()
        self.endResetModel()

    @property
    def has_older(self) -> bool:
        return bool(self._older)

    def load_older(self, count: int = WINDOW) -> int:
        """Turn the next `count` older messages into rows at the top; how many were added."""
        if not self._older:
            return 0
        batch = self._older[-count:]
        del self._older[-count:]
        self.beginInsertRows(QModelIndex(), 0, len(batch) - 1)
        self._rows[:0] = [self._row_for(m) for m in batch]
        self._reindex()
        self.endInsertRows()
        return len(batch)

    def add_messages(self, messages: list[models.Message]) -> None:
        """Several new messages at once (a conversation's history arriving): one insert."""
        if not self._rows and not self._older and len(messages) > self.WINDOW:
            self.set_messages(messages, self._read_upto)  # a long history: the newest window
            return
        last = next((r.seq for r in reversed(self._rows) if r.seq is not None), 0)
        plain = (
            len(messages) > 1
            and all(a.seq < b.seq for a, b in itertools.pairwise(messages))
            and last < messages[0].seq
            and not any(m.client_id and f"p:{m.client_id}" in self._by_key for m in messages)
        )
        if not plain:
            for message in messages:
                self.add_message(message)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(messages) - 1)
        for offset, message in enumerate(messages):
            self._rows.append(self._row_for(message))
            self._by_key[f"s:{message.seq}"] = first + offset
        self.endInsertRows()

    def add_message(self, message: models.Message) -> None:
        """A stored message: appended in O(1) when it is the newest; replaces its pending row."""
        key = f"s:{message.seq}"
        if key in self._by_key:
            return
        if self._older and self._rows and (self._rows[0].seq or 0) > message.seq:
            seqs = [m.seq for m in self._older]  # a gap filled far up: not loaded yet
            index = bisect.bisect_left(seqs, message.seq)
            if index == len(seqs) or seqs[index] != message.seq:
                self._older.insert(index, message)
            return
        if (
            message.client_id
            and (pending := self._by_key.get(f"p:{message.client_id}")) is not None
        ):
            self._rows[pending] = self._row_for(message)
            self._reindex()
            self._changed(pending)
            return
        row = self._row_for(message)
        position = len(self._rows)
        while position > 0 and (self._rows[position - 1].seq or 0) > message.seq:
            position -= 1
        self.beginInsertRows(QModelIndex(), position, position)
        self._rows.insert(position, row)
        if position == len(self._rows) - 1:
            self._by_key[key] = position
        else:
            self._reindex()
        self.endInsertRows()

    def show_outgoing(self, item: Outgoing) -> None:
        """A message in the outbox: shown at once as pending, or failed with its reason."""
        key = f"p:{item.client_id}"
        index = self._by_key.get(key)
        if item.state == "sent":
            return  # the stored message replaces it (add_message)
        shown = for_display(item.text)
        row = Row(
            key,
            "host",
            item.text,
            shown.text,
            shown.hidden_chars,
            item.created_at,
            None,
            item.state,
            item.error or "",
        )
        if index is None:
            position = len(self._rows)
            self.beginInsertRows(QModelIndex(), position, position)
            self._rows.append(row)
            self._by_key[key] = position
            self.endInsertRows()
        else:
            self._rows[index] = row
            self._changed(index)

    def set_read_upto(self, upto: int) -> None:
        """Marks own messages read; only rows after the previous mark can change."""
        previous, self._read_upto = self._read_upto, upto
        for index in range(len(self._rows) - 1, -1, -1):
            row = self._rows[index]
            if row.seq is not None and row.seq <= previous:
                break
            if row.state == "sent" and row.seq is not None and row.seq <= upto:
                row.state = "read"
                self._changed(index)

    def full_text(self, index: int) -> str:
        return self._rows[index].full_text

    def expand(self, index: int) -> None:
        """ "Show more": the whole message, still as plain text."""
        row = self._rows[index]
        row.shown, row.hidden = for_display(row.full_text, cap=len(row.full_text)).text, 0
        row.marks = self._marks(row)
        self._changed(index)

    # -------------------------------------------------------------- highlighted words

    def set_highlights(self, words_by_seq: Mapping[int, Iterable[str]]) -> None:
        """Mark these words in visitor messages (message seq → the exact words, as the visitor
        wrote them); replaces the previous marks. Only rows whose marks change are repainted,
        and a message that arrives later is marked as it arrives."""
        before, self._words = (
            self._words,
            {seq: tuple(words) for seq, words in words_by_seq.items() if words},
        )
        self._refresh_marks(_changed_keys(before, self._words))

    def set_highlight_spans(self, spans_by_seq: Mapping[int, Iterable[tuple[int, int]]]) -> None:
        """The same, from (start, end) character spans of each original message text (what the
        guideline matcher reports, `Guidance.highlights`)."""
        before, self._spans = (
            self._spans,
            {seq: tuple(spans) for seq, spans in spans_by_seq.items() if spans},
        )
        self._refresh_marks(_changed_keys(before, self._spans))

    def highlights(self, index: int) -> tuple[tuple[int, int], ...]:
        """The highlighted (start, length) ranges of a row's shown text (HighlightRole)."""
        return self._rows[index].marks

    def highlights_of(self, index: int) -> tuple[str, ...]:
        """The highlighted words of a row, as shown (without display-only zero-width breaks)."""
        row = self._rows[index]
        return tuple(row.shown[a : a + n].replace(ZWSP, "") for a, n in row.marks)

    def _row_for(self, message: models.Message) -> Row:
        seq = message.seq
        text = None
        if message.private and message.sender == "system" and message.notice is not None:
            text = notice_text(message.notice, self._name(message.author))
        return _row_for(
            message,
            self._read_upto,
            self._words.get(seq, ()),
            self._spans.get(seq, ()),
            text=text,
            label=staff_label(message.sender, message.private, message.author, self._name),
        )

    # -------------------------------------------------------------- staff names and notices

    def set_names(self, name_of: Callable[[str], str]) -> None:
        """How a staff username is shown (display name when known); see `refresh_names`."""
        self._name_of = name_of

    def refresh_names(self) -> None:
        """A colleague's display name became known: reword the rows that name them. Only
        staff rows are looked at, and only changed ones are repainted."""
        for index, row in enumerate(self._rows):
            if row.author is not None and self._reword(row):
                self._changed(index)

    def retranslate(self) -> None:
        """The console's language changed: word every label and staff notice again, and have
        every row drawn and read anew (its time, delivery state and "Show more" are worded as
        it is drawn, its spoken text as it is asked for)."""
        for row in self._rows:
            self._reword(row)
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))

    def _reword(self, row: Row) -> bool:
        """A stored row's label and notice, in the names and language known now; whether either
        changed. (An outbox row has neither.)"""
        if row.seq is None:
            return False
        label = staff_label(row.sender, row.private, row.author, self._name)
        changed = label != row.label
        row.label = label
        if row.notice is not None:
            text = notice_text(row.notice, self._name(row.author))
            if text != row.full_text:
                shown = for_display(text)
                row.full_text, row.shown, row.hidden = text, shown.text, shown.hidden_chars
                changed = True
        return changed

    def _name(self, username: str | None) -> str:
        return self._name_of(username) if username else ""

    def _marks(self, row: Row) -> tuple[tuple[int, int], ...]:
        if row.seq is None or row.sender != "visitor":
            return ()
        words, spans = self._words.get(row.seq, ()), self._spans.get(row.seq, ())
        return marks_for(row.full_text, row.shown, words, spans) if words or spans else ()

    def _refresh_marks(self, seqs: Iterable[int]) -> None:
        for seq in seqs:
            index = self._by_key.get(f"s:{seq}")
            if index is None:
                continue  # not a row yet: marked when it becomes one
            row = self._rows[index]
            marks = self._marks(row)
            if marks != row.marks:
                row.marks = marks
                self._changed(index)

    def _changed(self, index: int) -> None:
        model_index = self.index(index)
        self.dataChanged.emit(model_index, model_index)

    def _reindex(self) -> None:
        self._by_key = {row.key: i for i, row in enumerate(self._rows)}
