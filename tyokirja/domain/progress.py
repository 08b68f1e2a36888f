"""Progress statistics: pure functions (standard library only), tested against hand-computed examples.

Conventions
- Level 0 means "no evidence yet": it is left out of series and averages, and shown as missing.
- An average over no values is None, never 0.
- Weeks are ISO weeks (Monday start) computed on LOCAL calendar dates, so a daylight-saving change
  never shifts a boundary: an event's day is its date in zone `tz` (or, with tz=None, in the offset
  it was recorded in), and weeks advance by calendar days, not by 7 * 24 hours.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo
from typing import Protocol

from .rating import RatingSession, months_before

PRACTICE_KINDS = ("entries", "reflections", "exercises", "feedback_requests")
ELEMENT_VALUES = ("yes", "partly", "no")
LISTENING_LEVELS = (1, 2, 3, 4)
FUNNEL_STAGES = ("asked", "received", "processed", "closed")
FEEDBACK_ORDER = ("planned", "asked", "received", "processed", "closed")
SERIES_KINDS = ("monthly", "weekly_focus")  # what the per-skill line chart plots
RATING_INTERVAL_DAYS = 30


def week_start(day: date) -> date:
    """The Monday of `day`'s ISO week."""
    return day - timedelta(days=day.weekday())


def local_date(moment: datetime | date, tz: tzinfo | None = None) -> date:
    """The calendar day of `moment` in zone `tz` (tz=None: in its own recorded offset). Dates pass through."""
    if isinstance(moment, datetime):
        return moment.astimezone(tz).date() if tz is not None else moment.date()
    return moment


def mean(levels: Iterable[int]) -> float | None:
    """The average of the levels 1–5, zeros (no evidence) left out; None when nothing is left."""
    values = [v for v in levels if v]
    return sum(values) / len(values) if values else None


# -- rating series -----------------------------------------------------------------------------


@dataclass(frozen=True)
class SeriesPoint:
    day: date
    level: int
    session_id: str


def skill_series(
    sessions: Iterable[RatingSession], item_id: str, kinds: tuple[str, ...] = SERIES_KINDS
) -> list[SeriesPoint]:
    """One point per session of `kinds` that rated `item_id` 1–5, by day (zeros left out).

    A retrospective session (if asked for in `kinds`) is placed on its `refers_to_date`.
    """
    points = []
    for s in sessions:
        if s.kind not in kinds:
            continue
        rating = s.rating(item_id)
        if rating is None or not rating.level:
            continue
        day = s.refers_to_date if s.kind == "retrospective" and s.refers_to_date else s.rated_at.date()
        points.append(SeriesPoint(day, rating.level, s.id))
    return sorted(points, key=lambda p: (p.day, p.session_id))


def month_start(day: date) -> date:
    return day.replace(day=1)


def next_month(day: date) -> date:
    return date(day.year + (day.month == 12), day.month % 12 + 1, 1)


@dataclass(frozen=True)
class MonthAverage:
    month: date  # the first day of the month
    average: float | None  # None: no level 1–5 that month
    n: int  # how many levels 1–5 went into it


def monthly_averages(points: Iterable[tuple[date, int]], start: date, end: date) -> list[MonthAverage]:
    """Every calendar month from `start` to `end` (inclusive) with the average of its levels.

    Zeros are left out; a month without values has average None (gaps of months stay gaps).
    """
    by_month: dict[date, list[int]] = {}
    for day, level in points:
        if level:
            by_month.setdefault(month_start(day), []).append(level)
    out = []
    month = month_start(start)
    while month <= end:
        values = by_month.get(month, [])
        out.append(MonthAverage(month, mean(values), len(values)))
        month = next_month(month)
    return out


@dataclass(frozen=True)
class ProfileRow:
    item_id: str
    then: int | None  # None: not rated, or 0 (no evidence yet)
    now: int | None


def profile(
    latest: RatingSession | None, earlier: RatingSession | None, item_ids: Iterable[str]
) -> list[ProfileRow]:
    """Per item (in `item_ids` order): the earlier and the latest session's level, 0/missing = None."""

    def level(session: RatingSession | None, item_id: str) -> int | None:
        if session is None:
            return None
        rating = session.rating(item_id)
        return rating.level if rating is not None and rating.level else None

    return [ProfileRow(i, level(earlier, i), level(latest, i)) for i in item_ids]


# -- practice per week -------------------------------------------------------------------------


@dataclass(frozen=True)
class Week:
    start: date  # Monday
    counts: dict[str, int] = field(default_factory=dict)  # PRACTICE_KINDS -> count

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def active(self) -> bool:
        return self.total > 0

    @property
    def end(self) -> date:
        """The Sunday."""
        return self.start + timedelta(days=6)


