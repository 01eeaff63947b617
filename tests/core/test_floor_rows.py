"""The supervisor's floor view, as rows: what needs a supervisor comes first, and the rest sorts
the way the supervisor chose."""

from __future__ import annotations

from typing import Any

from chathost.core.floor import conversation_rows, queue_rows
from chathost.core.state import ConsoleState
from chathost.protocol import frames, models
from tests.helpers import sample_conversation

SUPER = models.User("super1", "Sigrid", "supervisor", ["ung", "nuoret"])
NOW = 10_000.0


def floor(*conversations: models.Conversation) -> ConsoleState:
    state = ConsoleState(user=SUPER)
    for conversation in conversations:
        state.apply(frames.ConversationEvent(seq=0, conversation=conversation))
    return state


def live(id_: str, **changes: Any) -> models.Conversation:
    fields: dict[str, Any] = dict(
        id=id_, alias=f"Alias {id_}", host="host2", taken_at=NOW - 600, visitor_active_at=NOW - 60
    )
    return sample_conversation(**{**fields, **changes})


def escalation(conversation: str, kind: str = "supervision", status: str = "open", **changes: Any):
    fields: dict[str, Any] = dict(
        id=f"e-{conversation}-{kind}-{status}",
        conversation=conversation,
        service="ung",
        alias=f"Alias {conversation}",
        kind=kind,
        status=status,
        raised_by="host2",
        raised_by_name="Mikko",
        raised_at=NOW - 30,
        pressed_at=NOW - 30,
    )
    return models.Escalation(**{**fields, **changes})


def ids(rows) -> list[str]:
    return [r.conversation for r in rows]


def test_each_row_says_who_how_long_and_how_it_goes():
    supervisor = models.Supervisor("super1", "Sigrid", "reading", NOW - 100)
    state = floor(
        live("c1", risk="high", supervisors=[supervisor], taken_at=NOW - 1200),
        live("c2", service="nuoret", host="host1", visitor_active_at=None),
    )
    state.put_staff(
        models.StaffMember(
            "host2", "Mikko", "host", ["ung"], "available", 1.0, 1, 3, connected=True
        )
    )
    rows = {r.conversation: r for r in conversation_rows(state, NOW, sort="duration")}
    first = rows["c1"]
    assert (first.alias, first.host, first.host_name, first.service) == (
        "Alias c1", "host2", "Mikko", "ung"
    )
    assert first.duration == 1200 and first.since_visitor == 60
    assert first.risk == "high" and first.escalation == "none"
    assert first.supervisors == [supervisor]
    # A colleague the overview does not know yet is shown by username.
    assert rows["c2"].host_name == "host1" and rows["c2"].since_visitor is None


def test_only_live_conversations_of_the_supervisors_services_are_on_the_floor():
    state = floor(live("c1"), live("c2"))
    state.apply(frames.ConversationEvent(seq=0, conversation=live("c2", status="ended")))
    state.apply(
        frames.ConversationEvent(seq=0, conversation=live("c1", status="queued", host=None))
    )
    state.apply(frames.ConversationEvent(seq=0, conversation=live("c3", service="voksen")))
    assert conversation_rows(state, NOW) == []


def test_acute_flags_sort_above_everything_then_calls_for_help_then_answered_ones():
    state = floor(
        live("quiet", visitor_active_at=NOW - 3000),  # waited longest, but nothing flagged
        live("answered"),
        live("calling"),
        live("flagged", acute_at=NOW - 5, visitor_active_at=NOW - 1),
        live("acute-answered"),
    )
    state.put_escalation(escalation("answered", status="acknowledged"))
    state.put_escalation(escalation("calling"))
    state.put_escalation(escalation("calling", status="cancelled", id="old"))
    state.put_escalation(escalation("acute-answered", kind="acute", status="acknowledged"))
    rows = conversation_rows(state, NOW, sort="since_visitor", descending=True)
    assert [r.escalation for r in rows] == ["acute", "acute", "help", "acknowledged", "none"]
    assert ids(rows)[2:] == ["calling", "answered", "quiet"]


