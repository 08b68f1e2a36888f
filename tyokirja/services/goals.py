"""Goals and experiments (tavoitteet ja kokeilut) in WOOP form, and their reviews.

Public API (every method that changes something saves at once):

    GoalService(goals: GoalRepository, clock=now_local)
    goals() (newest first);  open_goals();  get_goal(id)
    create_goal(wish, **fields) -> Goal (ValueError if empty);  update_goal(goal) -> Goal
    set_goal_status(id, status, note="") -> Goal;  due_reviews(today=None) -> list[Goal];  delete_goal(id)
    add(goal) -> Goal     stores a goal another use case made (an exercise's if–then plan), as given

  `today` is a local date; None means the injected clock's day.
  Errors: ValueError (bad value), NotFoundError and the other typed storage errors.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Any

from tyokirja.domain.encounter import now_local
from tyokirja.domain.practice import GOAL_STATUSES, Goal
from tyokirja.domain.practice_rules import due_goal_reviews
from tyokirja.storage.goals import GoalRepository


class GoalService:
    """WOOP goals and their reviews; every change is saved at once."""

    def __init__(self, goals: GoalRepository, clock: Callable[[], datetime] = now_local):
        self.repository = goals
        self.clock = clock

    def goals(self) -> list[Goal]:
        return list(reversed(self.repository.all()))

    def open_goals(self) -> list[Goal]:
        return self.repository.open_goals()

    def get_goal(self, goal_id: str) -> Goal:
        return self.repository.get(goal_id)

    def create_goal(self, wish: str, **fields: Any) -> Goal:
        if not wish.strip():
            raise ValueError("wish is required")
        now = self.clock()
        fields.setdefault("start", now.date())
        return self.repository.save(Goal(wish=wish, created_at=now, updated_at=now, **fields))

    def add(self, goal: Goal) -> Goal:
        """Store a goal made by another use case (an exercise's plan), exactly as given."""
        return self.repository.save(goal)

    def update_goal(self, goal: Goal) -> Goal:
        if not goal.wish.strip():
            raise ValueError("wish is required")
        if goal.status not in GOAL_STATUSES:
            raise ValueError("unknown status")
        return self.repository.save(replace(goal, updated_at=self.clock()))

    def set_goal_status(self, goal_id: str, status: str, note: str = "") -> Goal:
        """Record a review: new status, and the note appended to review_notes with the day."""
        if status not in GOAL_STATUSES:
            raise ValueError("unknown status")
        goal = self.repository.get(goal_id)
        now = self.clock()
        notes = goal.review_notes
        if note.strip():
            line = f"{now.date().isoformat()}: {note.strip()}"
            notes = f"{notes}\n{line}" if notes else line
        changes: dict[str, Any] = {"status": status, "review_notes": notes, "updated_at": now}
        if status != "ended" and goal.review_at is not None and goal.review_at <= now.date():
            changes["review_at"] = now.date() + timedelta(days=7)  # the next look in a week
        return self.repository.save(replace(goal, **changes))

    def due_reviews(self, today: date | None = None) -> list[Goal]:
        day = today if today is not None else self.clock().date()
        return due_goal_reviews(self.repository.open_goals(), day)

    def delete_goal(self, goal_id: str) -> Goal:
        return self.repository.delete(goal_id)
