"""Against the real server: whispers have a rate limit of their own, so a host who has used up
the reply budget can still ask for help; a supervisor who joined openly is seen typing by the
visitor and the host, one reading along never is."""

from __future__ import annotations

from typing import Any

from chathost.devtools.protoclient import StaffClient, VisitorClient, new_id
from chathost.protocol import frames
from chathost.protocol.codec import encode_text
from chathost.server import notices
from chathost.server.ws_common import WHISPER_BURST
from tests.conftest import Clients

STATE = "Hun sier hun ikke orker mer. Kan du komme inn?"


async def held(clients: Clients) -> tuple[StaffClient, VisitorClient, str]:
    """host1 on shift holding a fresh conversation; the visitor has written once."""
    host = await clients.staff("host1", shift=True)
    visitor = await clients.visitor("ung", "nb")
    await visitor.send("Hei, er det noen der?")
    conversation = await host.take(visitor.conversation)
    return host, visitor, conversation.id


async def until_refused(client: StaffClient, make: Any, most: int) -> tuple[int, frames.Error]:
    """Send commands made by `make(i)` until one is refused; how many were accepted, and why the
    next was not."""
    for i in range(most):
        reply = await client.request(make(i))
        if isinstance(reply, frames.Error):
            return i, reply
    raise AssertionError(f"none of {most} commands was refused")


async def typing(client: StaffClient, conversation: str, on: bool) -> None:
    """Send `typing` and wait until the server has handled it (a ping on the same connection is
    answered after it)."""
    ping = new_id()
    await client.send_raw(encode_text(frames.Typing(conversation=conversation, typing=on)))
    await client.send_raw(encode_text(frames.Ping(id=ping)))
    await client.wait_for(frames.Pong, lambda p: p.id == ping)


def typing_seen(visitor: VisitorClient) -> list[bool]:
    return [f.typing for f in visitor.of(frames.VisitorTypingOut)]


async def visitor_reads(visitor: VisitorClient, text: str) -> None:
    await visitor.wait_for(frames.VisitorMessageFrame, lambda f: f.message.text == text)


# ---------------------------------------------------------------- whispers and the reply budget


async def test_a_host_at_the_reply_limit_can_still_ask_for_help(clients):
    host, _visitor, conversation = await held(clients)
    supervisor = await clients.staff("super1")

    sent, refused = await until_refused(
        host, lambda i: frames.Send(id=f"r{i}", conversation=conversation, text=f"svar {i}"), 40
    )
    assert refused.code == "rate_limited" and refused.id == f"r{sent}"

    asked = await host.whisper(conversation, STATE)
    assert asked.private and asked.sender == "host"
    heard = await supervisor.wait_for(frames.MessageEvent, lambda e: e.message.text == STATE)
    assert heard.message.private and heard.message.author == "host1"


async def test_whisper_floods_are_limited_apart_from_replies(clients):
    host, visitor, conversation = await held(clients)

    whispered, refused = await until_refused(
        host,
        lambda i: frames.Whisper(id=f"w{i}", conversation=conversation, text=f"hvisk {i}"),
        5 * WHISPER_BURST,
    )
    assert whispered >= WHISPER_BURST  # far more than the reply burst, yet not without end
    assert refused.code == "rate_limited" and refused.id == f"w{whispered}"
    assert refused.retry_after and refused.retry_after > 0
    stored = [m.text for m in (await host.messages(conversation)).messages]
    assert f"hvisk {whispered}" not in stored

    # The flood took nothing from the reply budget: the host still answers the visitor.
    await host.send(conversation, "Jeg er fortsatt her.")
    await visitor_reads(visitor, "Jeg er fortsatt her.")


# ---------------------------------------------------------------- a joined supervisor typing


async def test_a_joined_supervisors_typing_reaches_the_visitor(clients):
    host, visitor, conversation = await held(clients)
    supervisor = await clients.staff("super1")
    await supervisor.supervise(conversation, "joined")
    await visitor_reads(visitor, notices.JOINED["nb"])

    await typing(supervisor, conversation, True)
    await visitor.wait_for(frames.VisitorTypingOut, lambda f: f.typing)

    # One typing line for the visitor: it stays on while the host still types.
    await typing(host, conversation, True)
    await typing(supervisor, conversation, False)
    await host.send(conversation, "Vi er to her nå.")
    await visitor_reads(visitor, "Vi er to her nå.")
    assert typing_seen(visitor) == [True, True]
    await typing(host, conversation, False)
    await visitor.wait_for(frames.VisitorTypingOut, lambda f: not f.typing)

    # Host and supervisor see each other start and stop, by name (so they do not both answer
    # at once), never as the visitor's typing, and nobody is told of their own.
    assert [(f.by, f.typing) for f in host.of(frames.StaffTyping)] == [
        ("super1", True),
        ("super1", False),
    ]
    await supervisor.wait_for(frames.StaffTyping, lambda f: f.by == "host1" and not f.typing)
    assert [(f.by, f.typing) for f in supervisor.of(frames.StaffTyping)] == [
        ("host1", True),
        ("host1", False),
    ]
    await visitor.send_raw(encode_text(frames.VisitorTyping(typing=True)))
    await host.wait_for(frames.StaffTyping, lambda f: f.typing and f.by is None)


async def test_a_supervisor_who_stops_writing_to_the_visitor_stops_typing(clients):
    _host, visitor, conversation = await held(clients)
    supervisor = await clients.staff("super1")
    await supervisor.supervise(conversation, "joined")

    await typing(supervisor, conversation, True)
    await visitor.wait_for(frames.VisitorTypingOut, lambda f: f.typing)
    await supervisor.supervise(conversation, "reading")  # mid-sentence, without "stopped"
    await visitor_reads(visitor, notices.LEFT["nb"])
    await visitor.wait_for(frames.VisitorTypingOut, lambda f: not f.typing)

    # Joined again and typing when the console goes away: the visitor is not left waiting.
    await supervisor.supervise(conversation, "joined")
    await typing(supervisor, conversation, True)
    await visitor.wait_for(frames.VisitorTypingOut, lambda f: f.typing)
    await supervisor.disconnect()
    await visitor.wait_for(frames.VisitorTypingOut, lambda f: not f.typing)


async def test_a_supervisor_reading_along_is_refused_and_never_seen_typing(clients):
    host, visitor, conversation = await held(clients)
    supervisor = await clients.staff("super1")
    await supervisor.supervise(conversation, "reading")

    await supervisor.send_raw(encode_text(frames.Typing(conversation=conversation, typing=True)))
    refused = await supervisor.wait_for(frames.Error)
    assert refused.code == "forbidden" and refused.id is None

    await host.send(conversation, "Jeg leser det du skrev.")
    await visitor_reads(visitor, "Jeg leser det du skrev.")
    assert typing_seen(visitor) == []
