"""The guideline panel and the escalation buttons in the running console, against the real
server with the shipped guideline packs: what a host sees and what reaches a supervisor."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

from chathost.devtools.protoclient import new_id
from chathost.guidelines.document import default_dir
from chathost.protocol import frames, models
from tests.helpers import until
from tests.ui.console_fixtures import (
    click,
    log_in,
    one_conversation,
    question_box,
    wait_for,
)


def fired(tab) -> list[str]:
    return [card.guideline.topic for card in tab.guidance.fired()]


async def test_a_visitor_writing_about_suicide_brings_up_the_card_and_marks_the_words(
    console, clients, qtbot
):
    visitor, tab = await one_conversation(console, clients)
    await wait_for(lambda: tab.guidance.standing() != [], console)  # the packs have arrived
    assert fired(tab) == []
    await visitor.send("hei. jeg har hatt selvmordstanker hele dagen")
    await wait_for(lambda: "suicide" in fired(tab), console)
    card = tab.guidance.fired()[0]
    assert card.guideline.topic == "suicide" and "selvmordstanker" in card.words
    row = tab.model.rowCount() - 1
    assert "selvmordstanker" in tab.model.highlights_of(row)


async def test_acute_danger_works_offline_and_alerts_supervisors_on_reconnect(
    console, clients, server, qtbot
):
    visitor, tab = await one_conversation(console, clients)
    await wait_for(lambda: tab.guidance.standing() != [], console)
    session = console.session
    await server.stop()
    await wait_for(lambda: session.stream.status != "online", console)

    QTest.keyClick(
        tab, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    box = question_box(tab)
    click(box, "Flag acute danger")
    assert tab.acute_steps.isVisible()
    numbers = [r.number for r in tab.guidance.emergency_resources()]
    assert "113" in numbers  # from the service's own (nb) pack
    assert "no connection" in tab.acute_steps.status.text()
    pressed = session.desk.pending[visitor.conversation].pressed_at

    await server.restart()
    await wait_for(lambda: visitor.conversation not in session.desk.pending, console, timeout=20)
    supervisor = await clients.staff("super1", connect=False)
    snapshot = await supervisor.snapshot()
    acute = [e for e in snapshot.escalations if e.kind == "acute"]
    assert len(acute) == 1 and acute[0].conversation == visitor.conversation
    assert (
        acute[0].pressed_at == pytest.approx(pressed) and acute[0].pressed_at <= acute[0].raised_at
    )
    assert "Supervisors alerted" in tab.acute_steps.status.text()
    assert "acute" in console.window.tabs.tabText(0)


async def test_asking_for_supervision_shows_the_host_who_is_coming(console, clients, qtbot):
    supervisor = await clients.staff("super1", shift=True)
    visitor, tab = await one_conversation(console, clients)
    tab.escalation_bar.help_button.click()
    event = await supervisor.wait_for(
        frames.EscalationEvent, lambda f: f.escalation.conversation == visitor.conversation
    )
    assert event.escalation.kind == "supervision" and event.escalation.status == "open"
    await wait_for(
        lambda: "Waiting for a supervisor" in tab.escalation_bar.help_status.text(), console
    )
    await supervisor.command(frames.Acknowledge(id=new_id(), escalation=event.escalation.id))
    await wait_for(lambda: "is coming" in tab.escalation_bar.help_status.text(), console)
    assert "Sigrid" in tab.escalation_bar.help_status.text()


async def test_the_checklist_sets_the_risk_on_the_tab_and_the_server(console, clients, qtbot):
    visitor, tab = await one_conversation(console, clients)
    await visitor.send("jeg tenker på selvmord")
    await wait_for(lambda: "suicide" in fired(tab), console)
    for item in ("plan", "preparations", "means"):
        tab.guidance.answer(item, True)
    await wait_for(lambda: tab.conversation().info.risk == "acute", console)
    assert tab.risk_mark.isVisible() and "ACUTE" in tab.risk_mark.text()
    assert "high risk" in console.window.tabs.tabText(0)
    supervisor = await clients.staff("super1", connect=False)
    seen = {c.id: c.risk for c in (await supervisor.snapshot()).conversations}
    assert seen[visitor.conversation] == "acute"


async def test_referring_tells_the_visitor_and_hands_the_note_on(console, clients, qtbot):
    visitor, tab = await one_conversation(console, clients)
    dialog = await tab.support._open_refer()
    items = [dialog.list.item(i) for i in range(dialog.list.count())]
    target = next(i for i in items if i.data(Qt.ItemDataRole.UserRole) == "nuoret")
    dialog.list.setCurrentItem(target)
    dialog.note.setPlainText("Wants to talk about school. Calm now.")
    dialog.refer_button.click()
    await wait_for(lambda: "Referred to" in tab.status.text(), console)
    told = await visitor.wait_for(
        frames.VisitorMessageFrame, lambda f: f.message.sender == "system"
    )
    assert told.message.text  # in the visitor's language, written by the server
    other = await clients.staff("host2", shift=True)
    snapshot = await other.snapshot()
    waiting = {e.conversation: e for q in snapshot.queues for e in q.waiting}
    assert waiting[visitor.conversation].handover_note == "Wants to talk about school. Calm now."
    tree = console.window.queue.tree  # host1 works in both services: the note is in the queue

    def notes() -> list[str]:
        items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
        return [item.child(0).text(0) for item in items if item.childCount()]

    await wait_for(
        lambda: notes() == ["From Ung chat: Wants to talk about school. Calm now."], console
    )
    await wait_for(
        lambda: tab.support.wrapup is not None, console, extra=(tab.support.wrapup_shown,)
    )
    form = tab.support.wrapup
    assert form.isVisible() and tab.bottom.isHidden()
    form.save()
    await wait_for(lambda: "Saved" in form.status.text(), console, extra=(form.done,))


async def test_blocking_ends_the_conversation_and_shows_the_wrapup(console, clients, qtbot):
    visitor, tab = await one_conversation(console, clients)
    dialog = tab.support.open_block()
    dialog.reason.setCurrentIndex(dialog.reason.findData("threats"))
    dialog.block_button.click()
    status = await visitor.wait_for(frames.VisitorStatus, lambda f: f.status == "ended")
    assert status.ended_by == "blocked"
    await wait_for(
        lambda: tab.support.wrapup is not None, console, extra=(tab.support.wrapup_shown,)
    )
    assert not tab.is_open()


async def test_a_pack_changed_on_the_server_reaches_the_open_conversation(console, clients, qtbot):
    visitor, tab = await one_conversation(console, clients)
    await wait_for(lambda: tab.guidance.standing() != [], console)
    admin = await clients.staff("admin", connect=False)
    source = (
        '+++\nid = "nb-test-homework"\ntitle = "Leksestress"\nlanguage = "nb"\n'
        'services = ["*"]\ntopic = "general"\nshow = "trigger"\n[triggers]\n'
        'words = ["lekser"]\nexamples = ["så mye lekser"]\n+++\nPust med magen.\n'
    )
    await admin.call("PUT", "/admin/guidelines/nb-test-homework", {"source": source})
    await wait_for(lambda: "nb-test-homework" in tab.guidance.documents, console)
    await visitor.send("jeg har så mye lekser")
    await wait_for(lambda: any(c.id == "nb-test-homework" for c in tab.guidance.fired()), console)


class Resized(QObject):
    """A widget's resizes as a signal, to wait on."""

    happened = Signal()

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.happened.emit()
        return False


