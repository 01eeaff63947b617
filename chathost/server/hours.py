"""Opening hours: weekly windows in the service's own time zone."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from chathost.protocol.models import OpeningWindow


def valid_timezone(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def _minutes(hhmm: str) -> int:
    hours, minutes = hhmm.split(":")
    return int(hours) * 60 + int(minutes)


def is_open(windows: list[OpeningWindow], timezone: str, now: float) -> bool:
    """A window whose end is not after its start runs past midnight into the next day."""
    if not windows:
        return True
    local = datetime.fromtimestamp(now, ZoneInfo(timezone))
    minute = local.hour * 60 + local.minute
    today = local.weekday()
    yesterday = (local - timedelta(days=1)).weekday()
    for window in windows:
        start, end = _minutes(window.start), _minutes(window.end)
        if end > start:
            if today in window.days and start <= minute < end:
                return True
        else:
            if today in window.days and minute >= start:
                return True
            if yesterday in window.days and minute < end:
                return True
    return False
