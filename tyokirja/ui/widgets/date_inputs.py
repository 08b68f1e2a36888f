"""Date and date-time inputs that speak Python dates, use the locale's format and ignore stray wheels."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QWidget


class DateTimeField(QDateTimeEdit):
    """Local wall-clock time to the minute, shown as the locale writes it (Finnish: 13.5.2025 9.05).

    value() is an aware datetime in the machine's local zone. A value set from a record and not
    touched comes back exactly as it was set (seconds and the recorded offset included).
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(QLocale().dateTimeFormat(QLocale.FormatType.ShortFormat))
        self._original: datetime | None = None

    def set_value(self, moment: datetime) -> None:
        self._original = moment
        local = moment.astimezone()
        self.setDateTime(QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute)))

    def value(self) -> datetime:
        qdate, qtime = self.date(), self.time()
        naive = datetime(qdate.year(), qdate.month(), qdate.day(), qtime.hour(), qtime.minute())
        if self._original is not None:
            shown = self._original.astimezone().replace(second=0, microsecond=0, tzinfo=None)
            if shown == naive:
                return self._original
        return naive.astimezone()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


class DateField(QDateEdit):
    """A calendar day in the locale's short date format."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))

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
