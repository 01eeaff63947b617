"""The guideline panel beside a conversation: fired cards most serious first with the visitor's
words shown literally, dismiss / reopen / pin, the suicide checklist setting the risk level and
suggesting the acute-danger action, Insert into the reply, the always-on guidance, and the
words highlighted in the transcript. Small documents of our own, not the shipped packs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QListView,
    QStyleOptionViewItem,
    QWidget,
)

from chathost.core.guidance import Guidance
from chathost.guidelines.document import parse_document
from chathost.protocol import models
from chathost.ui.guideline_panel import GuidelinePanel
from chathost.ui.transcript import HighlightRole, TranscriptModel
from chathost.ui.transcript_view import MessageDelegate

SUICIDE = """+++
id = "t-suicide"
title = "Selvmordstanker"
language = "nb"
services = ["*"]
topic = "suicide"
show = "trigger"
phrases = ["Tenker du på å ta livet ditt?"]

[triggers]
words = ["selvmord*", "vil dø"]
strong = ["har en plan"]

[[checklist]]
id = "plan"
question = "Har personen en plan?"

[[checklist]]
id = "preparations"
question = "Har personen forberedt noe?"

[[checklist]]
id = "means"
question = "Har personen tilgang til midler?"

[[checklist]]
id = "attempts"
question = "Har personen prøvd før?"

[[resources]]
name = "Alarmtelefonen for barn og unge"
number = "116 111"
hours = "hele døgnet"

[[resources]]
name = "Veileder på vakt"
note = "Be om veiledning."
+++
## Spør direkte

- Tenker du på å ta livet ditt?
"""

ACUTE = """+++
id = "t-acute"
title = "Akutt fare"
language = "nb"
services = ["*"]
topic = "acute-danger"
show = "trigger"

[triggers]
words = ["tatt masse piller"]

[[resources]]
name = "Medisinsk nødhjelp"
number = "113"
hours = "hele døgnet"
emergency = true
+++
Ring 113.
"""

BULLYING = """+++
id = "t-bullying"
title = "Mobbing"
language = "nb"
services = ["*"]
topic = "bullying"
show = "trigger"

[triggers]
words = ["mobbet"]
+++
Lytt.
"""

ALWAYS = """+++
id = "t-good"
title = "Den gode samtalen"
language = "nb"
services = ["*"]
topic = "general"
show = "always"
phrases = ["Takk for at du skriver."]
+++
Vær til stede.
"""

CLOSING = """+++
id = "t-closing"
title = "Avslutte samtalen"
language = "nb"
services = ["*"]
topic = "closing"
show = "closing"
+++
Oppsummer.
"""

DOCUMENTS = [parse_document(text) for text in (SUICIDE, ACUTE, BULLYING, ALWAYS, CLOSING)]


def message(seq: int, text: str, sender: str = "visitor") -> models.Message:
    return models.Message(
        conversation="c1", seq=seq, sender=sender, text=text, created_at=1_700_000_000.0 + seq
    )


class Conversation:
    """A guidance and its panel, with the visitor's messages fed one by one."""

    def __init__(self, qtbot, documents: list[models.Guideline] | None = None) -> None:
        self.guidance = Guidance(DOCUMENTS if documents is None else documents, "nb", "ung")
        self.panel = GuidelinePanel(self.guidance)
        qtbot.addWidget(self.panel)
        self.panel.resize(360, 900)
        self.panel.show()
        self.seq = 0
        self.inserted: list[str] = []
        self.risks: list[str] = []
        self.emergencies: list[bool] = []
        self.panel.insert_text.connect(self.inserted.append)
        self.panel.risk_chosen.connect(self.risks.append)
        self.panel.risk_suggested.connect(self.risks.append)
        self.panel.emergency_requested.connect(lambda: self.emergencies.append(True))

    def visitor(self, text: str) -> None:
        self.seq += 1
        self.guidance.feed([message(self.seq, text)])

    def fired_ids(self) -> list[str]:
        return [card.id for card in self.panel.fired_cards()]