async def test_the_newest_message_stays_in_view_when_the_emergency_steps_open(
    console, clients, qtbot
):
    """Also on a laptop screen with the private channel open: the steps, the private box and
    the reply box leave the conversation room for its last messages."""
    visitor, tab = await one_conversation(console, clients)
    window = console.window
    window.resize(1366, 728)
    tab.whisper_toggle.setChecked(True)
    # A long conversation, as the transcript would hold it (the view's behaviour is under test).
    earlier = [
        models.Message(visitor.conversation, seq, "visitor", f"linje {seq}", 1.0)
        for seq in range(100, 140)
    ]
    console.session.state.add_messages(visitor.conversation, earlier)
    bar = tab.view.verticalScrollBar()
    await until(lambda: bar.value() == bar.maximum() > 0, bar.rangeChanged, bar.valueChanged)
    question = tab.support.confirm_acute()
    click(question, "Flag acute danger")
    steps = tab.acute_steps
    laid_out = Resized(steps)  # the steps and the view are resized in the same layout pass
    await until(
        lambda: steps.isVisible() and steps.height() > 100 and bar.value() == bar.maximum(),
        bar.rangeChanged,
        bar.valueChanged,
        laid_out.happened,
    )
    assert tab.whisper.isVisible() and window.height() == 728  # it all fits
    assert tab.view.height() >= 8 * tab.view.fontMetrics().lineSpacing()
    # A long reply being written does not push the window off the screen either.
    tab.composer.setPlainText("\n".join(f"linje {n}" for n in range(12)))
    for _ in range(5):  # the layout passes this asks for, up the nested layouts
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    assert window.height() == 728 and tab.composer.verticalScrollBar().maximum() > 0
    assert tab.view.height() >= 8 * tab.view.fontMetrics().lineSpacing()
    desk = console.session.desk
    await until(lambda: not desk.pending, desk.changed)  # and the flag reached the server


