"""The wire schema shared by server and console. No I/O, no Qt: only types, limits and codecs."""

from chathost.protocol.version import PROTOCOL_VERSION

__all__ = ["PROTOCOL_VERSION"]
