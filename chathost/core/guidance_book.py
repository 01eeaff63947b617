"""One Guidance per conversation on screen, all fed from the packs the server sends. A change
of the packs on the server (a `guidelines` event) reloads them and matches every open
conversation again, without a restart."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Iterable

from chathost.core.api import BackendError
from chathost.core.events import Emitter
from chathost.core.guidance import Guidance, build_matcher
from chathost.core.state import ConsoleState
from chathost.protocol import models

log = logging.getLogger(__name__)

# Visitor messages matched when a conversation opens; the rest follow in batches.
FIRST_BATCH = 200
BATCH = 200


class GuidanceBook:
    def __init__(
        self, state: ConsoleState, fetch: Callable[[], Awaitable[models.GuidelineSet]]
    ) -> None:
        self.state = state
        self._fetch = fetch
        self.guidelines: list[models.Guideline] = []
        self._matchers = build_matcher([])
        self.revision: int | None = None
        self.guidance: dict[str, Guidance] = {}
        # The conversation id whose guidance changed, or "" for all of them.
        self.changed: Emitter[[str]] = Emitter()
        self.loaded = asyncio.Event()
        self._feeding: set[asyncio.Task[None]] = set()
        self._expected: set[tuple[str, str]] = set()
        self._loading: asyncio.Task[None] | None = None
        state.changed.connect(self._on_state)

    def for_conversation(self, conversation_id: str) -> Guidance | None:
        guidance = self.guidance.get(conversation_id)
        if guidance is not None:
            return guidance
        conversation = self.state.conversations.get(conversation_id)
        if conversation is None:
            return None
        info = conversation.info
        guidance = Guidance(self._matchers, info.language, info.service)
        messages = conversation.messages
        # The newest messages at once (what the host sees first), older ones a batch per loop
        # turn, so opening a very long conversation never freezes the window.
        guidance.feed(messages[-FIRST_BATCH:])
        if len(messages) > FIRST_BATCH:
            self._feed_later(guidance, messages[:-FIRST_BATCH])
        guidance.set_risk(info.risk)
        guidance.changed.connect(lambda: self.changed.emit(conversation_id))
        self.guidance[conversation_id] = guidance
        return guidance

    def _feed_later(self, guidance: Guidance, older: list[models.Message]) -> None:
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            guidance.feed(older)
            return

        async def feed() -> None:
            for end in range(len(older), 0, -BATCH):
                await asyncio.sleep(0)
                guidance.feed(older[max(0, end - BATCH) : end])

        task = loop.create_task(feed())
        self._feeding.add(task)
        task.add_done_callback(self._feeding.discard)

    def forget(self, conversation_id: str) -> None:
        self.guidance.pop(conversation_id, None)

    async def load(self, expected: Iterable[tuple[str, str]] = ()) -> None:
        """Fetch the packs; on failure keep what we have (and say so in the log). Matchers for
        the (language, service) pairs `expected` and those of open conversations are built on
        a worker thread first: a big pack takes ~0.1 s to build, which would stall the window."""
        try:
            found = await self._fetch()
        except BackendError as exc:
            log.warning("could not load the guidelines (%s); keeping the ones we have", exc.kind)
            return
        matchers = build_matcher(found.guidelines)
        self._expected |= set(expected)
        pairs = self._expected | {
            (c.info.language, c.info.service)
            for cid, c in self.state.conversations.items()
            if cid in self.guidance
        }
        loop = asyncio.get_running_loop()
        for language, service in sorted(pairs):
            await loop.run_in_executor(None, matchers, language, service)
        self.guidelines = found.guidelines
        self.revision = found.revision
        self._matchers = matchers
        for conversation_id, guidance in self.guidance.items():
            conversation = self.state.conversations.get(conversation_id)
            messages = conversation.messages if conversation else []
            guidance.reload(self._matchers, messages[-FIRST_BATCH:])
            if len(messages) > FIRST_BATCH:
                self._feed_later(guidance, messages[:-FIRST_BATCH])
        self.loaded.set()
        self.changed.emit("")

    def reload_soon(self) -> None:
        if self._loading is None or self._loading.done():
            self._loading = asyncio.get_running_loop().create_task(self.load())

    def _on_state(self, change: object) -> None:
        if change == "guidelines":
            if self.state.guidelines_revision != self.revision:
                self.reload_soon()
            return
        if not isinstance(change, tuple):
            return
        kind, conversation_id = change
        guidance = self.guidance.get(conversation_id)
        conversation = self.state.conversations.get(conversation_id)
        if guidance is None or conversation is None:
            return
        if kind == "messages":
            fresh = []
            for message in reversed(conversation.messages):
                if message.seq in guidance.seen:
                    break
                fresh.append(message)
            if len(conversation.messages) - len(guidance.seen) > len(fresh):
                # Older messages came in after newer ones: look at all of them (seen ones are
                # skipped). Rare; normally only the tail is new.
                guidance.feed(conversation.messages)
            else:
                guidance.feed(reversed(fresh))
        elif kind == "conversation":
            guidance.set_risk(conversation.info.risk)

    async def close(self) -> None:
        for task in [*self._feeding, *([self._loading] if self._loading else [])]:
            task.cancel()
