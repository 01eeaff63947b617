"""TokenStore's rules with in-memory keyring backends: one entry per server, only an OS keyring
is used, keyring failures become False/None, the token never reaches a log line, and the
keyring is never called on the event loop's thread. The real Secret Service is exercised in
tests/integration/test_secret_service.py."""

from __future__ import annotations

import json
import logging
import threading

import keyring
import keyring.core
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail, null
from keyring.backends.chainer import ChainerBackend
from keyring.compat import properties
from keyring.errors import KeyringLocked

from chathost.core import credentials
from chathost.core.credentials import SERVICE, StoredSession, TokenStore, keyring_status
from chathost.devtools import memory_keyring
from chathost.devtools.memory_keyring import MemoryKeyring

TOKEN = "tok-5f1c9a0e7b2d4c38a6e1"
URL = "https://chat.example.org"


class PlaintextKeyring(MemoryKeyring):
    """Stands for keyrings.alt's file backends (plaintext or base64 in a file)."""


PlaintextKeyring.__module__ = "keyrings.alt.file"


class ThirdPartyKeyring(MemoryKeyring):
    """A backend nobody has vetted: priority high, but not an OS keyring we know."""

    priority = 9  # type: ignore[assignment]


class BrokenKeyring(MemoryKeyring):
    """A trusted keyring that fails the way the Secret Service does (locked, D-Bus gone), with
    the secret being stored in the error text, to prove it never reaches the log."""

    def __init__(self, error: type[Exception] = KeyringLocked) -> None:
        super().__init__()
        self.error = error

    def get_password(self, service: str, username: str) -> str | None:
        raise self.error("Failed to unlock the collection!")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise self.error(f"org.freedesktop.DBus.Error.NoReply while storing {password}")

    def delete_password(self, service: str, username: str) -> None:
        raise self.error("Failed to unlock the collection!")


class LowPriorityKeyring(MemoryKeyring):
    """keyring's own word: usable, but not recommended here (priority below 1)."""

    priority = 0.5  # type: ignore[assignment]


class UnavailableKeyring(MemoryKeyring):
    """Like the Secret Service backend when no daemon answers on D-Bus."""

    @properties.classproperty
    def priority(cls) -> float:
        raise RuntimeError("The Secret Service daemon is neither running nor activatable")


def qualified(cls: type) -> str:
    return f"{cls.__module__}.{cls.__qualname__}"


# Our test backends count as OS keyrings where a test says so (the real ones need a desktop
# session); TokenStore and keyring_status take such names through `trusted`.
TRUSTED = memory_keyring.TRUSTED | frozenset(
    f"{__name__}.{name}"
    for name in (
        "BrokenKeyring",
        "LowPriorityKeyring",
        "UnavailableKeyring",
        "LeakyDeleteKeyring",
    )
)


@pytest.fixture
def default_keyring(monkeypatch: pytest.MonkeyPatch):
    """Set keyring's process-wide backend for one test, and put the old one back after."""
    monkeypatch.setattr(keyring.core, "_keyring_backend", keyring.core._keyring_backend)

    def use(backend: KeyringBackend) -> KeyringBackend:
        keyring.set_keyring(backend)
        return backend

    return use


def chain_of(*members: KeyringBackend) -> ChainerBackend:
    class Chain(ChainerBackend):
        backends = tuple(members)  # type: ignore[assignment]

    return Chain()


# --- keyring_status -------------------------------------------------------------------------


def test_the_os_keyrings_we_accept_are_named_exactly():
    assert {
        "keyring.backends.SecretService.Keyring",
        "keyring.backends.macOS.Keyring",
        "keyring.backends.Windows.WinVaultKeyring",
        "keyring.backends.kwallet.DBusKeyring",
    } <= credentials.SECURE_BACKENDS
    for name in credentials.SECURE_BACKENDS:  # every name is a real class of keyring's
        module, _, cls = name.rpartition(".")
        assert hasattr(__import__(module, fromlist=[cls]), cls), name


