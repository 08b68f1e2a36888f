"""Exercise sessions, their steps and their follow-ups (harjoitukset, jatkotehtävät).

Public API (the UI calls only these; every method that changes something saves at once):

    ExerciseService(sessions, followups, ratings, library, catalogue, feedback, goals, clock=now_local)
        feedback: FeedbackService and goals: GoalService receive what a completed session creates

  Exercises (static content, see tyokirja/domain/exercise.py for step kinds and answer shapes)
    library: ExerciseLibrary;  exercises() -> list[Exercise];  exercise(exercise_id) -> Exercise
    exercise_of(session) -> Exercise;  statement_of(session) -> ListeningStatement | None

  Sessions (the session row IS the autosaved draft)
    start(exercise_id, encounter_id=None) -> ExerciseSession   status "in_progress"; a listening
        statement is chosen (rotating, not recently used) and pre-answered for "statement" steps;
        a given encounter pre-answers the first "encounter" step
    answer(session, step_id, value) -> ExerciseSession          saves; KeyError unknown step,
        ValueError for a value of the wrong shape
    go_to(session, index) -> ExerciseSession                    remembers the current step
    pause(session) -> ExerciseSession;  resume(session_id) -> ExerciseSession
    missing_steps(session) -> list[str]                         required now-steps still unanswered
        (a "goals_review" answer may be an empty list when no goal is open)
    complete(session, usefulness=None, plan_as_goal=False) -> ExerciseSession
        IncompleteSession(step_ids) if required steps are missing; schedules a FollowUpTask per
        later step (due: the local completion day + later_days); feedforward creates a
        FeedbackRequest (session_id set; "received"/"processed" as far as its answers go);
        weekly_review applies its "goals_review" answer to the goals; plan_as_goal=True turns the
        exercise's if–then plan into a Goal
    set_usefulness(session, value 1–5 | None);  abandon(session)
    get_session(id);  in_progress() -> open sessions (in progress + paused), latest first
    completed_sessions(exercise_id=None) -> latest first;  delete_session(id) -> removed session

  Follow-ups
    due_followups(today=None) -> list[FollowUpTask]   open, due by `today` (default: the clock's day)
    followups_for(session_id);  later_step(task) -> Step | None
    complete_followup(task_id, result) -> FollowUpTask   for an exercise follow-up the result is
        stored as the later step's answer in the session; closing feedforward's loop marks its
        FeedbackRequest "closed"
    dismiss_followup(task_id) -> FollowUpTask

  Errors: KeyError (unknown exercise or step id), ValueError (bad value), IncompleteSession,
  NotFoundError and the other typed storage errors from tyokirja.storage.errors.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from typing import Any

from tyokirja.domain.content import Catalogue
from tyokirja.domain.encounter import now_local
from tyokirja.domain.exercise import Exercise, ExerciseLibrary, ListeningStatement, Step
from tyokirja.domain.practice import USEFULNESS_RANGE, ExerciseSession, FollowUpTask
from tyokirja.domain.practice_rules import (
    check_answer,
    feedback_from_session,
    follow_up_day,
    goal_from_plan,
    is_answered,
    pick_statement,
)
from tyokirja.storage.followups import FollowUpRepository
from tyokirja.storage.ratings import RatingRepository
from tyokirja.storage.sessions import SessionRepository

from .feedback import FeedbackService
from .goals import GoalService


class IncompleteSession(ValueError):
    """complete() was asked for a session whose required steps are not all answered."""

    def __init__(self, step_ids: list[str]):
        super().__init__("unanswered steps: " + ", ".join(step_ids))
        self.step_ids = step_ids


class ExerciseService:
    """Guided exercise sessions and their follow-ups (see the module docstring)."""

    def __init__(
        self,
        sessions: SessionRepository,
        followups: FollowUpRepository,
        ratings: RatingRepository,
        library: ExerciseLibrary,
        catalogue: Catalogue,
        feedback: FeedbackService,
        goals: GoalService,
        clock: Callable[[], datetime] = now_local,
    ):
        self.sessions = sessions
        self.followups = followups
        self.ratings = ratings
        self.library = library
        self.catalogue = catalogue
        self.feedback = feedback
        self.goals = goals
        self.clock = clock

    def _today(self, today: date | None) -> date:
        return today if today is not None else self.clock().date()

    # -- exercises ---------------------------------------------------------------------------

    def exercises(self) -> list[Exercise]:
        return self.library.all()

    def exercise(self, exercise_id: str) -> Exercise:
        return self.library.get(exercise_id)

    def exercise_of(self, session: ExerciseSession) -> Exercise:
        return self.library.get(session.exercise_id)

    def statement_of(self, session: ExerciseSession) -> ListeningStatement | None:
        if session.statement_id is None:
            return None
        try:
            return self.library.statement(session.statement_id)
        except KeyError:
            return None

    # -- sessions ----------------------------------------------------------------------------

    def start(self, exercise_id: str, encounter_id: str | None = None) -> ExerciseSession:
        """A new, saved session of the exercise (KeyError for an unknown exercise)."""
        exercise = self.library.get(exercise_id)
        now = self.clock()
        session = ExerciseSession(
            exercise_id=exercise.id, exercise_version=exercise.version, started_at=now, updated_at=now
        )
        if exercise.has_kind("statement"):
            ids = [s.id for s in self.library.statements()]
            session.statement_id = pick_statement(ids, self.sessions.recent_statements(), now.date())
            for step in exercise.steps:
                if step.kind == "statement":
                    session.responses[step.id] = session.statement_id
        if encounter_id is not None:
            session.encounter_id = encounter_id
            encounter_step = next((s for s in exercise.steps if s.kind == "encounter"), None)
            if encounter_step is not None:
                session.responses[encounter_step.id] = encounter_id
        return self.sessions.save(session)

    def _save(self, session: ExerciseSession, **changes: Any) -> ExerciseSession:
        updated = replace(session, updated_at=self.clock(), **changes)
        saved = self.sessions.save(updated)
        return saved

    def answer(self, session: ExerciseSession, step_id: str, value: Any) -> ExerciseSession:
        """Store one answer (None clears it) and save the session at once."""
        exercise = self.exercise_of(session)
        step = exercise.step(step_id)
        check_answer(step, value)
        responses = dict(session.responses)
        if value is None:
            responses.pop(step_id, None)
        else:
            responses[step_id] = value
        changes: dict[str, Any] = {"responses": responses}
        if step.kind == "encounter":
            changes["encounter_id"] = value
        if step.kind == "statement":
            changes["statement_id"] = value
        if session.status == "paused":
            changes["status"] = "in_progress"
        return self._save(session, **changes)

    def go_to(self, session: ExerciseSession, index: int) -> ExerciseSession:
        steps = len(self.exercise_of(session).steps)
        return self._save(session, current_step=max(0, min(index, steps)))

    def pause(self, session: ExerciseSession) -> ExerciseSession:
        if not session.is_open:
            return session
        return self._save(session, status="paused")

    def resume(self, session_id: str) -> ExerciseSession:
        session = self.sessions.get(session_id)
        if session.status == "paused":
            session = self._save(session, status="in_progress")
        return session

    def missing_steps(self, session: ExerciseSession) -> list[str]:
        exercise = self.exercise_of(session)
        def answered(step: Step) -> bool:
            value = session.responses.get(step.id)
            if step.kind == "goals_review":  # an empty review is an answer when no goal is open
                return isinstance(value, list)
            return is_answered(value)

        return [s.id for s in exercise.now_steps() if s.takes_input and not s.optional and not answered(s)]

    def complete(self, session: ExerciseSession, usefulness: int | None = None,
                 plan_as_goal: bool = False) -> ExerciseSession:
        """Finish the session: stamp it, schedule its later steps and create linked records."""
        missing = self.missing_steps(session)
        if missing:
            raise IncompleteSession(missing)
        if usefulness is not None and usefulness not in USEFULNESS_RANGE:
            raise ValueError("usefulness must be 1–5")
        exercise = self.exercise_of(session)
        now = self.clock()
        with self.sessions.transaction():  # the session and what it creates, all or none
            done = self._save(
                session, status="completed", completed_at=now, current_step=len(exercise.steps),
                usefulness=usefulness if usefulness is not None else session.usefulness,
            )
            for step in exercise.later_steps():
                if is_answered(done.responses.get(step.id)):
                    continue
                assert step.later_days is not None  # later_steps() are the steps that have later_days
                self.followups.save(FollowUpTask(
                    due_on=follow_up_day(now, step.later_days), session_id=done.id, source_kind="exercise",
                    step_id=step.id, created_at=now,
                ))
            request = feedback_from_session(exercise, done, self.catalogue)
            if request is not None:
                self.feedback.add(replace(request, created_at=now, updated_at=now))
            self._apply_goal_review(exercise, done, now)
            self._file_focus_rating(exercise, done, now)
            if plan_as_goal:
                goal = goal_from_plan(exercise, done, now)
                if goal is not None:
                    self.goals.add(goal)
        return done

    def _apply_goal_review(self, exercise: Exercise, session: ExerciseSession, now: datetime) -> None:
        for step in exercise.steps:
            if step.kind != "goals_review":
                continue
            for item in session.responses.get(step.id) or []:
                try:
                    self.goals.set_goal_status(item["goal_id"], item["status"], item.get("note", ""))
                except (KeyError, LookupError):
                    continue  # a goal removed since the review began

    def _file_focus_rating(self, exercise: Exercise, session: ExerciseSession, now: datetime) -> None:
        """A weekly review's focus rating becomes a weekly-focus rating session (progress charts)."""
        from tyokirja.domain.rating import RatingSession, SkillRating, load_default_instrument

        for step in exercise.steps:
            answer = session.responses.get(step.id) if step.kind == "focus_rating" else None
            if not answer:
                continue
            rating = SkillRating(
                item_id=answer["item_id"], level=answer["level"],
                evidence_text=answer.get("evidence_text", ""),
                evidence_encounter_id=answer.get("evidence_encounter_id"),
                confidence=answer.get("confidence"),
            )
            self.ratings.save(RatingSession(
                kind="weekly_focus", rated_at=now, ratings=[rating],
                instrument_version=load_default_instrument().version,
            ), now=now)

    def set_usefulness(self, session: ExerciseSession, value: int | None) -> ExerciseSession:
        if value is not None and value not in USEFULNESS_RANGE:
            raise ValueError("usefulness must be 1–5")
        return self._save(session, usefulness=value)

    def abandon(self, session: ExerciseSession) -> ExerciseSession:
        return self._save(session, status="abandoned")

    def get_session(self, session_id: str) -> ExerciseSession:
        return self.sessions.get(session_id)

    def in_progress(self) -> list[ExerciseSession]:
        return self.sessions.open_sessions()

    def completed_sessions(self, exercise_id: str | None = None) -> list[ExerciseSession]:
        return self.sessions.completed(exercise_id)

    def delete_session(self, session_id: str) -> ExerciseSession:
        return self.remove_session(session_id)[0]

    def remove_session(self, session_id: str) -> tuple[ExerciseSession, list[FollowUpTask]]:
        """Delete a session and its follow-ups in one transaction; return both, for `restore_session` (undo)."""
        with self.sessions.transaction():
            tasks = self.followups.for_session(session_id)
            for task in tasks:
                self.followups.delete(task.id)
            return self.sessions.delete(session_id), tasks

    def restore_session(self, session: ExerciseSession, tasks: list[FollowUpTask]) -> None:
        """Put a removed session and its follow-ups back as they were (one transaction)."""
        with self.sessions.transaction():
            self.sessions.save(session)
            for task in tasks:
                self.followups.save(task)

    # -- follow-ups --------------------------------------------------------------------------

    def due_followups(self, today: date | None = None) -> list[FollowUpTask]:
        return self.followups.open_due_by(self._today(today))

    def followups_for(self, session_id: str) -> list[FollowUpTask]:
        return self.followups.for_session(session_id)

    def later_step(self, task: FollowUpTask) -> Step | None:
        """The exercise step a follow-up asks for (None for other kinds of follow-up)."""
        if task.session_id is None or task.step_id is None:
            return None
        try:
            return self.exercise_of(self.sessions.get(task.session_id)).step(task.step_id)
        except KeyError:
            return None

    def complete_followup(self, task_id: str, result: Any) -> FollowUpTask:
        task = self.followups.get(task_id)
        now = self.clock()
        with self.sessions.transaction():  # the answer, the closed loop and the task, all or none
            if task.source_kind == "exercise" and task.session_id and task.step_id:
                session = self.sessions.get(task.session_id)
                exercise = self.exercise_of(session)
                step = exercise.step(task.step_id)
                check_answer(step, result)
                self._save(session, responses={**session.responses, task.step_id: result})
                if exercise.id == "feedforward":
                    self.feedback.close_requests_of(session.id)
            return self.followups.save(replace(task, status="done", result=result, done_at=now))

    def dismiss_followup(self, task_id: str) -> FollowUpTask:
        task = self.followups.get(task_id)
        return self.followups.save(replace(task, status="dismissed", done_at=self.clock()))
