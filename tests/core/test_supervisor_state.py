"""What a supervisor's console knows: the whole floor of their services, the colleagues on it and
the warm transfers in flight; and that a host's console stays as it was."""

from __future__ import annotations

from typing import Any

import pytest

from chathost.core.session import ConsoleSession
from chathost.core.state import ConsoleState
from chathost.core.stream import StaffStream
from chathost.protocol import frames, models
from tests.helpers import sample_conversation

SUPER = models.User("super1", "Sigrid", "supervisor", ["ung", "nuoret"])
HOST = models.User("host1", "Kari", "host", ["ung", "nuoret"])


def conversation_event(**changes: Any) -> frames.ConversationEvent:
    return frames.ConversationEvent(seq=0, conversation=sample_conversation(**changes))


def message(seq: int, sender: str = "visitor", at: float = 0.0, **changes: Any) -> models.Message:
    return models.Message(
        conversation=changes.pop("conversation", "c1"),
        seq=seq,
        sender=sender,  # type: ignore[arg-type]
        text=f"m{seq}",
        created_at=at or float(seq),
        **changes,
    )


def member(username: str, **changes: Any) -> models.StaffMember:
    fields: dict[str, Any] = dict(
        username=username,
        display_name=username.title(),
        role="host",
        services=["ung"],
        shift="available",
        shift_started_at=1.0,
        holding=0,
        capacity=3,
        connected=True,
    )
    return models.StaffMember(**{**fields, **changes})


def transfer(id_: str = "t1", status: str = "offered", **changes: Any) -> models.Transfer:
    fields: dict[str, Any] = dict(
        id=id_,
        conversation="c1",
        service="ung",
        alias="Vega 12",
        status=status,
        from_user="host1",
        from_name="Kari",
        to_user="host2",
        to_name="Mikko",
        note="",
        offered_at=10.0,
        expires_at=130.0,
    )
    return models.Transfer(**{**fields, **changes})


def snapshot(user: models.User, **changes: Any) -> models.Snapshot:
    fields: dict[str, Any] = dict(
        user=user,
        shift=models.ShiftState("available"),
        position=models.StreamPosition("s", 0),
        queues=[],
        conversations=[],
    )
    return models.Snapshot(**{**fields, **changes})


def recorded(state: ConsoleState) -> list[Any]:
    changes: list[Any] = []
    state.changed.connect(changes.append)
    return changes


def test_a_supervisors_floor_lists_a_conversation_another_host_just_took():
    state = ConsoleState(user=SUPER)
    changes = recorded(state)
    state.apply(conversation_event(id="c1", host="host2"))
    assert ("conversation", "c1") in changes
    assert [c.info.id for c in state.floor_conversations()] == ["c1"]
    assert state.held() == [] and not state.holds("c1")  # on the floor, not in a tab


def test_the_floor_keeps_to_the_supervisors_own_services_and_to_live_conversations():
    state = ConsoleState(user=SUPER)
    state.apply(conversation_event(id="elsewhere", host="host2", service="voksen"))
    state.apply(conversation_event(id="waiting", host=None, status="queued", taken_at=None))
    state.apply(conversation_event(id="over", host="host2", status="ended", ended_at=9.0))
    assert state.conversations == {}


def test_a_conversation_that_ends_stays_known_but_leaves_the_floor():
    state = ConsoleState(user=SUPER)
    state.apply(conversation_event(id="c1", host="host2"))
    state.apply(conversation_event(id="c1", host="host2", status="ended", ended_at=9.0))
    assert state.conversations["c1"].info.status == "ended"
    assert state.floor_conversations() == []


def test_a_hosts_console_still_ignores_colleagues_conversations():
    state = ConsoleState(user=HOST)
    state.apply(conversation_event(id="c2", host="host2"))
    assert "c2" not in state.conversations
    assert not state.is_supervisor


def test_a_host_kept_to_learn_keeps_the_conversation_but_no_longer_holds_it():
    state = ConsoleState(user=HOST)
    state.apply(conversation_event(id="c1", host="host1"))
    assert state.holds("c1")
    learning = models.Supervisor("host1", "Kari", "reading", 20.0)
    state.apply(conversation_event(id="c1", host="super1", supervisors=[learning]))
    assert not state.holds("c1") and state.held() == []
    assert state.supervising("c1") == learning and state.follows("c1")


def test_supervising_names_my_own_entry_only():
    state = ConsoleState(user=SUPER)
    other = models.Supervisor("super2", "Ola", "joined", 5.0)
    mine = models.Supervisor("super1", "Sigrid", "reading", 6.0)
    state.apply(conversation_event(id="c1", host="host2", supervisors=[other]))
    assert state.is_supervisor
    assert state.supervising("c1") is None and not state.follows("c1")
    state.apply(conversation_event(id="c1", host="host2", supervisors=[other, mine]))
    assert state.supervising("c1") == mine and state.follows("c1")
    assert state.supervising("unknown") is None


