"""Typing notices, both ways. The visitor's go to the conversation's watchers. The staff's go to
the visitor, who has one "someone is typing" line: it shows while anyone who may write to them
(the host, a supervisor who joined openly) is typing, so one of them stopping does not hide
another who goes on. The staff's also go, by name, to the other watchers: a host and a joined
supervisor see each other start an answer, so they do not both answer at once. Transient:
nothing is stored or replayed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chathost.protocol import frames
from chathost.server.live import Live
from chathost.server.storage import UserRow

if TYPE_CHECKING:
    from chathost.server.floor import Floor

# A console repeats `typing: true` every few seconds while keys are pressed; a colleague who has
# not said so for this long no longer keeps the visitor's line on for the others.
STILL_TYPING = 10.0


class TypingRelay:
    def __init__(self, floor: Floor) -> None:
        self.floor = floor

    def from_visitor(self, live: Live, typing: bool) -> None:
        if live.row.status == "active":
            self.floor.hub.send_transient(
                self.floor.staff_audience(live.row),
                frames.StaffTyping(conversation=live.row.id, typing=typing),
            )

    def from_staff(self, user: UserRow, conversation_id: str, typing: bool) -> None:
        """From the host or a supervisor who joined openly; anyone else (reading along, a host
        kept to learn) is refused like any non-host. "Typing" always reaches the visitor (a
        repeat keeps their line fresh); "stopped" only once nobody else is typing."""
        live = self.floor.live.get(conversation_id)
        if live is None or not live.has_joined(user.id):
            live = self.floor.held(user, conversation_id)
        if typing:
            started = user.id not in live.typists
            live.typists[user.id] = self.floor.now()
            self._tell(live, True)
            if started:
                self._tell_colleagues(live, user.id, True)
        else:
            self._forget(live, [user.id])

    def settle(self, live: Live) -> None:
        """After a change of who is in the conversation: someone who may no longer write to the
        visitor stops being shown as typing."""
        gone = [uid for uid in live.typists if not live.may_reply(uid)]
        if gone:
            self._forget(live, gone)

    def staff_gone(self, user_id: int) -> None:
        """The colleague's last console connection closed: it will send no "stopped"."""
        for live in list(self.floor.live.values()):
            if user_id in live.typists:
                self._forget(live, [user_id])

    def _forget(self, live: Live, user_ids: list[int]) -> None:
        for uid in user_ids:
            if live.typists.pop(uid, None) is not None:
                self._tell_colleagues(live, uid, False)
        if not self._anyone_typing(live):
            self._tell(live, False)

    def _anyone_typing(self, live: Live) -> bool:
        since = self.floor.now() - STILL_TYPING
        return any(at > since for at in live.typists.values())

    def _tell(self, live: Live, typing: bool) -> None:
        if live.visitor is not None:
            live.visitor.send(frames.VisitorTypingOut(typing=typing))

    def _tell_colleagues(self, live: Live, typist: int, typing: bool) -> None:
        user = self.floor.directory.users.get(typist)
        if user is None or live.row.status != "active":
            return
        self.floor.hub.send_transient(
            self.floor.staff_audience(live.row) - {typist},
            frames.StaffTyping(conversation=live.row.id, typing=typing, by=user.username),
        )
