"""Blocking an abusive visitor: the conversation ends, and the visitor page's anonymous session
id cannot open a new chat for `block_hours`. Only sha256 of that id is stored, with a reason
code; nothing about the person."""

from __future__ import annotations

import hashlib

from chathost.protocol import models
from chathost.server.errors import OpError, forbidden, storage_failed
from chathost.server.floor import Floor, Live
from chathost.server.storage import StorageError, UserRow


def session_hash(session: str) -> bytes:
    return hashlib.sha256(session.encode("utf-8")).digest()


async def check_open(floor: Floor, session: str | None) -> bytes | None:
    """The hash to keep with a new conversation; refused while the session is blocked."""
    if session is None:
        return None
    digest = session_hash(session)
    try:
        blocked = await floor.storage.is_blocked(digest, floor.now())
    except StorageError as exc:
        raise storage_failed() from exc
    if blocked:
        raise OpError("blocked", "You cannot start a new chat right now.", 403)
    return digest


async def block(
    floor: Floor, user: UserRow, conversation_id: str, reason: str
) -> models.Conversation:
    live = floor.held(user, conversation_id)
    digest = live.row.visitor_session_hash
    now = floor.now()
    if digest is not None:  # stored before the end, so no new chat slips in between
        try:
            await floor.storage.add_block(
                digest, reason, user.id, now, now + floor.config.block_hours * 3600.0
            )
        except StorageError as exc:
            raise storage_failed() from exc

    def still_mine(lv: Live) -> bool:
        return lv.row.status == "active" and lv.row.host_id == user.id

    ended = await floor.end(live, "blocked", user.id, still=still_mine)
    if not ended and not (live.row.status == "ended" and live.row.host_id == user.id):
        raise forbidden("You are no longer the host of that conversation.")
    await floor.audit(user.id, f"block:{reason}", conversation_id)
    return floor.conversation_view(live)