@pytest.fixture
def talk(qtbot) -> Conversation:
    return Conversation(qtbot)


def press(button: QAbstractButton) -> None:
    """As a keyboard user would: focus, then Space."""
    button.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(button, Qt.Key.Key_Space)


def test_a_suicide_message_shows_its_card_first_with_the_words(talk):
    talk.visitor("jeg blir mobbet")
    talk.visitor("har hatt selvmordstanker og vil dø")
    assert talk.fired_ids() == ["t-suicide", "t-bullying"]
    card = talk.panel.card_widget("t-suicide")
    assert card is not None and card.isVisible()
    assert card.why.textFormat() == Qt.TextFormat.PlainText
    why = card.why.text()
    assert why.startswith("Appeared because the visitor wrote:")
    for word in ("selvmordstanker", "vil", "dø"):
        assert word in why
    assert card.badge.text() == "Very serious" and card.badge.isVisible()
    assert card.expanded  # the most serious card opens by itself
    assert not card.back.isVisible()


def test_a_more_serious_card_goes_on_top(talk):
    talk.visitor("har hatt selvmordstanker")
    talk.visitor("jeg har tatt masse piller")
    assert talk.fired_ids() == ["t-acute", "t-suicide"]
    acute = talk.panel.card_widget("t-acute")
    assert acute is not None and acute.badge.text() == "Acute"
    assert talk.panel.attention.hint.isHidden()


def test_dismiss_moves_a_card_down_and_a_stronger_message_brings_it_back(talk):
    talk.visitor("tenker på selvmord")
    card = talk.panel.card_widget("t-suicide")
    assert card is not None
    press(card.dismiss_button)
    assert talk.fired_ids() == []
    assert talk.panel.attention.hint.isVisible()  # "nothing … so far", not a blank space
    rows = talk.panel.dismissed_rows()
    assert [row.guideline.id for row in rows] == ["t-suicide"]
    assert talk.panel.dismissed.heading.text() == "Dismissed (1)"

    talk.visitor("vil dø")  # the same level: stays dismissed
    assert talk.fired_ids() == []
    talk.visitor("jeg har en plan")  # stronger: back, and it says why
    assert talk.fired_ids() == ["t-suicide"]
    assert card.back.isVisible() and card.back.text() == "Back because the risk grew"
    assert talk.panel.dismissed.isHidden()
    assert talk.panel.card_widget("t-suicide") is card  # the same card: nothing rebuilt


def test_reopen_brings_a_dismissed_card_back(talk):
    talk.visitor("jeg blir mobbet")
    talk.guidance.dismiss("t-bullying")
    (row,) = talk.panel.dismissed_rows()
    press(row.reopen_button)
    assert talk.fired_ids() == ["t-bullying"]
    assert talk.panel.dismissed_rows() == []


def test_the_keyboard_stays_in_place_after_dismiss_and_reopen(talk, qtbot):
    talk.visitor("jeg blir mobbet og tenker på selvmord")
    talk.panel.activateWindow()
    qtbot.waitUntil(talk.panel.isActiveWindow)
    suicide, bullying = talk.panel.fired_cards()
    press(suicide.dismiss_button)
    assert QApplication.focusWidget() is bullying.toggle  # the next card, not nowhere
    press(bullying.dismiss_button)
    rows = {row.guideline.id: row for row in talk.panel.dismissed_rows()}
    assert QApplication.focusWidget() is rows["t-bullying"].reopen_button
    press(rows["t-suicide"].reopen_button)
    assert QApplication.focusWidget() is suicide.toggle


def test_a_pinned_card_stays_on_top(talk):
    talk.visitor("jeg blir mobbet")
    bullying = talk.panel.card_widget("t-bullying")
    assert bullying is not None and bullying.pin_button.text() == "Pin"
    press(bullying.pin_button)
    assert bullying.pin_button.text() == "Unpin"
    assert bullying.pin_button.accessibleName() == "Unpin Mobbing"
    talk.visitor("har tatt masse piller og tenker på selvmord")
    assert talk.fired_ids() == ["t-bullying", "t-acute", "t-suicide"]
    press(bullying.pin_button)
    assert talk.fired_ids() == ["t-acute", "t-suicide", "t-bullying"]


