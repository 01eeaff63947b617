"""The transcript of one conversation: a list model and a delegate that draws each message with
QTextLayout — plain text by construction, never rich text — so a visitor's `<img>` is just text.
Appending is O(1) and only visible rows are laid out, so 10,000 messages stay smooth.

The visitor's messages are on the left, the staff's (host, or a supervisor who joined, with a
"Supervisor · name" label) on the right, the service's automatic messages to the visitor
centred; set apart in violet, indented from both sides, is what only the host and supervisors
see: private messages ("Private · name") and notes of who is supervising, worded here in the
console's language."""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import (
    Property,
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPalette,
    QPen,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from chathost.core.outbox import Outgoing
from chathost.core.untrusted import DISPLAY_CAP, for_display
from chathost.protocol import models

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

# A soft highlighter yellow with dark text on it: readable on the light bubbles whatever the
# theme's text colour is. TranscriptView's `highlightColor` property (QSS can set it) overrides it.
HIGHLIGHT_BACKGROUND = "#ffe38a"
HIGHLIGHT_TEXT = "#1a1a1a"

# The private channel: a violet family no other part of the transcript uses, with dark text of
# its own (the bubble's colour is fixed, so the theme's text colour cannot be trusted on it).
PRIVATE_BACKGROUND = "#ece4fb"
PRIVATE_BORDER = "#6d28d9"
PRIVATE_LABEL = "#4c1d95"
PRIVATE_TEXT = "#1e1433"
NOTICE_BACKGROUND = "#f6f2fd"

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


# for_display breaks a long run of letters with zero-width spaces: inside a word they are no
# boundary. Everything else that is not a letter or digit (a bidi control, an isolate, a hyphen)
# is one, as it is for the matcher.
_ZWSP = "\u200b"


@functools.lru_cache(maxsize=512)
def _word_pattern(word: str) -> re.Pattern[str] | None:
    parts = [r"\s+" if ch.isspace() else re.escape(ch) for ch in word if ch != _ZWSP]
    if not parts:
        return None
    before = rf"(?<![^\W_])(?<![^\W_]{_ZWSP})"
    after = rf"(?!{_ZWSP}?[^\W_])"
    return re.compile(before + f"{_ZWSP}?".join(parts) + after, re.IGNORECASE)


def _merged(spans: Iterable[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """(start, end) spans → sorted (start, length) ranges, overlapping ones joined."""
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return tuple((start, end - start) for start, end in merged)


def highlight_ranges(shown: str, words: Iterable[str]) -> tuple[tuple[int, int], ...]:
    """Where `words` stand in the text as shown (isolated, with zero-width breaks and control
    characters made visible), as sorted, merged (start, length) ranges: every whole-word
    occurrence. Found by word, never by offsets, which the shown text does not keep."""
    found: list[tuple[int, int]] = []
    for word in dict.fromkeys(words):
        pattern = _word_pattern(word)
        if pattern is not None:
            found += [m.span() for m in pattern.finditer(shown)]
    return _merged(found)


def span_ranges(
    text: str, shown: str, spans: Iterable[tuple[int, int]]
) -> tuple[tuple[int, int], ...]:
    """Where (start, end) spans of the original text stand in the shown text. The word at a
    span is looked up in both: its k-th occurrence in the original is the k-th one shown (the
    display keeps every word, in order), so the same word elsewhere in the message — where it
    did not fire — is not marked."""
    found: list[tuple[int, int]] = []
    for start, end in spans:
        pattern = _word_pattern(text[start:end]) if 0 <= start < end <= len(text) else None
        if pattern is None:
            continue
        originals = [m.start() for m in pattern.finditer(text)]
        shown_at = [m.span() for m in pattern.finditer(shown)]
        if start not in originals:
            found += shown_at  # not on a word boundary as we see it: every occurrence
        elif originals.index(start) < len(shown_at):  # (else: cut off by "show more")
            found.append(shown_at[originals.index(start)])
    return _merged(found)


def marks_for(
    text: str,
    shown: str,
    words: Iterable[str] = (),
    spans: Iterable[tuple[int, int]] = (),
) -> tuple[tuple[int, int], ...]:
    """The highlighted ranges of a message's shown text, from words and original spans."""
    ranges = highlight_ranges(shown, words) + span_ranges(text, shown, spans)
    return _merged((start, start + length) for start, length in ranges)


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
        return tuple(row.shown[a : a + n].replace(_ZWSP, "") for a, n in row.marks)

    def _row_for(self, message: models.Message) -> Row:
        seq = message.seq
        text = None
        if message.private and message.sender == "system" and message.notice is not None:
            text = self.notice_text(message.notice, self._name(message.author))
        return _row_for(
            message,
            self._read_upto,
            self._words.get(seq, ()),
            self._spans.get(seq, ()),
            text=text,
            label=self._label(message.sender, message.private, message.author),
        )

    # -------------------------------------------------------------- staff names and notices

    def set_names(self, name_of: Callable[[str], str]) -> None:
        """How a staff username is shown (display name when known); see `refresh_names`."""
        self._name_of = name_of

    def refresh_names(self) -> None:
        """A colleague's display name became known: reword the rows that name them. Only
        staff rows are looked at, and only changed ones are repainted."""
        for index, row in enumerate(self._rows):
            if row.author is None or row.seq is None:
                continue
            label = self._label(row.sender, row.private, row.author)
            changed = label != row.label
            row.label = label
            if row.notice is not None:
                text = self.notice_text(row.notice, self._name(row.author))
                if text != row.full_text:
                    shown = for_display(text)
                    row.full_text, row.shown, row.hidden = text, shown.text, shown.hidden_chars
                    changed = True
            if changed:
                self._changed(index)

    def _name(self, username: str | None) -> str:
        return self._name_of(username) if username else ""

    def _label(self, sender: str, private: bool, author: str | None) -> str:
        if sender == "system":  # the server's own words: to the visitor, or a staff notice
            return "" if private else self.tr("Automatic message to the visitor")
        if private:
            return self.tr("Private · {0}").format(self._name(author))
        if sender == "supervisor":
            return self.tr("Supervisor · {0}").format(self._name(author))
        return ""

    def notice_text(self, notice: str, name: str) -> str:
        """A change of supervision, in the console's language."""
        texts = {
            "reading": self.tr("{0} is reading along."),
            "joined": self.tr("{0} joined the conversation openly."),
            "left": self.tr("{0} left the conversation."),
            "took_over": self.tr("{0} took over the conversation."),
            "kept_host": self.tr("{0} took over; the earlier host stays to learn."),
            "transferred": self.tr("The conversation was transferred to {0}."),
        }
        text = texts.get(notice)
        return text.format(name) if text is not None else notice

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


class MessageDelegate(QStyledItemDelegate):
    """Draws a bubble: visitor on the left, host (and a joined supervisor) on the right, with
    time and delivery state; private messages and staff notices in violet between the two."""

    PAD = 8.0
    MARGIN = 6.0
    BUBBLE_SHARE = 0.78

    LAYOUTS_KEPT = 128

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The view asks every row's size on each insert; a row's size only changes with its
        # text, the width or the font, so it is measured once per combination.
        # One entry per row (its key → the measurement and what it was measured for), so
        # resizing the window replaces entries instead of piling them up.
        self._sizes: dict[object, tuple[tuple[object, ...], QSize]] = {}
        self._layouts: OrderedDict[tuple[object, ...], QTextLayout] = OrderedDict()

    def _cache_key(self, index: AnyIndex, option: QStyleOptionViewItem, text: str) -> tuple:
        font = option.font
        return (
            index.data(KeyRole),
            len(text),
            int(self._row_width(option)),
            font.key(),
            index.data(HighlightRole) or (),  # new marks, new layout
        )

    def _cached_layout(
        self, key: tuple[object, ...], text: str, option: QStyleOptionViewItem, width: float
    ) -> QTextLayout:
        layout = self._layouts.get(key)
        if layout is None:
            layout = self._layout(text, option, width, key[-1])
            self._layouts[key] = layout
            if len(self._layouts) > self.LAYOUTS_KEPT:
                self._layouts.popitem(last=False)
        else:
            self._layouts.move_to_end(key)
        return layout

    def _layout(
        self,
        text: str,
        option: QStyleOptionViewItem,
        width: float,
        marks: tuple[tuple[int, int], ...] = (),
    ) -> QTextLayout:
        layout = QTextLayout(text, option.font)
        text_option = QTextOption()
        text_option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(text_option)
        if marks:
            layout.setFormats(self._mark_formats(marks))
        layout.beginLayout()
        y = 0.0
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            line.setPosition(QRectF(0, y, 0, 0).topLeft())
            y += line.height()
        layout.endLayout()
        return layout

    def highlight_color(self) -> QColor:
        view = self.parent()
        color = view.property("highlightColor") if isinstance(view, QWidget) else None
        return (
            color if isinstance(color, QColor) and color.isValid() else QColor(HIGHLIGHT_BACKGROUND)
        )

    def _mark_formats(self, marks: tuple[tuple[int, int], ...]) -> list[QTextLayout.FormatRange]:
        mark = QTextCharFormat()
        mark.setBackground(self.highlight_color())
        mark.setForeground(QColor(HIGHLIGHT_TEXT))
        ranges = []
        for start, length in marks:
            span = QTextLayout.FormatRange()
            span.start, span.length, span.format = start, length, mark
            ranges.append(span)
        return ranges

    def _row_width(self, option: QStyleOptionViewItem) -> float:
        """The viewport's width: rows never grow wider than what the host can see."""
        view = self.parent()
        if isinstance(view, QAbstractItemView):
            return float(view.viewport().width())
        return float(option.rect.width())

    def _text_width(self, option: QStyleOptionViewItem) -> float:
        return max(80.0, self._row_width(option) * self.BUBBLE_SHARE - 2 * self.PAD)

    def forget_layouts(self) -> None:
        """Drop laid-out text (its highlight colour changed); sizes stay valid."""
        self._layouts.clear()

    def _label_font(self, option: QStyleOptionViewItem) -> QFont:
        font = QFont(option.font)
        font.setBold(True)
        return font

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        key = self._cache_key(index, option, text)
        known = self._sizes.get(key[0])
        if known is not None and known[0] == key:
            return known[1]
        width = self._text_width(option)
        layout = self._cached_layout(key, text, option, width)
        text_height = layout.boundingRect().height()
        meta = QFontMetricsF(option.font).height()
        hidden = int(index.data(HiddenRole) or 0)
        extra = meta if hidden else 0.0
        # A label line ("Private · Sigrid") only ever comes with the row, never later: its
        # height is part of the row's size from the start.
        if index.data(LabelRole):
            extra += QFontMetricsF(self._label_font(option)).height()
        size = QSize(
            int(self._row_width(option)),
            int(text_height + meta + extra + 2 * self.PAD + 2 * self.MARGIN),
        )
        self._sizes[key[0]] = (key, size)
        return size

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        painter.save()
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        sender = index.data(SenderRole)
        private = bool(index.data(PrivateRole))
        notice = private and sender == "system"
        automatic = sender == "system" and not private  # the server told the visitor
        own = sender in ("host", "supervisor") and not private
        state = str(index.data(StateRole) or "")
        width = self._text_width(option)
        layout = self._cached_layout(self._cache_key(index, option, text), text, option, width)
        text_rect = layout.boundingRect()
        metrics = QFontMetricsF(option.font)
        label_font = self._label_font(option)
        label_metrics = QFontMetricsF(label_font)
        label = str(index.data(LabelRole) or "")
        if label:
            label = label_metrics.elidedText(label, Qt.TextElideMode.ElideRight, width)
        label_h = label_metrics.height() if label else 0.0
        hidden = int(index.data(HiddenRole) or 0)
        natural = max(
            (layout.lineAt(i).naturalTextWidth() for i in range(layout.lineCount())), default=0.0
        )
        more = self.more_label(hidden) if hidden else ""
        bubble_w = (
            max(natural, metrics.horizontalAdvance(more), label_metrics.horizontalAdvance(label))
            + 2 * self.PAD
        )
        bubble_h = text_rect.height() + 2 * self.PAD + label_h + (metrics.height() if hidden else 0)
        row_w = self._row_width(option)
        left = option.rect.left()
        if notice or automatic:  # from the service itself: centred, between the two sides
            x = left + (row_w - bubble_w) / 2
        elif private:  # the private channel: its own column, indented from both sides
            x = left + row_w * (1 - self.BUBBLE_SHARE) / 2
        elif own:
            x = left + row_w - bubble_w - self.MARGIN
        else:
            x = left + self.MARGIN
        bubble = QRectF(x, option.rect.top() + self.MARGIN, bubble_w, bubble_h)
        palette = option.palette
        text_color = palette.color(QPalette.ColorRole.Text)
        border = QPen(palette.color(QPalette.ColorRole.Mid))
        if state == "failed":
            fill = QColor("#fde2e2")
        elif notice:
            fill = QColor(NOTICE_BACKGROUND)
            border = QPen(QColor(PRIVATE_BORDER), 1.0, Qt.PenStyle.DashLine)
            text_color = QColor(PRIVATE_LABEL)
        elif private:
            fill = QColor(PRIVATE_BACKGROUND)
            border = QPen(QColor(PRIVATE_BORDER), 2.0)
            text_color = QColor(PRIVATE_TEXT)
        elif own:
            fill = palette.color(QPalette.ColorRole.Highlight).lighter(185)
        elif automatic:
            fill = palette.color(QPalette.ColorRole.Window)
        else:
            fill = palette.color(QPalette.ColorRole.AlternateBase)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(border)
        painter.setBrush(fill)
        painter.drawRoundedRect(bubble, 8, 8)
        if label:
            painter.setFont(label_font)
            painter.setPen(QColor(PRIVATE_LABEL) if private else text_color)
            painter.drawText(
                QPointF(bubble.left() + self.PAD, bubble.top() + self.PAD + label_metrics.ascent()),
                label,
            )
            painter.setFont(option.font)
        painter.setPen(text_color)
        origin = QPointF(bubble.left() + self.PAD, bubble.top() + self.PAD + label_h)
        layout.draw(painter, origin)
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(palette.color(QPalette.ColorRole.Highlight))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(bubble.adjusted(-2, -2, 2, 2), 9, 9)
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        y = bubble.bottom() + metrics.ascent()
        if hidden:
            painter.drawText(
                QRectF(
                    bubble.left() + self.PAD,
                    bubble.bottom() - metrics.height() - self.PAD / 2,
                    bubble_w,
                    metrics.height(),
                ).bottomLeft(),
                more,
            )
        meta = str(index.data(MetaRole) or "")
        if own:
            meta = f"{meta} · {self.state_label(state)}"
            meta_x = bubble.right() - metrics.horizontalAdvance(meta) - self.PAD / 2
        elif notice or automatic:
            meta_x = bubble.center().x() - metrics.horizontalAdvance(meta) / 2
        else:
            meta_x = bubble.left() + self.PAD
        painter.drawText(QRectF(meta_x, y, 0, 0).topLeft(), meta)
        painter.restore()

    def more_label(self, hidden: int) -> str:
        return self.tr("Show more ({0} more characters)").format(hidden)

    def state_label(self, state: str) -> str:
        labels = {
            "pending": self.tr("sending…"),
            "sent": self.tr("sent"),
            "read": self.tr("read"),
            "failed": self.tr("not sent — retry"),
        }
        return labels.get(state, "")


class TranscriptView(QListView):
    """The list of messages: wraps to its width, scrolls by pixel, keeps to the newest message
    unless the host has scrolled up to read."""

    def __init__(self, model: TranscriptModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._highlight_color = QColor(HIGHLIGHT_BACKGROUND)
        self.setModel(model)
        self.setItemDelegate(MessageDelegate(self))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformItemSizes(False)
        self.setAccessibleName(self.tr("Conversation transcript"))
        self.transcript = model
        model.rowsInserted.connect(self._follow)
        model.modelReset.connect(self.scrollToBottom)
        self.verticalScrollBar().valueChanged.connect(self._maybe_load_older)
        # At the newest message, a view that shrinks (the emergency steps open above it)
        # keeps showing the newest message.
        self._at_bottom = True
        self.verticalScrollBar().valueChanged.connect(self._remember_place)
        self.verticalScrollBar().rangeChanged.connect(self._keep_place)

    def _remember_place(self, value: int) -> None:
        self._at_bottom = value >= self.verticalScrollBar().maximum() - 4

    def _keep_place(self, _minimum: int, maximum: int) -> None:
        if self._at_bottom:
            self.verticalScrollBar().setValue(maximum)

    def _get_highlight_color(self) -> QColor:
        return QColor(self._highlight_color)

    def _set_highlight_color(self, color: QColor) -> None:
        self._highlight_color = QColor(color)
        delegate = self.itemDelegate()
        if isinstance(delegate, MessageDelegate):
            delegate.forget_layouts()
        self.viewport().update()

    # The background of highlighted words; QSS: `TranscriptView { qproperty-highlightColor: … }`.
    highlightColor = Property(QColor, _get_highlight_color, _set_highlight_color)

    def _follow(self, _parent: QModelIndex, first: int, _last: int) -> None:
        if first == 0 and self.transcript.rowCount() > _last + 1:
            return  # older messages above: stay where the host is reading
        bar = self.verticalScrollBar()
        if bar.value() >= bar.maximum() - 4:
            self.scrollToBottom()

    def _maybe_load_older(self, value: int) -> None:
        """At the top of what is loaded: bring in the next older messages, keeping the place."""
        bar = self.verticalScrollBar()
        if value > bar.minimum() or not self.transcript.has_older:
            return
        from_bottom = bar.maximum() - value
        if self.transcript.load_older():
            self.doItemsLayout()
            bar.setValue(bar.maximum() - from_bottom)
