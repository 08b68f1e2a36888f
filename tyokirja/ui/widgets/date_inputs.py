"""Date and date-time inputs that speak Python dates, use the locale's format and ignore stray wheels."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime, QTimeZone
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QWidget

from tyokirja.domain.timeutil import MAX_YEAR, MIN_YEAR, edited_time, shown_time
from tyokirja.ui.dates import day_format


class DateTimeField(QDateTimeEdit):
    """A record's wall-clock time to the minute, shown as the locale writes it (Finnish: 13.5.2025 9.05).

    It shows and edits the record's own local time, with its offset added when that is not the
    computer's (the rule of timeutil.shown_time: "8.3.2026 8.21 (UTC+03:00)"). value() is aware:
    a value set from a record and not touched comes back exactly as it was set (seconds and the
    recorded offset included); an edited one keeps the record's offset (timeutil.edited_time).
    The edit holds plain wall-clock values (Qt zone UTC), so a time that does not exist in the
    computer's zone (a daylight-saving gap there) is still shown as it was written.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setTimeZone(QTimeZone.utc())
        self.setDateRange(QDate(MIN_YEAR, 1, 1), QDate(MAX_YEAR, 12, 31))
        self._format = f"{day_format()} {QLocale().timeFormat(QLocale.FormatType.ShortFormat)}"
        self.setDisplayFormat(self._format)
        self._original: datetime | None = None

    def set_value(self, moment: datetime) -> None:
        self._original = moment
        shown = shown_time(moment)
        self.setDisplayFormat(self._format + (f" '(UTC{shown.offset})'" if shown.show_offset else ""))
        local = shown.local  # built in UTC directly: a local QDateTime would skip a gap's hour
        wall = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute), QTimeZone.utc())
        super().setDateTime(wall)

    def setDateTime(self, moment: QDateTime) -> None:  # noqa: N802 (Qt API)
        """Show `moment`'s wall clock as it reads, whatever its zone: the field edits wall-clock time."""
        super().setDateTime(QDateTime(moment.date(), moment.time(), QTimeZone.utc()))

    def value(self) -> datetime:
        qdate, qtime = self.date(), self.time()
        naive = datetime(qdate.year(), qdate.month(), qdate.day(), qtime.hour(), qtime.minute())
        if self._original is not None:
            shown = shown_time(self._original).local.replace(second=0, microsecond=0, tzinfo=None)
            if shown == naive:
                return self._original
        return edited_time(naive, self._original)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


class DateField(QDateEdit):
    """A calendar day, written as the app shows days (ui.dates)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDateRange(QDate(MIN_YEAR, 1, 1), QDate(MAX_YEAR, 12, 31))
        self.setDisplayFormat(day_format())

    def set_value(self, day: date) -> None:
        self.setDate(QDate(day.year, day.month, day.day))

    def value(self) -> date:
        qdate = self.date()
        return date(qdate.year(), qdate.month(), qdate.day())

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()