def test_the_checklist_sets_the_risk_and_suggests_the_acute_danger_action(talk):
    talk.visitor("tenker på selvmord")
    box = talk.panel.checklist()
    assert box is not None and box.isVisible()
    assert box.answer_button("plan", None).isChecked()  # "Not asked" until the host asks
    assert not box.emergency.isVisibleTo(talk.panel)

    press(box.answer_button("plan", True))
    assert talk.guidance.answers == {"plan": True}
    assert talk.risks == ["medium"]
    assert not box.emergency.isVisibleTo(talk.panel)
    press(box.answer_button("preparations", True))
    press(box.answer_button("means", True))
    assert talk.guidance.answers == {"plan": True, "preparations": True, "means": True}
    assert talk.risks == ["medium", "high", "acute"]
    assert box.level.currentData() == "acute" and box.level.currentText() == "Acute"
    assert box.computed.text() == "The checklist suggests: Acute"
    assert box.emergency.isVisibleTo(talk.panel)
    assert box.emergency_text.text() == "Acute risk: consider the acute-danger action"
    assert "113 Medisinsk nødhjelp" in box.numbers.text()  # from the pack, not from code
    press(box.emergency_button)
    assert talk.emergencies == [True]

    press(box.answer_button("means", None))  # back to "Not asked"
    assert "means" not in talk.guidance.answers
    assert talk.risks[-1] == "high"


def test_the_host_sets_the_level_by_hand(talk):
    talk.visitor("tenker på selvmord")
    box = talk.panel.checklist()
    assert box is not None
    box.level.setFocus()
    QTest.keyClick(box.level, Qt.Key.Key_Down)  # none → low, with the keyboard
    assert talk.risks == ["low"]
    box.level.activated.emit(box.level.findData("high"))
    assert talk.risks == ["low", "high"] and talk.panel.risk == "high"
    assert box.emergency.isVisibleTo(talk.panel)
    assert box.emergency_text.text() == "High risk: consider the acute-danger action"
    # The conversation's level changing elsewhere is shown, not announced again.
    talk.panel.set_risk("medium")
    assert box.level.currentData() == "medium" and talk.risks == ["low", "high"]
    assert not box.emergency.isVisibleTo(talk.panel)


def test_insert_puts_a_resource_or_a_phrase_into_the_reply_and_copy_copies(talk):
    talk.visitor("tenker på selvmord")
    card = talk.panel.card_widget("t-suicide")
    assert card is not None
    helpline, supervisor = card.resources
    assert helpline.insert_button is not None and helpline.copy_button is not None
    press(helpline.insert_button)
    assert talk.inserted == ["Alarmtelefonen for barn og unge: 116 111 (hele døgnet)"]
    press(helpline.copy_button)
    clipboard = QGuiApplication.clipboard()
    assert clipboard is not None and clipboard.text() == "116 111"
    assert supervisor.insert_button is None  # nothing to put in a reply: no button
    press(card.phrases[0].insert_button)
    assert talk.inserted[-1] == "Tenker du på å ta livet ditt?"


def test_hostile_visitor_words_are_shown_literally(talk):
    talk.visitor("tenker på selvmord")
    hostile = ["<b>x</b><img src=x>", "abc\u202eevil"]
    talk.guidance.cards["t-suicide"].words = hostile
    talk.guidance.changed.emit()
    card = talk.panel.card_widget("t-suicide")
    assert card is not None
    why = card.why.text()
    assert card.why.textFormat() == Qt.TextFormat.PlainText
    assert "<b>x</b><img src=x>" in why  # the characters themselves, tags and all
    # The override is kept but shut inside an isolate: it cannot reorder the rest of the line.
    assert "\u2068abc\u202eevil\u2069" in why.replace("\u2068\u2068", "\u2068").replace(
        "\u2069\u2069", "\u2069"
    )
    assert why.index("\u2069", why.index("\u202e")) < len(why) - 1
    for label in talk.panel.findChildren(QLabel):
        if label.objectName() in {"guidelineWhy", "guidelineTitle", "phraseText"}:
            assert label.textFormat() == Qt.TextFormat.PlainText


