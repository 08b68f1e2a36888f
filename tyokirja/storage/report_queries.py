"""ReportQueries: column-light reads for the coach report (aggregates and the item picker).

`lo`/`hi` are UTC storage strings (lo inclusive, hi exclusive; None = open), as in ProgressQueries.
The diary is always fully migrated when opened, so every table and column is there. Nothing here
reads a diary body except `exercise_answers`, which returns the answers of the named
exercises only (scales of the load check, the presence check), and `encounter_marks` with
`feelings=True` (the feelings section). Each method returns the read models of
tyokirja.domain.report_data, the stored JSON already decoded.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import sqlite_utils

from tyokirja.domain.report_data import (
    EncounterChoice,
    EncounterMarks,
    ExerciseAnswers,
    FeedbackChoice,
    FeedbackSkills,
    OrgMetric,
    RecordedAt,
    SessionChoice,
)

from .ratings import _range, _rows

__all__ = ["ReportQueries"]


def _recorded(utc_text: str, offset: int) -> RecordedAt:
    """A stored (UTC text, offset minutes) pair, read to the second."""
    return RecordedAt(datetime.fromisoformat(utc_text[:19]).replace(tzinfo=UTC), offset)


def _answers(raw: str | None) -> dict[str, Any]:
    """An exercise session's stored answers (JSON text) as a dict; anything else as {}."""
    try:
        value = json.loads(raw) if raw else {}
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _id_list(raw: object) -> tuple[Any, ...]:
    """A stored list of ids (JSON text of a list, or one id) as a tuple; anything else as ()."""
    if isinstance(raw, str) and raw.startswith("["):
        try:
            value = json.loads(raw)
        except ValueError:
            return ()
        return tuple(value) if isinstance(value, list) else ()
    return (raw,) if isinstance(raw, str) and raw else ()


class ReportQueries:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def encounter_marks(self, lo: str | None, hi: str | None, *, feelings: bool = False) -> list[EncounterMarks]:
        """The marks of each encounter in the period; its feelings only when `feelings` is asked for."""
        where, params = _range("occurred_utc", lo, hi)
        if not feelings:
            rows = _rows(self.db, f"SELECT channel, situation, scope, difficulty FROM encounters WHERE {where}", params)
            return [EncounterMarks(channel, situation, scope, difficulty)
                    for channel, situation, scope, difficulty in rows]
        rows = _rows(self.db, "SELECT channel, situation, scope, difficulty, my_feelings FROM encounters "
                              f"WHERE {where}", params)
        return [EncounterMarks(channel, situation, scope, difficulty, _id_list(raw))
                for channel, situation, scope, difficulty, raw in rows]

    def encounter_choices(self, lo: str | None, hi: str | None) -> list[EncounterChoice]:
        """The encounters in the period, oldest first."""
        where, params = _range("occurred_utc", lo, hi)
        rows = _rows(self.db, "SELECT id, occurred_utc, occurred_offset, title, share_with_coach FROM encounters "
                              f"WHERE {where} ORDER BY occurred_utc, seq", params)
        return [EncounterChoice(i, _recorded(utc, offset), title, bool(shared))
                for i, utc, offset, title, shared in rows]

    def session_choices(self, lo: str | None, hi: str | None, exercise_ids: tuple[str, ...]) -> list[SessionChoice]:
        """The completed sessions of `exercise_ids` in the period, oldest first."""
        if not exercise_ids:
            return []
        where, params = _range("completed_utc", lo, hi)
        marks = ", ".join("?" for _ in exercise_ids)
        rows = _rows(self.db, "SELECT id, completed_utc, completed_offset, exercise_id, share_with_coach "
                              f"FROM exercise_sessions WHERE status = 'completed' AND completed_utc IS NOT NULL "
                              f"AND {where} AND exercise_id IN ({marks}) ORDER BY completed_utc, seq",
                     [*params, *exercise_ids])
        return [SessionChoice(i, _recorded(utc, offset), exercise_id, bool(shared))
                for i, utc, offset, exercise_id, shared in rows]

    def feedback_choices(self, lo: str | None, hi: str | None) -> list[FeedbackChoice]:
        """The feedback requests created in the period, oldest first."""
        where, params = _range("created_utc", lo, hi)
        rows = _rows(self.db, "SELECT id, created_utc, created_offset, target_behaviour, status, asked_role, "
                              f"share_with_coach FROM feedback_requests WHERE {where} ORDER BY created_utc, seq",
                     params)
        return [FeedbackChoice(i, _recorded(utc, offset), target, status, role, bool(shared))
                for i, utc, offset, target, status, role, shared in rows]

    def feedback_skills(self, lo: str | None, hi: str | None) -> list[FeedbackSkills]:
        """The status and skills of each feedback request created in the period."""
        where, params = _range("created_utc", lo, hi)
        rows = _rows(self.db, f"SELECT status, skills FROM feedback_requests WHERE {where}", params)
        return [FeedbackSkills(status, _id_list(skills)) for status, skills in rows]

    def exercise_answers(self, lo: str | None, hi: str | None, exercise_id: str) -> list[ExerciseAnswers]:
        """The answers of one exercise's completed sessions in the period, oldest first."""
        where, params = _range("completed_utc", lo, hi)
        rows = _rows(self.db, "SELECT completed_utc, completed_offset, responses FROM exercise_sessions "
                              f"WHERE status = 'completed' AND completed_utc IS NOT NULL AND exercise_id = ? "
                              f"AND {where} ORDER BY completed_utc, seq", [exercise_id, *params])
        return [ExerciseAnswers(_recorded(utc, offset), _answers(raw)) for utc, offset, raw in rows]

    def org_metrics(self, lo: str | None, hi: str | None) -> list[OrgMetric]:
        """The customer metrics logged on entries in the period, oldest first."""
        where, params = _range("occurred_utc", lo, hi)
        rows = _rows(self.db, "SELECT org_metric_kind, org_metric_value, occurred_utc, occurred_offset FROM encounters "
                              f"WHERE org_metric_kind IS NOT NULL AND {where} ORDER BY occurred_utc, seq", params)
        return [OrgMetric(kind, value, _recorded(utc, offset)) for kind, value, utc, offset in rows]