@pytest.mark.parametrize(
    ("backend", "words"),
    [
        (fail.Keyring(), "no OS keyring"),
        (null.Keyring(), "forgets every secret"),
        (PlaintextKeyring(), "keyrings.alt"),
        (ThirdPartyKeyring(), "not a recognised OS keyring"),
    ],
    ids=["fail", "null", "keyrings.alt", "unknown"],
)
def test_insecure_backends_are_refused_with_a_reason(backend, words):
    status = keyring_status(backend, TRUSTED)
    assert not status.secure
    assert status.backend == qualified(type(backend))
    assert words in status.reason
    assert "Secret Service" in status.reason  # and what to use instead


def test_a_trusted_backend_is_accepted_only_while_it_says_it_can_work():
    assert keyring_status(MemoryKeyring(), TRUSTED) == credentials.KeyringStatus(
        qualified(MemoryKeyring), True, "OS keyring"
    )
    low = keyring_status(LowPriorityKeyring(), TRUSTED)
    assert not low.secure and "priority 0.5" in low.reason
    gone = keyring_status(UnavailableKeyring(), TRUSTED)
    assert not gone.secure and "not available" in gone.reason and "daemon" in gone.reason


def test_trusted_adds_to_the_os_keyrings_and_cannot_rescue_a_weak_backend():
    assert not keyring_status(MemoryKeyring()).secure  # not trusted unless named
    assert keyring_status(MemoryKeyring(), TRUSTED).secure
    for weak in (fail.Keyring(), null.Keyring(), PlaintextKeyring()):
        assert not keyring_status(weak, {qualified(type(weak))}).secure
    assert credentials.SECURE_BACKENDS.isdisjoint(TRUSTED)  # nothing leaked into the default


def test_a_subclass_of_a_trusted_backend_is_not_trusted():
    class Lookalike(MemoryKeyring):
        pass

    assert not keyring_status(Lookalike(), TRUSTED).secure


def test_a_chain_is_accepted_only_when_every_member_is():
    assert keyring_status(chain_of(MemoryKeyring(), MemoryKeyring()), TRUSTED).secure
    mixed = keyring_status(chain_of(MemoryKeyring(), PlaintextKeyring()), TRUSTED)
    assert not mixed.secure and "keyrings.alt.file.PlaintextKeyring" in mixed.reason
    only_bad = keyring_status(chain_of(fail.Keyring(), null.Keyring()), TRUSTED)
    assert not only_bad.secure
    assert "fail.Keyring" in only_bad.reason and "null.Keyring" in only_bad.reason
    empty = keyring_status(chain_of(), TRUSTED)
    assert not empty.secure and "empty" in empty.reason


def test_the_default_backend_is_keyrings_own_choice(default_keyring):
    default_keyring(MemoryKeyring())
    assert keyring_status(trusted=TRUSTED).secure
    default_keyring(null.Keyring())
    assert keyring_status(trusted=TRUSTED).backend == "keyring.backends.null.Keyring"


def test_a_misconfigured_keyring_is_refused_not_raised(monkeypatch, default_keyring):
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "no_such_module.Keyring")
    monkeypatch.setattr(keyring.core, "_keyring_backend", None)
    status = keyring_status(trusted=TRUSTED)
    assert not status.secure and "cannot be loaded" in status.reason


# --- TokenStore -----------------------------------------------------------------------------


async def test_save_load_forget_one_entry_per_server():
    backend = MemoryKeyring()
    store = TokenStore(backend, trusted=TRUSTED)
    assert await store.save(URL + "/", "host1", TOKEN)
    assert await store.save("https://other.example.org", "host2", "tok-other")
    assert set(backend.entries) == {(SERVICE, URL), (SERVICE, "https://other.example.org")}
    assert json.loads(backend.entries[(SERVICE, URL)]) == {"username": "host1", "token": TOKEN}

    # A fresh store reads what the keyring holds (nothing lives in the store itself).
    again = TokenStore(backend, trusted=TRUSTED)
    assert await again.load(URL) == StoredSession("host1", TOKEN)
    assert await again.load(" " + URL + "/ ") == StoredSession("host1", TOKEN)
    assert await again.load("https://unknown.example.org") is None

    assert await store.save(URL, "host3", "tok-new")  # replaces, never a second entry
    assert await again.load(URL) == StoredSession("host3", "tok-new")
    assert len(backend.entries) == 2

    assert await store.forget(URL)
    assert await store.load(URL) is None
    assert await store.forget(URL)  # nothing left to forget is fine
    assert await store.load("https://other.example.org") == StoredSession("host2", "tok-other")


