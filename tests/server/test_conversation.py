"""Whole conversations over real sockets: visitor ↔ host, queue, typing, read state, ending."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from chathost.devtools.protoclient import ApiError, CommandError
from chathost.protocol import frames


async def test_visitor_and_host_hold_a_whole_conversation(clients):
    host = await clients.staff("host1", shift=True)
    visitor = await clients.visitor("ung", "nb")

    status = await visitor.wait_for(frames.VisitorStatus)
    assert status.status == "queued" and status.position == 1

    queue = await host.wait_for(frames.QueueEvent, lambda e: len(e.waiting) == 1)
    conversation_id = queue.waiting[0].conversation
    assert queue.service == "ung" and queue.waiting[0].language == "nb"

    # A visitor may write while waiting; the host sees it after taking the conversation.
    await visitor.send("Hei, er det noen der?")
    taken = await host.take()
    assert taken.id == conversation_id and taken.status == "active" and taken.host == "host1"
    await visitor.wait_for(frames.VisitorStatus, lambda s: s.status == "active" and s.host_present)

    page = await host.messages(conversation_id)
    assert [m.text for m in page.messages] == ["Hei, er det noen der?"]

    sent = await host.send(conversation_id, "Hei! Jeg er her. Hva tenker du på i kveld?")
    assert sent.seq == 2 and sent.sender == "host"
    got = await visitor.wait_for(frames.VisitorMessageFrame, lambda f: f.message.sender == "host")
    assert got.message.text == "Hei! Jeg er her. Hva tenker du på i kveld?"
    assert got.message.client_id is None  # visitors never see staff ids

    await visitor.send_raw('{"type":"typing","typing":true}')
    typing = await host.wait_for(frames.StaffTyping)
    assert typing.conversation == conversation_id and typing.typing

    await visitor.send_raw('{"type":"read","seq":2}')
    read = await host.wait_for(frames.ReadEvent, lambda e: e.reader == "visitor")
    assert read.upto == 2

    ack = await visitor.send("Takk")
    event = await host.wait_for(frames.MessageEvent, lambda e: e.message.seq == ack.seq)
    assert event.message.text == "Takk" and event.message.sender == "visitor"

    ended = await host.end(conversation_id)
    assert ended.status == "ended" and ended.ended_by == "host"
    final = await visitor.wait_for(frames.VisitorStatus, lambda s: s.status == "ended")
    assert final.ended_by == "host"
    await visitor.closed.wait()


async def test_take_respects_capacity_and_a_second_host_cannot_take_the_same_visitor(clients):
    host1 = await clients.staff("host1", shift=True)
    host2 = await clients.staff("host2", shift=True)
    visitors = [await clients.visitor("ung") for _ in range(4)]
    ids = [v.conversation for v in visitors]

    first = await host1.take(ids[0])
    with pytest.raises(CommandError) as taken:
        await host2.take(ids[0])
    assert taken.value.code == "not_queued"
    assert first.host == "host1"

    await host1.take()
    await host1.take()
    with pytest.raises(CommandError) as full:
        await host1.take()
    assert full.value.code == "at_capacity"
    assert (await host2.take()).id == ids[3]


async def test_queue_positions_move_up_as_visitors_are_taken(clients):
    host = await clients.staff("host1", shift=True)
    first = await clients.visitor("ung")
    second = await clients.visitor("ung")
    await second.wait_for(frames.VisitorStatus, lambda s: s.position == 2)
    await host.take(first.conversation)
    await second.wait_for(frames.VisitorStatus, lambda s: s.status == "queued" and s.position == 1)


async def test_shift_cannot_end_while_holding_conversations(clients):
    host = await clients.staff("host1", shift=True)
    visitor = await clients.visitor("ung")
    await host.take(visitor.conversation)
    with pytest.raises(CommandError) as refused:
        await host.command(frames.ShiftEnd(id="end-1"))
    assert refused.value.code == "open_conversations"

    released = await host.command(frames.Release(id="rel-1", conversation=visitor.conversation))
    assert released.conversation.status == "queued" and released.conversation.host is None
    await visitor.wait_for(frames.VisitorStatus, lambda s: s.status == "queued")
    ended = await host.command(frames.ShiftEnd(id="end-2"))
    assert ended.shift.status == "off"


async def test_paused_host_takes_no_new_conversations(clients):
    host = await clients.staff("host1", shift=True)
    await clients.visitor("ung")
    await host.command(frames.ShiftPause(id="p1"))
    with pytest.raises(CommandError) as paused:
        await host.take()
    assert paused.value.code == "shift_paused"
    await host.command(frames.ShiftResume(id="r1"))
    assert (await host.take()).status == "active"


async def test_visitor_leaves_and_host_is_told(clients):
    host = await clients.staff("host1", shift=True)
    visitor = await clients.visitor("ung")
    conv = await host.take(visitor.conversation)
    await visitor.send_raw('{"type":"leave"}')
    event = await host.wait_for(
        frames.ConversationEvent,
        lambda e: e.conversation.id == conv.id and e.conversation.status == "ended",
    )
    assert event.conversation.ended_by == "visitor"
    assert not event.conversation.visitor_connected
    with pytest.raises(CommandError) as gone:
        await host.send(conv.id, "Er du der?")
    assert gone.value.code == "conversation_ended"


async def test_closed_service_and_full_queue_are_refused_kindly(server, clients):
    ctx = server.ctx
    service = ctx.floor.directory.services["ung"]
    not_today = (datetime.now(ZoneInfo(service.timezone)).weekday() + 3) % 7
    service.opening_hours_json = f'[{{"days":[{not_today}],"start":"00:00","end":"23:59"}}]'
    with pytest.raises(ApiError) as closed:
        await clients.visitor("ung")
    assert closed.value.status == 409 and closed.value.code == "service_closed"

    service.opening_hours_json = "[]"
    service.max_queue = 1
    await clients.visitor("ung")
    with pytest.raises(ApiError) as full:
        await clients.visitor("ung")
    assert full.value.code == "queue_full"


async def test_unknown_service_is_a_404(clients):
    with pytest.raises(ApiError) as missing:
        await clients.visitor("nope")
    assert missing.value.status == 404


async def test_waiting_visitors_get_an_estimate_from_recent_waits(server, clients):
    host = await clients.staff("host1", shift=True)
    first = await clients.visitor("ung")
    status = await first.wait_for(frames.VisitorStatus)
    assert status.estimated_wait is None  # nothing to go on yet: no number is better than a guess
    server.clock.advance(120)
    await host.take(first.conversation)
    second = await clients.visitor("ung")
    third = await clients.visitor("ung")
    # One host available, recent waits of 120 s: one round of waiting per place in the queue.
    s2 = await second.wait_for(frames.VisitorStatus, lambda s: s.estimated_wait is not None)
    s3 = await third.wait_for(frames.VisitorStatus, lambda s: s.position == 2)
    assert (s2.position, s2.estimated_wait) == (1, 120.0)
    assert s3.estimated_wait == 240.0
    await clients.staff("host2", shift=True)  # a second host halves the rounds
    await clients.visitor("ung")
    s3b = await third.wait_for(
        frames.VisitorStatus, lambda s: s.position == 2 and s.estimated_wait == 120.0
    )
    assert s3b.estimated_wait == 120.0
