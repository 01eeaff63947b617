"""Delivery guarantees: resume after a reconnect, resync after a restart, idempotent commands,
and nothing accepted lost across a graceful restart."""

from __future__ import annotations

import asyncio

import pytest

from chathost.devtools.protoclient import CommandError
from chathost.protocol import frames


async def test_reconnect_resumes_with_exactly_the_missed_events(clients):
    host = await clients.staff("host1", shift=True)
    visitor = await clients.visitor("ung")
    conv = await host.take(visitor.conversation)
    await visitor.send("før bruddet")
    await host.wait_for(frames.MessageEvent, lambda e: e.message.text == "før bruddet")
    seen = host.last_seq

    await host.disconnect()
    for text in ("en", "to", "tre"):
        await visitor.send(text)

    welcome = await host.connect(resume=True)
    assert welcome.resumed and welcome.seq == seen
    missed = [
        await host.wait_for(frames.MessageEvent, lambda e, t=t: e.message.text == t)
        for t in ("en", "to", "tre")
    ]
    assert [e.seq for e in missed] == [seen + 1, seen + 2, seen + 3]
    assert not host.of(frames.Resync)
    # Nothing was delivered twice.
    texts = [f.message.text for f in host.of(frames.MessageEvent)]
    assert texts.count("en") == 1 and texts.count("før bruddet") == 1
    assert conv.id == missed[0].message.conversation


async def test_reconnect_after_server_restart_gets_resync_and_loses_no_message(server, clients):
    host = await clients.staff("host1", shift=True)
    visitor = await clients.visitor("ung")
    conv = await host.take(visitor.conversation)
    first = await visitor.send("melding 1")
    await host.wait_for(frames.MessageEvent, lambda e: e.message.seq == first.seq)

    old_stream = host.stream
    await server.restart()
    await host.closed.wait()
    await visitor.closed.wait()
    goodbyes = host.of(frames.Goodbye)
    assert goodbyes and goodbyes[-1].reason == "server_shutdown" and goodbyes[-1].reconnect

    # The visitor comes back within the grace period and writes on.
    visitor_welcome = await visitor.connect()
    assert isinstance(visitor_welcome, frames.VisitorWelcome)
    second = await visitor.send("melding 2")
    assert second.seq == first.seq + 1

    welcome = await host.connect(resume=True)
    assert not welcome.resumed
    resync = await host.wait_for(frames.Resync)
    assert resync.stream != old_stream
    snapshot = await host.snapshot()
    assert snapshot.shift.status == "available"
    assert [c.id for c in snapshot.conversations] == [conv.id]
    page = await host.messages(conv.id, after=0)
    assert [m.text for m in page.messages] == ["melding 1", "melding 2"]


async def test_resending_a_message_with_the_same_id_stores_it_once(clients):
    host = await clients.staff("host1", shift=True)
    visitor = await clients.visitor("ung")
    conv = await host.take(visitor.conversation)

    first = await host.send(conv.id, "Hei", id="client-msg-1")
    again = await host.send(conv.id, "Hei", id="client-msg-1")
    assert again.seq == first.seq

    v1 = await visitor.send("svar", id="visitor-msg-1")
    v2 = await visitor.send("svar", id="visitor-msg-1")
    assert v1.seq == v2.seq

    page = await host.messages(conv.id)
    assert [m.text for m in page.messages] == ["Hei", "svar"]
    # The visitor saw the host's message exactly once.
    await visitor.wait_for(frames.VisitorMessageFrame, lambda f: f.message.text == "Hei")
    assert len([f for f in visitor.of(frames.VisitorMessageFrame) if f.message.text == "Hei"]) == 1


async def test_resend_after_restart_is_still_idempotent(server, clients):
    host = await clients.staff("host1", shift=True)
    visitor = await clients.visitor("ung")
    conv = await host.take(visitor.conversation)
    sent = await host.send(conv.id, "Er du der?", id="outbox-7")

    await server.restart()
    await host.closed.wait()
    await host.connect()
    again = await host.send(conv.id, "Er du der?", id="outbox-7")
    assert again.seq == sent.seq
    assert [m.text for m in (await host.messages(conv.id)).messages] == ["Er du der?"]