async def test_shown_emergency_steps_take_a_number_the_centre_corrects(console, clients, qtbot):
    """Steps opened before the packs arrive, or before the centre corrects a number, must not
    keep showing the old text ("no emergency numbers" or a wrong number)."""
    _visitor, tab = await one_conversation(console, clients)
    await wait_for(lambda: tab.guidance.standing() != [], console)
    click(tab.support.confirm_acute(), "Flag acute danger")
    steps = tab.acute_steps

    def numbers() -> list[str]:
        return [
            label.text()
            for label in steps.findChildren(QLabel)
            if label.objectName() == "emergencyNumber" and label.isVisibleTo(steps)
        ]

    await wait_for(lambda: "113" in numbers(), console)
    source = (default_dir() / "nb" / "acute-danger.md").read_text(encoding="utf-8")
    assert 'number = "113"' in source
    admin = await clients.staff("admin", connect=False)
    corrected = source.replace('number = "113"', 'number = "113 / 911"')
    await admin.call("PUT", "/admin/guidelines/nb-acute-danger", {"source": corrected})
    await wait_for(lambda: "113 / 911" in numbers(), console)
    assert "113" not in numbers()


async def test_a_supervisor_console_hears_the_call_and_answers_it(console, clients, qtbot):
    await log_in(console, "super1")
    window, session = console.window, console.session
    window.notifier.sound = False  # the supervisor turned sound off: calls for help still sound
    await session.start_shift()
    host = await clients.staff("host1", shift=True)
    visitor = await clients.visitor("ung", "nb")
    await host.take(visitor.conversation)
    asked = await host.command(frames.AskHelp(id=new_id(), conversation=visitor.conversation))
    await wait_for(lambda: window.help_calls.isVisible(), console)
    assert any(kind == "help" for kind, _ in window.notifier.history)
    assert "Kari" in window.notifier.history[-1][1]  # who calls, never message text
    button = next(
        b for b in window.help_calls.findChildren(QPushButton) if b.text() == "I'm coming"
    )
    button.click()
    answered = await host.wait_for(
        frames.EscalationEvent,
        lambda f: f.escalation.id == asked.escalation.id and f.escalation.status == "acknowledged",
    )
    assert answered.escalation.acknowledged_by == "super1"
    await host.command(frames.FlagAcute(id=new_id(), conversation=visitor.conversation))
    await wait_for(lambda: any(k == "acute" for k, _ in window.notifier.history), console)
    assert "help" in window.notifier.sounded and "acute" in window.notifier.sounded
    assert "queue" not in window.notifier.sounded
    labels = window.help_calls.findChildren(QLabel)
    assert any(label.text().startswith("ACUTE DANGER: Kari") for label in labels)


async def test_escape_on_the_acute_question_raises_no_alarm(console, clients, qtbot):
    visitor, tab = await one_conversation(console, clients)
    question = tab.support.confirm_acute()
    QTest.keyClick(question, Qt.Key.Key_Escape)
    assert not console.session.desk.is_flagged(visitor.conversation)
    assert tab.acute_steps.isHidden()


async def test_the_checklist_never_lowers_a_level_the_host_set(console, clients, qtbot):
    _visitor, tab = await one_conversation(console, clients)
    desk = console.session.desk
    sent = []
    real = desk.set_risk

    async def recording(conversation, level):
        sent.append(level)
        return await real(conversation, level)

    desk.set_risk = recording
    tab.support.choose_risk("acute")
    await wait_for(lambda: tab.conversation().info.risk == "acute", console)
    tab.support.suggest_risk("low")  # what one "no" in the checklist points to
    tab.support.suggest_risk("high")
    tab.support.choose_risk("medium")  # the host's own choice does lower it
    await wait_for(lambda: tab.conversation().info.risk == "medium", console)
    assert sent == ["acute", "medium"]
