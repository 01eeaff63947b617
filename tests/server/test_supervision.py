"""Supervisors on the floor against the real server: reading along, joining openly, the private
host–supervisor channel, taking over, leaving; what the visitor is and is not told."""

from __future__ import annotations

from typing import Any

import msgspec
import pytest

from chathost.devtools.protoclient import ApiError, CommandError, StaffClient, VisitorClient
from chathost.protocol import frames
from chathost.server import notices
from tests.conftest import Clients, Server
from tests.server.staffing import add_account, add_service

SIGRID = "Sigrid (supervisor)"


async def held(
    clients: Clients, service: str = "ung", language: str = "nb"
) -> tuple[StaffClient, VisitorClient, str]:
    """host1 on shift holding a fresh conversation; the visitor has written once."""
    host = await clients.staff("host1", shift=True)
    visitor = await clients.visitor(service, language)
    await visitor.send("Hei, er det noen der?")
    conversation = await host.take(visitor.conversation)
    return host, visitor, conversation.id


def notice_of(kind: str) -> Any:
    return lambda e: e.message.notice == kind


def watching(conversation: str, *expected: tuple[str, str]) -> Any:
    """A conversation event listing exactly these (username, mode) supervisors."""
    return lambda e: e.conversation.id == conversation and [
        (s.username, s.mode) for s in e.conversation.supervisors
    ] == list(expected)


async def visitor_sees(visitor: VisitorClient, text: str) -> list[Any]:
    """Wait for a message the visitor should get; returns everything they were sent so far."""
    await visitor.wait_for(frames.VisitorMessageFrame, lambda f: f.message.text == text)
    return [f.message for f in visitor.of(frames.VisitorMessageFrame)]


async def audit_actions(server: Server, conversation: str) -> list[tuple[str, str, str]]:
    rows = await server.ctx.storage.execute(
        "SELECT u.username, a.action, a.detail FROM audit a LEFT JOIN users u "
        "ON u.id = a.actor_id WHERE a.conversation_id = ? ORDER BY a.id",
        conversation,
    )
    return [tuple(row) for row in rows]  # type: ignore[misc]


# ---------------------------------------------------------------- reading along


async def test_reading_along_is_seen_by_the_staff_and_not_by_the_visitor(clients):
    host, visitor, conversation = await held(clients)
    supervisor = await clients.staff("super1")

    watched = await supervisor.supervise(conversation, "reading")
    assert [(s.username, s.display_name, s.mode) for s in watched.supervisors] == [
        ("super1", SIGRID, "reading")
    ]
    assert watched.host == "host1"
    note = (await host.wait_for(frames.MessageEvent, notice_of("reading"))).message
    assert (note.sender, note.private, note.author, note.text) == (
        "system", True, "super1", "reading"
    )
    await host.wait_for(frames.ConversationEvent, watching(conversation, ("super1", "reading")))
    mine = (await host.snapshot()).conversations
    assert [[s.username for s in c.supervisors] for c in mine] == [["super1"]]

    # Asked again: already so, no second note.
    await supervisor.supervise(conversation, "reading")
    await host.send(conversation, "Jeg er her.")
    got = await visitor_sees(visitor, "Jeg er her.")
    # The service does not announce reading: the visitor got their own message and the host's.
    assert [(m.sender, m.text) for m in got] == [
        ("visitor", "Hei, er det noen der?"), ("host", "Jeg er her.")
    ]
    assert got[1].seq == got[0].seq + 2  # the staff's private note took a number between
    assert len([e for e in host.of(frames.MessageEvent) if e.message.notice]) == 1


async def test_a_service_that_announces_reading_tells_the_visitor(clients):
    admin = await clients.staff("admin", connect=False)
    service = await add_service(admin, "lytt", name="Lytt chat", announce_reading=True)
    assert service["announce_reading"] is True
    host = await add_account(clients, admin, "vert3", "host", ["lytt"])
    supervisor = await add_account(clients, admin, "super3", "supervisor", ["lytt"])
    await host.start_shift()
    visitor = await clients.visitor("lytt", "nb")
    conversation = (await host.take(visitor.conversation)).id

    await supervisor.supervise(conversation, "reading")
    got = await visitor_sees(visitor, notices.READING["nb"])
    assert [m.sender for m in got] == ["system"]
    await host.wait_for(frames.MessageEvent, notice_of("reading"))


# ---------------------------------------------------------------- joining openly


