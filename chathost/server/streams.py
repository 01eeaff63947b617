"""Per-user event streams: every event a staff member is sent carries that user's next sequence
number and is kept in a bounded buffer, so a client that reconnects gets exactly what it missed,
or is told to resync when that is no longer possible (server restart, or too far behind)."""

from __future__ import annotations

import secrets
from collections import deque
from dataclasses import dataclass, field

import msgspec

from chathost.protocol import frames
from chathost.protocol.codec import encode_text
from chathost.server.connection import Connection

# Replay buffers are bounded by bytes as well as count: padded messages must not let one
# conversation make a supervisor's buffer grow without bound.
MAX_BUFFER_CHARS = 8 * 1024 * 1024


@dataclass
class UserStream:
    seq: int = 0
    buffer: deque[tuple[int, str]] = field(default_factory=deque)
    chars: int = 0
    connections: set[Connection] = field(default_factory=set)


class EventHub:
    def __init__(self, buffer_size: int) -> None:
        # A fresh id per server run: sequence numbers from another run never match by accident.
        self.stream_id = secrets.token_hex(8)
        self.buffer_size = buffer_size
        self._streams: dict[int, UserStream] = {}

    def _stream(self, user_id: int) -> UserStream:
        stream = self._streams.get(user_id)
        if stream is None:
            stream = self._streams[user_id] = UserStream()
        return stream

    def position(self, user_id: int) -> int:
        return self._stream(user_id).seq

    def publish(self, user_ids: set[int], event: frames.StaffEvent) -> None:
        """Encodes the event once; each user's copy differs only in its sequence number."""
        if not user_ids:
            return
        head, tail = _split_at_seq(encode_text(msgspec.structs.replace(event, seq=0)))
        for user_id in user_ids:
            stream = self._stream(user_id)
            stream.seq += 1
            text = f"{head}{stream.seq}{tail}"
            stream.buffer.append((stream.seq, text))
            stream.chars += len(text)
            while len(stream.buffer) > self.buffer_size or stream.chars > MAX_BUFFER_CHARS:
                stream.chars -= len(stream.buffer.popleft()[1])
            for conn in stream.connections:
                conn.send_raw(text)

    def send_transient(self, user_ids: set[int], frame: object) -> None:
        """Frames that are not worth replaying (typing indicators)."""
        text = encode_text(frame)
        for user_id in user_ids:
            stream = self._streams.get(user_id)
            if stream:
                for conn in stream.connections:
                    conn.send_raw(text)

    def attach(
        self,
        user_id: int,
        conn: Connection,
        resume: frames.Resume | None,
    ) -> tuple[bool, list[str]]:
        """Register a connection. Returns (resumed, frames to replay); no await in between, so no
        event can fall into the gap between the replay and the live stream."""
        stream = self._stream(user_id)
        stream.connections.add(conn)
        if resume is None or resume.stream != self.stream_id or resume.after > stream.seq:
            return False, []
        oldest = stream.buffer[0][0] if stream.buffer else stream.seq + 1
        if resume.after < oldest - 1:
            return False, []
        return True, [text for seq, text in stream.buffer if seq > resume.after]

    def detach(self, user_id: int, conn: Connection) -> None:
        stream = self._streams.get(user_id)
        if stream:
            stream.connections.discard(conn)

    def connections(self, user_id: int | None = None) -> list[Connection]:
        if user_id is not None:
            stream = self._streams.get(user_id)
            return list(stream.connections) if stream else []
        return [c for s in self._streams.values() for c in s.connections]


_SEQ_MARK = ',"seq":0,'


def _split_at_seq(text: str) -> tuple[str, str]:
    """Every event encodes as {"type":"…","seq":0,…}: `seq` is its first field, so the first
    `,"seq":0,` is always the event's own (a nested one would come later)."""
    index = text.index(_SEQ_MARK)
    return text[: index + len(',"seq":')], text[index + len(',"seq":0') :]