def test_a_call_for_help_that_is_cancelled_or_closed_no_longer_lifts_the_row():
    state = floor(live("c1", visitor_active_at=NOW - 10), live("c2", visitor_active_at=NOW - 20))
    state.put_escalation(escalation("c1", status="cancelled"))
    state.put_escalation(escalation("c1", status="closed", id="e2"))
    assert ids(conversation_rows(state, NOW)) == ["c2", "c1"]


def test_within_a_group_the_chosen_order_applies_both_ways():
    state = floor(
        live("a", taken_at=NOW - 300, risk="low", host="host1", service="ung"),
        live("b", taken_at=NOW - 900, risk="acute", host="host2", service="nuoret"),
        live("c", taken_at=NOW - 600, risk="none", host="host3", service="ung"),
    )
    state.queues = {
        "ung": models.ServiceQueue("ung", "Ung linje", [], 3, 0),
        "nuoret": models.ServiceQueue("nuoret", "Nuorten linja", [], 3, 0),
    }
    assert ids(conversation_rows(state, NOW, "duration", descending=True)) == ["b", "c", "a"]
    assert ids(conversation_rows(state, NOW, "duration", descending=False)) == ["a", "c", "b"]
    assert ids(conversation_rows(state, NOW, "risk", descending=True)) == ["b", "a", "c"]
    assert ids(conversation_rows(state, NOW, "host", descending=False)) == ["a", "b", "c"]
    # By the service's name ("Nuorten…" before "Ung…"); equal ones keep a steady order.
    assert ids(conversation_rows(state, NOW, "service", descending=False)) == ["b", "a", "c"]
    assert ids(conversation_rows(state, NOW, "service", descending=True)) == ["a", "c", "b"]


def test_rows_without_a_value_to_sort_by_come_last_either_way():
    state = floor(
        live("known", visitor_active_at=NOW - 5),
        live("unknown", visitor_active_at=None),
        live("older", visitor_active_at=NOW - 50),
    )
    longest_first = conversation_rows(state, NOW, "since_visitor", descending=True)
    shortest_first = conversation_rows(state, NOW, "since_visitor", descending=False)
    assert ids(longest_first) == ["older", "known", "unknown"]
    assert ids(shortest_first) == ["known", "older", "unknown"]


def test_a_new_visitor_message_moves_the_row():
    state = floor(live("c1", visitor_active_at=NOW - 100), live("c2", visitor_active_at=NOW - 50))
    assert ids(conversation_rows(state, NOW)) == ["c1", "c2"]
    message = models.Message("c1", 1, "visitor", "hallo?", NOW - 1)
    state.apply(frames.MessageEvent(seq=0, message=message))
    assert ids(conversation_rows(state, NOW)) == ["c2", "c1"]


def test_a_clock_a_little_behind_the_server_never_shows_negative_times():
    state = floor(live("c1", taken_at=NOW + 3, visitor_active_at=NOW + 2))
    [row] = conversation_rows(state, NOW)
    assert row.duration == 0 and row.since_visitor == 0


def test_the_whole_floor_of_a_big_centre_in_order():
    conversations = [
        live(f"c{i:03}", visitor_active_at=NOW - i, service=("ung", "nuoret")[i % 2])
        for i in range(300)
    ]
    state = floor(*conversations)
    state.put_escalation(escalation("c150"))
    rows = conversation_rows(state, NOW)
    assert len(rows) == 300
    assert ids(rows)[:3] == ["c150", "c299", "c298"]


def test_queue_rows_say_how_many_wait_and_for_how_long():
    def entry(id_: str, queued_at: float) -> models.QueueEntry:
        return models.QueueEntry(id_, "ung", "Alias", "nb", queued_at)

    state = ConsoleState(user=SUPER)
    state.queues = {
        "ung": models.ServiceQueue(
            "ung", "Ung linje", [entry("q1", NOW - 100), entry("q2", NOW - 400)], 3, 0
        ),
        "nuoret": models.ServiceQueue("nuoret", "Nuorten linja", [], 3, 0),
    }
    rows = {r.service: r for r in queue_rows(state, NOW)}
    assert (rows["ung"].name, rows["ung"].waiting, rows["ung"].longest_wait) == (
        "Ung linje", 2, 400
    )
    assert (rows["nuoret"].waiting, rows["nuoret"].longest_wait) == (0, None)
