"""Per-user event streams: numbering, replay, and the encode-once splice of sequence numbers."""

from __future__ import annotations

import typing

import msgspec

from chathost.protocol import frames, models
from chathost.server.streams import EventHub
from tests.helpers import sample_conversation

_out = msgspec.json.Decoder(frames.StaffOut)

CONVERSATION = sample_conversation()
SAMPLES = [
    frames.QueueEvent(
        seq=0, service="ung", waiting=[models.QueueEntry("c1", "ung", "Vega 12", "nb", 1.0)]
    ),
    frames.ConversationEvent(seq=0, conversation=CONVERSATION),
    # A message whose text itself looks like the sequence field must not be touched.
    frames.MessageEvent(
        seq=0,
        message=models.Message(
            conversation="c1", seq=0, sender="visitor", text=',"seq":0,', created_at=3.0
        ),
    ),
    frames.ReadEvent(seq=0, conversation="c1", reader="visitor", upto=0),
    frames.ShiftEvent(seq=0, shift=models.ShiftState(status="available", started_at=1.0)),
    frames.PresenceEvent(seq=0, conversation="c1", visitor_connected=False),
    frames.EscalationEvent(
        seq=0,
        escalation=models.Escalation(
            id="e1",
            conversation="c1",
            service="ung",
            alias="Vega 12",
            kind="acute",
            status="open",
            raised_by="host1",
            raised_by_name="Kari",
            raised_at=1.0,
            pressed_at=0.5,
        ),
    ),
    frames.GuidelinesEvent(seq=0, revision=3),
    frames.TransferEvent(
        seq=0,
        transfer=models.Transfer(
            id="t1",
            conversation="c1",
            service="ung",
            alias="Vega 12",
            status="offered",
            from_user="host1",
            from_name="Kari",
            to_user="host2",
            to_name="Ola",
            note="",
            offered_at=1.0,
            expires_at=121.0,
        ),
    ),
    frames.StaffMemberEvent(
        seq=0,
        member=models.StaffMember(
            username="host1",
            display_name="Kari",
            role="host",
            services=["ung"],
            shift="available",
            shift_started_at=1.0,
            holding=1,
            capacity=3,
            connected=True,
        ),
    ),
]


def test_samples_cover_every_event_type():
    assert {type(s) for s in SAMPLES} == set(typing.get_args(frames.StaffEvent))


def test_each_user_gets_their_own_numbers_and_identical_content():
    hub = EventHub(buffer_size=100)
    hub.publish({7}, SAMPLES[0])
    for sample in SAMPLES:
        hub.publish({7, 8}, sample)
    for user, offset in ((7, 1), (8, 0)):
        _, replay = hub.attach(user, object(), frames.Resume(hub.stream_id, 0))  # type: ignore[arg-type]
        decoded = [_out.decode(text) for text in replay][offset:]
        assert [d.seq for d in decoded] == list(range(1 + offset, len(SAMPLES) + 1 + offset))
        assert [msgspec.structs.replace(d, seq=0) for d in decoded] == SAMPLES


def test_resume_from_a_stale_stream_or_beyond_the_buffer_is_refused():
    hub = EventHub(buffer_size=3)
    for _ in range(5):
        hub.publish({1}, SAMPLES[-1])

    def resume(stream: str, after: int) -> tuple[bool, list[int]]:
        resumed, replay = hub.attach(1, object(), frames.Resume(stream, after))  # type: ignore[arg-type]
        return resumed, [_out.decode(text).seq for text in replay]

    assert resume(hub.stream_id, 2) == (True, [3, 4, 5])  # 3..5 are still buffered
    assert resume(hub.stream_id, 5) == (True, [])
    assert resume(hub.stream_id, 1) == (False, [])  # event 2 is gone: resync
    assert resume("another-run", 4) == (False, [])  # a restarted server
    assert resume(hub.stream_id, 9) == (False, [])  # a client from the future


def test_replay_buffers_are_bounded_in_bytes_too():
    from chathost.server.streams import MAX_BUFFER_CHARS

    hub = EventHub(buffer_size=100_000)
    padded = models.Message(
        conversation="c1", seq=1, sender="visitor", text="\x01" * 4000, created_at=1.0
    )
    for _ in range(1000):
        hub.publish({1}, frames.MessageEvent(seq=0, message=padded))
    stream = hub._streams[1]
    assert stream.chars <= MAX_BUFFER_CHARS
    assert stream.chars == sum(len(text) for _, text in stream.buffer)
    assert stream.buffer[-1][0] == 1000  # the newest are the ones kept
