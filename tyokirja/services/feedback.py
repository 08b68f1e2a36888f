"""Feedback requests (palautepyynnöt): their life cycle planned → asked → received → processed → closed.

Public API (every method that changes something saves at once):

    FeedbackService(requests: FeedbackRepository, clock=now_local)
    feedback_requests() (newest first);  get_feedback(id)
    create_feedback(target_behaviour, **fields) -> FeedbackRequest  (ValueError if empty)
    update_feedback(request) -> FeedbackRequest;  advance_feedback(id) -> next status, time stamped
    set_feedback_status(id, status);  delete_feedback(id)
    add(request) -> FeedbackRequest     stores a request another use case made (the feedforward
        exercise), exactly as given
    close_requests_of(session_id)       closes the loop of every open request that session made

  Errors: ValueError (bad value), NotFoundError and the other typed storage errors.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import Any

from tyokirja.domain.encounter import now_local
from tyokirja.domain.practice import FEEDBACK_STAMP, FEEDBACK_STATUSES, FeedbackRequest, next_feedback_status
from tyokirja.storage.feedback import FeedbackRepository


class FeedbackService:
    """Feedback request life cycle; every change is saved at once."""

    def __init__(self, requests: FeedbackRepository, clock: Callable[[], datetime] = now_local):
        self.repository = requests
        self.clock = clock

    def feedback_requests(self) -> list[FeedbackRequest]:
        return list(reversed(self.repository.all()))

    def get_feedback(self, request_id: str) -> FeedbackRequest:
        return self.repository.get(request_id)

    def create_feedback(self, target_behaviour: str, **fields: Any) -> FeedbackRequest:
        if not target_behaviour.strip():
            raise ValueError("target_behaviour is required")
        now = self.clock()
        return self.repository.save(FeedbackRequest(target_behaviour=target_behaviour, created_at=now,
                                                  updated_at=now, **fields))

    def add(self, request: FeedbackRequest) -> FeedbackRequest:
        """Store a request made by another use case (an exercise), exactly as given."""
        return self.repository.save(request)

    def update_feedback(self, request: FeedbackRequest) -> FeedbackRequest:
        if not request.target_behaviour.strip():
            raise ValueError("target_behaviour is required")
        if request.status not in FEEDBACK_STATUSES:
            raise ValueError("unknown status")
        return self.repository.save(replace(request, updated_at=self.clock()))

    def set_feedback_status(self, request_id: str, status: str) -> FeedbackRequest:
        """Move to `status`, stamping when it happened (the first time it is reached)."""
        if status not in FEEDBACK_STATUSES:
            raise ValueError("unknown status")
        request = self.repository.get(request_id)
        now = self.clock()
        changes: dict[str, Any] = {"status": status, "updated_at": now}
        stamp = FEEDBACK_STAMP.get(status)
        if stamp and getattr(request, stamp) is None:
            changes[stamp] = now
        return self.repository.save(replace(request, **changes))

    def advance_feedback(self, request_id: str) -> FeedbackRequest:
        """The next life-cycle step (planned → asked → received → processed → closed)."""
        request = self.repository.get(request_id)
        nxt = next_feedback_status(request.status)
        return request if nxt is None else self.set_feedback_status(request_id, nxt)

    def close_requests_of(self, session_id: str) -> None:
        """Close the loop of every request the exercise session made (its follow-up was done)."""
        for request in self.repository.all():
            if request.session_id == session_id and request.status != "closed":
                self.set_feedback_status(request.id, "closed")

    def delete_feedback(self, request_id: str) -> FeedbackRequest:
        return self.repository.delete(request_id)