async def test_a_joined_supervisor_writes_to_the_visitor_by_role_never_by_name(clients):
    host, visitor, conversation = await held(clients, language="en")
    supervisor = await clients.staff("super1")

    joined = await supervisor.supervise(conversation, "joined")
    assert [(s.username, s.mode) for s in joined.supervisors] == [("super1", "joined")]
    await visitor_sees(visitor, notices.JOINED["en"])
    await host.wait_for(frames.MessageEvent, notice_of("joined"))

    sent = await supervisor.send(conversation, "Hi, I am here too.")
    assert (sent.sender, sent.author, sent.private) == ("supervisor", "super1", False)
    got = await visitor_sees(visitor, "Hi, I am here too.")
    shown = msgspec.to_builtins(got[-1])
    assert shown["sender"] == "supervisor" and shown["client_id"] is None
    assert "author" not in shown
    everything = msgspec.json.encode([msgspec.to_builtins(m) for m in got]).decode()
    assert "Sigrid" not in everything and "super1" not in everything
    seen = await host.wait_for(
        frames.MessageEvent, lambda e: e.message.text == "Hi, I am here too."
    )
    assert (seen.message.sender, seen.message.author) == ("supervisor", "super1")

    # Back to reading: the visitor hears the supervisor left, and they can no longer write.
    await supervisor.supervise(conversation, "reading")
    await visitor_sees(visitor, notices.LEFT["en"])
    with pytest.raises(CommandError) as refused:
        await supervisor.send(conversation, "One more thing")
    assert refused.value.code == "forbidden"


# ---------------------------------------------------------------- the private channel


async def test_whispers_reach_the_host_and_supervisors_and_never_the_visitor(clients):
    host, visitor, conversation = await held(clients)
    supervisor = await clients.staff("super1")
    colleague = await clients.staff("host2")

    advice = "Spør om hun er trygg akkurat nå."
    answer = "Takk, jeg gjør det."
    from_super = await supervisor.whisper(conversation, advice, id="w-1")
    assert (from_super.sender, from_super.private, from_super.author) == (
        "supervisor", True, "super1"
    )
    seen = await host.wait_for(frames.MessageEvent, lambda e: e.message.text == advice)
    assert seen.message.private and seen.message.author == "super1"
    from_host = await host.whisper(conversation, answer)
    assert (from_host.sender, from_host.private, from_host.author) == ("host", True, "host1")
    await supervisor.wait_for(frames.MessageEvent, lambda e: e.message.text == answer)
    # The same id again is the same whisper.
    assert (await supervisor.whisper(conversation, advice, id="w-1")).seq == from_super.seq
    page = await host.messages(conversation)
    assert [(m.text, m.private) for m in page.messages if m.private] == [
        (advice, True), (answer, True)
    ]

    await host.send(conversation, "Er du trygg akkurat nå?")
    got = await visitor_sees(visitor, "Er du trygg akkurat nå?")
    private = {from_super.seq, from_host.seq}
    assert [m.text for m in got] == ["Hei, er det noen der?", "Er du trygg akkurat nå?"]

    # A reloaded visitor page replays from the start: still nothing private.
    await visitor.disconnect()
    start = len(visitor.frames)
    await visitor.connect(after=0)
    await visitor.wait_for(
        frames.VisitorMessageFrame, lambda f: f.message.text == "Er du trygg akkurat nå?",
        since=start,
    )
    replayed = [f.message for f in visitor.frames[start:]
                if isinstance(f, frames.VisitorMessageFrame)]
    assert [m.text for m in replayed] == ["Hei, er det noen der?", "Er du trygg akkurat nå?"]
    assert private.isdisjoint(m.seq for m in replayed)

    # Another host of the service is not part of it (a new visitor in the queue is news that
    # comes after the whispers on their stream).
    await clients.visitor("ung")
    await colleague.wait_for(frames.QueueEvent, lambda e: len(e.waiting) == 1)
    assert [e for e in colleague.of(frames.MessageEvent)] == []
    with pytest.raises(CommandError) as refused:
        await colleague.whisper(conversation, "Hei")
    assert refused.value.code == "forbidden"


# ---------------------------------------------------------------- taking over


