"""A calendar day as lists show it: the locale's short date (8.3.2026 in Finnish)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale


def format_day(day: date | datetime | None) -> str:
    """The day in the locale's short format; "" when there is none. A time counts by its own wall clock."""
    if day is None:
        return ""
    if isinstance(day, datetime):
        day = day.date()
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)
