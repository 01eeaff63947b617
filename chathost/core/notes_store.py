"""A shift's private notes in an encrypted SQLCipher database that does not outlive the shift.

The key is 32 random bytes from `secrets`, made fresh for every shift and kept only in the OS
keyring under the shift's id (never in a file, never in a log). A keyring the operating system
does not protect is refused: no notes rather than notes anyone can read. Wiping closes the
database, deletes the key and deletes the database with its -wal, -shm and -journal files.

Every database and keyring call runs on this store's own single worker thread, never on the
GUI thread; SQLite connections must stay on the thread that made them."""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import os
import re
import secrets
import sys
import time
from collections.abc import Callable, Collection
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final, TypeVar

from keyring.backend import KeyringBackend
from keyring.errors import KeyringError, NoKeyringError, PasswordDeleteError

from chathost.core.credentials import keyring_status

T = TypeVar("T")

KEY_SERVICE: Final = "ChatHost notes"
PREFIX: Final = "notes-"
SIDE_FILES: Final = ("", "-wal", "-shm", "-journal")
# "" is the shift's scratchpad; any other scope is a conversation id.
SCRATCHPAD: Final = ""

_SCHEMA = """
CREATE TABLE IF NOT EXISTS notes (
    scope TEXT PRIMARY KEY,
    text TEXT NOT NULL,
    updated_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS shift (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


class NotesUnavailable(Exception):
    """Notes cannot be kept; `reason` says why and what the installer must fix."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class WipeReceipt:
    """What a wipe did, for the host to see (no note text in it)."""

    shift: str
    notes: int
    files_deleted: list[str] = field(default_factory=list)
    key_deleted: bool = False
    seconds: float = 0.0


def notes_dir() -> Path:
    """Where this OS user's notes caches live: the per-user data directory (never a shared
    one). CHATHOST_DATA_DIR overrides it (tests, and installers that want it elsewhere)."""
    override = os.environ.get("CHATHOST_DATA_DIR")
    if override:
        return Path(override) / "notes"
    home = Path.home()
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or home / "AppData" / "Local") / "ChatHost"
    elif sys.platform == "darwin":
        base = home / "Library" / "Application Support" / "ChatHost"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share") / "chathost"
    return base / "notes"


def safe_id(shift_id: str) -> str:
    """The shift id as used in the file name and the keyring entry (the same in both, so that
    a wipe from the file alone finds the key)."""
    return re.sub(r"[^A-Za-z0-9_-]", "_", shift_id)[:80]


@dataclass(frozen=True)
class CacheName:
    """Who a cache belongs to, when this console made it, and which shift: readable from the
    file name alone, so that stale caches are found before anyone logs in (no notes in it)."""

    owner: str  # owner_tag(server, username)
    created: int  # this workstation's clock, whole seconds
    shift: str  # the server's shift id

    def __str__(self) -> str:
        return f"{self.owner}_{self.created}_{safe_id(self.shift)}"

    @classmethod
    def parse(cls, text: str) -> CacheName | None:
        owner, _, rest = text.partition("_")
        created, _, shift = rest.partition("_")
        if not re.fullmatch(r"[0-9a-f]{12}", owner) or not created.isdigit() or not shift:
            return None
        return cls(owner, int(created), shift)


def owner_tag(server_url: str, username: str) -> str:
    """A short tag for (server, account): a cache is only offered back to its own host, and the
    file name does not say who that is."""
    who = f"{server_url.strip().rstrip('/')}\n{username.lower()}"
    return hashlib.sha256(who.encode()).hexdigest()[:12]


def cache_path(directory: Path, shift_id: str) -> Path:
    return directory / f"{PREFIX}{safe_id(shift_id)}.db"


def _connect(path: Path, key: bytes) -> Any:
    import sqlcipher3  # the console extra; imported here so the server never needs it

    conn = sqlcipher3.connect(str(path), check_same_thread=True)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute("PRAGMA key = \"x'" + key.hex() + "'\"")
        conn.execute("PRAGMA cipher_memory_security = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA synchronous = FULL")
        conn.executescript(_SCHEMA)  # fails here when the key is wrong
    except Exception:
        conn.close()
        raise
    return conn


