"""Supervisors on the floor, in the console against the real server: a supervisor opens a
host's conversation and reads along, whispers, joins openly, takes over and leaves; the host
sees who is watching and answers in the private channel. The other side of each conversation
is a protocol client, so what the host and the visitor really received is checked."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from chathost.protocol import frames, models
from chathost.protocol.codec import encode_text
from chathost.ui.transcript import LabelRole, PrivateRole, SenderRole, StateRole, TranscriptModel
from tests.ui.console_fixtures import log_in, one_conversation, wait_for

SIGRID = "Sigrid (supervisor)"


async def held_by_a_host(clients):
    """host1 (a protocol client) on shift holding a fresh conversation the visitor opened."""
    host = await clients.staff("host1", shift=True)
    visitor = await clients.visitor("ung", "nb")
    await visitor.send("Hei, er det noen der?")
    conversation = (await host.take(visitor.conversation)).id
    return host, visitor, conversation


def rows(tab) -> list[tuple[str, bool, str, str]]:
    """(sender, private, label, full text) of every row of the tab's transcript."""
    return _model_rows(tab.model)


def notice_of(kind: str):
    return lambda e: e.message.notice == kind


async def test_a_supervisor_reads_along_whispers_joins_and_takes_over(console, clients, qtbot):
    host, visitor, conversation = await held_by_a_host(clients)
    await log_in(console, "super1")
    window = console.window
    tabs = window.tabs
    assert tabs.count() == 0

    # (a) From the floor: the conversation opens in a tab, reading along.
    tabs.open_conversation(conversation)
    tabs.open_conversation(conversation)  # a double click asks the server once
    await wait_for(lambda: tabs.count() == 1, console)
    tab = tabs.currentWidget()
    assert tab.conversation_id == conversation
    await wait_for(lambda: any(r[3] == "Hei, er det noen der?" for r in rows(tab)), console)
    bar = tab.supervision_bar
    assert bar.isVisibleTo(tab)
    assert bar.status.text() == "You are reading along — the visitor does not see you."
    assert bar.join_button.isVisibleTo(tab) and not bar.read_button.isVisibleTo(tab)
    assert not tab.composer.isEnabled() and not tab.send_button.isEnabled()
    assert tab.composer.placeholderText() == "Join openly to write to the visitor"
    assert not tab.escalation_bar.isVisibleTo(tab)  # the host's buttons are not theirs
    assert tab.whisper.isVisibleTo(tab)
    assert tabs.tabText(0).endswith("— reading along")
    note = (await host.wait_for(frames.MessageEvent, notice_of("reading"))).message
    assert (note.sender, note.private, note.author) == ("system", True, "super1")
    await wait_for(lambda: ("system", True, "", f"{SIGRID} is reading along.") in rows(tab),
                   console)
    # Typing into the disabled reply sends nothing to the visitor.
    tab.composer.setPlainText("nei")
    tab.send()
    assert tab.composer.toPlainText() == "nei"
    tab.composer.clear()

    # (b) A whisper reaches the host, never the visitor.
    QTest.keyClicks(tab.whisper_composer, "Spør om hun er trygg nå.")
    QTest.keyClick(tab.whisper_composer, Qt.Key.Key_Return)
    got = (await host.wait_for(
        frames.MessageEvent, lambda e: e.message.text == "Spør om hun er trygg nå."
    )).message
    assert (got.sender, got.private, got.author) == ("supervisor", True, "super1")
    await wait_for(lambda: tab.whisper_composer.toPlainText() == "", console,
                   extra=(tab.whisper.sent,))
    assert ("supervisor", True, f"Private · {SIGRID}", "Spør om hun er trygg nå.") in rows(tab)
    await host.send(conversation, "Er du trygg nå?")
    await visitor.wait_for(
        frames.VisitorMessageFrame, lambda f: f.message.text == "Er du trygg nå?"
    )
    seen = [f.message.text for f in visitor.of(frames.VisitorMessageFrame)]
    assert "Spør om hun er trygg nå." not in seen
    assert not any(text in ("reading", f"{SIGRID} is reading along.") for text in seen)

    # (d) Joining openly: the composer writes to the visitor, as "supervisor".
    bar.join_button.click()
    await wait_for(lambda: tab.composer.isEnabled(), console)
    assert bar.status.text() == "You have joined openly — the visitor sees a supervisor."
    assert bar.read_button.isVisibleTo(tab) and not bar.join_button.isVisibleTo(tab)
    assert tabs.tabText(0).endswith("— joined")
    QTest.keyClicks(tab.composer, "Hei, jeg er også her.")
    QTest.keyClick(tab.composer, Qt.Key.Key_Return)
    said = await visitor.wait_for(
        frames.VisitorMessageFrame, lambda f: f.message.text == "Hei, jeg er også her."
    )
    assert said.message.sender == "supervisor"
    await wait_for(
        lambda: ("supervisor", False, f"Supervisor · {SIGRID}", "Hei, jeg er også her.")
        in rows(tab),
        console,
    )
    await host.wait_for(frames.MessageEvent, notice_of("joined"))

    # (e) Taking over, releasing the host: the tab becomes an ordinary host tab.
    dialog = bar.ask_take_over()
    assert dialog is not None and dialog.isVisible()
    assert dialog.findChild(QLabel, "takeOverQuestion").text() == (
        "Take over this conversation from Kari (host)?"
    )
    assert dialog.release_choice.isChecked()
    dialog.take_button.click()
    await wait_for(lambda: tab.is_open(), console)
    await wait_for(lambda: not bar.isVisibleTo(tab), console)
    assert tab.escalation_bar.isVisibleTo(tab) and tab.close_button.isVisibleTo(tab)
    assert tab.composer.isEnabled() and tab.composer.placeholderText().startswith("Write")
    assert "reading along" not in tabs.tabText(0) and "joined" not in tabs.tabText(0)
    handed = await host.wait_for(
        frames.ConversationEvent,
        lambda e: e.conversation.id == conversation and e.conversation.host == "super1",
    )
    assert handed.conversation.supervisors == []
    await wait_for(
        lambda: ("system", True, "", f"{SIGRID} took over the conversation.") in rows(tab),
        console,
    )
    QTest.keyClicks(tab.composer, "Jeg tar over nå.")
    QTest.keyClick(tab.composer, Qt.Key.Key_Return)
    now = await visitor.wait_for(
        frames.VisitorMessageFrame, lambda f: f.message.text == "Jeg tar over nå."
    )
    assert now.message.sender == "host"


