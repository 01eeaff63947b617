"""Messages the host has written that the server has not acknowledged yet. Nothing typed is lost:
a message stays here, visibly pending, until it is stored, and a resend uses the same client id,
so the server never stores it twice."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Literal

from chathost.core.events import Emitter
from chathost.protocol import models
from chathost.protocol.text import new_client_id

OutgoingState = Literal["pending", "sent", "failed"]


@dataclass
class Outgoing:
    conversation: str
    client_id: str
    text: str
    created_at: float
    state: OutgoingState = "pending"
    seq: int | None = None
    error_code: str | None = None
    error: str | None = None


@dataclass
class Outbox:
    items: dict[str, Outgoing] = field(default_factory=dict)
    changed: Emitter[[Outgoing]] = field(default_factory=Emitter)

    def add(self, conversation: str, text: str) -> Outgoing:
        item = Outgoing(conversation, new_client_id(), text, time.time())
        self.items[item.client_id] = item
        self.changed.emit(item)
        return item

    def next_pending(self) -> Outgoing | None:
        """The oldest pending message: messages go out one at a time, in the order written."""
        return next((i for i in self.items.values() if i.state == "pending"), None)

    def pending(self, conversation: str | None = None) -> list[Outgoing]:
        return [
            i
            for i in self.items.values()
            if i.state != "sent" and (conversation is None or i.conversation == conversation)
        ]

    def sent(self, client_id: str, message: models.Message) -> None:
        item = self.items.pop(client_id, None)
        if item is not None:
            item.state, item.seq = "sent", message.seq
            self.changed.emit(item)

    def failed(self, client_id: str, code: str, error: str) -> None:
        item = self.items.get(client_id)
        if item is not None:
            item.state, item.error_code, item.error = "failed", code, error
            self.changed.emit(item)

    def retry(self, client_id: str) -> None:
        item = self.items.get(client_id)
        if item is not None and item.state == "failed":
            item.state, item.error_code, item.error = "pending", None, None
            self.changed.emit(item)

    def discard(self, client_id: str) -> None:
        item = self.items.pop(client_id, None)
        if item is not None:
            self.changed.emit(item)
