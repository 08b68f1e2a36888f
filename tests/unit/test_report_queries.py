"""ReportQueries returns the report's read models (tyokirja.domain.report_data), the JSON decoded."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
import sqlite_utils

from tests.helpers.report_diary import Markers, fill
from tyokirja.domain.content import Catalogue
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
from tyokirja.storage.connection import close_diary, open_diary
from tyokirja.storage.report_queries import ReportQueries

HEL = timezone(timedelta(hours=2))
NOW = datetime(2026, 11, 23, 12, 0, tzinfo=HEL)
WHEN = RecordedAt(datetime(2026, 11, 13, 10, 0, tzinfo=UTC), 120)  # fill() stores its records ten days back


@pytest.fixture
def db(db_path: Path) -> Iterator[sqlite_utils.Database]:
    opened = open_diary(db_path, create=True)
    yield opened
    close_diary(opened)


@pytest.fixture
def markers(db: sqlite_utils.Database, catalogue: Catalogue) -> Markers:
    return fill(db, catalogue, NOW)


def test_entries_give_their_marks_and_their_feelings_only_when_asked(
        db: sqlite_utils.Database, markers: Markers) -> None:
    queries = ReportQueries(db)
    assert queries.encounter_marks(None, None) == [EncounterMarks("phone", "sales", "external", 4)]
    assert queries.encounter_marks(None, None, feelings=True) == [
        EncounterMarks("phone", "sales", "external", 4, ("irritated",))]
    assert queries.encounter_marks("2026-11-14T00:00:00Z", None) == []


def test_choices_carry_the_recorded_time_and_the_share_mark(db: sqlite_utils.Database, markers: Markers) -> None:
    queries = ReportQueries(db)
    assert queries.encounter_choices(None, None) == [
        EncounterChoice(markers.encounter_id, WHEN, "kanariatitleqx", True)]
    sessions = queries.session_choices(None, None, ("daily_reflection", "load_check"))
    assert [(type(s), s.exercise_id, s.at, s.shared) for s in sessions] == [
        (SessionChoice, "daily_reflection", WHEN, True), (SessionChoice, "load_check", WHEN, False)]
    assert queries.session_choices(None, None, ()) == []
    assert queries.feedback_choices(None, None) == [
        FeedbackChoice(markers.feedback_id, WHEN, "kanariafeedbacktargetqx", "received", "colleague", True)]
    assert WHEN.local_day() == date(2026, 11, 13) and WHEN.local_day(timezone(timedelta(hours=-11))) == date(
        2026, 11, 12)


def test_stored_json_is_decoded_and_unreadable_answers_read_as_empty(
        db: sqlite_utils.Database, markers: Markers) -> None:
    queries = ReportQueries(db)
    assert queries.feedback_skills(None, None) == [FeedbackSkills("received", ("listening",))]
    [check] = queries.exercise_answers(None, None, "load_check")
    assert isinstance(check, ExerciseAnswers) and check.at == WHEN
    assert check.answers["load"] == 4 and check.answers["load_sources"] == ["amount"]
    with db.atomic():
        db.execute("UPDATE exercise_sessions SET responses = '{ei json' WHERE exercise_id = 'load_check'")
        db.execute("UPDATE feedback_requests SET skills = '[rikki'")
    assert queries.exercise_answers(None, None, "load_check") == [ExerciseAnswers(WHEN, {})]
    assert queries.feedback_skills(None, None) == [FeedbackSkills("received", ())]


def test_customer_metrics_come_with_their_entry_time(db: sqlite_utils.Database, markers: Markers) -> None:
    assert ReportQueries(db).org_metrics(None, None) == [OrgMetric("ces", 6, WHEN)]
