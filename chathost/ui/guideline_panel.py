"""The guideline side panel beside one conversation: what needs attention now (the cards the
visitor's words fired, most serious first), what the host dismissed, and the service's
always-on guidance. Nothing here ever reaches the visitor by itself: phrases and numbers go
into the reply composer (`insert_text`) for the host to read and send.

The panel follows `Guidance.changed` (at most once per visitor message). Each guideline's card
is built once and then only updated and moved between sections, so a change is cheap and the
host keeps their scroll position and what they opened or closed."""

from __future__ import annotations

import contextlib
import itertools
from typing import cast

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from chathost.core.guidance import Card, Guidance
from chathost.core.risk import from_checklist
from chathost.protocol import models
from chathost.ui.guideline_card import GuidelineCard
from chathost.ui.guideline_checklist import ChecklistBox
from chathost.ui.guideline_widgets import DismissedRow, Section, plain_label
from chathost.ui.retranslate import Retranslating


class GuidelinePanel(Retranslating, QWidget):
    insert_text = Signal(str)  # for the reply composer, never sent directly
    risk_chosen = Signal(str)  # a risk level the host picked by hand
    risk_suggested = Signal(str)  # the level the checklist answers point to
    emergency_requested = Signal()  # the host chose the suggested acute-danger action

    def __init__(self, guidance: Guidance | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guidelinePanel")
        self.setMinimumWidth(300)
        self._guidance: Guidance | None = None
        self._cards: dict[str, GuidelineCard] = {}
        self._checklists: dict[str, ChecklistBox] = {}
        self._dismissed: dict[str, DismissedRow] = {}
        # What the host opened or closed, kept when a card is rebuilt (the packs reloaded).
        self._expanded: dict[str, bool] = {}
        self._fired_ids: list[str] = []
        self._risk = "none"
        self._computed: str | None = None
        self._notice_title: str | None = None  # the new card the notice points to, if any

        self.notice = QPushButton()
        self.notice.setObjectName("newCardNotice")
        self.notice.setAutoDefault(False)
        self.notice.hide()
        self.notice.clicked.connect(self.scroll_to_top)

        self.content = QWidget()
        self.content.setObjectName("guidelinePanelContent")
        self.content.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.empty = plain_label("", "emptyHint")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.attention = Section()
        self.dismissed = Section()
        self.dismissed.items.setSpacing(0)
        self.always = Section()
        inner = QVBoxLayout(self.content)
        inner.setContentsMargins(8, 8, 8, 12)
        inner.setSpacing(16)
        for widget in (self.empty, self.attention, self.dismissed, self.always):
            inner.addWidget(widget)
        inner.addStretch(1)

        self.scroll = QScrollArea()
        self.scroll.setObjectName("guidelineScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.content)
        self.scroll.verticalScrollBar().valueChanged.connect(self._scrolled)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.notice)
        layout.addWidget(self.scroll, 1)
        self.retranslate()
        self.set_guidance(guidance)

    def retranslate(self) -> None:
        """The console's own words; the cards word theirs themselves (the guidelines' titles
        and texts stay in the service's language)."""
        self.empty.setText(self.tr("No guidelines for this service yet"))
        self.attention.heading.setText(self.tr("Needs attention"))
        # Cards come from words; the host's own reading and questions come first.
        self.attention.hint.setText(
            self.tr(
                "No card so far. Cards appear when the visitor's words match the guidelines; "
                "no card does not mean no risk. If you are unsure, ask."
            )
        )
        self.always.heading.setText(self.tr("Always"))
        self.scroll.setAccessibleName(self.tr("Guidelines"))
        self._show_dismissed_heading()
        self._show_notice()

    def sizeHint(self) -> QSize:
        return QSize(350, 600)

    # -------------------------------------------------------------- public

    @property
    def guidance(self) -> Guidance | None:
        return self._guidance

    @property
    def risk(self) -> str:
        """The risk level the panel shows as chosen."""
        return self._risk

    def set_guidance(self, guidance: Guidance | None) -> None:
        """Show this conversation's guidance (None: the calm empty state)."""
        if guidance is self._guidance:
            self.refresh()
            return
        self.detach()
        for card_id in list(self._cards):
            self._drop(card_id)
        self._fired_ids = []
        self._guidance = guidance
        self._computed = None
        if guidance is not None:
            guidance.changed.connect(self._on_changed)
            self._computed = from_checklist(cast(dict[str, bool | None], guidance.answers))
            if self._computed is not None:
                self._risk = self._computed
        self.refresh()

    def detach(self) -> None:
        """Stop following the guidance (the tab goes away); the guidance is untouched."""
        if self._guidance is not None:
            with contextlib.suppress(ValueError):
                self._guidance.changed.disconnect(self._on_changed)
            self._guidance = None

    def set_risk(self, level: str) -> None:
        """The conversation's risk level changed elsewhere (the server, another view): show it,
        without announcing it again."""
        if level != self._risk:
            self._risk = level
            self._show_risk()

    def card_widget(self, guideline_id: str) -> GuidelineCard | None:
        card = self._cards.get(guideline_id)
        return card if card is not None and not card.isHidden() else None

    def checklist(self) -> ChecklistBox | None:
        """The checklist on screen (the suicide card's), if any."""
        for card_id, box in self._checklists.items():
            if self.card_widget(card_id) is not None:
                return box
        return None

    def fired_cards(self) -> list[GuidelineCard]:
        return cast(list[GuidelineCard], self.attention.widgets())

    def standing_cards(self) -> list[GuidelineCard]:
        return cast(list[GuidelineCard], self.always.widgets())

    def dismissed_rows(self) -> list[DismissedRow]:
        return cast(list[DismissedRow], self.dismissed.widgets())

    def scroll_to_top(self) -> None:
        self.scroll.verticalScrollBar().setValue(0)
        self.notice.hide()

    # -------------------------------------------------------------- following the guidance

    def _on_changed(self) -> None:
        guidance = self._guidance
        if guidance is None:
            return
        computed = from_checklist(cast(dict[str, bool | None], guidance.answers))
        announce = computed is not None and computed != self._computed
        self._computed = computed
        if announce and computed is not None:
            self._risk = computed
        self.refresh()
        if announce and computed is not None:
            self.risk_suggested.emit(computed)

    def refresh(self) -> None:
        guidance = self._guidance
        showing = guidance is not None and bool(guidance.documents)
        self.empty.setVisible(not showing)
        for section in (self.attention, self.dismissed, self.always):
            section.setVisible(showing)
        if guidance is None or not showing:
            self.notice.hide()
            return
        anchor = self._reading()
        self.setUpdatesEnabled(False)
        try:
            self._rebuild(guidance)
            if anchor is not None:
                self._keep_reading(*anchor)
        finally:
            self.setUpdatesEnabled(True)

    def _reading(self) -> tuple[QWidget, int] | None:
        """The card (or row) at the top of the view, and how far into it the host has
        scrolled; None at the very top, where a new card should simply appear."""
        value = self.scroll.verticalScrollBar().value()
        if value <= 0:
            return None
        shown = self.fired_cards() + self.dismissed_rows() + self.standing_cards()
        for widget in cast(list[QWidget], shown):
            top = widget.mapTo(self.content, QPoint(0, 0)).y()
            if widget.isVisible() and top + widget.height() > value:
                return widget, value - top
        return None

    def _keep_reading(self, widget: QWidget, offset: int) -> None:
        """Lay out now and scroll so that what the host was reading stays where it was on
        screen, whatever appeared or went above it."""
        if not widget.isVisible():
            return  # it went away (dismissed): the plain position is the best guess
        layout = self.content.layout()
        if layout is not None:
            layout.activate()
        QCoreApplication.sendEvent(self.scroll, QEvent(QEvent.Type.LayoutRequest))
        top = widget.mapTo(self.content, QPoint(0, 0)).y()
        self.scroll.verticalScrollBar().setValue(top + offset)

    def _rebuild(self, guidance: Guidance) -> None:
        for card_id, widget in list(self._cards.items()):
            if guidance.documents.get(card_id) != widget.guideline:  # gone, or edited
                self._drop(card_id)
        fired = guidance.fired()
        standing = guidance.standing()
        dismissed = guidance.dismissed()

        fired_widgets = []
        for position, card in enumerate(fired):
            widget = self._card(card.guideline, expanded=position == 0)
            widget.show_fired(card, fired=True)
            fired_widgets.append(widget)
        standing_widgets = []
        for guideline in standing:
            widget = self._card(guideline, expanded=guideline.show == "closing")
            widget.show_fired(guidance.cards.get(guideline.id), fired=False)
            standing_widgets.append(widget)
        if self.attention.widgets() != fired_widgets or self.always.widgets() != standing_widgets:
            self.attention.clear()
            self.always.clear()
            for widget in fired_widgets:
                self.attention.items.addWidget(widget)
            for widget in standing_widgets:
                self.always.items.addWidget(widget)
        shown = set(fired_widgets) | set(standing_widgets)
        for widget in self._cards.values():
            widget.setVisible(widget in shown)
        self.attention.hint.setVisible(not fired_widgets)
        self.always.setVisible(bool(standing_widgets))

        self._show_dismissed(dismissed)
        self._show_risk()
        self._announce_new(fired)
        self._chain_focus()

    def _show_dismissed(self, dismissed: list[Card]) -> None:
        wanted = [card.guideline for card in dismissed]
        for card_id in [i for i in self._dismissed if i not in {g.id for g in wanted}]:
            row = self._dismissed.pop(card_id)
            row.hide()
            row.deleteLater()
        rows = []
        for guideline in wanted:
            row = self._dismissed.get(guideline.id)
            if row is None or row.guideline != guideline:
                if row is not None:
                    row.deleteLater()
                row = self._dismissed[guideline.id] = DismissedRow(guideline)
                row.reopen_requested.connect(self._reopen)
            rows.append(row)
        if self.dismissed.widgets() != rows:
            self.dismissed.clear()
            for row in rows:
                self.dismissed.items.addWidget(row)
                row.show()
        self._show_dismissed_heading()
        self.dismissed.setVisible(bool(rows))

    def _show_dismissed_heading(self) -> None:
        count = len(self.dismissed.widgets())
        self.dismissed.heading.setText(self.tr("Dismissed ({0})").format(count))

    def _show_risk(self) -> None:
        guidance = self._guidance
        if guidance is None:
            return
        resources = guidance.emergency_resources()
        for box in self._checklists.values():
            box.show_state(guidance.answers, self._computed, self._risk, resources)

    def _announce_new(self, fired: list[Card]) -> None:
        """A card that appears above while the host reads further down: say so at the top,
        instead of moving what they are reading."""
        ids = [card.id for card in fired]
        new = [card for card in fired if card.id not in self._fired_ids]
        self._fired_ids = ids
        if new and self.scroll.verticalScrollBar().value() > 0:
            self._notice_title = new[0].guideline.title
            self._show_notice()
            self.notice.show()
        elif not ids:
            self.notice.hide()

    def _show_notice(self) -> None:
        title = self._notice_title
        if title is None:
            self.notice.setText("")
            self.notice.setAccessibleName(self.tr("New guidance above"))
            return
        self.notice.setText(self.tr("↑ New guidance above: {0}").format(title.replace("&", "&&")))
        self.notice.setAccessibleName(self.notice.text().replace("&&", "&"))

    def _scrolled(self, value: int) -> None:
        if value == 0:
            self.notice.hide()

    def _chain_focus(self) -> None:
        """Tab follows the screen, top to bottom, however the cards were reordered."""
        chain: list[QWidget] = [self.notice]
        for widget in self.fired_cards():
            chain += widget.focus_chain()
        for row in self.dismissed_rows():
            chain.append(row.reopen_button)
        for widget in self.standing_cards():
            chain += widget.focus_chain()
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -------------------------------------------------------------- cards

    def _card(self, guideline: models.Guideline, expanded: bool) -> GuidelineCard:
        widget = self._cards.get(guideline.id)
        if widget is not None:
            return widget
        widget = GuidelineCard(guideline, self._expanded.get(guideline.id, expanded), self.content)
        widget.insert_text.connect(self.insert_text)
        widget.pin_requested.connect(self._pin)
        widget.dismiss_requested.connect(self._dismiss)
        widget.expanded_changed.connect(self._expanded.__setitem__)
        if guideline.topic == "suicide" and guideline.checklist:
            box = ChecklistBox(guideline.checklist)
            box.answered.connect(self._answer)
            box.risk_picked.connect(self._pick_risk)
            box.emergency_requested.connect(self.emergency_requested)
            widget.add_extra(box, lambda: box.focus_order)
            self._checklists[guideline.id] = box
        self._cards[guideline.id] = widget
        return widget

    def _drop(self, card_id: str) -> None:
        widget = self._cards.pop(card_id, None)
        self._checklists.pop(card_id, None)
        if widget is not None:
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()

    # -------------------------------------------------------------- the host's choices

    def _pin(self, card_id: str, pinned: bool) -> None:
        if self._guidance is not None:
            self._guidance.pin(card_id, pinned)

    def _dismiss(self, card_id: str) -> None:
        if self._guidance is None:
            return
        order = [card.id for card in self._guidance.fired()]
        widget = self._cards.get(card_id)
        had_focus = widget is not None and widget.isAncestorOf(self.focusWidget())
        self._guidance.dismiss(card_id)
        if had_focus:
            # Stay where the host was: the next card (or the one before), else the row just
            # made, so Reopen is one key away.
            position = order.index(card_id) if card_id in order else -1
            rest = [i for i in order if i != card_id]
            neighbour = rest[min(position, len(rest) - 1)] if rest and position >= 0 else None
            target = self._cards.get(neighbour) if neighbour else None
            if target is not None:
                target.toggle.setFocus(Qt.FocusReason.TabFocusReason)
            elif card_id in self._dismissed:
                self._dismissed[card_id].reopen_button.setFocus(Qt.FocusReason.TabFocusReason)

    def _reopen(self, card_id: str) -> None:
        if self._guidance is None:
            return
        self._guidance.reopen(card_id)
        widget = self.card_widget(card_id)
        if widget is not None:
            widget.toggle.setFocus(Qt.FocusReason.TabFocusReason)
            self.scroll.ensureWidgetVisible(widget.toggle)

    def _answer(self, item_id: str, value: object) -> None:
        if self._guidance is not None:
            self._guidance.answer(item_id, value if isinstance(value, bool) else None)

    def _pick_risk(self, level: str) -> None:
        self._risk = level
        self._show_risk()
        self.risk_chosen.emit(level)
