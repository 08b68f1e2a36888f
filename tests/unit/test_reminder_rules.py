"""When the optional reminder is due: never when off, written, already shown today, or snoozed."""

from __future__ import annotations

from datetime import date, datetime, time

from tyokirja.domain.reminder import ReminderPlan, ask_about_reminder

TUESDAY = datetime(2026, 12, 1, 16, 30)  # a Tuesday, after 16.00


def test_off_by_default_and_never_due_then():
    assert ReminderPlan().enabled is False
    assert not ReminderPlan().due(TUESDAY, wrote_today=False, last_shown=None)


def test_due_after_the_time_on_a_chosen_day_once():
    plan = ReminderPlan(enabled=True, at=time(16, 0))
    assert plan.due(TUESDAY, wrote_today=False, last_shown=None)
    assert not plan.due(TUESDAY.replace(hour=15, minute=59), wrote_today=False, last_shown=None)
    assert not plan.due(TUESDAY, wrote_today=False, last_shown=TUESDAY.date())  # once a day
    assert plan.due(TUESDAY, wrote_today=False, last_shown=date(2026, 11, 30))


def test_never_on_a_day_already_written_or_not_chosen():
    plan = ReminderPlan(enabled=True, at=time(9, 0), days=frozenset({0, 2}))
    assert not plan.due(TUESDAY, wrote_today=False, last_shown=None)  # Tuesday not chosen
    wednesday = datetime(2026, 12, 2, 10, 0)
    assert plan.due(wednesday, wrote_today=False, last_shown=None)
    assert not plan.due(wednesday, wrote_today=True, last_shown=None)


def test_a_snooze_holds_it_back_and_then_brings_it_once_more():
    plan = ReminderPlan(enabled=True, at=time(16, 0))
    until = datetime(2026, 12, 1, 17, 0)
    assert not plan.due(TUESDAY, wrote_today=False, last_shown=TUESDAY.date(), snoozed_until=until)
    assert plan.due(until, wrote_today=False, last_shown=TUESDAY.date(), snoozed_until=until)
    assert not plan.due(until, wrote_today=True, last_shown=TUESDAY.date(), snoozed_until=until)


def test_asked_once_after_the_first_week():
    first = date(2026, 11, 24)
    assert not ask_about_reminder(first, date(2026, 11, 30), asked=False)
    assert ask_about_reminder(first, date(2026, 12, 1), asked=False)
    assert not ask_about_reminder(first, date(2026, 12, 1), asked=True)
    assert not ask_about_reminder(None, date(2026, 12, 1), asked=False)
