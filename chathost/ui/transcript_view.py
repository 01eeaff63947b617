"""How the transcript is drawn: each message a bubble laid out with QTextLayout — plain text by
construction, never rich text — so a visitor's `<img>` is just text, and only visible rows are
laid out, so 10,000 messages stay smooth.

The visitor's messages are on the left, the staff's (host, or a supervisor who joined, with a
"Supervisor · name" label) on the right, the service's automatic messages to the visitor
centred; set apart in violet, indented from both sides, is what only the host and supervisors
see: private messages ("Private · name") and notes of who is supervising."""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass

from PySide6.QtCore import Property, QModelIndex, QPointF, QRectF, QSize, Qt
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

from chathost.ui.retranslate import Retranslating
from chathost.ui.theme import current_theme, tint, tone_in
from chathost.ui.transcript import (
    AnyIndex,
    HiddenRole,
    HighlightRole,
    KeyRole,
    LabelRole,
    MetaRole,
    PrivateRole,
    SenderRole,
    StateRole,
    TranscriptModel,
)

# A soft highlighter yellow with dark text on it: readable on the light bubbles whatever the
# theme's text colour is. TranscriptView's `highlightColor` property (QSS can set it) overrides it.
HIGHLIGHT_BACKGROUND = "#ffe38a"
HIGHLIGHT_TEXT = "#1a1a1a"

# The private channel: a violet family no other part of the transcript uses, per theme, with
# text of its own (the bubble's colour is fixed, so the theme's text colour cannot be trusted
# on it); its background and text are theme.tone("private"). Each pair reads at 4.5:1 or more.
PRIVATE_BORDER = {"light": "#6d28d9", "dark": "#a78bfa", "contrast": "#ffffff"}
PRIVATE_LABEL = {"light": "#4c1d95", "dark": "#c4b5fd", "contrast": "#ffffff"}
NOTICE_BACKGROUND = {"light": "#f6f2fd", "dark": "#221a38", "contrast": "#000000"}


@dataclass(frozen=True)
class BubbleColours:
    fill: QColor
    text: QColor
    label: QColor  # the sender line above the text
    border: QColor
    border_width: float = 1.0


def bubble_kind(state: str, notice: bool, private: bool, own: bool, automatic: bool) -> str:
    """Which kind a message is drawn as (see bubble_colours): the first that holds."""
    if state == "failed":
        return "failed"
    if notice:
        return "notice"
    if private:
        return "private"
    if own:
        return "own"
    return "automatic" if automatic else "visitor"


def bubble_colours(kind: str, palette: QPalette, theme: str) -> BubbleColours:
    """How a message of this kind ("visitor", "own", "automatic", "private", "notice",
    "failed") is coloured in the theme on screen: its text reads on its fill in every theme."""
    text = palette.color(QPalette.ColorRole.Text)
    mid = palette.color(QPalette.ColorRole.Mid)
    if kind == "failed":
        failed = tone_in("problem", theme)
        red = QColor(failed.text)
        return BubbleColours(QColor(failed.background), red, red, red, 2.0)
    if kind in ("notice", "private"):
        violet, border = QColor(PRIVATE_LABEL[theme]), QColor(PRIVATE_BORDER[theme])
        if kind == "notice":
            return BubbleColours(QColor(NOTICE_BACKGROUND[theme]), violet, violet, border)
        private = tone_in("private", theme)
        return BubbleColours(QColor(private.background), QColor(private.text), violet, border, 2.0)
    if kind == "own":
        # The host's own words: the theme's selection colour laid lightly over the list, so
        # the theme's text reads on it in light, dark and high contrast alike.
        base = palette.color(QPalette.ColorRole.Base)
        fill = tint(base, palette.color(QPalette.ColorRole.Highlight), 0.3)
        return BubbleColours(fill, text, text, mid)
    role = QPalette.ColorRole.Window if kind == "automatic" else QPalette.ColorRole.AlternateBase
    return BubbleColours(palette.color(role), text, text, mid)


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
        kind = bubble_kind(state, notice, private, own, automatic)
        colours = bubble_colours(kind, palette, current_theme())
        fill, text_color, label_color = colours.fill, colours.text, colours.label
        border = QPen(colours.border, colours.border_width)
        if kind == "notice":
            border.setStyle(Qt.PenStyle.DashLine)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(border)
        painter.setBrush(fill)
        painter.drawRoundedRect(bubble, 8, 8)
        if label:
            painter.setFont(label_font)
            painter.setPen(label_color)
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


class TranscriptView(Retranslating, QListView):
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
        self.transcript = model
        model.rowsInserted.connect(self._follow)
        model.modelReset.connect(self.scrollToBottom)
        self.verticalScrollBar().valueChanged.connect(self._maybe_load_older)
        # At the newest message, a view that shrinks (the emergency steps open above it)
        # keeps showing the newest message.
        self._at_bottom = True
        self.verticalScrollBar().valueChanged.connect(self._remember_place)
        self.verticalScrollBar().rangeChanged.connect(self._keep_place)
        self.retranslate()

    def retranslate(self) -> None:
        """Its name, and every row worded and drawn again in the new language (the model only
        words its rows when asked; laid-out text of the old wording is dropped)."""
        self.setAccessibleName(self.tr("Conversation transcript"))
        delegate = self.itemDelegate()
        if isinstance(delegate, MessageDelegate):
            delegate.forget_layouts()
        self.transcript.retranslate()
        self.scheduleDelayedItemsLayout()  # a notice's new wording may take more lines
        self.viewport().update()

    def minimumSizeHint(self) -> QSize:
        """Room for the last few messages, whatever else the tab shows (the emergency steps,
        the private channel) on a small screen: those give way first."""
        return QSize(super().minimumSizeHint().width(), self.fontMetrics().lineSpacing() * 9)

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
