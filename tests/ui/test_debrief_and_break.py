"""Care for the person at the console, against the real server: the debrief offered when the
shift ends (and available any time), and the gentle break reminder after a long stretch of
conversations (driven by an injected clock, never by waiting)."""

from __future__ import annotations

import time

from chathost.protocol import frames
from tests.ui.console_fixtures import log_in, one_conversation, wait_for


async def test_ending_the_shift_offers_a_debrief_and_a_supervisor_sees_the_request(
    console, clients, qtbot
):
    await log_in(console)
    window, session = console.window, console.session
    bar = window.shift_bar
    prompt = bar.debrief
    supervisor = await clients.staff("super1")
    await session.start_shift()
    assert not prompt.isVisible()

    # Any time, from the shift bar; "Not now" just closes the question.
    assert bar.debrief_button.text() == "Ask for a debrief…"
    bar.debrief_button.click()
    assert prompt.isVisible() and prompt.label.text().startswith(
        "Would you like a debrief talk with a supervisor?"
    )
    prompt.not_now_button.click()
    assert not prompt.isVisible()

    bar.end_button.click()
    await wait_for(lambda: prompt.isVisible(), console, extra=(prompt.changed,))
    assert session.state.shift.status == "off"
    assert prompt.label.text() == (
        "Your shift has ended. Thank you for today. Would you like a debrief talk with a "
        "supervisor?"
    )
    assert prompt.ask_button.text() == "Ask for a debrief"
    assert prompt.not_now_button.isVisible()
    prompt.ask_button.click()

    event = await supervisor.wait_for(
        frames.StaffMemberEvent,
        lambda f: f.member.username == "host1" and f.member.debrief == "requested",
    )
    assert event.member.debrief_requested_at is not None
    await wait_for(lambda: prompt.ok_button.isVisible(), console, extra=(prompt.changed,))
    assert prompt.label.text() == "A supervisor has been asked. They will contact you."
    assert not prompt.ask_button.isVisible()

    # The supervisor takes it; the host's own entry comes with their next snapshot.
    await supervisor.acknowledge_debrief("host1")
    session.state.apply_snapshot(await session.api.snapshot())
    assert prompt.isVisible()
    assert prompt.label.text() == "Sigrid (supervisor) will take your debrief."
    prompt.ok_button.click()
    assert not prompt.isVisible()


async def test_the_break_reminder_shows_after_a_long_stretch_and_can_be_put_off(
    console, clients, qtbot
):
    visitor, tab = await one_conversation(console, clients)
    window, session = console.window, console.session
    reminder, banner = window.break_reminder, window.break_banner
    assert reminder.after_seconds == console.centre.break_after_seconds == 90 * 60
    offset = 0.0
    reminder.clock = lambda: time.monotonic() + offset
    tick = window.bridge.tick.emit  # what the one-second timer does

    offset += 89 * 60
    tick()
    assert not banner.isVisible()
    offset += 61
    tick()
    assert banner.isVisible()
    assert banner.label.text().startswith(
        "You have been in conversations for 1 h 30 min without a break. Consider a short pause"
    )
    assert banner.later_button.text() == "Remind me later"
    # Never in the way: the conversation goes on as before.
    assert tab.is_open() and tab.composer.isEnabled()

    banner.later_button.click()
    assert not banner.isVisible()
    offset += 29 * 60
    tick()
    assert not banner.isVisible()
    offset += 61
    tick()
    assert banner.isVisible()

    # A real break (nothing held for ten minutes) ends the stretch and the reminder.
    await session.end(visitor.conversation)
    await wait_for(lambda: not session.state.holds_any(), console)
    tick()
    assert banner.isVisible()  # between two conversations is a good moment: still shown
    offset += 10 * 60
    tick()
    assert not banner.isVisible()
