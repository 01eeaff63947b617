"""Decoding untrusted frames into typed values, with one clear error code per kind of failure."""

from __future__ import annotations

from typing import Any, Generic, TypeVar

import msgspec

from chathost.protocol import frames
from chathost.protocol.limits import MAX_FRAME_BYTES

T = TypeVar("T")


class FrameError(Exception):
    """A frame the peer should be told about; `code` is stable, `message` is for people."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


class FrameDecoder(Generic[T]):
    def __init__(self, kind: Any, max_bytes: int = MAX_FRAME_BYTES) -> None:
        self._decoder: msgspec.json.Decoder[T] = msgspec.json.Decoder(kind)
        self._max_bytes = max_bytes

    def decode(self, data: str | bytes) -> T:
        raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
        if len(raw) > self._max_bytes:
            raise FrameError(
                "frame_too_large",
                f"Frame of {len(raw)} bytes is over the limit of {self._max_bytes} bytes.",
            )
        try:
            return self._decoder.decode(raw)
        except msgspec.ValidationError as exc:
            text = str(exc)
            if text.endswith("at `$.type`") or "missing required field `type`" in text:
                raise FrameError("unknown_type", f"Unknown or missing frame type: {text}") from None
            raise FrameError("invalid_frame", text) from None
        except msgspec.DecodeError as exc:
            raise FrameError("malformed_json", f"Not valid JSON in UTF-8: {exc}") from None


staff_decoder: FrameDecoder[frames.StaffCommand] = FrameDecoder(frames.StaffCommand)
visitor_decoder: FrameDecoder[frames.VisitorCommand] = FrameDecoder(frames.VisitorCommand)

_encoder = msgspec.json.Encoder()


def encode(value: Any) -> bytes:
    return _encoder.encode(value)


def encode_text(value: Any) -> str:
    return _encoder.encode(value).decode("utf-8")
