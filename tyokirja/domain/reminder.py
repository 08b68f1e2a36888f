"""The optional writing reminder: when it is due, and when to ask about it. No clock of its own, no Qt.

Off by default. Offered once, after the first week of use. When on, it is due at the chosen time on the
chosen weekdays, once a day at most, never on a day the user has already written or practised, and not
while snoozed. No streaks and no counts: the reminder only says that there is a moment for it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

WEEKDAYS = (0, 1, 2, 3, 4)  # Monday–Friday: the working week the app is about
FIRST_WEEK = timedelta(days=7)
SNOOZE = timedelta(minutes=30)


@dataclass(frozen=True)
class ReminderPlan:
    enabled: bool = False
    at: time = time(16, 0)
    days: frozenset[int] = field(default_factory=lambda: frozenset(WEEKDAYS))  # 0 = Monday

    def due(self, now: datetime, *, wrote_today: bool, last_shown: date | None,
            snoozed_until: datetime | None = None) -> bool:
        """Is a reminder to be shown at `now` (local wall clock)?"""
        if not self.enabled or now.weekday() not in self.days or wrote_today:
            return False
        if snoozed_until is not None:
            return now >= snoozed_until  # a snooze ends in a reminder even after today's one was shown
        return now.time() >= self.at and last_shown != now.date()


def ask_about_reminder(first_used: date | None, today: date, asked: bool) -> bool:
    """Offer the reminder once, when the app has been in use for a week."""
    return not asked and first_used is not None and today - first_used >= FIRST_WEEK