def test_a_visitor_message_moves_how_long_the_visitor_has_waited():
    state = ConsoleState(user=SUPER)
    state.apply(conversation_event(id="c1", host="host2", visitor_active_at=2.0))
    state.apply(frames.MessageEvent(seq=0, message=message(1, "visitor", at=50.0)))
    assert state.conversations["c1"].info.visitor_active_at == 50.0
    state.apply(frames.MessageEvent(seq=0, message=message(2, "host", at=60.0, author="host2")))
    whisper = message(3, "supervisor", at=70.0, author="super1", private=True)
    state.apply(frames.MessageEvent(seq=0, message=whisper))
    assert state.conversations["c1"].info.visitor_active_at == 50.0  # only the visitor's count
    # An older copy of the conversation (an ack handled late) does not move it back.
    state.apply(conversation_event(id="c1", host="host2", visitor_active_at=2.0))
    assert state.conversations["c1"].info.visitor_active_at == 50.0
    # A replayed old message changes nothing either.
    state.apply(frames.MessageEvent(seq=0, message=message(1, "visitor", at=50.0)))
    assert state.conversations["c1"].info.visitor_active_at == 50.0


def test_the_shift_overview_follows_snapshots_and_events():
    state = ConsoleState()
    changes = recorded(state)
    state.apply_snapshot(snapshot(SUPER, staff=[member("host1"), member("host2")]))
    assert set(state.staff) == {"host1", "host2"} and "staff" in changes
    changes.clear()
    state.apply(frames.StaffMemberEvent(seq=1, member=member("host2", debrief="requested")))
    assert state.staff["host2"].debrief == "requested" and changes == ["staff"]
    state.apply_snapshot(snapshot(SUPER, staff=[member("host1")]))
    assert set(state.staff) == {"host1"}  # a snapshot replaces the overview


def test_a_declined_offer_leaves_the_open_ones_and_says_how_it_ended():
    state = ConsoleState(user=HOST)
    changes = recorded(state)
    state.apply(frames.TransferEvent(seq=1, transfer=transfer()))
    assert state.open_transfer("c1") == transfer() and changes == [("transfer", "c1")]
    state.apply(frames.TransferEvent(seq=2, transfer=transfer(status="declined")))
    assert state.transfers == {} and state.open_transfer("c1") is None
    assert state.transfer_outcomes["c1"].status == "declined"
    assert changes == [("transfer", "c1"), ("transfer", "c1")]
    # The offer's own ack, handled after the event that closed it, does not bring it back.
    state.put_transfer(transfer())
    assert state.transfers == {}


def test_an_offer_to_me_is_listed_for_an_answer():
    state = ConsoleState(user=models.User("host2", "Mikko", "host", ["ung"]))
    state.put_transfer(transfer("t2", conversation="c2", offered_at=20.0))
    state.put_transfer(transfer("t1", offered_at=10.0))
    state.put_transfer(transfer("t3", conversation="c3", to_user="host3"))
    assert [t.id for t in state.offers_to_me()] == ["t1", "t2"]


def test_a_snapshot_drops_offers_that_closed_while_away():
    state = ConsoleState()
    state.put_transfer(transfer("gone"))
    state.put_transfer(transfer("kept", conversation="c2"))
    changes = recorded(state)
    state.apply_snapshot(snapshot(SUPER, transfers=[transfer("kept", conversation="c2")]))
    assert set(state.transfers) == {"kept"}
    assert ("transfer", "c1") in changes and ("transfer", "c2") in changes


def test_staff_and_transfer_events_are_numbered_events_not_gaps():
    """They share the stream's numbering: skipping them would look like a gap and cost a whole
    snapshot each time a colleague takes a conversation."""
    received: list[Any] = []
    stream = StaffStream(api=None, on_frame=received.append)  # type: ignore[arg-type]
    snapshots: list[bool] = []
    stream.snapshot_needed.connect(lambda: snapshots.append(True))
    stream._receive(frames.StaffMemberEvent(seq=1, member=member("host1")))
    stream._receive(frames.TransferEvent(seq=2, transfer=transfer()))
    stream._receive(frames.ConversationEvent(seq=3, conversation=sample_conversation()))
    stream._receive(frames.TransferEvent(seq=2, transfer=transfer()))  # a replay: dropped
    assert snapshots == [] and stream.last_seq == 3 and len(received) == 3


# ---------------------------------------------------------------- session commands, faked server


