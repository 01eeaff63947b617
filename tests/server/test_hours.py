"""Opening hours in the service's own time zone, including windows that run past midnight."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from chathost.protocol.models import OpeningWindow
from chathost.server.hours import is_open

OSLO = ZoneInfo("Europe/Oslo")


def at(year: int, month: int, day: int, hour: int, minute: int = 0) -> float:
    return datetime(year, month, day, hour, minute, tzinfo=OSLO).timestamp()


EVENINGS = [OpeningWindow(days=[0, 1, 2, 3, 4], start="18:00", end="23:00")]
NIGHTS = [OpeningWindow(days=[4], start="22:00", end="02:00")]  # Friday night into Saturday


def test_no_windows_means_always_open():
    assert is_open([], "Europe/Oslo", at(2026, 11, 21, 3))


def test_weekday_evening_window():
    assert is_open(EVENINGS, "Europe/Oslo", at(2026, 11, 23, 18, 0))  # Monday 18:00
    assert is_open(EVENINGS, "Europe/Oslo", at(2026, 11, 23, 22, 59))
    assert not is_open(EVENINGS, "Europe/Oslo", at(2026, 11, 23, 23, 0))
    assert not is_open(EVENINGS, "Europe/Oslo", at(2026, 11, 23, 17, 59))
    assert not is_open(EVENINGS, "Europe/Oslo", at(2026, 11, 21, 19))  # Saturday


def test_window_past_midnight_belongs_to_the_day_it_starts():
    assert is_open(NIGHTS, "Europe/Oslo", at(2026, 11, 20, 23))  # Friday 23:00
    assert is_open(NIGHTS, "Europe/Oslo", at(2026, 11, 21, 1, 59))  # Saturday 01:59
    assert not is_open(NIGHTS, "Europe/Oslo", at(2026, 11, 21, 2, 0))
    assert not is_open(NIGHTS, "Europe/Oslo", at(2026, 11, 21, 23))  # Saturday 23:00
    assert not is_open(NIGHTS, "Europe/Oslo", at(2026, 11, 20, 1))  # Friday 01:00


def test_time_zone_of_the_service_decides():
    helsinki_evening = datetime(2026, 11, 23, 18, 30, tzinfo=ZoneInfo("Europe/Helsinki"))
    assert is_open(EVENINGS, "Europe/Helsinki", helsinki_evening.timestamp())
    assert not is_open(EVENINGS, "Europe/Oslo", helsinki_evening.timestamp())  # 17:30 in Oslo