async def test_a_supervisor_takes_over_and_the_host_is_released(server, clients):
    host, visitor, conversation = await held(clients)
    supervisor = await clients.staff("super1")

    taken = await supervisor.take_over(conversation)
    assert taken.host == "super1" and taken.supervisors == [] and taken.status == "active"
    await host.wait_for(
        frames.ConversationEvent,
        lambda e: e.conversation.id == conversation and e.conversation.host == "super1",
    )
    note = (await supervisor.wait_for(frames.MessageEvent, notice_of("took_over"))).message
    assert note.private and note.author == "super1"
    await visitor_sees(visitor, notices.TAKEN_OVER["nb"])

    # The visitor keeps the same conversation and now writes to the supervisor.
    assert (await visitor.send("Hvem er du?")).seq > 0
    await supervisor.wait_for(frames.MessageEvent, lambda e: e.message.text == "Hvem er du?")
    for attempt in (host.send, host.whisper):
        with pytest.raises(CommandError) as refused:
            await attempt(conversation, "Hallo?")
        assert refused.value.code == "forbidden"
    assert [c.id for c in (await host.snapshot()).conversations] == []
    with pytest.raises(ApiError) as unread:
        await host.messages(conversation)
    assert unread.value.status == 403
    assert ("super1", "take_over", "from:host1") in await audit_actions(server, conversation)


async def test_a_supervisor_at_capacity_can_still_step_in(clients):
    _, visitor, conversation = await held(clients)
    supervisor = await clients.staff("super1", shift=True)
    for _ in range(3):  # the most `ung` allows
        waiting = await clients.visitor("ung")
        await supervisor.take(waiting.conversation)
    taken = await supervisor.take_over(conversation)
    assert taken.host == "super1"
    await visitor_sees(visitor, notices.TAKEN_OVER["nb"])


async def test_supervision_needs_a_conversation_someone_else_holds(clients):
    _, _, conversation = await held(clients)
    supervisor = await clients.staff("super1", shift=True)
    queued = await clients.visitor("ung")
    for attempt in (
        lambda c: supervisor.supervise(c, "reading"),
        lambda c: supervisor.take_over(c),
        lambda c: supervisor.whisper(c, "Hei"),
    ):
        with pytest.raises(CommandError) as waiting:
            await attempt(queued.conversation)
        assert waiting.value.code == "not_active"
        with pytest.raises(CommandError) as unknown:
            await attempt("0000000000000000")
        assert unknown.value.code == "conversation_ended"
    await supervisor.take_over(conversation)
    for attempt in (
        lambda c: supervisor.supervise(c, "joined"),
        lambda c: supervisor.take_over(c),
    ):
        with pytest.raises(CommandError) as own:
            await attempt(conversation)
        assert own.value.code == "already_host"


async def test_a_supervisor_takes_over_and_the_host_stays_to_learn(server, clients):
    host, visitor, conversation = await held(clients)
    supervisor = await clients.staff("super1")
    await supervisor.supervise(conversation, "reading")

    taken = await supervisor.take_over(conversation, keep_host=True)
    assert taken.host == "super1"
    assert [(s.username, s.mode) for s in taken.supervisors] == [("host1", "reading")]
    await host.wait_for(frames.ConversationEvent, watching(conversation, ("host1", "reading")))
    note = (await host.wait_for(frames.MessageEvent, notice_of("kept_host"))).message
    assert note.author == "super1"
    await visitor_sees(visitor, notices.TAKEN_OVER["nb"])

    # host1 still reads along and may whisper, but no longer writes to the visitor.
    await visitor.send("Takk for at du hører på.")
    await host.wait_for(frames.MessageEvent, lambda e: e.message.text == "Takk for at du hører på.")
    whisper = await host.whisper(conversation, "Hva ville du sagt nå?")
    assert whisper.private
    await supervisor.wait_for(frames.MessageEvent, lambda e: e.message.text == whisper.text)
    with pytest.raises(CommandError) as refused:
        await host.send(conversation, "Hei igjen")
    assert refused.value.code == "forbidden"
    assert [[s.username for s in c.supervisors] for c in (await host.snapshot()).conversations] \
        == [["host1"]]

    # And leaves when they have seen enough.
    left = await host.unsupervise(conversation)
    assert left.supervisors == [] and left.host == "super1"
    await host.wait_for(frames.ConversationEvent, watching(conversation))
    actions = [a for _, a, _ in await audit_actions(server, conversation)]
    assert actions[-4:] == ["supervise:reading", "take_over:kept_host", "whisper", "unsupervise"]


# ---------------------------------------------------------------- leaving