async def test_keyring_calls_never_run_on_the_event_loop_thread():
    backend = MemoryKeyring()
    store = TokenStore(backend, trusted=TRUSTED)
    await store.save(URL, "host1", TOKEN)
    await store.load(URL)
    await store.forget(URL)
    await store.status()
    assert backend.threads and threading.get_ident() not in backend.threads


async def test_the_default_backend_is_used_when_none_is_given(default_keyring):
    backend = default_keyring(MemoryKeyring())
    store = TokenStore(trusted=TRUSTED)
    assert await store.save(URL, "host1", TOKEN)
    assert (SERVICE, URL) in backend.entries
    assert (await store.status()).secure


@pytest.mark.parametrize(
    "backend",
    [fail.Keyring(), null.Keyring(), PlaintextKeyring(), ThirdPartyKeyring()],
    ids=["fail", "null", "keyrings.alt", "unknown"],
)
async def test_insecure_backends_store_nothing(backend, caplog):
    store = TokenStore(backend, trusted=TRUSTED)
    with caplog.at_level(logging.WARNING, logger="chathost.core.credentials"):
        assert await store.save(URL, "host1", TOKEN) is False
        assert await store.load(URL) is None
        assert await store.forget(URL) is False
    if isinstance(backend, MemoryKeyring):
        assert backend.entries == {} and backend.threads == set()  # never even asked
    assert "refused" in caplog.text
    assert TOKEN not in caplog.text
    assert not (await store.status()).secure


async def test_insecure_entries_already_present_are_not_read():
    """A token someone left in a plaintext keyring is not picked up."""
    backend = PlaintextKeyring()
    backend.entries[(SERVICE, URL)] = json.dumps({"username": "host1", "token": TOKEN})
    assert await TokenStore(backend, trusted=TRUSTED).load(URL) is None


@pytest.mark.parametrize("error", [KeyringLocked, RuntimeError, OSError])
async def test_keyring_failures_become_false_or_none_and_never_log_the_token(error, caplog):
    store = TokenStore(BrokenKeyring(error), trusted=TRUSTED)
    with caplog.at_level(logging.DEBUG):
        assert await store.save(URL, "host1", TOKEN) is False
        assert await store.load(URL) is None
        assert await store.forget(URL) is False
    ours = [r for r in caplog.records if r.name == "chathost.core.credentials"]
    assert [r.levelno for r in ours] == [logging.WARNING] * 3
    assert all(URL in r.getMessage() for r in ours)
    assert TOKEN not in caplog.text
    assert all(r.exc_info is None for r in ours)  # no traceback either


async def test_an_entry_that_is_not_ours_is_ignored(caplog):
    backend = MemoryKeyring()
    store = TokenStore(backend, trusted=TRUSTED)
    for junk in ["plain-token", "[]", json.dumps({"username": "a"}), json.dumps({"token": 5})]:
        backend.entries[(SERVICE, URL)] = junk
        assert await store.load(URL) is None
    assert "not ours" in caplog.text


def test_a_stored_session_never_shows_its_token():
    session = StoredSession("host1", TOKEN)
    assert TOKEN not in repr(session) and TOKEN not in str(session) and "host1" in repr(session)


class LeakyDeleteKeyring(MemoryKeyring):
    """Fails to delete, and quotes the stored entry in its error."""

    def delete_password(self, service: str, username: str) -> None:
        raise RuntimeError(f"cannot delete {self.entries[(service, username)]}")


async def test_an_error_quoting_the_stored_entry_is_redacted(caplog):
    store = TokenStore(LeakyDeleteKeyring(), trusted=TRUSTED)
    assert await store.save(URL, "host1", TOKEN)
    assert await store.forget(URL) is False
    assert "not forgotten" in caplog.text and "<hidden>" in caplog.text
    assert TOKEN not in caplog.text
