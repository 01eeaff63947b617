"""Fuzzing the frame decoders: any input decodes to a typed frame or a FrameError, never a crash."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chathost.protocol import frames
from chathost.protocol.codec import FrameError, encode, staff_decoder, visitor_decoder
from chathost.protocol.limits import MAX_FRAME_BYTES

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=10), inner,
                                                                 max_size=5),
    max_leaves=20,
)
frame_types = st.sampled_from(["hello", "ping", "send", "typing", "read", "take", "end",
                               "release", "shift_start", "leave", "nope", "", None, 1])
field_names = st.sampled_from(["id", "conversation", "text", "typing", "seq", "token",
                               "protocol", "after", "resume", "service", "extra"])
framelike = st.fixed_dictionaries(
    {"type": frame_types}, optional={"id": json_values}
).flatmap(lambda base: st.dictionaries(field_names, json_values, max_size=5).map(
    lambda extra: {**extra, **base}))


def _decodes_or_refuses(data: bytes | str) -> None:
    for decoder in (staff_decoder, visitor_decoder):
        try:
            frame = decoder.decode(data)
        except FrameError as exc:
            assert exc.code in {"malformed_json", "unknown_type", "invalid_frame",
                                "frame_too_large"}
            assert exc.message
        else:
            assert isinstance(frame, frames.Frame)


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.binary(max_size=300))
def test_arbitrary_bytes(data):
    _decodes_or_refuses(data)


@settings(max_examples=400, deadline=None)
@given(framelike)
def test_frame_shaped_json(value):
    _decodes_or_refuses(json.dumps(value))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=2000), st.text(min_size=1, max_size=64))
def test_any_text_round_trips_through_a_send_frame(text, client_id):
    frame = frames.Send(id=client_id, conversation="c1", text=text)
    assert staff_decoder.decode(encode(frame)) == frame
    visitor_frame = frames.VisitorSend(id=client_id, text=text)
    assert visitor_decoder.decode(encode(visitor_frame)) == visitor_frame


def test_oversized_input_is_refused_before_parsing():
    try:
        staff_decoder.decode(b" " * (MAX_FRAME_BYTES + 1))
    except FrameError as exc:
        assert exc.code == "frame_too_large"
    else:
        raise AssertionError("an oversized frame was accepted")
