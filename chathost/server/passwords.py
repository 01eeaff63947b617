"""argon2id password hashes, computed off the event loop (a hash takes tens of milliseconds)."""

from __future__ import annotations

import asyncio
import functools

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

# argon2id with the library's recommended (RFC 9106 low-memory) parameters. The test suite
# swaps in a cheap hasher through use_hasher(): hundreds of test servers each hashing and
# verifying the demo passwords would otherwise spend most of the suite's time in argon2.
_hasher = PasswordHasher()


def use_hasher(hasher: PasswordHasher) -> None:
    """Hashes made before still verify (their parameters are in the hash); logins rehash them
    to the new parameters."""
    global _hasher
    _hasher = hasher
    _dummy_hash.cache_clear()


@functools.cache
def _dummy_hash() -> str:
    """Verified against when the username is unknown, so that timing does not reveal which
    names exist. Made on first use, not at import (it costs ~150 ms and 64 MiB)."""
    return _hasher.hash("not-a-real-password-0000")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def _verify(password_hash: str | None, password: str) -> bool:
    try:
        checked = _hasher.verify(password_hash or _dummy_hash(), password)
        return checked and password_hash is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    return _hasher.check_needs_rehash(password_hash)


async def verify_password(password_hash: str | None, password: str) -> bool:
    return await asyncio.get_running_loop().run_in_executor(None, _verify, password_hash, password)


async def hash_password_async(password: str) -> str:
    return await asyncio.get_running_loop().run_in_executor(None, hash_password, password)