async def test_repeated_take_and_shift_commands_have_no_second_effect(clients):
    host = await clients.staff("host1")
    first = await host.command(frames.ShiftStart(id="shift-1"))
    again = await host.command(frames.ShiftStart(id="shift-1"))
    assert first == again
    visitor = await clients.visitor("ung")
    take1 = await host.command(frames.Take(id="take-1", conversation=visitor.conversation))
    take2 = await host.command(frames.Take(id="take-1", conversation=visitor.conversation))
    assert take1 == take2
    snapshot = await host.snapshot()
    assert len(snapshot.conversations) == 1
    assert len(host.of(frames.ShiftEvent)) == 1


async def test_visitor_reload_within_grace_gets_the_same_conversation(server, clients):
    host = await clients.staff("host1", shift=True)
    visitor = await clients.visitor("ung")
    conv = await host.take(visitor.conversation)
    await visitor.send("Hei")
    await host.send_raw(f'{{"type":"read","conversation":"{conv.id}","seq":1}}')
    await visitor.wait_for(frames.VisitorReadOut)
    await host.send(conv.id, "Velkommen")
    await visitor.wait_for(frames.VisitorMessageFrame, lambda f: f.message.seq == 2)

    await visitor.disconnect()
    gone = await host.wait_for(frames.PresenceEvent, lambda e: not e.visitor_connected)
    assert gone.conversation == conv.id
    server.clock.advance(server.config.visitor_grace - 5)
    await server.sweeper.sweep_once()

    since = len(visitor.frames)
    await visitor.connect(after=0)  # a reloaded page remembers nothing but its token
    replay = await visitor.wait_for(
        frames.VisitorMessageFrame, lambda f: f.message.seq == 2, since=since
    )
    assert replay.message.text == "Velkommen"
    read = await visitor.wait_for(frames.VisitorReadOut, since=since)
    assert read.upto == 1
    status = await visitor.wait_for(frames.VisitorStatus, lambda s: s.status == "active")
    assert status.host_present
    await host.wait_for(frames.PresenceEvent, lambda e: e.visitor_connected)


async def test_visitor_who_does_not_come_back_ends_the_conversation(server, clients):
    host = await clients.staff("host1", shift=True)
    visitor = await clients.visitor("ung")
    conv = await host.take(visitor.conversation)
    await visitor.disconnect()
    server.clock.advance(server.config.visitor_grace + 1)
    await server.sweeper.sweep_once()
    event = await host.wait_for(
        frames.ConversationEvent, lambda e: e.conversation.status == "ended"
    )
    assert event.conversation.id == conv.id and event.conversation.ended_by == "visitor_gone"
    # The token no longer opens anything.
    answer = await visitor.connect()
    assert isinstance(answer, frames.Error) and answer.code == "no_conversation"


async def test_silent_conversation_ends_for_inactivity(server, clients):
    host = await clients.staff("host1", shift=True)
    visitor = await clients.visitor("ung")
    conv = await host.take(visitor.conversation)
    server.clock.advance(server.config.visitor_inactivity - 10)
    await visitor.send("still here")
    server.clock.advance(20)
    await server.sweeper.sweep_once()
    assert server.ctx.floor.live[conv.id].row.status == "active"
    server.clock.advance(server.config.visitor_inactivity)
    await server.sweeper.sweep_once()
    status = await visitor.wait_for(frames.VisitorStatus, lambda s: s.status == "ended")
    assert status.ended_by == "inactivity"


async def test_a_waiting_visitor_is_never_ended_for_inactivity(server, clients):
    visitor = await clients.visitor("ung")
    server.clock.advance(server.config.visitor_inactivity * 3)
    await server.sweeper.sweep_once()
    assert server.ctx.floor.live[visitor.conversation].row.status == "queued"


