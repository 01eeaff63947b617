"""Client-chosen ids for commands and messages."""

from __future__ import annotations

import uuid


def new_client_id() -> str:
    return uuid.uuid4().hex
