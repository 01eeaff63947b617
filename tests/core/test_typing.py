"""The typing notice: once every few seconds while keys are pressed, "stopped" after a pause."""

from __future__ import annotations

from chathost.core.typing import IDLE_AFTER, REPEAT_AFTER, TypingThrottle


def test_typing_notices_are_throttled_and_stop_after_a_pause():
    now = [0.0]
    sent: list[bool] = []
    throttle = TypingThrottle(sent.append, lambda: now[0])
    for _ in range(10):
        throttle.keystroke()
        now[0] += 0.2
    assert sent == [True]
    now[0] = REPEAT_AFTER + 0.1
    throttle.keystroke()
    assert sent == [True, True]
    now[0] += IDLE_AFTER - 0.5
    throttle.idle_check()
    assert sent == [True, True]
    now[0] += 1
    throttle.idle_check()
    assert sent == [True, True, False]
    throttle.stopped()
    assert sent == [True, True, False]  # said once
