"""One rule for shown days: Finnish short dates, English with the month spelled, never 03/12/2026."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDateEdit

from tyokirja.ui.dates import format_day, format_day_time
from tyokirja.ui.widgets.date_inputs import DateField, DateTimeField


def test_days_and_times_in_both_languages(qapp):
    fi, en = QLocale("fi_FI"), QLocale("en_GB")
    moment = datetime(2026, 12, 3, 14, 5, tzinfo=timezone(timedelta(hours=2)))

    assert format_day(date(2026, 12, 3), fi) == "3.12.2026"
    assert format_day(date(2026, 12, 3), en) == "3 Dec 2026"
    assert format_day(moment, en) == "3 Dec 2026"  # its own wall clock's day
    assert format_day(None, en) == ""
    assert format_day_time(moment, fi) == "3.12.2026 14.05"
    assert format_day_time(moment, en) == "3 Dec 2026 14:05"


def test_date_inputs_write_days_the_same_way(qapp, restore_app_state):
    QLocale.setDefault(QLocale("en_GB"))
    field = DateField()
    field.set_value(date(2026, 3, 8))
    when = DateTimeField()
    when.set_value(datetime(2026, 3, 8, 9, 30, tzinfo=timezone(timedelta(hours=2))))
    assert isinstance(field, QDateEdit) and field.text() == "8 Mar 2026"
    assert when.text().startswith("8 Mar 2026 09:30")
