"""Days and times as the app shows them: one rule for every list, card, chart and dialog.

Finnish uses the locale's short date (3.12.2026, with the time 3.12.2026 14.05); English spells the
month ("3 Dec 2026", "3 Dec 2026 14:05"), never the ambiguous 03/12/2026.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, QTime

ENGLISH_DAY = "d MMM yyyy"


def day_format(locale: QLocale | None = None) -> str:
    """The Qt date pattern for a shown day in `locale` (default: the app's)."""
    locale = locale or QLocale()
    if locale.language() == QLocale.Language.English:
        return ENGLISH_DAY
    return locale.dateFormat(QLocale.FormatType.ShortFormat)


def format_day(day: date | datetime | QDate | None, locale: QLocale | None = None) -> str:
    """The day; "" when there is none. A time counts by its own wall clock."""
    if day is None:
        return ""
    if isinstance(day, datetime):
        day = day.date()
    locale = locale or QLocale()
    qday = day if isinstance(day, QDate) else QDate(day.year, day.month, day.day)
    return locale.toString(qday, day_format(locale))


def format_day_time(moment: datetime, locale: QLocale | None = None) -> str:
    """Day and wall-clock time, as `moment` itself reads (no conversion)."""
    locale = locale or QLocale()
    clock = locale.toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)
    return f"{format_day(moment, locale)} {clock}"
