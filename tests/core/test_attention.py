"""What raises an alert: a new visitor while on shift, a visitor message the host cannot see,
a visitor waiting too long — each once — and never what was already there."""

from __future__ import annotations

from chathost.core.attention import Attention
from chathost.core.state import ConsoleState
from chathost.protocol import frames, models
from tests.helpers import sample_conversation


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def entry(conversation: str, queued_at: float) -> models.QueueEntry:
    return models.QueueEntry(
        conversation=conversation, service="ung", alias=f"A{conversation}", language="nb",
        queued_at=queued_at,
    )


def message(conversation: str, seq: int, sender: str = "visitor") -> models.Message:
    return models.Message(
        conversation=conversation, seq=seq, sender=sender, text="x", created_at=1.0  # type: ignore[arg-type]
    )


def setup() -> tuple[ConsoleState, Attention, list, Clock]:
    state = ConsoleState()
    state.user = models.User(username="host1", display_name="K", role="host", services=["ung"])
    clock = Clock()
    attention = Attention(state, wait_alert_seconds=300, clock=clock)
    alerts: list = []
    attention.alerted.connect(alerts.append)
    state.shift = models.ShiftState(status="available", started_at=1.0)
    state.queues = {
        "ung": models.ServiceQueue(service="ung", name="Ung", waiting=[], max_per_host=3, mine=0)
    }
    return state, attention, alerts, clock


def test_a_new_visitor_alerts_once_and_only_on_shift():
    state, _attention, alerts, _clock = setup()
    state.apply(frames.QueueEvent(seq=1, service="ung", waiting=[entry("c1", 990)]))
    assert alerts == []  # the first picture of the queue is not news
    both = [entry("c1", 990), entry("c2", 999)]
    state.apply(frames.QueueEvent(seq=2, service="ung", waiting=both))
    assert [(a.kind, a.conversation) for a in alerts] == [("queue", "c2")]
    state.apply(frames.QueueEvent(seq=3, service="ung", waiting=both))
    assert len(alerts) == 1
    state.shift = models.ShiftState(status="paused", started_at=1.0)
    state.apply(frames.QueueEvent(seq=4, service="ung", waiting=[entry("c3", 999)]))
    assert len(alerts) == 1


def test_a_long_wait_alerts_once_per_visitor():
    state, attention, alerts, clock = setup()
    state.apply(frames.QueueEvent(seq=1, service="ung", waiting=[entry("c1", 990)]))
    attention.tick()
    assert alerts == []
    clock.now = 990 + 300
    attention.tick()
    attention.tick()
    assert [(a.kind, a.conversation) for a in alerts] == [("waiting", "c1")]
    assert attention.counts() == (0, 1)


def test_messages_alert_only_when_the_host_is_not_looking():
    state, attention, alerts, _clock = setup()
    state.apply(frames.ConversationEvent(seq=1, conversation=sample_conversation(last_seq=2)))
    state.add_messages("c1", [message("c1", 1), message("c1", 2)])
    assert alerts == []  # there when it was taken
    state.apply(frames.MessageEvent(seq=2, message=message("c1", 3)))
    assert [(a.kind, a.conversation) for a in alerts] == [("message", "c1")]
    state.apply(frames.MessageEvent(seq=3, message=message("c1", 4, sender="host")))
    assert len(alerts) == 1  # the host's own message is not news
    attention.focused = "c1"
    state.apply(frames.MessageEvent(seq=4, message=message("c1", 5)))
    assert len(alerts) == 1
    assert attention.counts() == (4, 0)  # nothing is read until the server says so
    state.apply(frames.ReadEvent(seq=5, conversation="c1", reader="host", upto=5))
    assert attention.counts() == (0, 0)