def week_starts(start: date, end: date) -> list[date]:
    """The Mondays of every ISO week touching [start, end], by calendar days."""
    out, monday = [], week_start(start)
    while monday <= end:
        out.append(monday)
        monday += timedelta(days=7)
    return out


def practice_per_week(
    events: Iterable[tuple[str, datetime | date]], start: date, end: date, tz: tzinfo | None = None
) -> list[Week]:
    """Counts per kind for every ISO week from `start`'s to `end`'s, zero weeks included.

    `events` are (kind, moment) with kind in PRACTICE_KINDS; events whose local day falls outside
    [start, end] are ignored.
    """
    mondays = week_starts(start, end)
    counts = {m: dict.fromkeys(PRACTICE_KINDS, 0) for m in mondays}
    for kind, moment in events:
        day = local_date(moment, tz)
        if day < start or day > end:
            continue
        bucket = counts[week_start(day)]
        if kind not in bucket:
            raise ValueError(f"unknown practice kind {kind!r}")
        bucket[kind] += 1
    return [Week(m, counts[m]) for m in mondays]


def active_weeks(weeks: Iterable[Week]) -> tuple[int, int]:
    """(n, of): weeks with any practice out of all weeks given. Never a streak."""
    weeks = list(weeks)
    return sum(1 for w in weeks if w.active), len(weeks)


# -- elements, listening, feedback -------------------------------------------------------------


@dataclass(frozen=True)
class ElementCount:
    element_id: str
    yes: int = 0
    partly: int = 0
    no: int = 0
    not_set: int = 0

    @property
    def n(self) -> int:
        return self.yes + self.partly + self.no + self.not_set


def element_frequencies(
    element_maps: Iterable[dict[str, str]], element_ids: Iterable[str]
) -> tuple[list[ElementCount], int]:
    """Per element, how many encounters had it yes / partly / no / not set; and n encounters.

    Each map is an encounter's `elements` (element id -> "no"/"partly"/"yes"); unknown values
    count as not set.
    """
    ids = list(element_ids)
    tallies = {i: dict.fromkeys((*ELEMENT_VALUES, "not_set"), 0) for i in ids}
    n = 0
    for elements in element_maps:
        n += 1
        for i in ids:
            value = elements.get(i) if elements else None
            tallies[i][value if value in ELEMENT_VALUES else "not_set"] += 1
    return [ElementCount(i, **tallies[i]) for i in ids], n


@dataclass(frozen=True)
class LevelDistribution:
    counts: dict[int, int]  # level 1–4 -> count
    n: int


def listening_level_distribution(values: Iterable[int | None]) -> LevelDistribution:
    """How often each listening level 1–4 was chosen; anything else (None, 0, 5) is not counted."""
    counts = dict.fromkeys(LISTENING_LEVELS, 0)
    for v in values:
        if v in counts:
            counts[v] += 1
    return LevelDistribution(counts, sum(counts.values()))


class _HasStatus(Protocol):
    @property
    def status(self) -> str: ...


@dataclass(frozen=True)
class Funnel:
    n: int  # every request, planned ones included
    asked: int
    received: int
    processed: int
    closed: int

    def stage(self, name: str) -> int:
        count: int = getattr(self, name)
        return count


def feedback_funnel(requests: Iterable[str | _HasStatus]) -> Funnel:
    """How many requests reached each stage: asked ≥ received ≥ processed ≥ closed.

    `requests` are status strings or objects with a `status`; the life cycle is linear, so a
    request that is "processed" has also been asked and received.
    """
    reached = dict.fromkeys(FUNNEL_STAGES, 0)
    n = 0
    for r in requests:
        status = r if isinstance(r, str) else r.status
        n += 1
        rank = FEEDBACK_ORDER.index(status) if status in FEEDBACK_ORDER else 0
        for stage in FUNNEL_STAGES:
            if rank >= FEEDBACK_ORDER.index(stage):
                reached[stage] += 1
    return Funnel(n, **reached)


# -- reminder and periods ----------------------------------------------------------------------


def rating_due(last_monthly: date | datetime | None, today: date, snoozed_until: date | None = None,
               interval_days: int = RATING_INTERVAL_DAYS) -> bool:
    """Due when there is no monthly session yet or the last was `interval_days`+ days ago, unless snoozed.

    A snooze holds while today < snoozed_until; `last_monthly` as a datetime counts by its own local day.
    """
    if snoozed_until is not None and today < snoozed_until:
        return False
    if last_monthly is None:
        return True
    last = local_date(last_monthly)
    return (today - last).days >= interval_days


PERIODS = ("3m", "12m", "all")


def period_start(period: str, today: date, earliest: date | None = None) -> date:
    """The first day of `period` ending today: 3 or 12 calendar months back, or the earliest data day."""
    if period == "all":
        return min(earliest, today) if earliest is not None else today
    months = {"3m": 3, "12m": 12}[period]
    return months_before(today, months) + timedelta(days=1)
