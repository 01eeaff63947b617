"""The session token in the OS keyring, never in a file.

Only a keyring that the operating system protects is accepted: the Secret Service (GNOME
Keyring, KeePassXC…) or KWallet on Linux, the Keychain on macOS, the Credential Locker on
Windows. Everything else is refused with a reason a person can act on: the `fail` and `null`
backends, `keyrings.alt` (plaintext or base64 files), unknown third-party backends, and a chain
that contains any of those. With a refused keyring the token lives only in memory for this run.

Every keyring call runs in the event loop's default executor: the Secret Service talks D-Bus and
may wait for an unlock prompt, which must never block the GUI thread. Keyring failures (locked,
prompt dismissed, D-Bus gone) are logged without any secret and turned into False / None: the
console keeps working, the host just logs in again next time."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import Final, TypeVar

import keyring
from keyring.backend import KeyringBackend
from keyring.backends.chainer import ChainerBackend

log = logging.getLogger(__name__)

T = TypeVar("T")

SERVICE: Final = "ChatHost session"

# The OS keyrings we trust, by the exact class (a subclass defined elsewhere is not trusted).
SECURE_BACKENDS: frozenset[str] = frozenset(
    {
        "keyring.backends.SecretService.Keyring",
        "keyring.backends.libsecret.Keyring",
        "keyring.backends.kwallet.DBusKeyring",
        "keyring.backends.kwallet.DBusKeyringKWallet4",
        "keyring.backends.macOS.Keyring",
        "keyring.backends.Windows.WinVaultKeyring",
    }
)

_KNOWN_INSECURE: Final = {
    "keyring.backends.fail.Keyring": "no OS keyring was found (keyring's 'fail' backend)",
    "keyring.backends.null.Keyring": "the 'null' backend silently forgets every secret",
}

_ADVICE: Final = (
    "use the Secret Service (GNOME Keyring, KeePassXC) or KWallet on Linux, the Keychain on "
    "macOS or the Credential Locker on Windows"
)


@dataclass(frozen=True)
class KeyringStatus:
    backend: str  # the backend's module and class name, e.g. keyring.backends.SecretService.Keyring
    secure: bool
    reason: str  # why it is refused, or what it is when accepted


@dataclass(frozen=True)
class StoredSession:
    username: str
    token: str

    def __repr__(self) -> str:  # never print the token by accident
        return f"StoredSession(username={self.username!r}, token=<hidden>)"


def backend_name(backend: object) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def keyring_status(
    backend: KeyringBackend | None = None, trusted: Collection[str] = ()
) -> KeyringStatus:
    """Whether `backend` (default: keyring's configured one) may hold ChatHost's secrets.

    `trusted` names further backend classes ("module.Class") to accept besides the OS keyrings
    in SECURE_BACKENDS: a backend a centre has vetted, or a test's in-memory one.
    May talk to D-Bus (a backend's priority checks that its daemon answers): call it from an
    executor, not the GUI thread."""
    trusted = SECURE_BACKENDS | frozenset(trusted)
    if backend is None:
        try:
            backend = keyring.get_keyring()
        except Exception as exc:  # a bad PYTHON_KEYRING_BACKEND or keyringrc.cfg
            return KeyringStatus("(none)", False, f"the keyring cannot be loaded: {_brief(exc)}")
    name = backend_name(backend)
    if isinstance(backend, ChainerBackend):
        return _chain_status(backend, name, trusted)
    return _single_status(backend, name, trusted)


def _single_status(backend: KeyringBackend, name: str, trusted: Collection[str]) -> KeyringStatus:
    if name in _KNOWN_INSECURE:
        return KeyringStatus(name, False, f"{_KNOWN_INSECURE[name]}; {_ADVICE}")
    if type(backend).__module__.startswith("keyrings.alt"):
        return KeyringStatus(
            name,
            False,
            f"keyrings.alt keeps secrets in a file anyone with the disk can read; {_ADVICE}",
        )
    if name not in trusted:
        return KeyringStatus(name, False, f"not a recognised OS keyring; {_ADVICE}")
    try:
        priority = float(type(backend).priority)
    except Exception as exc:  # the backend says why it cannot work here
        return KeyringStatus(name, False, f"not available: {_brief(exc)}")
    if priority < 1:
        return KeyringStatus(name, False, f"not recommended here (priority {priority:g})")
    return KeyringStatus(name, True, "OS keyring")


def _chain_status(backend: ChainerBackend, name: str, trusted: Collection[str]) -> KeyringStatus:
    try:
        members: list[KeyringBackend] = list(backend.backends)
    except Exception as exc:
        return KeyringStatus(name, False, f"the keyring chain cannot be listed: {_brief(exc)}")
    if not members:
        return KeyringStatus(name, False, f"an empty keyring chain stores nothing; {_ADVICE}")
    statuses = [_single_status(m, backend_name(m), trusted) for m in members]
    refused = [s for s in statuses if not s.secure]
    if refused:
        # A chain reads from every member and may write to any: one weak member is enough.
        why = "; ".join(f"{s.backend}: {s.reason}" for s in refused)
        return KeyringStatus(name, False, f"the keyring chain includes refused backends ({why})")
    return KeyringStatus(name, True, "OS keyrings: " + ", ".join(s.backend for s in statuses))


def _brief(exc: BaseException) -> str:
    text = str(exc).strip()
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _redacted(exc: BaseException, secrets: Collection[str]) -> str:
    text = _brief(exc)
    for secret in secrets:
        if secret:
            text = text.replace(secret, "<hidden>")
    return text[:300]


def _secrets_in(secret: str | None) -> tuple[str, ...]:
    """A stored entry and the token inside it: what must never reach a log line."""
    if not secret:
        return ()
    try:
        token = json.loads(secret).get("token")
    except (ValueError, AttributeError):
        return (secret,)
    return (secret, token) if isinstance(token, str) else (secret,)


def _normalise(server_url: str) -> str:
    return server_url.strip().rstrip("/")


class TokenStore:
    """One keyring entry per server URL (service "ChatHost session", user name = the URL), whose
    secret is a small JSON object with the staff user name and the session token."""

    def __init__(
        self, backend: KeyringBackend | None = None, trusted: Collection[str] = ()
    ) -> None:
        """`backend` defaults to keyring's configured one; `trusted` as in keyring_status."""
        self._backend = backend
        self._trusted = frozenset(trusted)

    def _keyring(self) -> KeyringBackend:
        # Resolved lazily and on the executor: finding the default backend may talk D-Bus.
        if self._backend is None:
            self._backend = keyring.get_keyring()
        return self._backend

    async def _run(self, job: Callable[[], T]) -> T:
        return await asyncio.get_running_loop().run_in_executor(None, job)

    def _usable(self, action: str) -> KeyringBackend | None:
        """The backend if it may hold secrets; otherwise None, with the reason logged."""
        try:
            backend = self._keyring()
        except Exception as exc:
            log.warning(
                "Session token not %s: the keyring cannot be loaded (%s)", action, _brief(exc)
            )
            return None
        status = keyring_status(backend, self._trusted)
        if not status.secure:
            log.warning(
                "Session token not %s: keyring %s refused: %s",
                action,
                status.backend,
                status.reason,
            )
            return None
        return backend

    async def status(self) -> KeyringStatus:
        def job() -> KeyringStatus:
            try:
                return keyring_status(self._keyring(), self._trusted)
            except Exception as exc:
                return KeyringStatus(
                    "(none)", False, f"the keyring cannot be loaded: {_brief(exc)}"
                )

        return await self._run(job)

    async def save(self, server_url: str, username: str, token: str) -> bool:
        """Keep the session for next time. False when it could not be kept (a refused or
        failing keyring): the token then lives only in memory for this run."""
        url = _normalise(server_url)
        secret = json.dumps({"username": username, "token": token})

        def job() -> bool:
            backend = self._usable("saved")
            if backend is None:
                return False
            try:
                backend.set_password(SERVICE, url, secret)
            except Exception as exc:
                log.warning(
                    "Session token for %s not saved: %s", url, _redacted(exc, (token, secret))
                )
                return False
            return True

        return await self._run(job)

    async def load(self, server_url: str) -> StoredSession | None:
        """The session kept for this server, or None (none kept, refused or failing keyring)."""
        url = _normalise(server_url)

        def job() -> StoredSession | None:
            backend = self._usable("loaded")
            if backend is None:
                return None
            try:
                secret = backend.get_password(SERVICE, url)
            except Exception as exc:
                log.warning("Session token for %s not loaded: %s", url, _redacted(exc, ()))
                return None
            if secret is None:
                return None
            try:
                data = json.loads(secret)
                username, token = data["username"], data["token"]
            except (ValueError, KeyError, TypeError):
                log.warning("Session entry for %s in the keyring is not ours; ignored", url)
                return None
            if not isinstance(username, str) or not isinstance(token, str) or not token:
                log.warning("Session entry for %s in the keyring is not ours; ignored", url)
                return None
            return StoredSession(username, token)

        return await self._run(job)

    async def forget(self, server_url: str) -> bool:
        """Remove the session kept for this server. True when the keyring now holds none for
        it; False when the keyring is refused or failed."""
        url = _normalise(server_url)

        def job() -> bool:
            backend = self._usable("forgotten")
            if backend is None:
                return False
            secret: str | None = None
            try:
                secret = backend.get_password(SERVICE, url)
                if secret is not None:
                    backend.delete_password(SERVICE, url)
            except Exception as exc:
                log.warning(
                    "Session token for %s not forgotten: %s",
                    url,
                    _redacted(exc, _secrets_in(secret)),
                )
                return False
            return True

        return await self._run(job)
