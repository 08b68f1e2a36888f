"""Skill self-ratings and the progress page: use cases over RatingRepository and ProgressQueries.

Public API (the UI calls only these):

    service = ProgressService.open(db, catalogue, instrument=None, clock=now_local, tz=None)
    ProgressService(ratings, queries, settings, instrument, catalogue, clock=now_local, tz=None)
        tz: a tzinfo for week/day boundaries; None = each moment's recorded offset (bounds in the
        machine's zone)

  Instrument (tyokirja/domain/rating.py): service.instrument -> Instrument
    .items (Item: id, name(lang), question(lang), anchor(level).text(lang)), .ids(),
    .text(key, lang) for "window", "not_appraisal", "zero", "evidence_prompt",
    "retrospective_prompt", "response_shift_note"; .level_text(item_id, level, lang)

  Rating sessions (RatingSession / SkillRating in tyokirja/domain/rating.py)
    new_session(kind, item_id=None) -> RatingSession   NOT stored; kind "monthly" | "retrospective"
        (every item at level 0, instrument order) or "weekly_focus" (item_id required);
        a retrospective gets refers_to_date = 3 calendar months before today
    save_session(session) -> RatingSession   validates (tyokirja.domain.validation.ValidationError
        with Problem(field=item id | "ratings" | "kind", code="evidence_required" | "missing_items"
        | "one_item_expected" | "out_of_range" | ...)), stamps rated_at = now for a new session
    is_saved(session) -> bool
    previous_levels(session) -> dict[item_id, level]   the level each item had in the latest
        earlier monthly/weekly-focus rating (0 included, never-rated items absent). Raises
        NotSavedYet for a session that is not stored: the previous score stays hidden until saved.
    get_session(id); sessions(kind=None) oldest first; delete_session(id) -> removed session
    latest_session(kind="monthly", before=None) -> RatingSession | None
    earlier_session(latest, min_days=28) -> the newest monthly session at least min_days older

  Due reminder (the today view)
    rating_due(today=None) -> bool   no monthly session yet or the last one 30+ days ago, not snoozed
    snooze(days=7) -> date (snoozed until);  snoozed_until() -> date | None;  clear_snooze()

  Progress page
    progress(period="3m" | "12m" | "all", today=None) -> ProgressData (see the dataclass)
    between(start, end) -> ProgressData   the same for any span of local days (period "custom")
    Drill-down -> list[DrillItem(kind "encounter" | "exercise" | "feedback" | "rating", id, when,
        title)], oldest first; for an exercise the title is its exercise id, for a rating session
        its kind:
      behind_point(session_id, item_id=None)     the rating session and its evidence encounter(s)
      behind_week(monday, kind=None)             entries / reflections / exercises / feedback
                                                 requests of that week (kind from PRACTICE_KINDS)
      behind_element(element_id, value, period, today=None)   value "yes"/"partly"/"no"/None
      behind_listening_level(level 1–4, period, today=None)
      behind_funnel(stage "asked"/"received"/"processed"/"closed", period, today=None)

Design notes: chart data comes from column-light SQL (times, short JSON fields, never bodies).
The listening-level distribution counts completed "listening_level" exercise sessions (their
"level" answer), so encounters need no extra column. Per-encounter marks are Encounter.skills and
Encounter.elements.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from typing import TYPE_CHECKING

from tyokirja.domain.content import Catalogue
from tyokirja.domain.encounter import now_local
from tyokirja.domain.progress import (
    PRACTICE_KINDS,
    ElementCount,
    Funnel,
    LevelDistribution,
    ProfileRow,
    SeriesPoint,
    Week,
    active_weeks,
    element_frequencies,
    feedback_funnel,
    listening_level_distribution,
    period_start,
    practice_per_week,
    profile,
    rating_due,
    skill_series,
)
from tyokirja.domain.rating import (
    FULL_KINDS,
    RETROSPECTIVE_MONTHS,
    Instrument,
    RatingSession,
    SkillRating,
    check_session,
    load_default_instrument,
    months_before,
)
from tyokirja.domain.timeutil import local_day_bounds_utc, to_storage
from tyokirja.storage.settings import RATING_SNOOZED_UNTIL, SettingsRepository

if TYPE_CHECKING:
    import sqlite_utils

    from tyokirja.storage.ratings import ProgressQueries, RatingRepository, TitleRow

    # (id, completed_utc, completed_offset, exercise_id, listening level option) of a completed session
    ExerciseRow = tuple[str, str, int, str, str | None]

SNOOZE_DAYS = 7
FIRST_WEEK_DAYS = 7  # no monthly rating is asked for before the diary has been used this long
LISTENING_OPTIONS = {"downloading": 1, "factual": 2, "empathic": 3, "generative": 4}
REFLECTIONS = ("daily_reflection", "deep_reflection", "weekly_review")
PREVIOUS_KINDS = ("monthly", "weekly_focus")


def _listening_level(option: str | None) -> int | None:
    """The level (1–4) of a listening-level answer; None for no answer or an unknown option."""
    return LISTENING_OPTIONS.get(option) if option is not None else None


class NotSavedYet(ValueError):
    """previous_levels() was asked before the session was saved (blind first)."""


@dataclass(frozen=True)
class DrillItem:
    kind: str  # "encounter" | "exercise" | "feedback" | "rating"
    id: str
    when: datetime
    title: str


@dataclass
class ProgressData:
    """Everything the progress page draws for one period; every chart has its own n."""

    period: str
    start: date
    end: date
    item_ids: list[str]
    series: dict[str, list[SeriesPoint]]  # item id -> points in the period (zeros left out)
    sessions_n: int  # rating sessions (monthly + weekly focus) in the period
    latest: RatingSession | None  # latest monthly session (any time)
    earlier: RatingSession | None  # a monthly session ≥ 4 weeks before it
    profile: list[ProfileRow]  # then = earlier, now = latest
    retrospective: RatingSession | None  # latest retrospective in the period
    retro_compare: list[ProfileRow]  # then = rated at the time, now = re-rated in the retrospective
    weeks: list[Week]
    active: tuple[int, int]
    practice_n: dict[str, int]  # PRACTICE_KINDS -> total in the period
    elements: list[ElementCount]
    elements_n: int  # entries in the period
    listening: LevelDistribution
    funnel: Funnel
    extra: dict[str, object] = field(default_factory=dict)


def _local(utc_text: str, offset: int, tz: tzinfo | None) -> datetime:
    utc = datetime.fromisoformat(utc_text[:19]).replace(tzinfo=UTC)
    if tz is not None:
        return utc.astimezone(tz)
    return utc.astimezone(timezone(timedelta(minutes=offset)))


def _day(utc_text: str, offset: int, tz: tzinfo | None) -> date:
    """Fast local day of a stored moment (the hot path of practice_per_week on 20,000 rows)."""
    if tz is None:
        return (datetime.fromisoformat(utc_text[:19]) + timedelta(minutes=offset)).date()
    return _local(utc_text, offset, tz).date()


class ProgressService:
    """The one place the UI goes through for ratings and progress (see the module docstring)."""

    def __init__(self, ratings: RatingRepository, queries: ProgressQueries, settings: SettingsRepository,
                 instrument: Instrument, catalogue: Catalogue,
                 clock: Callable[[], datetime] = now_local, tz: tzinfo | None = None) -> None:
        self.ratings = ratings
        self.queries = queries
        self.settings = settings
        self.instrument = instrument
        self.catalogue = catalogue
        self.clock = clock
        self.tz = tz

    @classmethod
    def open(cls, db: sqlite_utils.Database, catalogue: Catalogue, instrument: Instrument | None = None,
             clock: Callable[[], datetime] = now_local, tz: tzinfo | None = None) -> ProgressService:
        """Build the service and its repositories over an open diary (used by app.py and tests)."""
        from tyokirja.storage.ratings import ProgressQueries, RatingRepository

        return cls(RatingRepository(db), ProgressQueries(db), SettingsRepository(db),
                   instrument or load_default_instrument(catalogue), catalogue, clock, tz)

    def _now(self) -> datetime:
        now = self.clock()
        return now.astimezone(self.tz) if self.tz is not None else now

    def _today(self, today: date | None = None) -> date:
        return today if today is not None else self._now().date()

    # -- sessions -------------------------------------------------------------------------------

    def new_session(self, kind: str, item_id: str | None = None) -> RatingSession:
        now = self._now()
        if kind in FULL_KINDS:
            ratings = [SkillRating(i) for i in self.instrument.ids()]
        elif kind == "weekly_focus":
            if item_id is None:
                raise ValueError("a weekly focus session needs an item")
            self.instrument.item(item_id)
            ratings = [SkillRating(item_id)]
        else:
            raise ValueError(f"unknown rating kind {kind!r}")
        refers = months_before(now.date(), RETROSPECTIVE_MONTHS) if kind == "retrospective" else None
        return RatingSession(kind=kind, rated_at=now, ratings=ratings,
                             instrument_version=self.instrument.version, refers_to_date=refers)

    def is_saved(self, session: RatingSession) -> bool:
        return self.ratings.exists(session.id)

    def save_session(self, session: RatingSession) -> RatingSession:
        check_session(session, self.instrument)
        if not self.is_saved(session):
            session.rated_at = self._now()
        for r in session.ratings:
            r.evidence_text = r.evidence_text.strip()
        return self.ratings.save(session)

    def previous_levels(self, session: RatingSession) -> dict[str, int]:
        if not self.is_saved(session):
            raise NotSavedYet("the previous levels are shown only after saving")
        before = to_storage(session.rated_at)[0]
        wanted = {r.item_id for r in session.ratings}
        out: dict[str, int] = {}
        for kind, rated_utc, sid, item_id, level in self._level_rows_desc():
            if kind in PREVIOUS_KINDS and rated_utc < before and sid != session.id and item_id in wanted:
                out.setdefault(item_id, level)
        return out

    def _level_rows_desc(self) -> list[tuple[str, str, str, str, int]]:
        """(kind, rated_utc, session_id, item_id, level), newest first."""
        rows = self.ratings.level_rows()
        return [(r[1], r[2], r[0], r[5], r[6]) for r in reversed(rows)]

    def get_session(self, session_id: str) -> RatingSession:
        return self.ratings.get(session_id)

    def sessions(self, kind: str | None = None) -> list[RatingSession]:
        return self.ratings.all(kind)

    def delete_session(self, session_id: str) -> RatingSession:
        return self.ratings.delete(session_id)

    def restore_session(self, session: RatingSession) -> None:
        """Put a deleted rating session back as it was, with its item ratings (undo)."""
        self.ratings.insert_many([session])

    def latest_session(self, kind: str | None = "monthly", before: datetime | None = None) -> RatingSession | None:
        before_utc = to_storage(before)[0] if before is not None else None
        found = self.ratings.latest(kind, before_utc=before_utc)
        return found[0] if found else None

    def earlier_session(self, latest: RatingSession | None, min_days: int = 28) -> RatingSession | None:
        """The newest monthly session rated at least `min_days` before `latest` (else the one before it)."""
        if latest is None:
            return None
        found = self.latest_session("monthly", before=latest.rated_at - timedelta(days=min_days))
        if found is None:
            prior = self.ratings.latest("monthly", before_utc=to_storage(latest.rated_at)[0], exclude_id=latest.id)
            found = prior[0] if prior else None
        return found

    # -- reminder -------------------------------------------------------------------------------

    def snoozed_until(self) -> date | None:
        return self.settings.get(RATING_SNOOZED_UNTIL)

    def snooze(self, days: int = SNOOZE_DAYS) -> date:
        until = self._today() + timedelta(days=days)
        self.settings.set(RATING_SNOOZED_UNTIL, until)
        return until

    def clear_snooze(self) -> None:
        self.settings.clear(RATING_SNOOZED_UNTIL)

    def rating_due(self, today: date | None = None) -> bool:
        """The monthly rating is due (domain rating_due), but never before the diary's first week of use:
        a new or empty diary has nothing to rate from yet."""
        last = self.ratings.last_rated_at("monthly")
        if last is None and not self.in_use_a_week(today):
            return False
        last_day = last.astimezone(self.tz).date() if (last is not None and self.tz is not None) else last
        return rating_due(last_day, self._today(today), self.snoozed_until())

    def in_use_a_week(self, today: date | None = None) -> bool:
        """True once the diary's first record is at least FIRST_WEEK_DAYS days old."""
        first = self.queries.first_use()
        if first is None:
            return False
        return (self._today(today) - _day(first[0], first[1], self.tz)).days >= FIRST_WEEK_DAYS

    # -- progress page --------------------------------------------------------------------------

    def _bounds(self, start: date | None, end: date) -> tuple[str | None, str | None]:
        return local_day_bounds_utc(start, end, self.tz)

    def _margin(self, start: date | None, end: date) -> tuple[str | None, str | None]:
        """UTC bounds one day wider than [start, end]: rows are then placed by their own local day."""
        lo, hi = local_day_bounds_utc(start - timedelta(days=1) if start else None, end + timedelta(days=1), self.tz)
        return lo, hi

    def _events(self, start: date | None, end: date) -> list[tuple[str, date]]:
        lo, hi = self._margin(start, end)
        tz = self.tz
        events = [("entries", _day(u, o, tz)) for u, o in self.queries.encounter_times(lo, hi)]
        for ex_id, u, o in self.queries.exercise_times(lo, hi):
            events.append(("reflections" if ex_id in REFLECTIONS else "exercises", _day(u, o, tz)))
        events.extend(("feedback_requests", _day(u, o, tz)) for u, o in self.queries.feedback_times(lo, hi))
        return events

    def progress(self, period: str = "3m", today: date | None = None) -> ProgressData:
        today = self._today(today)
        all_sessions = self.ratings.all()
        if period == "all":
            events = self._events(None, today)
            days = [d for _, d in events] + [s.rated_at.date() for s in all_sessions]
            start = period_start("all", today, min(days) if days else None)
            events = [(k, d) for k, d in events if start <= d <= today]
        else:
            start = period_start(period, today)
            events = self._events(start, today)
        return self._progress(period, start, today, events, all_sessions)

    def between(self, start: date, end: date) -> ProgressData:
        """The same figures for any span of local days (the coach report's period)."""
        return self._progress("custom", start, end, self._events(start, end), self.ratings.all())

    def _progress(self, period: str, start: date, today: date, events: list[tuple[str, date]],
                  all_sessions: list[RatingSession]) -> ProgressData:
        in_period = [s for s in all_sessions if start <= s.rated_at.date() <= today]
        items = self.instrument.ids()
        series = {i: skill_series(in_period, i) for i in items}
        weeks = practice_per_week(events, start, today)
        lo, hi = self._bounds(start, today)
        element_maps = [json.loads(v) if v else {} for v in self.queries.element_values(lo, hi)]
        elements, elements_n = element_frequencies(element_maps, self.catalogue.ids("elements"))
        listening = listening_level_distribution(
            _listening_level(v) for v in self.queries.listening_levels(lo, hi))
        funnel = feedback_funnel(self.queries.feedback_statuses(lo, hi))
        monthly = [s for s in all_sessions if s.kind == "monthly" and s.rated_at.date() <= today]
        latest = monthly[-1] if monthly else None
        earlier = self.earlier_session(latest)
        retro = [s for s in in_period if s.kind == "retrospective"]
        retrospective = retro[-1] if retro else None
        practice_n = {k: sum(w.counts[k] for w in weeks) for k in PRACTICE_KINDS}
        return ProgressData(
            period=period, start=start, end=today, item_ids=items, series=series,
            sessions_n=sum(1 for s in in_period if s.kind in PREVIOUS_KINDS),
            latest=latest, earlier=earlier, profile=profile(latest, earlier, items),
            retrospective=retrospective, retro_compare=self._retro_compare(retrospective, monthly, items),
            weeks=weeks, active=active_weeks(weeks), practice_n=practice_n,
            elements=elements, elements_n=elements_n, listening=listening, funnel=funnel,
        )

    def _retro_compare(self, retro: RatingSession | None, monthly: list[RatingSession],
                       items: list[str]) -> list[ProfileRow]:
        """then = the monthly rating nearest the retrospective's refers_to_date; now = the re-rating."""
        if retro is None or retro.refers_to_date is None:
            return []
        refers = retro.refers_to_date
        candidates = [s for s in monthly if s.rated_at < retro.rated_at]
        original = min(candidates, key=lambda s: abs((s.rated_at.date() - refers).days),
                       default=None)
        return profile(retro, original, items)

    # -- drill-down -----------------------------------------------------------------------------

    def _period(self, period: str, today: date | None) -> tuple[date | None, date]:
        today = self._today(today)
        if period == "all":
            return None, today
        return period_start(period, today), today

    def _encounter_items(self, rows: Iterable[TitleRow]) -> list[DrillItem]:
        return [DrillItem("encounter", i, _local(u, o, self.tz), t) for i, u, o, t in rows]

    def _exercise_items(self, rows: Iterable[ExerciseRow]) -> list[DrillItem]:
        return [DrillItem("exercise", r[0], _local(r[1], r[2], self.tz), r[3]) for r in rows]

    def behind_point(self, session_id: str, item_id: str | None = None) -> list[DrillItem]:
        session = self.ratings.get(session_id)
        out = [DrillItem("rating", session.id, session.rated_at, session.kind)]
        ids = [r.evidence_encounter_id for r in session.ratings
               if r.evidence_encounter_id and (item_id is None or r.item_id == item_id)]
        if ids:
            found = self._encounter_items(self.queries.encounter_titles(sorted(set(ids))))
            out.extend(sorted(found, key=lambda d: d.when))
        return out

    def behind_week(self, monday: date, kind: str | None = None) -> list[DrillItem]:
        sunday = monday + timedelta(days=6)
        lo, hi = self._margin(monday, sunday)

        def inside(when: datetime) -> bool:
            return monday <= when.date() <= sunday

        out: list[DrillItem] = []
        if kind in (None, "entries"):
            out += self._encounter_items(self.queries.encounters_between(lo, hi))
        if kind in (None, "reflections"):
            out += self._exercise_items(self.queries.exercises_between(lo, hi, REFLECTIONS))
        if kind in (None, "exercises"):
            out += self._exercise_items(self.queries.exercises_between(lo, hi, exclude=REFLECTIONS))
        if kind in (None, "feedback_requests"):
            out += [DrillItem("feedback", i, _local(u, o, self.tz), t)
                    for i, u, o, t, _s in self.queries.feedback_between(lo, hi)]
        return sorted((d for d in out if inside(d.when)), key=lambda d: d.when)

    def behind_element(self, element_id: str, value: str | None, period: str = "3m",
                       today: date | None = None) -> list[DrillItem]:
        lo, hi = self._bounds(*self._period(period, today))
        return self._encounter_items(self.queries.encounters_with_element(element_id, value, lo, hi))

    def behind_listening_level(self, level: int, period: str = "3m", today: date | None = None) -> list[DrillItem]:
        lo, hi = self._bounds(*self._period(period, today))
        rows = self.queries.exercises_between(lo, hi, ("listening_level",))
        return self._exercise_items(r for r in rows if _listening_level(r[4]) == level)

    def behind_funnel(self, stage: str, period: str = "3m", today: date | None = None) -> list[DrillItem]:
        order = ("planned", "asked", "received", "processed", "closed")
        lo, hi = self._bounds(*self._period(period, today))
        rows = self.queries.feedback_between(lo, hi)
        need = order.index(stage)
        return [DrillItem("feedback", i, _local(u, o, self.tz), t)
                for i, u, o, t, s in rows if s in order and order.index(s) >= need]
