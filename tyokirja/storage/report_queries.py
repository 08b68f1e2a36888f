"""ReportQueries: column-light reads for the coach report (aggregates and the item picker).

`lo`/`hi` are UTC storage strings (lo inclusive, hi exclusive; None = open), as in ProgressQueries.
The diary is always fully migrated when opened, so every table and column is there. Nothing here
reads a diary body except `exercise_answers`, which returns the answers of the named
exercises only (scales of the load check, the presence check).
"""

from __future__ import annotations

import sqlite_utils

from .ratings import _range, _rows


class ReportQueries:
    def __init__(self, db: sqlite_utils.Database):
        self.db = db

    def encounter_marks(self, lo: str | None, hi: str | None) -> list[tuple]:
        """(channel, situation, scope, difficulty, my_feelings JSON) of each encounter in the period."""
        where, params = _range("occurred_utc", lo, hi)
        return _rows(self.db, "SELECT channel, situation, scope, difficulty, my_feelings FROM encounters "
                              f"WHERE {where}", params)

    def encounter_choices(self, lo: str | None, hi: str | None) -> list[tuple]:
        """(id, occurred_utc, occurred_offset, title, share_with_coach) in the period, oldest first."""
        where, params = _range("occurred_utc", lo, hi)
        return _rows(self.db, "SELECT id, occurred_utc, occurred_offset, title, share_with_coach FROM encounters "
                              f"WHERE {where} ORDER BY occurred_utc, seq", params)

    def session_choices(self, lo: str | None, hi: str | None, exercise_ids: tuple[str, ...]) -> list[tuple]:
        """(id, completed_utc, completed_offset, exercise_id, share_with_coach) of completed sessions."""
        if not exercise_ids:
            return []
        where, params = _range("completed_utc", lo, hi)
        marks = ", ".join("?" for _ in exercise_ids)
        return _rows(self.db, "SELECT id, completed_utc, completed_offset, exercise_id, share_with_coach "
                              f"FROM exercise_sessions WHERE status = 'completed' AND completed_utc IS NOT NULL "
                              f"AND {where} AND exercise_id IN ({marks}) ORDER BY completed_utc, seq",
                     [*params, *exercise_ids])

    def feedback_choices(self, lo: str | None, hi: str | None) -> list[tuple]:
        """(id, created_utc, created_offset, target_behaviour, status, asked_role, share_with_coach)."""
        where, params = _range("created_utc", lo, hi)
        return _rows(self.db, "SELECT id, created_utc, created_offset, target_behaviour, status, asked_role, "
                              f"share_with_coach FROM feedback_requests WHERE {where} ORDER BY created_utc, seq",
                     params)

    def feedback_skills(self, lo: str | None, hi: str | None) -> list[tuple[str, str]]:
        """(status, skills JSON) of each feedback request created in the period."""
        where, params = _range("created_utc", lo, hi)
        return _rows(self.db, f"SELECT status, skills FROM feedback_requests WHERE {where}", params)

    def exercise_answers(self, lo: str | None, hi: str | None, exercise_id: str) -> list[tuple]:
        """(completed_utc, completed_offset, responses JSON) of one exercise's completed sessions."""
        where, params = _range("completed_utc", lo, hi)
        return _rows(self.db, "SELECT completed_utc, completed_offset, responses FROM exercise_sessions "
                              f"WHERE status = 'completed' AND completed_utc IS NOT NULL AND exercise_id = ? "
                              f"AND {where} ORDER BY completed_utc, seq", [exercise_id, *params])

    def org_metrics(self, lo: str | None, hi: str | None) -> list[tuple]:
        """(kind, value, occurred_utc, occurred_offset) of entries with a customer metric, oldest first."""
        where, params = _range("occurred_utc", lo, hi)
        return _rows(self.db, "SELECT org_metric_kind, org_metric_value, occurred_utc, occurred_offset FROM encounters "
                              f"WHERE org_metric_kind IS NOT NULL AND {where} ORDER BY occurred_utc, seq", params)