async def test_the_host_sees_who_is_watching_and_answers_privately(console, clients, qtbot):
    _visitor, tab = await one_conversation(console, clients)
    conversation = tab.conversation_id
    tabs = console.window.tabs
    assert not tab.watchers.isVisibleTo(tab) and not tab.whisper.isVisibleTo(tab)
    assert tab.whisper_toggle.isVisibleTo(tab)  # the channel can be opened by hand
    supervisor = await clients.staff("super1")

    # (c) Reading along is shown, calmly, with the supervisor's name.
    await supervisor.supervise(conversation, "reading")
    await wait_for(lambda: tab.watchers.isVisibleTo(tab), console)
    assert tab.watchers.text() == f"{SIGRID} is reading along."
    assert tab.whisper.isVisibleTo(tab) and not tab.whisper_toggle.isVisibleTo(tab)
    assert tab.composer.isEnabled()
    assert tab.composer.placeholderText().startswith("Write to the visitor")
    await wait_for(lambda: ("system", True, "", f"{SIGRID} is reading along.") in rows(tab),
                   console)

    await supervisor.whisper(conversation, "Fint svar. Spør om nettverk.")
    await wait_for(
        lambda: ("supervisor", True, f"Private · {SIGRID}", "Fint svar. Spør om nettverk.")
        in rows(tab),
        console,
    )
    QTest.keyClicks(tab.whisper_composer, "Takk, gjør det.")
    QTest.keyClick(tab.whisper_composer, Qt.Key.Key_Return)
    reply = (await supervisor.wait_for(
        frames.MessageEvent, lambda e: e.message.text == "Takk, gjør det."
    )).message
    assert (reply.sender, reply.private, reply.author) == ("host", True, "host1")
    await wait_for(lambda: tab.whisper_composer.toPlainText() == "", console,
                   extra=(tab.whisper.sent,))
    assert ("host", True, "Private · Kari (host)", "Takk, gjør det.") in rows(tab)

    await supervisor.supervise(conversation, "joined")
    await wait_for(
        lambda: tab.watchers.text() == f"{SIGRID} has joined — the visitor sees a supervisor.",
        console,
    )

    # Taken over with the host kept to learn: the tab stays, reading along, and "Leave"
    # closes it.
    await supervisor.take_over(conversation, keep_host=True)
    await wait_for(lambda: tab.supervision_bar.isVisibleTo(tab), console)
    bar = tab.supervision_bar
    assert bar.status.text() == "You stay to learn: reading along — the visitor does not see you."
    assert not bar.join_button.isVisibleTo(tab) and not bar.take_over_button.isVisibleTo(tab)
    assert not tab.composer.isEnabled() and tab.whisper.isVisibleTo(tab)
    assert not tab.watchers.isVisibleTo(tab)  # the new host is no supervisor in it
    await wait_for(
        lambda: ("system", True, "", f"{SIGRID} took over; the earlier host stays to learn.")
        in rows(tab),
        console,
    )
    bar.leave_button.click()
    await wait_for(lambda: tabs.count() == 0, console)
    await supervisor.wait_for(frames.MessageEvent, notice_of("left"))


