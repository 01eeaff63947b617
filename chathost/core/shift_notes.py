"""The host's private notes for the shift they are on: a cache opened when the shift starts,
saved a moment after each keystroke, and wiped when the shift ends for any reason.

It follows the shift the server reports. A cache of the same shift found on disk (the console
crashed or the power went) is offered back rather than replaced; caches of this host's shifts
that the server says are over are wiped as soon as it says so. The notes never leave the
machine except as a handover note the host reads and sends themselves."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable, Collection
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from keyring.backend import KeyringBackend

from chathost.core.events import Emitter
from chathost.core.notes_store import (
    SCRATCHPAD,
    CacheName,
    NotesStore,
    NotesUnavailable,
    WipeReceipt,
    caches_in,
    safe_id,
    wipe_files,
)
from chathost.core.state import ConsoleState

log = logging.getLogger(__name__)

NotesStatus = Literal[
    "off",  # not on shift: nothing to keep notes for
    "opening",
    "ready",
    "offered",  # a kept cache of this shift waits for the host to open or delete it
    "refused",  # no protected keyring: no notes at all (reason says why)
    "failed",  # the cache could not be made or opened (reason says why)
]

__all__ = ["SCRATCHPAD", "NotesPlace", "NotesStatus", "ShiftNotes"]


@dataclass(frozen=True)
class NotesPlace:
    """Where caches live and which keyring holds their keys (the composition root decides)."""

    directory: Path
    backend: Callable[[], KeyringBackend]  # resolved on the store's thread, may talk D-Bus
    trusted: Collection[str] = ()


@dataclass(frozen=True)
class Offer:
    """A cache of the shift the host is on, kept from a console that did not close cleanly."""

    path: Path
    cache_id: str
    created: float


class ShiftNotes:
    def __init__(
        self,
        state: ConsoleState,
        place: NotesPlace,
        owner: str,
        debounce: float = 0.3,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.state = state
        self.place = place
        self.owner = owner
        self.debounce = debounce
        self.retry_after = 5.0
        self.clock = clock
        self.status: NotesStatus = "off"
        self.reason = ""  # why notes are refused or failed (for the installer: no note text)
        self.save_error = ""  # the last save failed: why (the text stays on screen, unsaved)
        self.offer: Offer | None = None
        self.texts: dict[str, str] = {}  # scope -> text, what the host sees
        self.changed: Emitter[[]] = Emitter()  # status, reason, save_error or offer changed
        self.loaded: Emitter[[]] = Emitter()  # texts replaced (a kept cache was opened)
        self.wiped: Emitter[[WipeReceipt]] = Emitter()
        self.saved: Emitter[[]] = Emitter()  # everything typed so far is on disk
        self._store: NotesStore | None = None
        self._shift_id: str | None = None  # the shift the store or offer belongs to
        self._dirty: dict[str, str] = {}
        self._saver: asyncio.Task[None] | None = None
        self._lock = asyncio.Lock()
        self._flushing = asyncio.Lock()
        self._sync_task: asyncio.Task[None] | None = None
        self._closed = False
        state.changed.connect(self._on_state)

    # ------------------------------------------------------------ following the shift

    def _on_state(self, what: object) -> None:
        if what == "shift" and not self._closed:
            self.follow()

    def follow(self) -> asyncio.Task[None]:
        """Bring the cache in line with the shift the server reports (idempotent)."""
        self._sync_task = asyncio.ensure_future(self._sync())
        return self._sync_task

    async def _sync(self) -> None:
        async with self._lock:
            if self._closed:
                return
            shift = self.state.shift
            current = shift.id if shift.status != "off" else None
            if current is None and shift.status != "off" and shift.started_at is not None:
                current = f"t{int(shift.started_at * 1000)}"  # a server without shift ids
            if self._shift_id is not None and self._shift_id != current:
                await self._wipe_locked()  # the shift ended (here, elsewhere, or by the server)
            await self._wipe_other_shifts(current)
            if current is None or self._shift_id == current:
                return
            self._shift_id = current
            kept = self._kept_cache(current)
            if kept is not None:
                self.offer = kept
                self._set("offered")
                return
            await self._open_new(current)

    def _kept_cache(self, shift_id: str) -> Offer | None:
        for path, cache_id in caches_in(self.place.directory):
            name = CacheName.parse(cache_id)
            if name and name.owner == self.owner and name.shift == safe_id(shift_id):
                return Offer(path, cache_id, float(name.created))
        return None

    async def _wipe_other_shifts(self, current: str | None) -> None:
        """This host's caches of shifts that are not the open one: the server says they are
        over. Other hosts' caches are left to their own login or to the age limit."""
        mine = [
            (path, cache_id)
            for path, cache_id in caches_in(self.place.directory)
            if (name := CacheName.parse(cache_id))
            and name.owner == self.owner
            and (current is None or name.shift != safe_id(current))
            and (self._store is None or path != self._store.path)
        ]
        for path, cache_id in mine:
            backend = await self._backend()
            receipt = await asyncio.get_running_loop().run_in_executor(
                None, wipe_files, path, cache_id, backend
            )
            log.info(
                "notes: wiped the cache of a shift that is over (%d files, key deleted: %s)",
                len(receipt.files_deleted),
                receipt.key_deleted,
            )

    async def _open_new(self, shift_id: str) -> None:
        self._set("opening")
        name = CacheName(self.owner, int(self.clock()), shift_id)
        try:
            backend = await self._backend()
            self._store = await NotesStore.create(
                self.place.directory, str(name), backend, self.place.trusted, self.clock
            )
        except NotesUnavailable as exc:
            refused = "protected OS keyring" in exc.reason
            self._set("refused" if refused else "failed", exc.reason)
            return
        except Exception as exc:  # a full disk, a read-only directory, a broken SQLCipher
            self._set("failed", f"the notes cache cannot be made: {_brief(exc)}")
            return
        self.texts = {}
        self._set("ready")

    async def _backend(self) -> KeyringBackend:
        return await asyncio.get_running_loop().run_in_executor(None, self.place.backend)

    # ------------------------------------------------------------ a kept cache

    async def open_offer(self) -> None:
        """Open the kept cache of this shift and show its notes again."""
        async with self._lock:
            offer = self.offer
            if offer is None or self._closed:
                return
            self.offer = None
            self._set("opening")
            try:
                backend = await self._backend()
                store = await NotesStore.reopen(
                    offer.path.parent, offer.cache_id, backend, self.place.trusted
                )
                texts = await store.load()
            except NotesUnavailable as exc:
                refused = "protected OS keyring" in exc.reason
                self._set("refused" if refused else "failed", exc.reason)
                return
            except Exception as exc:
                self._set("failed", f"the kept notes cannot be opened: {_brief(exc)}")
                return
            self._store = store
            self.texts = texts
            self._set("ready")
            self.loaded.emit()

    async def delete_offer(self) -> None:
        """The host does not want the kept notes: wipe them and start an empty cache."""
        async with self._lock:
            offer = self.offer
            if offer is None or self._closed:
                return
            self.offer = None
            backend = await self._backend()
            receipt = await asyncio.get_running_loop().run_in_executor(
                None, wipe_files, offer.path, offer.cache_id, backend
            )
            self.wiped.emit(receipt)
            if self._shift_id is not None:
                await self._open_new(self._shift_id)

    # ------------------------------------------------------------ writing

    def text(self, scope: str) -> str:
        return self.texts.get(scope, "")

    @property
    def writable(self) -> bool:
        return self.status == "ready"

    def edit(self, scope: str, text: str) -> None:
        """The host typed: kept on screen at once, saved a moment later (never on this thread)."""
        if not self.writable or self.texts.get(scope, "") == text:
            return
        self.texts[scope] = text
        self._dirty[scope] = text
        if self._saver is None or self._saver.done():
            self._saver = asyncio.ensure_future(self._save_soon())

    async def _save_soon(self) -> None:
        await asyncio.sleep(self.debounce)
        await self.flush()
        while self._dirty and self.save_error and self.writable:
            await asyncio.sleep(self.retry_after)  # a full disk may have room again
            await self.flush()

    async def flush(self) -> None:
        """Save everything typed so far (before a handover, a wipe or in tests)."""
        async with self._flushing:  # one save at a time, in the order typed
            while self._dirty and self._store is not None and not self._store.closed:
                scope, text = next(iter(self._dirty.items()))
                try:
                    await self._store.save(scope, text)
                except Exception as exc:  # SQLITE_FULL on a full disk, an I/O error
                    self._set_save_error(f"{_brief(exc)}")
                    return  # kept in _dirty: saved by the next edit or flush
                if self._dirty.get(scope) == text:
                    del self._dirty[scope]
            if not self._dirty:
                self._set_save_error("")
                self.saved.emit()

    def _set_save_error(self, error: str) -> None:
        if error != self.save_error:
            self.save_error = error
            self.changed.emit()

    # ------------------------------------------------------------ wiping

    async def wipe(self) -> WipeReceipt | None:
        """End of shift, logging out, quitting: the notes are gone and the receipt says so."""
        async with self._lock:
            return await self._wipe_locked()

    async def _wipe_locked(self) -> WipeReceipt | None:
        if self._saver is not None:
            self._saver.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._saver
        self._dirty.clear()
        self.texts = {}
        self.offer = None
        self._shift_id = None
        store, self._store = self._store, None
        receipt = None
        if store is not None:
            try:
                receipt = await store.wipe()
            except Exception as exc:
                log.error("notes: the wipe failed: %s", _brief(exc))
                receipt = WipeReceipt(store.shift_id, 0, [], False)
            self.wiped.emit(receipt)
        self.save_error = ""
        self._set("off")
        return receipt

    async def close(self) -> WipeReceipt | None:
        """Logging out or quitting: wipe, and follow no more shift changes."""
        self._closed = True
        with contextlib.suppress(ValueError):
            self.state.changed.disconnect(self._on_state)
        return await self.wipe()

    def _set(self, status: NotesStatus, reason: str = "") -> None:
        self.status = status
        self.reason = reason
        self.changed.emit()


def _brief(exc: BaseException) -> str:
    text = str(exc).strip()
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
