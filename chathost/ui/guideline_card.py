"""One guideline card of the side panel: its title, how serious it is (in words, not only
colour), why it appeared, and — expanded — the guideline's text, help resources and phrases.

Two kinds of text meet here. The visitor's words that fired the card are untrusted: plain-text
labels only, isolated so a bidi override cannot reorder the line. The guideline itself is
written by the centre's admins (guideline_widgets.MarkdownView)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from chathost.core.guidance import Card
from chathost.core.untrusted import for_display
from chathost.protocol import models
from chathost.ui.guideline_widgets import (
    MarkdownView,
    PhraseRow,
    ResourceRow,
    plain_label,
    small_button,
)
from chathost.ui.retranslate import Retranslating

# A visitor word longer than this is cut in the "why" line (it is highlighted in full in the
# transcript); a long unbroken run would otherwise push the panel wider than its column.
WORD_CAP = 40
MAX_LEVEL = 5


def _restyle(widget: QWidget) -> None:
    """Dynamic properties are matched by QSS only after a re-polish."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


class GuidelineCard(Retranslating, QFrame):
    """A card for one guideline, fired ("Needs attention") or standing ("Always"). The panel
    creates it once per guideline and updates it, so what the host expanded stays expanded.
    The guideline's own words stay in the service's language; the console's words around them
    follow the host's language."""

    insert_text = Signal(str)
    pin_requested = Signal(str, bool)  # guideline id, pinned
    dismiss_requested = Signal(str)
    expanded_changed = Signal(str, bool)

    def __init__(
        self, guideline: models.Guideline, expanded: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.guideline = guideline
        self.setObjectName("guidelineCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setProperty("level", "0")
        self.focus_order: list[QWidget] = []
        self._pinned = False
        self._fired = False
        self._card: Card | None = None  # what show_fired last showed, to word it anew

        self.toggle = QToolButton()
        self.toggle.setObjectName("cardToggle")
        self.toggle.setAutoRaise(True)
        self.toggle.setAccessibleName(guideline.title)
        self.title = plain_label(guideline.title, "guidelineTitle")
        self.title.installEventFilter(self)
        self.title.setCursor(Qt.CursorShape.PointingHandCursor)
        head = QHBoxLayout()
        head.setSpacing(4)
        head.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.title, 1)

        self.badge = plain_label("", "levelBadge", wrap=False)
        self.badge.setProperty("level", "0")
        self.pin_button = small_button()
        self.dismiss_button = small_button()
        self.actions = QWidget()
        actions = QHBoxLayout(self.actions)
        actions.setContentsMargins(0, 0, 0, 0)
        actions.setSpacing(4)
        actions.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignVCenter)
        actions.addStretch(1)
        actions.addWidget(self.pin_button)
        actions.addWidget(self.dismiss_button)

        self.why = plain_label("", "guidelineWhy")
        self.back = plain_label("", "guidelineBack")

        self.body = QWidget()
        self.body.setObjectName("guidelineCardBody")
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 4, 0, 0)
        body.setSpacing(4)
        self.text: MarkdownView | None = None
        if guideline.body.strip():
            self.text = MarkdownView(guideline.body)
            body.addWidget(self.text)
        # The suicide card's checklist goes here (add_extra), after the text it explains.
        self._extra = QVBoxLayout()
        self._extra.setSpacing(4)
        body.addLayout(self._extra)
        self._after_toggle: list[QWidget] = []
        self.resources = [ResourceRow(r) for r in guideline.resources]
        self.resources_heading = plain_label("", "cardSubheading")
        if self.resources:
            body.addSpacing(6)
            body.addWidget(self.resources_heading)
            for row in self.resources:
                row.insert_text.connect(self.insert_text)
                body.addWidget(row)
                self._after_toggle += row.focus_order
        self.phrases = [PhraseRow(p) for p in guideline.phrases]
        self.phrases_heading = plain_label("", "cardSubheading")
        if self.phrases:
            body.addSpacing(6)
            body.addWidget(self.phrases_heading)
            for phrase in self.phrases:
                phrase.insert_text.connect(self.insert_text)
                body.addWidget(phrase)
                self._after_toggle.append(phrase.insert_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(4)
        layout.addLayout(head)
        layout.addWidget(self.actions)
        layout.addWidget(self.why)
        layout.addWidget(self.back)
        layout.addWidget(self.body)

        self.toggle.clicked.connect(lambda: self._set(not self._expanded, announce=True))
        self.pin_button.clicked.connect(lambda: self.pin_requested.emit(self.id, not self._pinned))
        self.dismiss_button.clicked.connect(lambda: self.dismiss_requested.emit(self.id))
        self._extra_focus: Callable[[], list[QWidget]] = list
        self._expanded = expanded
        self._set(expanded, announce=False)
        self.retranslate()

    def retranslate(self) -> None:
        title = self.guideline.title
        self.toggle.setToolTip(self.tr("Show or hide this guideline"))
        self.dismiss_button.setText(self.tr("Dismiss"))
        self.dismiss_button.setAccessibleName(self.tr("Dismiss {0}").format(title))
        self.back.setText(self.tr("Back because the risk grew"))
        self.resources_heading.setText(self.tr("Where to get help"))
        self.phrases_heading.setText(self.tr("Phrases you can use"))
        self._show_expanded()
        self.show_fired(self._card, self._fired)

    @property
    def id(self) -> str:
        return self.guideline.id

    @property
    def expanded(self) -> bool:
        return self._expanded

    def set_expanded(self, expanded: bool) -> None:
        if expanded != self._expanded:
            self._set(expanded, announce=True)

    def add_extra(self, widget: QWidget, focus_order: Callable[[], list[QWidget]]) -> None:
        """A widget under the text (the checklist), with its keyboard stops in order."""
        self._extra.addWidget(widget)
        self._extra_focus = focus_order

    def focus_chain(self) -> list[QWidget]:
        """The card's keyboard stops, top to bottom (the panel chains the cards together)."""
        head: list[QWidget] = [self.toggle]
        if self.actions.isVisibleTo(self):
            head += [self.pin_button, self.dismiss_button]
        return head + self._extra_focus() + self._after_toggle

    def level_word(self, level: int) -> str:
        words = (
            self.tr("For information"),
            self.tr("Good to know"),
            self.tr("Important"),
            self.tr("Serious"),
            self.tr("Very serious"),
            self.tr("Acute"),
        )
        return words[max(0, min(MAX_LEVEL, level))]

    def show_fired(self, card: Card | None, fired: bool = False) -> None:
        """Fired: the level, the visitor's words and the host's choices. Standing: the title
        (and, expanded, Pin and Dismiss)."""
        self._card = card
        self._fired = fired
        self._pinned = bool(card and card.pinned)
        self.pin_button.setText(self.tr("Unpin") if self._pinned else self.tr("Pin"))
        self.pin_button.setAccessibleName(
            (self.tr("Unpin {0}") if self._pinned else self.tr("Pin {0}")).format(
                self.guideline.title
            )
        )
        level = card.level if card is not None and card.fired else 0
        self.badge.setVisible(fired and card is not None and card.fired)
        self.badge.setText(self.level_word(level))
        for widget in (self, self.badge):
            if widget.property("level") != str(level):
                widget.setProperty("level", str(level))
                _restyle(widget)
        words = card.words if card is not None and fired else []
        if words:
            quoted = ", ".join(self.tr("“{0}”").format(self._shown_word(w)) for w in words)
            self.why.setText(self.tr("Appeared because the visitor wrote: {0}").format(quoted))
        elif fired and self._pinned:
            self.why.setText(self.tr("Pinned by you"))
        self.why.setVisible(fired and bool(words or self._pinned))
        self.back.setVisible(fired and bool(card and card.returned))
        self._show_actions()

    @staticmethod
    def _shown_word(word: str) -> str:
        word = word if len(word) <= WORD_CAP else word[: WORD_CAP - 1] + "…"
        return for_display(word).text  # literal, control characters visible, direction isolated

    def _show_actions(self) -> None:
        # Fired cards always show their level and choices; standing ones only when open.
        self.actions.setVisible(self._fired or self.expanded)

    def _set(self, expanded: bool, announce: bool) -> None:
        self._expanded = expanded
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        self._show_expanded()
        self.body.setVisible(expanded)
        self._show_actions()
        if announce:
            self.expanded_changed.emit(self.id, expanded)

    def _show_expanded(self) -> None:
        """The arrow's state in words, for a screen reader."""
        self.toggle.setAccessibleDescription(
            self.tr("Expanded") if self._expanded else self.tr("Collapsed")
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.title and event.type() == QEvent.Type.MouseButtonRelease:
            self.toggle.click()  # a click on the title opens it too; the arrow is the key stop
            return True
        return super().eventFilter(watched, event)
