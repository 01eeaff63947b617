"""Warm transfer between two hosts against the real server: the visitor keeps writing while
the conversation changes hands, and nothing is lost, doubled or shown to the wrong person."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from chathost.devtools.protoclient import CommandError, StaffClient, VisitorClient, new_id
from chathost.protocol import frames, models
from chathost.protocol.codec import encode_text
from chathost.server import notices
from chathost.server.transfers import OFFER_SECONDS
from tests.conftest import Clients, Server
from tests.server.staffing import add_account, add_service

NOTE = "Vil gjerne snakke med noen som kan mer om skole."


async def held(clients: Clients, service: str = "ung") -> tuple[StaffClient, Any, str]:
    """host1 on shift holding a fresh conversation with a connected visitor."""
    host = await clients.staff("host1", shift=True)
    visitor = await clients.visitor(service, "nb")
    conversation = await host.take(visitor.conversation)
    return host, visitor, conversation.id


def transfer_is(transfer_id: str, status: str) -> Any:
    return lambda e: e.transfer.id == transfer_id and e.transfer.status == status


async def audit(server: Server, conversation: str) -> list[tuple[Any, ...]]:
    return await server.ctx.storage.execute(
        "SELECT action, detail, actor_id IS NULL FROM audit "
        "WHERE conversation_id = ? AND action LIKE 'transfer:%' ORDER BY id",
        conversation,
    )


async def holder_of(client: StaffClient, conversation: str) -> str | None:
    for seen in (await client.snapshot()).conversations:
        if seen.id == conversation:
            return seen.host
    return None


async def test_a_warm_transfer_while_the_visitor_keeps_writing(server, clients):
    host1, visitor, conversation = await held(clients)
    host2 = await clients.staff("host2", shift=True)
    accepted = asyncio.Event()
    sent: list[str] = []

    async def keep_writing() -> None:
        """At least 60 messages, and on until 15 after the transfer was accepted."""
        after_accept = 0
        while (len(sent) < 60 or after_accept < 15) and len(sent) < 1000:
            # The visitor's rate limit runs on the server's clock: one message's worth.
            server.clock.advance(0.5)
            text = f"Melding {len(sent) + 1}"
            await visitor.send(text)
            sent.append(text)
            after_accept += accepted.is_set()
            await asyncio.sleep(0)

    writer = asyncio.create_task(keep_writing())
    try:
        await host1.wait_for(frames.MessageEvent, lambda e: e.message.text == "Melding 5")
        offer = await host1.offer_transfer(conversation, "host2", NOTE)
        assert offer.status == "offered" and offer.to_user == "host2"
        assert offer.expires_at == pytest.approx(offer.offered_at + OFFER_SECONDS)
        offered = await host2.wait_for(frames.TransferEvent, transfer_is(offer.id, "offered"))
        assert (offered.transfer.from_name, offered.transfer.note) == ("Kari (host)", NOTE)
        assert offered.transfer.alias and offered.transfer.conversation == conversation
        # While the offer waits, nothing changes: host1 still answers.
        await host1.send(conversation, "Jeg er her fortsatt.")

        ack = await host2.command(
            frames.AnswerTransfer(id=new_id(), transfer=offer.id, accept=True)
        )
        accepted.set()
        assert ack.transfer.status == "accepted" and ack.transfer.answered_at is not None
        assert ack.conversation.host == "host2" and ack.conversation.handover_note == NOTE
        await writer
    finally:
        writer.cancel()

    # host1 sees the conversation handed on, and can no longer write in it.
    await host1.wait_for(frames.TransferEvent, transfer_is(offer.id, "accepted"))
    await host1.wait_for(
        frames.ConversationEvent,
        lambda e: e.conversation.id == conversation and e.conversation.host == "host2",
    )
    with pytest.raises(CommandError) as late:
        await host1.send(conversation, "Hallo?")
    assert late.value.code == "forbidden"

    # host2's transcript: the stored page and the live events, one message per seq.
    last = sent[-1]
    await host2.wait_for(frames.MessageEvent, lambda e: e.message.text == last)
    page = await host2.messages(conversation)
    events = [e.message for e in host2.of(frames.MessageEvent)
              if e.message.conversation == conversation]
    assert len({m.seq for m in events}) == len(events)  # no message delivered twice
    transcript: dict[int, models.Message] = {m.seq: m for m in page.messages}
    for message in events:
        assert transcript.setdefault(message.seq, message) == message
    assert sorted(transcript) == list(range(1, page.last_seq + 1))
    ordered = [transcript[seq] for seq in sorted(transcript)]
    assert [m.text for m in ordered if m.sender == "visitor"] == sent

    told = [m for m in ordered if m.sender == "system" and not m.private]
    assert [m.text for m in told] == [notices.PUT_THROUGH["nb"]]
    private = [m for m in ordered if m.private]
    assert [(m.sender, m.notice, m.author) for m in private] == [
        ("system", "transferred", "host2")
    ]
    assert told[0].seq < private[0].seq  # the visitor was told first
    visitor_seqs = [m.seq for m in ordered if m.sender == "visitor"]
    assert visitor_seqs[0] < told[0].seq < visitor_seqs[-1]  # writing all through it

    # The visitor was told, in their language, and never saw the staff's private note.
    await visitor.wait_for(frames.VisitorMessageFrame, lambda f: f.message.text == last)
    received = [f.message for f in visitor.of(frames.VisitorMessageFrame)]
    assert [m.seq for m in received] == [m.seq for m in ordered if not m.private]
    assert notices.PUT_THROUGH["nb"] in [m.text for m in received if m.sender == "system"]
    assert visitor.conversation == conversation

    assert await audit(server, conversation) == [
        ("transfer:offer", "to:host2", 0),
        ("transfer:accept", "", 0),
    ]


async def test_a_declined_offer_changes_nothing(server, clients):
    host1, visitor, conversation = await held(clients)
    host2 = await clients.staff("host2", shift=True)
    offer = await host1.offer_transfer(conversation, "host2")
    await host2.wait_for(frames.TransferEvent, transfer_is(offer.id, "offered"))

    declined = await host2.answer_transfer(offer.id, accept=False)
    assert declined.status == "declined"
    await host1.wait_for(frames.TransferEvent, transfer_is(offer.id, "declined"))
    assert await holder_of(host1, conversation) == "host1"
    assert (await host1.snapshot()).transfers == [] == (await host2.snapshot()).transfers
    with pytest.raises(CommandError) as again:
        await host2.answer_transfer(offer.id, accept=True)
    assert again.value.code == "transfer_closed"

    # host1 still answers; the visitor was told nothing.
    await host1.send(conversation, "Fortsatt meg.")
    await visitor.wait_for(frames.VisitorMessageFrame, lambda f: f.message.text == "Fortsatt meg.")
    assert [f.message.sender for f in visitor.of(frames.VisitorMessageFrame)] == ["host"]
    assert await audit(server, conversation) == [
        ("transfer:offer", "to:host2", 0),
        ("transfer:decline", "", 0),
    ]


async def test_the_offerer_can_cancel(server, clients):
    host1, _, conversation = await held(clients)
    host2 = await clients.staff("host2", shift=True)
    offer = await host1.offer_transfer(conversation, "host2")
    assert [t.id for t in (await host2.snapshot()).transfers] == [offer.id]

    assert (await host1.cancel_transfer(offer.id)).status == "cancelled"
    await host2.wait_for(frames.TransferEvent, transfer_is(offer.id, "cancelled"))
    with pytest.raises(CommandError) as late:
        await host2.answer_transfer(offer.id, accept=True)
    assert late.value.code == "transfer_closed"
    assert (await host2.snapshot()).transfers == []
    assert await holder_of(host1, conversation) == "host1"
    with pytest.raises(CommandError) as unknown:
        await host1.cancel_transfer("no-such-transfer")
    assert unknown.value.code == "not_found"
    assert await audit(server, conversation) == [
        ("transfer:offer", "to:host2", 0),
        ("transfer:cancel", "", 0),
    ]


async def test_an_unanswered_offer_expires_after_two_minutes(server, clients):
    host1, _, conversation = await held(clients)
    host2 = await clients.staff("host2", shift=True)
    supervisor = await clients.staff("super1")
    offer = await host1.offer_transfer(conversation, "host2")
    await supervisor.wait_for(frames.TransferEvent, transfer_is(offer.id, "offered"))

    server.clock.advance(OFFER_SECONDS - 1)
    await server.sweeper.sweep_once()
    assert [t.status for t in (await host2.snapshot()).transfers] == ["offered"]

    server.clock.advance(2)
    await server.sweeper.sweep_once()
    for client in (host1, host2, supervisor):
        expired = await client.wait_for(frames.TransferEvent, transfer_is(offer.id, "expired"))
        assert expired.transfer.answered_at is not None
    assert (await host2.snapshot()).transfers == []
    with pytest.raises(CommandError) as late:
        await host2.answer_transfer(offer.id, accept=True)
    assert late.value.code == "transfer_closed"
    assert await holder_of(host1, conversation) == "host1"
    assert (await audit(server, conversation))[-1] == ("transfer:expire", "", 1)


async def _off_shift(clients: Clients, host2: StaffClient) -> None:
    pass


async def _paused(clients: Clients, host2: StaffClient) -> None:
    await host2.start_shift()
    await host2.command(frames.ShiftPause(id=new_id()))


async def _not_connected(clients: Clients, host2: StaffClient) -> None:
    supervisor = await clients.staff("super1")
    await host2.start_shift()
    await host2.disconnect()
    await supervisor.wait_for(
        frames.StaffMemberEvent,
        lambda e: e.member.username == "host2" and not e.member.connected,
    )


async def _at_capacity(clients: Clients, host2: StaffClient) -> None:
    await host2.start_shift()
    for _ in range(3):  # the most `ung` allows a host
        visitor = await clients.visitor("ung", "nb")
        await host2.take(visitor.conversation)


UNAVAILABLE = {
    "off shift": (_off_shift, "not_available"),
    "paused": (_paused, "not_available"),
    "not connected": (_not_connected, "not_available"),
    "at capacity": (_at_capacity, "at_capacity"),
}


@pytest.mark.parametrize("why", sorted(UNAVAILABLE))
async def test_an_offer_needs_a_colleague_who_can_take_it(server, clients, why):
    host1, _, conversation = await held(clients)
    host2 = await clients.staff("host2")
    make, code = UNAVAILABLE[why]
    await make(clients, host2)
    with pytest.raises(CommandError) as refused:
        await host1.offer_transfer(conversation, "host2")
    assert refused.value.code == code
    assert (await host1.snapshot()).transfers == []
    assert await holder_of(host1, conversation) == "host1"
    assert await audit(server, conversation) == []


async def test_an_offer_goes_only_to_a_colleague_of_the_service(clients):
    admin = await clients.staff("admin", connect=False)
    await add_service(admin, "vaksen", name="Voksen chat")
    elsewhere = await add_account(clients, admin, "super2", "supervisor", ["vaksen"])
    await elsewhere.start_shift()
    host1, _, conversation = await held(clients)
    for target, code in [
        ("super2", "not_available"),
        ("admin", "not_available"),
        ("nobody", "not_found"),
        ("host1", "already_host"),
    ]:
        with pytest.raises(CommandError) as refused:
            await host1.offer_transfer(conversation, target)
        assert refused.value.code == code, target


async def test_one_open_offer_per_conversation(clients):
    host1, _, conversation = await held(clients)
    await clients.staff("host2", shift=True)
    supervisor = await clients.staff("super1", shift=True)
    first = await host1.offer_transfer(conversation, "host2")
    for offerer, target in ((host1, "super1"), (supervisor, "host2")):
        with pytest.raises(CommandError) as refused:
            await offerer.offer_transfer(conversation, target)
        assert refused.value.code == "transfer_open"
    assert [t.id for t in (await host1.snapshot()).transfers] == [first.id]


async def _host_ends(host1: StaffClient, visitor: VisitorClient, conversation: str) -> None:
    await host1.end(conversation)


async def _visitor_leaves(host1: StaffClient, visitor: VisitorClient, conversation: str) -> None:
    await visitor.send_raw(encode_text(frames.VisitorLeave()))


async def _released(host1: StaffClient, visitor: VisitorClient, conversation: str) -> None:
    await host1.release(conversation)


async def _referred(host1: StaffClient, visitor: VisitorClient, conversation: str) -> None:
    await host1.refer(conversation, "nuoret")


MOVES = {
    "host ends it": _host_ends,
    "visitor leaves": _visitor_leaves,
    "released": _released,
    "referred": _referred,
}


@pytest.mark.parametrize("move", sorted(MOVES))
async def test_an_open_offer_is_cancelled_when_the_conversation_moves_on(server, clients, move):
    host1, visitor, conversation = await held(clients)
    host2 = await clients.staff("host2", shift=True)
    offer = await host1.offer_transfer(conversation, "host2")
    await host2.wait_for(frames.TransferEvent, transfer_is(offer.id, "offered"))

    await MOVES[move](host1, visitor, conversation)
    for client in (host1, host2):
        await client.wait_for(frames.TransferEvent, transfer_is(offer.id, "cancelled"))
    with pytest.raises(CommandError) as late:
        await host2.answer_transfer(offer.id, accept=True)
    assert late.value.code == "transfer_closed"
    assert (await host2.snapshot()).transfers == []
    assert (await audit(server, conversation))[-1] == ("transfer:cancel", "", 1)


async def test_an_open_offer_outlives_a_restart_and_can_be_accepted(server, clients):
    host1, _, conversation = await held(clients)
    await clients.staff("host2", shift=True)
    offer = await host1.offer_transfer(conversation, "host2", NOTE)
    await server.restart()
    host2 = await clients.staff("host2")
    assert [(t.id, t.status, t.note) for t in (await host2.snapshot()).transfers] == [
        (offer.id, "offered", NOTE)
    ]
    answered = await host2.command(
        frames.AnswerTransfer(id=new_id(), transfer=offer.id, accept=True)
    )
    assert answered.transfer.status == "accepted"
    assert await holder_of(host2, conversation) == "host2"
    assert await server.ctx.storage.execute("SELECT * FROM transfer_offers") == []


async def test_an_offer_whose_time_ran_out_during_a_restart_expires(server, clients):
    host1, _, conversation = await held(clients)
    await clients.staff("host2", shift=True)
    offer = await host1.offer_transfer(conversation, "host2")
    await server.stop()
    server.clock.advance(OFFER_SECONDS + 1)  # down for longer than the offer lasts
    await server.restart()
    host1 = await clients.staff("host1")
    await server.sweeper.sweep_once()
    await host1.wait_for(frames.TransferEvent, transfer_is(offer.id, "expired"))
    assert (await host1.snapshot()).transfers == []
    assert await holder_of(host1, conversation) == "host1"
    assert (await audit(server, conversation))[-1] == ("transfer:expire", "", 1)


async def test_only_those_concerned_hear_of_an_offer(clients):
    host1, _, conversation = await held(clients)
    await clients.staff("host2", shift=True)
    supervisor = await clients.staff("super1", shift=True)
    bystander = await clients.staff("host2")  # a second console of the target sees it too
    offer = await host1.offer_transfer(conversation, "host2")
    await bystander.wait_for(frames.TransferEvent, transfer_is(offer.id, "offered"))
    await supervisor.wait_for(frames.TransferEvent, transfer_is(offer.id, "offered"))
    assert [t.id for t in (await supervisor.snapshot()).transfers] == [offer.id]

    # Another host of the service is not concerned by either offer.
    admin = await clients.staff("admin", connect=False)
    outsider = await add_account(clients, admin, "host3", "host", ["ung"])
    await host1.cancel_transfer(offer.id)
    await supervisor.wait_for(frames.TransferEvent, transfer_is(offer.id, "cancelled"))
    second = await host1.offer_transfer(conversation, "super1")
    await supervisor.wait_for(frames.TransferEvent, transfer_is(second.id, "offered"))
    assert (await outsider.snapshot()).transfers == []
    # News the outsider does get, published after the offer, comes after anything about it.
    await clients.visitor("ung")
    await outsider.wait_for(frames.QueueEvent, lambda e: len(e.waiting) == 1)
    assert outsider.of(frames.TransferEvent) == []


async def test_a_reading_supervisor_or_a_kept_host_can_accept_and_leaves_the_readers(
    server, clients
):
    host1, _, conversation = await held(clients)
    supervisor = await clients.staff("super1", shift=True)
    await supervisor.supervise(conversation, "reading")
    offer = await host1.offer_transfer(conversation, "super1")
    ack = await supervisor.command(
        frames.AnswerTransfer(id=new_id(), transfer=offer.id, accept=True)
    )
    assert ack.conversation.host == "super1" and ack.conversation.supervisors == []

    # And gives it back.
    back = await supervisor.offer_transfer(conversation, "host1")
    accepted = await host1.command(
        frames.AnswerTransfer(id=new_id(), transfer=back.id, accept=True)
    )
    assert accepted.conversation.host == "host1" and accepted.conversation.supervisors == []

    # A host kept to learn after a take-over may be given the conversation back.
    await supervisor.take_over(conversation, keep_host=True)
    again = await supervisor.offer_transfer(conversation, "host1")
    final = await host1.command(
        frames.AnswerTransfer(id=new_id(), transfer=again.id, accept=True)
    )
    assert final.conversation.host == "host1" and final.conversation.supervisors == []
    assert await server.ctx.storage.execute("SELECT * FROM supervision") == []

    await server.restart()
    host1 = await clients.staff("host1")
    kept = [c for c in (await host1.snapshot()).conversations if c.id == conversation]
    assert [(c.host, c.supervisors) for c in kept] == [("host1", [])]


async def test_accepting_checks_again_that_the_colleague_can_take_it(clients):
    host1, _, conversation = await held(clients)
    host2 = await clients.staff("host2", shift=True)
    await host1.release(conversation, note=NOTE)  # an earlier handover note…
    await host1.take(conversation)
    offer = await host1.offer_transfer(conversation, "host2")  # …and none with the offer
    await host2.command(frames.ShiftPause(id=new_id()))
    with pytest.raises(CommandError) as paused:
        await host2.answer_transfer(offer.id, accept=True)
    assert paused.value.code == "not_available"
    assert [t.status for t in (await host2.snapshot()).transfers] == ["offered"]

    await host2.command(frames.ShiftResume(id=new_id()))
    ack = await host2.command(frames.AnswerTransfer(id=new_id(), transfer=offer.id, accept=True))
    assert ack.conversation.host == "host2"
    assert ack.conversation.handover_note == NOTE  # the earlier note stays
