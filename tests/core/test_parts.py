"""The core's parts on their own: reconnect delays, idempotent state, the outbox's order."""

from __future__ import annotations

from chathost.core.backoff import Backoff
from chathost.core.outbox import Outbox
from chathost.core.state import ConsoleState
from chathost.protocol import frames, models
from tests.helpers import sample_conversation


def test_backoff_grows_with_jitter_up_to_the_cap_and_resets():
    low = Backoff(base=1, factor=2, cap=8, rng=lambda: 0.0)
    high = Backoff(base=1, factor=2, cap=8, rng=lambda: 1.0)
    assert [low.next_delay() for _ in range(5)] == [0.5, 1, 2, 4, 4]
    assert [high.next_delay() for _ in range(5)] == [1, 2, 4, 8, 8]
    high.reset()
    assert high.next_delay() == 1


CONV = sample_conversation()


def msg(seq: int, sender: str = "visitor") -> models.Message:
    return models.Message(
        conversation="c1",
        seq=seq,
        sender=sender,
        text=f"m{seq}",  # type: ignore[arg-type]
        created_at=float(seq),
    )


def test_messages_are_kept_in_sequence_once_whatever_order_they_arrive_in():
    state = ConsoleState(user=models.User("host1", "Kari", "host", ["ung"]))
    state.apply(frames.ConversationEvent(seq=1, conversation=CONV))
    for seq in (1, 3, 2, 3, 1, 4):
        state.apply(frames.MessageEvent(seq=0, message=msg(seq)))
    state.add_messages("c1", [msg(2), msg(5), msg(4)])
    assert [m.seq for m in state.conversations["c1"].messages] == [1, 2, 3, 4, 5]
    assert state.conversations["c1"].unread == 5
    state.apply(frames.ReadEvent(seq=2, conversation="c1", reader="host", upto=4))
    assert state.conversations["c1"].unread == 1


def test_other_hosts_conversations_are_not_picked_up():
    state = ConsoleState(user=models.User("host1", "Kari", "host", ["ung"]))
    other = sample_conversation(id="c2", host="host2")
    state.apply(frames.ConversationEvent(seq=1, conversation=other))
    assert "c2" not in state.conversations


def test_outbox_sends_in_the_order_written_and_keeps_failures_visible():
    outbox = Outbox()
    a, b, c = (outbox.add("c1", t) for t in ("a", "b", "c"))
    assert len({a.client_id, b.client_id, c.client_id}) == 3
    assert outbox.next_pending() is a
    outbox.failed(a.client_id, "message_too_long", "too long")
    assert outbox.next_pending() is b
    outbox.sent(b.client_id, msg(7, "host"))
    assert b.state == "sent" and b.seq == 7
    assert [i.text for i in outbox.pending("c1")] == ["a", "c"]
    first_id = a.client_id
    outbox.retry(a.client_id)
    assert outbox.next_pending() is a and a.client_id == first_id  # a retry keeps its id
