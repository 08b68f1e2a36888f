"""The today view: today's suggestion, due follow-ups and reviews, practice rhythm (never a streak).

Public API (`today` is a local date; None means the injected clock's day):

    TodayService(exercises: ExerciseService, goals: GoalService, sessions: SessionRepository,
                 feedback: FeedbackRepository, encounters: EncounterRepository | None, clock=now_local)
    today(today=None) -> TodayView(suggested: Exercise | None, due_followups, due_reviews,
        in_progress, active_weeks=(n, of), welcome_back: bool, return_exercise: Exercise | None,
        homework: open agreements of coaching sessions, to_complete: quick entries to complete)
    suggested(today=None) -> Exercise | None    by rhythm, then the least recent drill (rotating)
    active_weeks(today=None, weeks=4) -> (n, of)   ISO weeks with an entry, a completed session or a
        feedback request event; never a streak
    practice_days(since, until=None) -> list[date]
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from tyokirja.domain.coaching import Agreement
from tyokirja.domain.encounter import EncounterFilter, EncounterSummary, now_local
from tyokirja.domain.exercise import Exercise
from tyokirja.domain.practice import ExerciseSession, FollowUpTask, Goal
from tyokirja.domain.practice_rules import (
    RETURN_EXERCISE,
    active_weeks,
    local_day,
    suggest_exercise,
    week_start,
    welcome_back,
)
from tyokirja.storage.encounters import EncounterRepository
from tyokirja.storage.feedback import FeedbackRepository
from tyokirja.storage.sessions import SessionRepository

from .coaching import CoachingService
from .exercises import ExerciseService
from .goals import GoalService


@dataclass
class TodayView:
    """What the today page shows."""

    suggested: Exercise | None
    due_followups: list[FollowUpTask] = field(default_factory=list)
    due_reviews: list[Goal] = field(default_factory=list)
    in_progress: list[ExerciseSession] = field(default_factory=list)
    active_weeks: tuple[int, int] = (0, 4)
    welcome_back: bool = False
    return_exercise: Exercise | None = None  # the 1-minute option offered to a returning user
    homework: list[Agreement] = field(default_factory=list)  # agreements of coaching sessions, not done yet
    to_complete: list[EncounterSummary] = field(default_factory=list)  # quick entries marked "complete later"


class TodayService:
    """Reads the exercises, goals, feedback requests and diary entries; writes nothing."""

    def __init__(
        self,
        exercises: ExerciseService,
        goals: GoalService,
        sessions: SessionRepository,
        feedback: FeedbackRepository,
        encounters: EncounterRepository | None = None,
        clock: Callable[[], datetime] = now_local,
        coaching: CoachingService | None = None,
    ):
        self.coaching = coaching
        self.exercises = exercises
        self.goals = goals
        self.sessions = sessions
        self.feedback = feedback
        self.encounters = encounters
        self.library = exercises.library
        self.clock = clock

    def _today(self, today: date | None) -> date:
        return today if today is not None else self.clock().date()

    def practice_days(self, since: date, until: date | None = None) -> list[date]:
        """Local days with a practice act from `since` to `until` (both included; open-ended
        without `until`): entries, completed sessions, feedback request events. The entries are
        read within SQL bounds, so a diary dated into the future costs nothing here."""
        days = [local_day(m) for _, m in self.sessions.completion_times()]
        for request in self.feedback.all():
            days.extend(local_day(m) for m in request.event_times())
        if self.encounters is not None:
            # a day of margin on each side: the bounds are in the computer's time zone, an entry's
            # day in its own
            upper = until + timedelta(days=1) if until is not None else None
            flt = EncounterFilter(date_from=since - timedelta(days=1), date_to=upper)
            days.extend(local_day(moment) for moment in self.encounters.moments(flt))
        return [d for d in days if d >= since and (until is None or d <= until)]

    def active_weeks(self, today: date | None = None, weeks: int = 4) -> tuple[int, int]:
        day = self._today(today)
        since = week_start(day) - timedelta(weeks=weeks - 1)
        return active_weeks(self.practice_days(since, day), day, weeks)

    def suggested(self, today: date | None = None) -> Exercise | None:
        day = self._today(today)
        last: dict[str, date] = {}
        for ex_id, moment in self.sessions.completion_times():
            d = local_day(moment)
            if d <= day and (ex_id not in last or d > last[ex_id]):
                last[ex_id] = d
        pairs = [(e.id, e.rhythm) for e in self.library.all()]
        chosen = suggest_exercise(pairs, last, day)
        return self.library.get(chosen) if chosen else None

    def today(self, today: date | None = None) -> TodayView:
        day = self._today(today)
        year = self.practice_days(day - timedelta(days=366), day)  # read once: both figures come from it
        back = welcome_back(year, day)
        since = week_start(day) - timedelta(weeks=3)
        return TodayView(
            suggested=self.suggested(day),
            due_followups=self.exercises.due_followups(day),
            due_reviews=self.goals.due_reviews(day),
            in_progress=self.exercises.in_progress(),
            active_weeks=active_weeks([d for d in year if d >= since], day, 4),
            welcome_back=back,
            return_exercise=self.library.get(RETURN_EXERCISE) if back and RETURN_EXERCISE in self.library else None,
            homework=self.coaching.homework() if self.coaching is not None else [],
            to_complete=self.encounters.to_complete() if self.encounters is not None else [],
        )
