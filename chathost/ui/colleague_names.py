"""The display names of the colleagues in one conversation, for its transcript and its bar. A
supervisor's console knows its staff; a host's knows only what the conversation tells (its
supervisors, who raised or answered a call for help, the colleagues of a transfer), and a
name learnt late rewords what the transcript already shows."""

from __future__ import annotations

from collections.abc import Callable

from chathost.core.state import ConsoleState


class ColleagueNames:
    def __init__(
        self, state: ConsoleState, conversation_id: str, names_changed: Callable[[], None]
    ) -> None:
        self.state = state
        self.conversation_id = conversation_id
        # Called when a name the transcript used is now known better: it words its rows again.
        self.names_changed = names_changed
        self._learnt: dict[str, str] = {}
        self._shown: dict[str, str] = {}  # the names the transcript has used so far

    def name_of(self, username: str) -> str:
        """A colleague's display name when this console knows it, else their username."""
        state = self.state
        member = state.staff.get(username)
        if member is not None:
            return member.display_name
        if state.user is not None and state.user.username == username:
            return state.user.display_name
        return self._learnt.get(username, username)

    def for_transcript(self, username: str) -> str:
        """`name_of`, remembered: a better name learnt later rewords the transcript."""
        name = self.name_of(username)
        self._shown[username] = name
        return name

    def learn(self) -> None:
        """Display names this conversation tells: its supervisors, who answered or raised a
        call for help, the colleagues of a transfer. Notices arrive before the conversation
        that names their supervisor, so a name learnt later rewords them."""
        known = self.state
        conversation = known.conversations.get(self.conversation_id)
        if conversation is None:
            return
        found = {s.username: s.display_name for s in conversation.info.supervisors}
        for escalation in known.escalations_of(self.conversation_id):
            found[escalation.raised_by] = escalation.raised_by_name
            if escalation.acknowledged_by and escalation.acknowledged_by_name:
                found[escalation.acknowledged_by] = escalation.acknowledged_by_name
        transfers = [known.open_transfer(self.conversation_id)]
        transfers.append(known.transfer_outcomes.get(self.conversation_id))
        for transfer in transfers:
            if transfer is not None:
                found[transfer.from_user] = transfer.from_name
                found[transfer.to_user] = transfer.to_name
        if any(self._learnt.get(user) != name for user, name in found.items()):
            self._learnt.update(found)
            self.rename_if_needed()

    def rename_if_needed(self) -> None:
        """After the staff or the learnt names changed: reword the transcript if a name it
        shows is now different."""
        if any(self.name_of(user) != name for user, name in self._shown.items()):
            self._shown.clear()
            self.names_changed()
