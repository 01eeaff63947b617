"""Warm transfer in the console, against the real server: offering a conversation to a colleague
(who can take it, who cannot and why, the note, the waiting line, the outcome) and receiving
one (the banner, accepting, the conversation opening with its transcript)."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from chathost.protocol import frames
from chathost.ui.transfer_offers import OfferCard
from tests.ui.console_fixtures import log_in, one_conversation, wait_for
from tests.ui.test_notes_console import notes_become


async def a_colleague_holds_one(console, clients):
    """This console is host2 on shift; host1 (a protocol client) holds a fresh conversation."""
    await log_in(console, "host2")
    window, session = console.window, console.session
    await session.start_shift()
    host1 = await clients.staff("host1", shift=True)
    visitor = await clients.visitor("ung", "nb")
    await host1.take(visitor.conversation)
    return window, session, host1, visitor


async def test_a_host_transfers_a_conversation_to_a_colleague_who_accepts(
    console, clients, qtbot
):
    visitor, tab = await one_conversation(console, clients)
    window = console.window
    host2 = await clients.staff("host2", shift=True)  # super1 stays off shift
    await notes_become(console, "ready")
    QTest.keyClicks(tab.notes_panel.editor, "Worried about exams. Has a friend to call.")

    bar = tab.escalation_bar
    assert bar.transfer_button.text() == "Transfer…"
    assert bar.transfer_button.toolTip() == "Transfer to a colleague… (Ctrl+Shift+T)"
    assert bar.transfer_button.isEnabled() and not bar.transfer_status.isVisible()
    dialog = await bar.open_transfer_dialog()
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    assert dialog.available() == ["host2"]
    # The one colleague who can take it is chosen already, with their load.
    assert dialog.list.currentItem().text() == "Mikko (host) — holds 0 of 6"
    assert dialog.unavailable() == ["Sigrid (supervisor) — off shift"]
    assert dialog.offer_button.isEnabled()
    # The note: the host's private notes only through "Add my notes", read and edited here.
    assert dialog.note.toPlainText() == ""
    assert dialog.field.add_button.isVisibleTo(dialog)
    dialog.field.add_button.click()
    dialog.note.setPlainText(dialog.note.toPlainText().replace(" Has a friend to call.", ""))
    dialog.offer_button.click()

    event = await host2.wait_for(frames.TransferEvent, lambda f: f.transfer.status == "offered")
    offered = event.transfer
    assert (offered.conversation, offered.from_user, offered.to_user) == (
        visitor.conversation,
        "host1",
        "host2",
    )
    assert offered.note == "Worried about exams."
    status = bar.transfer_status
    await wait_for(lambda: status.isVisible(), console)
    waiting = r"Waiting for Mikko \(host\) to accept… \((2:00|1:5\d)\)"
    assert re.fullmatch(waiting, status.label.text())
    assert status.cancel_button.isVisible() and status.cancel_button.text() == "Cancel the transfer"
    # Meanwhile nothing changes: the host keeps answering; one offer at a time.
    assert tab.is_open() and tab.composer.isEnabled()
    assert not bar.transfer_button.isEnabled()

    await host2.answer_transfer(offered.id, True)
    await wait_for(lambda: not tab.is_open() and not status.cancel_button.isVisible(), console)
    assert status.isVisible()
    assert status.label.text() == (
        "Mikko (host) accepted the transfer. The conversation continues with them."
    )
    # Like any conversation that left this host: read-only, its tab marked closed.
    assert not tab.composer.isEnabled() and not bar.transfer_button.isEnabled()
    assert window.tabs.tabText(window.tabs.indexOf(tab)).endswith("— closed")
    assert tab.close_button.text() == "Close tab"


async def test_a_declined_or_cancelled_transfer_leaves_the_conversation_with_the_host(
    console, clients, qtbot
):
    _visitor, tab = await one_conversation(console, clients)
    host2 = await clients.staff("host2", shift=True)
    bar, status = tab.escalation_bar, tab.escalation_bar.transfer_status

    dialog = await bar.open_transfer_dialog()
    dialog.choose("host2")
    assert not dialog.field.add_button.isVisibleTo(dialog)  # no private notes to add
    dialog.offer_button.click()
    event = await host2.wait_for(frames.TransferEvent, lambda f: f.transfer.status == "offered")
    await wait_for(lambda: status.cancel_button.isVisible(), console)
    await host2.answer_transfer(event.transfer.id, False)
    await wait_for(lambda: not status.cancel_button.isVisible(), console)
    assert status.label.text() == (
        "Mikko (host) declined the transfer. The conversation is still yours."
    )
    assert tab.is_open() and tab.composer.isEnabled() and bar.transfer_button.isEnabled()
    status.dismiss_button.click()
    assert not status.isVisible()

    # Offered again, and this time the host changes their mind.
    dialog = await bar.open_transfer_dialog()
    dialog.choose("host2")
    dialog.note.setPlainText("Second try")
    dialog.offer_button.click()
    await wait_for(lambda: status.cancel_button.isVisible(), console)
    status.cancel_button.click()
    closed = await host2.wait_for(
        frames.TransferEvent, lambda f: f.transfer.status == "cancelled"
    )
    assert closed.transfer.note == "Second try"
    await wait_for(lambda: not status.cancel_button.isVisible(), console)
    assert status.label.text() == (
        "The transfer to Mikko (host) was cancelled. The conversation is still yours."
    )
    assert tab.is_open()

    # A colleague who went away meanwhile: the server's refusal is said beside the conversation.
    dialog = await bar.open_transfer_dialog()
    dialog.choose("host2")
    await host2.command(frames.ShiftPause(id="pause-1"))
    dialog.offer_button.click()
    await wait_for(
        lambda: "cannot take it right now" in status.label.text(),
        console,
        extra=(status.changed,),
    )
    assert status.label.text() == (
        "Mikko (host) cannot take it right now (off shift, paused or not connected). "
        "The conversation is still yours."
    )
    assert bar.transfer_button.isEnabled()


async def test_a_colleague_offers_this_host_a_conversation_and_it_opens_with_its_transcript(
    console, clients, qtbot
):
    window, session, host1, visitor = await a_colleague_holds_one(console, clients)
    await visitor.send("hei, er du der?")
    await host1.send(visitor.conversation, "Ja, jeg er her.")
    offers = window.transfer_offers
    assert not offers.isVisible()

    note = "<b>Likes drawing</b> & talks about school"
    await host1.offer_transfer(visitor.conversation, "host2", note)
    await wait_for(lambda: offers.isVisible() and len(offers.cards) == 1, console)
    [card] = offers.findChildren(OfferCard)
    alias = session.state.offers_to_me()[0].alias
    assert card.text.text() == f"Kari (host) offers you a conversation: {alias} (Ung chat)."
    # The colleague's words as plain text, never markup.
    assert card.note.text() == f"Note: {note}"
    assert card.note.textFormat() == Qt.TextFormat.PlainText
    assert card.text.textFormat() == Qt.TextFormat.PlainText
    assert re.fullmatch(r"Answer within (2:00|1:5\d)", card.left.text())
    assert window.notifier.history[-1] == ("transfer", card.text.text())  # like a new visitor
    assert window.tabs.count() == 0

    card.accept_button.click()
    accepted = await host1.wait_for(
        frames.TransferEvent, lambda f: f.transfer.status == "accepted"
    )
    assert accepted.transfer.to_user == "host2"
    await wait_for(lambda: window.tabs.tab_for(visitor.conversation) is not None, console)
    tab = window.tabs.tab_for(visitor.conversation)
    # The transcript so far is there (the visitor's words, the first host's answer).
    await wait_for(lambda: tab.model.rowCount() >= 2, console)
    texts = [tab.model.full_text(row) for row in range(tab.model.rowCount())]
    assert "hei, er du der?" in texts and "Ja, jeg er her." in texts
    await wait_for(lambda: not offers.isVisible(), console)
    assert window.tabs.currentWidget() is tab and tab.is_open()
    assert tab.escalation_bar.transfer_status.label.text() == (
        "Kari (host) transferred this conversation to you."
    )
    # The note in the tab says whose it is (not "handed back"), as plain text.
    await wait_for(lambda: tab.handover.isVisibleTo(tab), console)
    assert tab.handover.text() == f"Note from Kari (host): {note}"
    # Writing to the visitor works at once.
    tab.composer.setPlainText("Hei, jeg tar over samtalen nå.")
    tab.send()
    message = await visitor.wait_for(
        frames.VisitorMessageFrame, lambda f: f.message.text.startswith("Hei, jeg tar")
    )
    assert message.message.sender == "host"


async def test_an_offer_withdrawn_while_shown_says_so_and_a_refusal_is_plain(
    console, clients, qtbot
):
    await log_in(console, "host2")
    window, session = console.window, console.session
    await session.start_shift()
    host1 = await clients.staff("host1", shift=True)
    visitors = [await clients.visitor("ung", "nb") for _ in range(2)]
    for visitor in visitors:
        await host1.take(visitor.conversation)
    offers = window.transfer_offers

    first = await host1.offer_transfer(visitors[0].conversation, "host2", "")
    await wait_for(lambda: len(offers.cards) == 1, console)
    card = offers.cards[first.id]
    assert not card.note.isVisible()  # no note, no "Note:" line
    await host1.cancel_transfer(first.id)
    await wait_for(lambda: card.closed, console)
    assert card.text.text() == f"Kari (host) withdrew the offer of {first.alias}."
    assert not card.accept_button.isVisible() and card.ok_button.isVisible()
    card.ok_button.click()
    assert offers.cards == {} and not offers.isVisible()

    # Paused after the offer came: the server says no, and the card says why.
    second = await host1.offer_transfer(visitors[1].conversation, "host2", "")
    await wait_for(lambda: len(offers.cards) == 1, console)
    card = offers.cards[second.id]
    await session.pause_shift(True)
    card.accept_button.click()
    await wait_for(lambda: card.problem.isVisible(), console, extra=(card.answered,))
    assert card.problem.text() == "You can accept only while your shift is on and not paused."
    assert card.accept_button.isEnabled()  # still open: resume and accept, or decline
    card.decline_button.click()
    await host1.wait_for(frames.TransferEvent, lambda f: f.transfer.status == "declined")
    await wait_for(lambda: offers.cards == {}, console)


async def test_an_offer_on_screen_is_still_open_after_a_server_restart(
    console, clients, server, qtbot
):
    window, session, host1, visitor = await a_colleague_holds_one(console, clients)
    offer = await host1.offer_transfer(visitor.conversation, "host2", "")
    offers = window.transfer_offers
    await wait_for(lambda: list(offers.cards) == [offer.id], console)

    await server.restart()
    await wait_for(lambda: session.stream.status != "online", console)
    await wait_for(lambda: session.stream.status == "online", console, timeout=20)
    card = offers.cards[offer.id]
    assert offers.isVisible() and not card.closed and card.accept_button.isEnabled()
    card.accept_button.click()
    await wait_for(lambda: window.tabs.tab_for(visitor.conversation) is not None, console)
    assert window.tabs.tab_for(visitor.conversation).is_open()