class FakeServer:
    """Stands in for the socket and the REST history: answers each command with an Ack."""

    def __init__(self, session: ConsoleSession, history: list[models.Message]) -> None:
        self.sent: list[Any] = []
        self.history = history
        self.fetched: list[tuple[str, int]] = []
        self.answer: dict[str, Any] = {}
        session.command = self.command  # type: ignore[method-assign]
        session.api.messages_after = self.messages_after  # type: ignore[method-assign]

    async def command(self, frame: Any, timeout: float = 15.0) -> frames.Ack:
        self.sent.append(frame)
        return frames.Ack(id=frame.id, **self.answer)

    async def messages_after(self, conversation: str, after: int) -> list[models.Message]:
        self.fetched.append((conversation, after))
        return [m for m in self.history if m.seq > after]


@pytest.fixture
async def session():
    console = ConsoleSession("http://127.0.0.1:9", http=None)  # type: ignore[arg-type]
    console.state.user = SUPER
    return console


async def test_reading_along_loads_what_is_missing_of_the_transcript(session):
    history = [message(1), message(2, "host", author="host2"), message(3)]
    server = FakeServer(session, history)
    state = session.state
    state.apply(conversation_event(id="c1", host="host2", last_seq=2))
    state.apply(frames.MessageEvent(seq=0, message=history[1]))  # a live one came first
    reading = models.Supervisor("super1", "Sigrid", "reading", 30.0)
    server.answer = {
        "conversation": sample_conversation(host="host2", last_seq=3, supervisors=[reading])
    }
    info = await session.supervise("c1", "reading")
    assert isinstance(server.sent[0], frames.Supervise) and server.sent[0].mode == "reading"
    assert info.supervisors == [reading] and state.supervising("c1") == reading
    assert server.fetched == [("c1", 0)]
    assert [m.seq for m in state.conversations["c1"].messages] == [1, 2, 3]
    # Switching to joined: the transcript is complete, nothing is fetched again.
    joined = models.Supervisor("super1", "Sigrid", "joined", 30.0)
    server.answer = {
        "conversation": sample_conversation(host="host2", last_seq=3, supervisors=[joined])
    }
    await session.supervise("c1", "joined")
    assert server.fetched == [("c1", 0)]


async def test_a_whisper_shows_in_the_tab_once_the_server_has_it(session):
    server = FakeServer(session, [])
    session.state.apply(conversation_event(id="c1", host="host2"))
    stored = message(4, "supervisor", author="super1", private=True)
    server.answer = {"message": stored}
    assert await session.whisper("c1", "Spør om hun er trygg nå") == stored
    sent = server.sent[0]
    assert isinstance(sent, frames.Whisper) and sent.text == "Spør om hun er trygg nå"
    assert session.state.conversations["c1"].messages == [stored]


async def test_accepting_a_transfer_makes_the_conversation_mine_with_its_transcript(session):
    session.state.user = models.User("host2", "Mikko", "host", ["ung"])
    server = FakeServer(session, [message(1), message(2)])
    session.state.put_transfer(transfer())
    server.answer = {
        "transfer": transfer(status="accepted", answered_at=40.0),
        "conversation": sample_conversation(host="host2", last_seq=2),
    }
    answered = await session.answer_transfer("t1", accept=True)
    assert answered.status == "accepted" and session.state.transfers == {}
    assert session.state.holds("c1")
    assert [m.seq for m in session.state.conversations["c1"].messages] == [1, 2]


async def test_a_debrief_request_updates_the_overview(session):
    server = FakeServer(session, [])
    server.answer = {"staff": member("super1", role="supervisor", debrief="requested")}
    assert (await session.request_debrief()).debrief == "requested"
    assert session.state.staff["super1"].debrief == "requested"
    server.answer = {"staff": member("host1", debrief="acknowledged", debrief_by_name="Sigrid")}
    await session.acknowledge_debrief("host1")
    assert server.sent[-1].username == "host1"
    assert session.state.staff["host1"].debrief_by_name == "Sigrid"


def test_a_supervisor_is_not_alerted_for_every_visitor_message_on_the_floor():
    from chathost.core.attention import Attention

    state = ConsoleState(user=SUPER)
    attention = Attention(state)
    alerts: list[Any] = []
    attention.alerted.connect(alerts.append)
    reading = models.Supervisor("super1", "Sigrid", "reading", 1.0)
    state.apply(conversation_event(id="c1", host="host2"))
    state.apply(conversation_event(id="c2", host="host2", supervisors=[reading]))
    for conversation in ("c1", "c2"):
        state.apply(frames.MessageEvent(seq=0, message=message(1, conversation=conversation)))
    assert [(a.kind, a.conversation) for a in alerts] == [("message", "c2")]
    assert attention.counts() == (1, 0)  # the unread of the one read along in