def test_the_markdown_body_has_no_html_no_images_and_links_do_not_open(qtbot):
    source = SUICIDE.replace(
        "## Spør direkte",
        "## Spør direkte\n\n<b>raw</b> ![bilde](/etc/hosts) [lenke](https://example.org)",
    )
    talk = Conversation(qtbot, [parse_document(source)])
    talk.visitor("tenker på selvmord")
    card = talk.panel.card_widget("t-suicide")
    assert card is not None and card.text is not None
    html = card.text.text()
    assert "<img" not in html and "&lt;b&gt;raw&lt;/b&gt;" in html
    assert not card.text.openExternalLinks()
    assert not card.text.textInteractionFlags() & Qt.TextInteractionFlag.LinksAccessibleByMouse


def test_the_always_guidance_is_collapsed_and_the_closing_card_comes_first_open(talk):
    (good,) = talk.panel.standing_cards()
    assert good.id == "t-good" and not good.expanded and not good.badge.isVisible()
    assert not good.actions.isVisibleTo(talk.panel)  # just the title until opened
    press(good.toggle)
    assert good.expanded and good.body.isVisibleTo(talk.panel)
    assert good.actions.isVisibleTo(talk.panel)
    talk.guidance.set_closing(True)
    closing, again = talk.panel.standing_cards()
    assert closing.id == "t-closing" and closing.expanded
    assert again is good and good.expanded  # what the host opened stays open
    talk.guidance.set_closing(False)
    assert [c.id for c in talk.panel.standing_cards()] == ["t-good"]


def test_an_empty_panel_says_so_calmly(qtbot):
    panel = GuidelinePanel(None)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.empty.isVisible()
    assert panel.empty.text() == "No guidelines for this service yet"
    assert not panel.attention.isVisible()
    panel.set_guidance(Guidance([], "nb", "ung"))
    assert panel.empty.isVisible()
    guidance = Guidance(DOCUMENTS, "nb", "ung")
    panel.set_guidance(guidance)
    assert not panel.empty.isVisible() and panel.attention.isVisible()
    assert "no card does not mean no risk" in panel.attention.hint.text()


def test_a_change_keeps_what_the_host_opened_and_what_they_were_reading(talk, qtbot):
    talk.visitor("tenker på selvmord")
    suicide = talk.panel.card_widget("t-suicide")
    assert suicide is not None and suicide.expanded
    press(suicide.toggle)  # the host closes it
    assert not suicide.expanded
    talk.visitor("jeg blir mobbet")
    assert talk.panel.card_widget("t-suicide") is suicide and not suicide.expanded

    suicide.set_expanded(True)
    talk.panel.resize(360, 300)
    bar = talk.panel.scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 150)
    bar.setValue(150)  # reading inside the suicide card
    viewport = talk.panel.scroll.viewport()
    on_screen = suicide.mapTo(viewport, QPoint(0, 0)).y()
    talk.visitor("har tatt masse piller")  # a new card appears above it
    assert talk.fired_ids()[0] == "t-acute"
    assert suicide.mapTo(viewport, QPoint(0, 0)).y() == on_screen  # nothing moved
    assert bar.value() > 150
    assert talk.panel.notice.isVisibleTo(talk.panel)
    assert talk.panel.notice.text() == "↑ New guidance above: Akutt fare"
    press(talk.panel.notice)
    assert bar.value() == 0 and not talk.panel.notice.isVisibleTo(talk.panel)
    acute = talk.panel.card_widget("t-acute")
    assert acute is not None and acute.expanded  # the most serious opens by itself