async def test_closing_a_supervisors_tab_leaves_the_conversation(console, clients, qtbot):
    host, _visitor, conversation = await held_by_a_host(clients)
    await log_in(console, "super1")
    tabs = console.window.tabs
    tabs.open_conversation(conversation)
    await wait_for(lambda: tabs.count() == 1, console)
    tab = tabs.tab_for(conversation)
    assert tab is not None and not tab.close_button.isVisibleTo(tab)

    assert tabs.request_close(tab) is None  # nothing to decide: leaving is not an end
    await wait_for(lambda: tabs.count() == 0, console)
    await host.wait_for(frames.MessageEvent, notice_of("left"))
    await host.wait_for(
        frames.ConversationEvent,
        lambda e: e.conversation.id == conversation and e.conversation.supervisors == [],
    )
    assert console.session.state.supervising(conversation) is None

    # Opened again from the floor: reading along again, in a new tab.
    assert tabs.open_conversation(conversation) is None
    await wait_for(lambda: tabs.count() == 1, console)
    assert tabs.currentWidget().conversation_id == conversation

    # The host ends it: the tab stays, marked as ended, like a host's.
    await host.end(conversation)
    tab = tabs.currentWidget()
    await wait_for(lambda: tab.status.text() == "The conversation has ended", console)
    assert tabs.count() == 1 and not tab.supervision_bar.isVisibleTo(tab)
    assert tabs.tabText(0).endswith("— closed")
    tabs.request_close(tab)
    assert tabs.count() == 0


async def test_a_refused_open_says_why(console, clients, qtbot):
    _visitor, tab = await one_conversation(console, clients)  # host1, a host, not a supervisor
    tabs = console.window.tabs
    problems: list[str] = []
    tabs.problem.connect(problems.append)
    other = await clients.visitor("ung", "nb")
    host2 = await clients.staff("host2", shift=True)
    await host2.take(other.conversation)
    tabs.open_conversation(other.conversation)
    await wait_for(lambda: bool(problems), console, extra=(tabs.problem,))
    assert tabs.count() == 1 and tabs.currentWidget() is tab


def staff_message(seq: int, sender: str, text: str, author: str | None = None, **extra):
    return models.Message(
        conversation="c1", seq=seq, sender=sender, text=text, created_at=1_700_000_000.0 + seq,
        author=author, **extra,
    )


def test_private_rows_notices_and_names_in_the_transcript(qapp):
    model = TranscriptModel()
    names = {"host1": "Kari"}
    model.set_names(lambda username: names.get(username, username))
    model.add_messages([
        staff_message(1, "visitor", "hei"),
        staff_message(2, "system", "reading", "super1", private=True, notice="reading"),
        staff_message(3, "supervisor", "<b>psst</b>", "super1", private=True),
        staff_message(4, "host", "ok", "host1", private=True),
        staff_message(5, "supervisor", "Hei, jeg er også her.", "super1"),
        staff_message(6, "system", "En veileder har kommet inn i samtalen."),
        staff_message(7, "system", "transferred", "host2", private=True, notice="transferred"),
    ])
    assert [(r[1], r[2], r[3]) for r in _model_rows(model)] == [
        (False, "", "hei"),
        (True, "", "super1 is reading along."),
        (True, "Private · super1", "<b>psst</b>"),  # plain text, tags and all
        (True, "Private · Kari", "ok"),
        (False, "Supervisor · super1", "Hei, jeg er også her."),
        (False, "Automatic message to the visitor", "En veileder har kommet inn i samtalen."),
        (True, "", "The conversation was transferred to host2."),
    ]
    # Nobody "reads" a private message; the visitor reads the supervisor's.
    states = [model.data(model.index(i), StateRole) for i in range(model.rowCount())]
    assert states[2:5] == ["received", "received", "sent"]
    model.set_read_upto(5)
    assert model.data(model.index(4), StateRole) == "read"

    changed = []
    model.dataChanged.connect(lambda first, _last: changed.append(first.row()))
    names["super1"] = "Sigrid"  # learnt later (the conversation names its supervisors)
    model.refresh_names()
    assert sorted(changed) == [1, 2, 4]
    assert model.full_text(1) == "Sigrid is reading along."
    assert model.data(model.index(2), LabelRole) == "Private · Sigrid"
    assert model.data(model.index(4), LabelRole) == "Supervisor · Sigrid"


def _model_rows(model):
    return [
        (
            model.data(model.index(i), SenderRole),
            model.data(model.index(i), PrivateRole),
            model.data(model.index(i), LabelRole),
            model.full_text(i),
        )
        for i in range(model.rowCount())
    ]


async def test_the_host_sees_a_joined_supervisor_start_an_answer(console, clients, qtbot):
    """So that the host and the supervisor do not both answer the visitor at once."""
    visitor, tab = await one_conversation(console, clients)
    conversation = tab.conversation_id
    supervisor = await clients.staff("super1")
    await supervisor.supervise(conversation, "joined")
    await wait_for(lambda: tab.watchers.isVisibleTo(tab), console)
    assert tab.status.text() == ""

    await supervisor.send_raw(encode_text(frames.Typing(conversation=conversation, typing=True)))
    writing = f"{SIGRID} is writing to the visitor…"
    await wait_for(lambda: tab.status.text() == writing, console)
    assert tab.status.textFormat() == Qt.TextFormat.PlainText
    await visitor.send_raw(encode_text(frames.VisitorTyping(typing=True)))
    await wait_for(lambda: tab.status.text() == f"The visitor is writing…\n{writing}", console)

    await supervisor.send_raw(encode_text(frames.Typing(conversation=conversation, typing=False)))
    await wait_for(lambda: tab.status.text() == "The visitor is writing…", console)