async def test_leaving_is_told_to_the_visitor_only_after_joining(clients):
    host, visitor, conversation = await held(clients)
    supervisor = await clients.staff("super1")
    await supervisor.supervise(conversation, "joined")
    await visitor_sees(visitor, notices.JOINED["nb"])

    left = await supervisor.unsupervise(conversation)
    assert left.supervisors == []
    await visitor_sees(visitor, notices.LEFT["nb"])
    note = (await host.wait_for(frames.MessageEvent, notice_of("left"))).message
    assert note.private and note.author == "super1"
    await supervisor.wait_for(frames.ConversationEvent, watching(conversation))
    with pytest.raises(CommandError) as twice:
        await supervisor.unsupervise(conversation)
    assert twice.value.code == "not_supervising"
    with pytest.raises(CommandError) as gone:
        await supervisor.send(conversation, "Hei")
    assert gone.value.code == "forbidden"

    # Reading along and leaving again: the visitor hears nothing of it.
    await supervisor.supervise(conversation, "reading")
    await supervisor.unsupervise(conversation)
    await host.send(conversation, "Bare oss to.")
    got = await visitor_sees(visitor, "Bare oss to.")
    assert [m.text for m in got if m.sender == "system"] == [
        notices.JOINED["nb"], notices.LEFT["nb"]
    ]


async def test_supervision_ends_with_the_host_letting_go(server, clients):
    host, _, conversation = await held(clients)
    supervisor = await clients.staff("super1")
    await supervisor.supervise(conversation, "joined")
    await host.release(conversation)
    gone = await supervisor.wait_for(
        frames.ConversationEvent, lambda e: e.conversation.status == "queued"
    )
    assert gone.conversation.supervisors == []
    assert await server.ctx.storage.execute("SELECT * FROM supervision") == []
    with pytest.raises(CommandError) as refused:
        await supervisor.send(conversation, "Hei")
    assert refused.value.code == "forbidden"


# ---------------------------------------------------------------- restart and audit


async def test_supervision_survives_a_restart(server, clients):
    _, visitor, conversation = await held(clients)
    supervisor = await clients.staff("super1")
    await supervisor.supervise(conversation, "joined")
    await visitor_sees(visitor, notices.JOINED["nb"])

    await server.restart()
    supervisor = await clients.staff("super1")
    kept = [c for c in (await supervisor.snapshot()).conversations if c.id == conversation]
    assert [(s.username, s.mode) for c in kept for s in c.supervisors] == [("super1", "joined")]
    host = await clients.staff("host1")
    assert [[s.username for s in c.supervisors] for c in (await host.snapshot()).conversations] \
        == [["super1"]]
    sent = await supervisor.send(conversation, "Jeg er fortsatt her.")
    assert sent.sender == "supervisor"
    await visitor.connect()
    got = await visitor_sees(visitor, "Jeg er fortsatt her.")
    assert got[-1].sender == "supervisor"


async def test_every_change_of_mode_is_audited_and_no_text_ever(server, clients):
    host, _, conversation = await held(clients)
    supervisor = await clients.staff("super1")
    secret = "Hemmelig råd: spør om planene hennes."
    await supervisor.supervise(conversation, "reading")
    await supervisor.supervise(conversation, "joined")
    await supervisor.whisper(conversation, secret)
    await supervisor.send(conversation, "Synlig melding fra veileder")
    await host.whisper(conversation, "Hemmelig svar fra verten")
    await supervisor.unsupervise(conversation)
    await supervisor.take_over(conversation)

    assert await audit_actions(server, conversation) == [
        ("host1", "take", ""),
        ("super1", "supervise:reading", ""),
        ("super1", "supervise:joined", ""),
        ("super1", "whisper", ""),
        ("host1", "whisper", ""),
        ("super1", "unsupervise", ""),
        ("super1", "take_over", "from:host1"),
    ]
    everything = await server.ctx.storage.execute("SELECT * FROM audit")
    flat = " ".join(str(value) for row in everything for value in row)
    for text in (secret, "Hemmelig", "Synlig melding", "Hei, er det noen der?"):
        assert text not in flat


async def test_a_whisper_follows_the_same_text_rules_as_a_message(clients):
    host, _, conversation = await held(clients)
    supervisor = await clients.staff("super1")
    for text, code in [("", "empty_message"), ("   ", "empty_message"),
                       ("x" * 4001, "message_too_long"), ("a\x00b", "invalid_text")]:
        for writer in (host.whisper, supervisor.whisper):
            with pytest.raises(CommandError) as refused:
                await writer(conversation, text)
            assert refused.value.code == code
    assert [m for m in (await host.messages(conversation)).messages if m.private] == []