async def test_a_restart_never_ends_a_conversation_early_for_inactivity(server, clients):
    host = await clients.staff("host1", shift=True)
    visitor = await clients.visitor("ung")
    conv = await host.take(visitor.conversation)
    server.clock.advance(server.config.visitor_inactivity - 60)
    await visitor.send("jeg er her fortsatt")
    await server.restart()
    await visitor.closed.wait()
    await visitor.connect()
    server.clock.advance(120)
    await server.sweeper.sweep_once()
    assert server.ctx.floor.live[conv.id].row.status == "active"


async def test_a_message_id_belongs_to_its_author(clients):
    host1 = await clients.staff("host1", shift=True)
    host2 = await clients.staff("host2", shift=True)
    visitor = await clients.visitor("ung")
    conv = await host1.take(visitor.conversation)
    await host1.send(conv.id, "fra host1", id="same-id")
    await host1.command(frames.Release(id="rel", conversation=conv.id))
    await host2.take(conv.id)
    with pytest.raises(CommandError) as reused:
        await host2.send(conv.id, "fra host2", id="same-id")
    assert reused.value.code == "id_in_use"
    assert (await host2.send(conv.id, "fra host2", id="new-id")).author == "host2"


async def test_a_host_whose_console_is_gone_hands_the_visitor_back_to_the_queue(server, clients):
    host1 = await clients.staff("host1", shift=True)
    host2 = await clients.staff("host2", shift=True)
    visitor = await clients.visitor("ung")
    conv = await host1.take(visitor.conversation)
    await host1.disconnect()
    await server.sweeper.sweep_once()  # notices the absence
    server.clock.advance(server.config.host_absence - 1)
    await server.sweeper.sweep_once()
    assert server.ctx.floor.live[conv.id].row.host_id is not None  # a short drop is forgiven
    server.clock.advance(2)
    await server.sweeper.sweep_once()
    await visitor.wait_for(frames.VisitorStatus, lambda s: s.status == "queued")
    assert (await host2.take()).id == conv.id


async def test_a_host_who_reconnects_in_time_keeps_the_conversation(server, clients):
    host = await clients.staff("host1", shift=True)
    visitor = await clients.visitor("ung")
    conv = await host.take(visitor.conversation)
    await host.disconnect()
    await server.sweeper.sweep_once()
    server.clock.advance(server.config.host_absence - 10)
    await host.connect()
    server.clock.advance(60)
    await server.sweeper.sweep_once()
    assert server.ctx.floor.live[conv.id].row.host_id is not None


async def test_a_read_racing_the_end_never_brings_the_conversation_back(server, clients):
    host = await clients.staff("host1", shift=True)
    for _ in range(8):
        visitor = await clients.visitor("ung")
        conv = await host.take(visitor.conversation)
        sent = await host.send(conv.id, "Ta vare på deg")
        await visitor.wait_for(frames.VisitorMessageFrame, lambda f, s=sent.seq: f.message.seq == s)
        await asyncio.gather(
            host.end(conv.id), visitor.send_raw(f'{{"type":"read","seq":{sent.seq}}}')
        )
        await visitor.closed.wait()
        row = await server.ctx.storage.get_conversation(conv.id)
        assert row.status == "ended" and row.ended_at is not None


async def test_visitor_rate_limits_survive_a_reconnect(server, clients):
    visitor = await clients.visitor("ung")
    for i in range(20):
        reply = await visitor.request(frames.VisitorSend(id=f"m{i}", text="hei"))
        if isinstance(reply, frames.Error):
            break
    assert isinstance(reply, frames.Error) and reply.code == "rate_limited"
    await visitor.disconnect()
    await visitor.connect()
    again = await visitor.request(frames.VisitorSend(id="after-reconnect", text="hei"))
    assert isinstance(again, frames.Error) and again.code == "rate_limited"
