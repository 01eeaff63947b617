"""Who is calling: bearer tokens for staff, login with rate limits, role checks."""

from __future__ import annotations

from aiohttp import web

from chathost.protocol import models
from chathost.server import views
from chathost.server.api import Auth, RateLimited
from chathost.server.context import CONTEXT, ServerContext
from chathost.server.errors import OpError, forbidden
from chathost.server.passwords import hash_password_async, needs_rehash, verify_password
from chathost.server.storage import UserRow
from chathost.server.tokens import hash_token, new_token


def _unauthorized(message: str = "Log in first.") -> OpError:
    return OpError("unauthorized", message, 401)


async def authenticate(request: web.Request, need: Auth) -> tuple[UserRow, bytes]:
    ctx = request.app[CONTEXT]
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise _unauthorized()
    token_hash = hash_token(token.strip())
    session = await ctx.storage.get_session(token_hash)
    if session is None or session.revoked or session.expires_at <= ctx.config.clock():
        raise _unauthorized("Your session has ended. Log in again.")
    if session.user.disabled:
        raise _unauthorized("This account is disabled.")
    if need == "admin" and session.user.role != "admin":
        raise forbidden("Only administrators may do that.")
    ctx.floor.directory.put_user(session.user)
    return session.user, token_hash


async def login(ctx: ServerContext, body: models.LoginRequest, remote: str) -> models.LoginResponse:
    """Failed attempts are limited per username and per client address (held in memory only)."""
    user_key, address_key = f"user:{body.username.lower()}", f"addr:{remote}"
    wait = max(
        ctx.login_limiter.retry_after(user_key), ctx.address_login_limiter.retry_after(address_key)
    )
    if wait > 0:
        raise RateLimited("Too many login attempts. Wait a moment and try again.", wait)
    # Counted before the slow hash, so that attempts sent all at once meet the limit too;
    # a success takes its count back.
    ctx.login_limiter.hit(user_key)
    ctx.address_login_limiter.hit(address_key)
    user = await ctx.storage.get_user(body.username)
    ok = await verify_password(user.password_hash if user else None, body.password)
    if not ok or user is None:
        raise _unauthorized("Wrong username or password.")
    ctx.login_limiter.unhit(user_key)
    ctx.address_login_limiter.unhit(address_key)
    if user.disabled:
        raise forbidden("This account is disabled. Ask your centre's administrator.")
    if needs_rehash(user.password_hash):
        await ctx.storage.set_password_hash(user.id, await hash_password_async(body.password))
    token = new_token("chs_")
    now = ctx.config.clock()
    expires = now + ctx.config.token_lifetime
    await ctx.storage.add_session(hash_token(token), user.id, now, expires)
    await ctx.storage.audit(now, user.id, "login", None, "")
    return models.LoginResponse(token=token, expires_at=expires, user=views.user(user))


async def verify(ctx: ServerContext, user: UserRow, body: models.VerifyRequest) -> None:
    """The caller's password again (a locked workstation). Limited like logging in, so a
    locked console cannot be used to guess the password; the session is not touched."""
    key = f"user:{user.username.lower()}"
    wait = ctx.login_limiter.retry_after(key)
    if wait > 0:
        raise RateLimited("Too many attempts. Wait a moment and try again.", wait)
    ctx.login_limiter.hit(key)
    if not await verify_password(user.password_hash, body.password):
        await ctx.storage.audit(ctx.config.clock(), user.id, "unlock_failed", None, "")
        raise OpError("wrong_password", "Wrong password.", 401)
    ctx.login_limiter.unhit(key)
