"""The break reminder: after 90 minutes of conversations without a real pause, a gentle nudge
that can be put off for half an hour. Time is a hand-moved clock, never a sleep."""

from __future__ import annotations

from chathost.core.break_reminder import BreakReminder
from chathost.core.state import ConsoleState
from chathost.protocol import frames, models
from tests.helpers import sample_conversation

MINUTE = 60.0


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, minutes: float) -> None:
        self.now += minutes * MINUTE


def setup() -> tuple[ConsoleState, Clock, BreakReminder, list[bool]]:
    state = ConsoleState(user=models.User("host1", "Kari", "host", ["ung"]))
    clock = Clock()
    reminder = BreakReminder(state, clock=clock)
    told: list[bool] = []
    reminder.due_changed.connect(told.append)
    return state, clock, reminder, told


def take(state: ConsoleState, conversation: str) -> None:
    state.apply(
        frames.ConversationEvent(seq=0, conversation=sample_conversation(id=conversation))
    )


def end(state: ConsoleState, conversation: str) -> None:
    ended = sample_conversation(id=conversation, status="ended", ended_at=5.0, ended_by="host")
    state.apply(frames.ConversationEvent(seq=0, conversation=ended))


def test_a_break_is_due_after_90_minutes_of_continuous_conversations():
    state, clock, reminder, told = setup()
    clock.advance(30)  # logged in, nothing held yet: does not count
    reminder.tick()
    take(state, "c1")
    clock.advance(89)
    reminder.tick()
    assert not reminder.due() and told == []
    clock.advance(1)
    reminder.tick()
    assert reminder.due() and told == [True]


def test_short_pauses_between_conversations_do_not_reset_it():
    state, clock, reminder, told = setup()
    for n in range(3):
        take(state, f"c{n}")
        clock.advance(25)
        end(state, f"c{n}")
        clock.advance(9)  # the next visitor within ten minutes
        reminder.tick()
    assert clock.now - 1000.0 == 102 * MINUTE
    assert reminder.due() and told == [True]
    assert not state.held()  # shown between conversations: the best moment to stop


def test_a_ten_minute_gap_with_nothing_held_resets_it():
    state, clock, reminder, told = setup()
    take(state, "c1")
    clock.advance(80)
    end(state, "c1")
    clock.advance(10)
    reminder.tick()
    take(state, "c2")
    clock.advance(80)
    reminder.tick()
    assert not reminder.due() and told == []
    clock.advance(10)
    assert reminder.due()


def test_a_gap_noticed_only_when_the_next_conversation_comes_still_counts():
    state, clock, reminder, _told = setup()
    take(state, "c1")
    clock.advance(85)
    end(state, "c1")
    clock.advance(15)  # no tick in between (the window was minimised)
    take(state, "c2")
    assert not reminder.due()
    assert reminder.stretch_since == clock.now


def test_snooze_hides_it_for_30_minutes():
    state, clock, reminder, told = setup()
    take(state, "c1")
    clock.advance(90)
    reminder.tick()
    assert told == [True]
    reminder.snooze()
    assert told == [True, False] and not reminder.due()
    clock.advance(29)
    reminder.tick()
    assert not reminder.due()
    clock.advance(1)
    reminder.tick()
    assert reminder.due() and told == [True, False, True]


def test_a_real_break_ends_the_reminder_and_its_snooze():
    state, clock, reminder, told = setup()
    take(state, "c1")
    clock.advance(95)
    reminder.tick()
    reminder.snooze()
    end(state, "c1")
    clock.advance(10)
    reminder.tick()
    assert reminder.stretch_since is None and not reminder.due()
    take(state, "c2")
    clock.advance(90)
    reminder.tick()
    assert reminder.due() and told == [True, False, True]


def test_the_length_is_the_centres_choice():
    state = ConsoleState(user=models.User("host1", "Kari", "host", ["ung"]))
    clock = Clock()
    reminder = BreakReminder(state, after_seconds=45 * MINUTE, clock=clock)
    take(state, "c1")
    clock.advance(45)
    assert reminder.due(clock.now)


def test_a_supervisor_reading_along_is_not_holding_a_conversation():
    state = ConsoleState(user=models.User("super1", "Sigrid", "supervisor", ["ung"]))
    clock = Clock()
    reminder = BreakReminder(state, clock=clock)
    reading = models.Supervisor("super1", "Sigrid", "reading", 1.0)
    state.apply(
        frames.ConversationEvent(
            seq=0, conversation=sample_conversation(host="host2", supervisors=[reading])
        )
    )
    clock.advance(120)
    assert not reminder.due()
