"""A supervisor's unread count: the server keeps only the host's read mark, so a console that
reads along keeps its own. The visitor's and the host's messages after it are unread; the
supervisors' own and the system's are not news; a host's count is the server's, as before."""

from __future__ import annotations

from typing import Any

from chathost.core.state import ConsoleState
from chathost.protocol import frames, models
from tests.helpers import sample_conversation

SUPER = models.User("super1", "Sigrid", "supervisor", ["ung"])
HOST = models.User("host1", "Kari", "host", ["ung"])
READING = models.Supervisor("super1", "Sigrid", "reading", 3.0)


def message(seq: int, sender: str, **changes: Any) -> frames.MessageEvent:
    return frames.MessageEvent(
        seq=0,
        message=models.Message(
            conversation="c1",
            seq=seq,
            sender=sender,  # type: ignore[arg-type]
            text=f"m{seq}",
            created_at=float(seq),
            **changes,
        ),
    )


def console_of(user: models.User, **conversation: Any) -> ConsoleState:
    state = ConsoleState(user=user)
    event = frames.ConversationEvent(seq=0, conversation=sample_conversation(**conversation))
    state.apply(event)
    return state


def test_a_supervisor_counts_the_visitors_and_the_hosts_messages_after_their_own_mark():
    state = console_of(SUPER, supervisors=[READING], last_seq=2)
    conversation = state.conversations["c1"]
    assert conversation.mark_seen()  # came in: the two messages already there are no news
    for event in (message(1, "visitor"), message(2, "host")):  # the history, fetched late
        state.apply(event)
    assert state.unread_of("c1") == 0

    state.apply(message(3, "visitor"))
    state.apply(message(4, "host", author="host1", private=True))  # a whisper to them
    state.apply(message(5, "supervisor", author="super1", private=True))  # their own
    state.apply(message(6, "system", author="super1", private=True, notice="joined"))
    state.apply(message(7, "host", author="host1"))
    assert state.unread_of("c1") == 3

    assert conversation.mark_seen(7)  # shown
    assert state.unread_of("c1") == 0
    assert not conversation.mark_seen(5)  # the mark never goes back
    assert conversation.seen_seq == 7


def test_a_hosts_count_is_the_servers_and_nobody_counts_where_they_are_not():
    host = console_of(HOST, host_read_seq=1)
    for seq in (1, 2, 3):
        host.apply(message(seq, "visitor"))
    host.conversations["c1"].mark_seen(3)  # their own mark does not matter: the server's does
    assert host.unread_of("c1") == 2

    # Left (or never read along): a supervisor's console knows the conversation, counts nothing.
    floor = console_of(SUPER)
    floor.apply(message(1, "visitor"))
    assert floor.unread_of("c1") == 0
    ended = console_of(SUPER, supervisors=[READING], status="ended")
    ended.apply(message(1, "visitor"))
    assert ended.unread_of("c1") == 0
    assert host.unread_of("unknown") == 0
