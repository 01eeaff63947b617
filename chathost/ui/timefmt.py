"""Short, translated durations for timers and waiting times ("4 min", "1 h 05 min")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale


def duration(seconds: float) -> str:
    minutes = max(0, int(seconds // 60))
    if minutes < 1:
        return QCoreApplication.translate("Duration", "under 1 min")
    if minutes < 60:
        return QCoreApplication.translate("Duration", "{0} min").format(minutes)
    return QCoreApplication.translate("Duration", "{0} h {1:02d} min").format(
        minutes // 60, minutes % 60
    )


def clock(seconds: float) -> str:
    """A running timer: 0:04:31."""
    total = max(0, int(seconds))
    return f"{total // 3600}:{total % 3600 // 60:02d}:{total % 60:02d}"


def clock_time(timestamp: float) -> str:
    """The local time of day of a Unix timestamp, in the user's locale (21:04)."""
    moment = QDateTime.fromSecsSinceEpoch(int(timestamp))
    return QLocale().toString(moment.time(), QLocale.FormatType.ShortFormat)