class NotesStore:
    def __init__(self, path: Path, shift_id: str, backend: KeyringBackend) -> None:
        self.path = path
        self.shift_id = safe_id(shift_id)
        self.backend = backend
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="notes")
        self._conn: Any = None
        self.closed = False

    async def _run(self, fn: Callable[..., T], *args: Any) -> T:
        return await asyncio.get_running_loop().run_in_executor(self._pool, fn, *args)

    # ------------------------------------------------------------ opening

    @classmethod
    async def create(
        cls,
        directory: Path,
        shift_id: str,
        backend: KeyringBackend,
        trusted: Collection[str] = (),
        clock: Callable[[], float] = time.time,
    ) -> NotesStore:
        """A new encrypted cache for this shift, with a fresh key in the keyring."""
        store = cls(cache_path(directory, shift_id), shift_id, backend)
        await store._run(store._check_keyring, trusted)  # may talk D-Bus: not on this thread
        await store._run(store._create, directory, clock())
        return store

    def _check_keyring(self, trusted: Collection[str]) -> None:
        status = keyring_status(self.backend, trusted)
        if not status.secure:
            self._pool.shutdown(wait=False)
            raise NotesUnavailable(f"notes need a protected OS keyring: {status.reason}")

    def _create(self, directory: Path, now: float) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        key = secrets.token_bytes(32)
        try:
            self.backend.set_password(KEY_SERVICE, self.shift_id, key.hex())
        except KeyringError as exc:
            raise NotesUnavailable(
                f"the keyring refused the notes key: {type(exc).__name__}"
            ) from None
        self._conn = _connect(self.path, key)
        with self._conn:
            self._conn.execute(
                "INSERT OR REPLACE INTO shift VALUES ('started_at', ?)", (repr(now),)
            )

    @classmethod
    async def reopen(
        cls,
        directory: Path,
        shift_id: str,
        backend: KeyringBackend,
        trusted: Collection[str] = (),
    ) -> NotesStore:
        """The cache of a shift still open (after a crash): its key must be in the keyring."""
        store = cls(cache_path(directory, shift_id), shift_id, backend)
        await store._run(store._check_keyring, trusted)
        await store._run(store._reopen)
        return store

    def _reopen(self) -> None:
        if not self.path.exists():
            raise NotesUnavailable("there is no notes cache for this shift")
        try:
            stored = self.backend.get_password(KEY_SERVICE, self.shift_id)
        except KeyringError as exc:
            raise NotesUnavailable(f"the keyring cannot be read: {type(exc).__name__}") from None
        if not stored:
            raise NotesUnavailable("the key of this notes cache is not in the keyring")
        try:
            self._conn = _connect(self.path, bytes.fromhex(stored))
        except Exception:
            raise NotesUnavailable(
                "the notes cache cannot be opened with its key (wrong key or damaged file)"
            ) from None

    # ------------------------------------------------------------ notes

    async def save(self, scope: str, text: str, now: float | None = None) -> None:
        """One note per scope (a conversation, or the scratchpad), replaced as the host types."""
        await self._run(self._save, scope, text, time.time() if now is None else now)

    def _save(self, scope: str, text: str, now: float) -> None:
        self._require_open()
        with self._conn:
            self._conn.execute(
                "INSERT INTO notes VALUES (?, ?, ?) ON CONFLICT(scope) DO UPDATE "
                "SET text = excluded.text, updated_at = excluded.updated_at",
                (scope, text, now),
            )

    async def load(self) -> dict[str, str]:
        return await self._run(self._load)

    def _load(self) -> dict[str, str]:
        self._require_open()
        return dict(self._conn.execute("SELECT scope, text FROM notes ORDER BY scope"))

    def _require_open(self) -> None:
        if self._conn is None:
            raise NotesUnavailable("the notes cache is closed")

    # ------------------------------------------------------------ wiping

    async def wipe(self) -> WipeReceipt:
        try:
            return await self._run(self._wipe)
        finally:
            self.closed = True
            self._pool.shutdown(wait=False)

    def _wipe(self) -> WipeReceipt:
        started = time.perf_counter()
        notes = 0
        if self._conn is not None:
            with contextlib.suppress(Exception):
                notes = self._conn.execute("SELECT count(*) FROM notes").fetchone()[0]
            self._conn.close()
            self._conn = None
        receipt = wipe_files(self.path, self.shift_id, self.backend, notes)
        return WipeReceipt(
            receipt.shift,
            receipt.notes,
            receipt.files_deleted,
            receipt.key_deleted,
            time.perf_counter() - started,
        )


def wipe_files(path: Path, shift_id: str, backend: KeyringBackend, notes: int = 0) -> WipeReceipt:
    """Delete the key, then every file of the cache (the key first: without it, a file that
    cannot be deleted, e.g. held open elsewhere on Windows, is unreadable)."""
    key_deleted = False
    try:
        backend.delete_password(KEY_SERVICE, shift_id)
        key_deleted = True
    except (PasswordDeleteError, NoKeyringError):
        key_deleted = True  # nothing was there (a missing keyring never held a notes key)
    except KeyringError:
        key_deleted = False
    deleted = []
    for suffix in SIDE_FILES:
        side = path.with_name(path.name + suffix)
        if side.exists():
            side.unlink()
            deleted.append(side.name)
    return WipeReceipt(shift_id, notes, deleted, key_deleted)


def caches_in(directory: Path) -> list[tuple[Path, str]]:
    """Every notes cache in `directory`, with the shift id its file name carries."""
    if not directory.is_dir():
        return []
    found = []
    for path in sorted(directory.glob(f"{PREFIX}*.db")):
        found.append((path, path.name[len(PREFIX) : -len(".db")]))
    return found


def wipe_all(directory: Path, backend: KeyringBackend) -> list[WipeReceipt]:
    """`chathost wipe`: every notes cache of this OS user, whatever state it is in."""
    return [wipe_files(path, shift_id, backend) for path, shift_id in caches_in(directory)]


def wipe_stale(
    directory: Path, backend: KeyringBackend, max_age: float, now: float | None = None
) -> list[WipeReceipt]:
    """At start-up, before anything else: every cache made longer ago than the longest shift
    (by its name; by the file's last change when the name is not ours) is over, whoever's."""
    now = time.time() if now is None else now
    receipts = []
    for path, cache_id in caches_in(directory):
        name = CacheName.parse(cache_id)
        try:
            made = float(name.created) if name else path.stat().st_mtime
        except OSError:
            continue
        if now - made > max_age:
            receipts.append(wipe_files(path, cache_id, backend))
    return receipts