def test_the_packs_reloading_rebuilds_a_changed_card_and_keeps_it_closed(talk):
    talk.visitor("tenker på selvmord")
    old = talk.panel.card_widget("t-suicide")
    assert old is not None
    old.set_expanded(False)
    edited = parse_document(SUICIDE.replace('title = "Selvmordstanker"', 'title = "Selvmord"'))
    documents = [edited, *DOCUMENTS[1:]]
    talk.guidance.reload(documents, [message(1, "tenker på selvmord")])
    new = talk.panel.card_widget("t-suicide")
    assert new is not None and new is not old
    assert new.title.text() == "Selvmord" and not new.expanded


def test_every_control_has_a_name_and_tab_follows_the_screen(talk, qtbot):
    talk.visitor("jeg blir mobbet")
    talk.visitor("tenker på selvmord")  # now above the bullying card
    panel = talk.panel
    for control in panel.findChildren(QAbstractButton) + panel.findChildren(QComboBox):
        assert control.accessibleName(), control
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    suicide, bullying = panel.fired_cards()
    suicide.toggle.setFocus(Qt.FocusReason.TabFocusReason)
    seen: list[QWidget] = []
    for _ in range(40):
        widget = QApplication.focusWidget()
        if widget is None or widget in seen:
            break
        seen.append(widget)
        QTest.keyClick(widget, Qt.Key.Key_Tab)
    box = panel.checklist()
    assert box is not None
    order = [
        suicide.toggle,
        suicide.pin_button,
        suicide.dismiss_button,
        box.level,
        suicide.phrases[0].insert_button,
        bullying.toggle,
        bullying.dismiss_button,
    ]
    positions = [seen.index(widget) for widget in order]
    assert positions == sorted(positions)


def test_detach_stops_following(talk):
    talk.panel.detach()
    talk.visitor("tenker på selvmord")
    assert talk.fired_ids() == []


# ------------------------------------------------------------------ the transcript


def test_the_transcript_marks_the_words_where_they_are_shown(qtbot):
    model = TranscriptModel()
    view = QListView()
    view.setModel(model)
    delegate = MessageDelegate(view)
    view.setItemDelegate(delegate)
    qtbot.addWidget(view)
    view.resize(500, 400)
    view.show()
    text = "hei \u202ejeg har selvmordstanker, og jeg vil dø. " + "x" * 70 + " vil"
    model.add_message(message(1, "jeg vil dø", sender="host"))
    model.add_message(message(2, text))
    index = model.index(1)
    assert model.data(index, HighlightRole) == ()
    option = QStyleOptionViewItem()
    option.initFrom(view)
    shown = str(model.data(index))
    key_before = delegate._cache_key(index, option, shown)

    model.set_highlights({1: ("vil",), 2: ("selvmordstanker", "vil", "dø")})
    marks = model.data(index, HighlightRole)
    assert [shown[a : a + n] for a, n in marks] == ["selvmordstanker", "vil", "dø", "vil"]
    assert model.data(model.index(0), HighlightRole) == ()  # the host's own words: never
    assert delegate._cache_key(index, option, shown) != key_before  # laid out again
    layout = delegate._layout(shown, option, 400, marks)
    assert [(f.start, f.length) for f in layout.formats()] == list(marks)
    assert not view.grab().isNull()

    # From the matcher's spans of the original text, as Guidance.highlights has them.
    guidance = Guidance(DOCUMENTS, "nb", "ung")
    guidance.feed([message(2, text), message(3, "jeg blir mobbet")])
    model.set_highlights({})
    model.set_highlight_spans(guidance.highlights)
    found = [shown[a : a + n] for a, n in model.highlights(1)]
    assert found == ["selvmordstanker", "vil", "dø"]  # not the "vil" that fired nothing
    assert model.highlights_of(1) == ("selvmordstanker", "vil", "dø")
    # A message that arrives after its highlights is marked as it arrives, in O(1).
    model.add_message(message(3, "jeg blir mobbet"))
    shown3 = str(model.data(model.index(2)))
    assert [shown3[a : a + n] for a, n in model.highlights(2)] == ["mobbet"]
    model.set_highlight_spans({})
    assert model.highlights(1) == () and model.highlights(2) == ()
