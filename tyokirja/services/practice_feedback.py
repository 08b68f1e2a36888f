"""Feedback requests and goals for PracticeService (a mixin, so the service stays one object).

The host class provides `feedback` (FeedbackRepository), `goals_repo` (GoalRepository), `clock`
and `_today(today)`. See tyokirja/services/practice.py for the whole public API.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from tyokirja.domain.practice import (
    FEEDBACK_STAMP,
    FEEDBACK_STATUSES,
    GOAL_STATUSES,
    FeedbackRequest,
    Goal,
    next_feedback_status,
)
from tyokirja.domain.practice_rules import due_goal_reviews


class FeedbackAndGoals:
    """Feedback request life cycle and WOOP goals; every change is saved at once."""

    # -- feedback requests --------------------------------------------------------------------

    def feedback_requests(self) -> list[FeedbackRequest]:
        return list(reversed(self.feedback.all()))

    def get_feedback(self, request_id: str) -> FeedbackRequest:
        return self.feedback.get(request_id)

    def create_feedback(self, target_behaviour: str, **fields) -> FeedbackRequest:
        if not target_behaviour.strip():
            raise ValueError("target_behaviour is required")
        now = self.clock()
        return self.feedback.save(FeedbackRequest(target_behaviour=target_behaviour, created_at=now,
                                                  updated_at=now, **fields))

    def update_feedback(self, request: FeedbackRequest) -> FeedbackRequest:
        if not request.target_behaviour.strip():
            raise ValueError("target_behaviour is required")
        if request.status not in FEEDBACK_STATUSES:
            raise ValueError("unknown status")
        return self.feedback.save(replace(request, updated_at=self.clock()))

    def set_feedback_status(self, request_id: str, status: str) -> FeedbackRequest:
        """Move to `status`, stamping when it happened (the first time it is reached)."""
        if status not in FEEDBACK_STATUSES:
            raise ValueError("unknown status")
        request = self.feedback.get(request_id)
        now = self.clock()
        changes: dict[str, Any] = {"status": status, "updated_at": now}
        stamp = FEEDBACK_STAMP.get(status)
        if stamp and getattr(request, stamp) is None:
            changes[stamp] = now
        return self.feedback.save(replace(request, **changes))

    def advance_feedback(self, request_id: str) -> FeedbackRequest:
        """The next life-cycle step (planned → asked → received → processed → closed)."""
        request = self.feedback.get(request_id)
        nxt = next_feedback_status(request.status)
        return request if nxt is None else self.set_feedback_status(request_id, nxt)

    def delete_feedback(self, request_id: str) -> FeedbackRequest:
        return self.feedback.delete(request_id)

    # -- goals -------------------------------------------------------------------------------

    def goals(self) -> list[Goal]:
        return list(reversed(self.goals_repo.all()))

    def open_goals(self) -> list[Goal]:
        return self.goals_repo.open_goals()

    def get_goal(self, goal_id: str) -> Goal:
        return self.goals_repo.get(goal_id)

    def create_goal(self, wish: str, **fields) -> Goal:
        if not wish.strip():
            raise ValueError("wish is required")
        now = self.clock()
        fields.setdefault("start", now.date())
        return self.goals_repo.save(Goal(wish=wish, created_at=now, updated_at=now, **fields))

    def update_goal(self, goal: Goal) -> Goal:
        if not goal.wish.strip():
            raise ValueError("wish is required")
        if goal.status not in GOAL_STATUSES:
            raise ValueError("unknown status")
        return self.goals_repo.save(replace(goal, updated_at=self.clock()))

    def set_goal_status(self, goal_id: str, status: str, note: str = "") -> Goal:
        """Record a review: new status, and the note appended to review_notes with the day."""
        if status not in GOAL_STATUSES:
            raise ValueError("unknown status")
        goal = self.goals_repo.get(goal_id)
        now = self.clock()
        notes = goal.review_notes
        if note.strip():
            line = f"{now.date().isoformat()}: {note.strip()}"
            notes = f"{notes}\n{line}" if notes else line
        changes: dict[str, Any] = {"status": status, "review_notes": notes, "updated_at": now}
        if status != "ended" and goal.review_at is not None and goal.review_at <= now.date():
            changes["review_at"] = now.date() + timedelta(days=7)  # the next look in a week
        return self.goals_repo.save(replace(goal, **changes))

    def due_reviews(self, today: date | None = None) -> list[Goal]:
        return due_goal_reviews(self.goals_repo.open_goals(), self._today(today))

    def delete_goal(self, goal_id: str) -> Goal:
        return self.goals_repo.delete(goal_id)
