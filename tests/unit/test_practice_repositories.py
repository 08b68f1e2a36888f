"""Practice repositories store and return every field exactly, Sámi letters and emoji included."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from tyokirja.domain.practice import SBI, ExerciseSession, FeedbackRequest, FollowUpTask, Goal, IfThen
from tyokirja.storage.connection import close_diary, open_diary
from tyokirja.storage.errors import NotFoundError
from tyokirja.storage.feedback import FeedbackRepository
from tyokirja.storage.followups import FollowUpRepository
from tyokirja.storage.goals import GoalRepository
from tyokirja.storage.sessions import SessionRepository, search_ids

WINTER, SUMMER = timezone(timedelta(hours=2)), timezone(timedelta(hours=3))
SAMI = "Čáhppes Đuolla ŊUOLGGAT šaddu ŧuoddar žurdda"
EMOJI = "🙂 👍🏽 👨‍👩‍👧‍👦"
MARKUP = "<b>&amp; < & > \"x\" 'y'"


@pytest.fixture
def db(db_path):
    database = open_diary(db_path)
    yield database
    close_diary(database)


def full_session(**changes) -> ExerciseSession:
    session = ExerciseSession(
        id="s1",
        exercise_id="deep_reflection",
        exercise_version=3,
        started_at=datetime(2026, 3, 29, 1, 59, 59, 999999, tzinfo=WINTER),
        updated_at=datetime(2026, 3, 29, 4, 0, 1, 1, tzinfo=SUMMER),
        completed_at=datetime(2026, 3, 29, 4, 5, tzinfo=SUMMER),
        status="completed",
        current_step=9,
        responses={
            "description": f"{SAMI} {EMOJI} {MARKUP}\nToinen rivi",
            "feeling_words": ["relieved", "nervous"],
            "level": "empathic",
            "observed": ["said", "did"],
            "scale": 7,
            "plan": {"if": f"jos {EMOJI}", "then": f"niin {SAMI}"},
            "plans": [{"if": "a", "then": "b"}, {"if": "", "then": "c"}],
            "goals": [{"goal_id": "g1", "status": "adapted", "note": "ä"}],
        },
        encounter_id="enc-7",
        usefulness=5,
        statement_id="complaint_late",
        share_with_coach=True,
    )
    for key, value in changes.items():
        setattr(session, key, value)
    return session


def test_a_session_round_trips_every_field(db):
    repo = SessionRepository(db)
    session = full_session()
    assert repo.save(session) == session
    loaded = repo.get("s1")
    assert loaded == session and loaded.started_at.utcoffset() == timedelta(hours=2)
    assert loaded.completed_at.utcoffset() == timedelta(hours=3)
    assert list(loaded.responses) == list(session.responses)  # answer order kept
    assert repo.all() == [session]
    assert repo.completion_times() == [("deep_reflection", session.completed_at)]

    paused = full_session(id="s2", status="paused", completed_at=None, usefulness=None, statement_id=None,
                          encounter_id=None, responses={}, share_with_coach=False)
    repo.save(paused)
    assert repo.get("s2") == paused and [s.id for s in repo.open_sessions()] == ["s2"]
    assert [s.id for s in repo.completed()] == ["s1"] and repo.completed("ofnr") == []
    assert repo.recent_statements() == ["complaint_late"]
    assert repo.delete("s2") == paused
    with pytest.raises(NotFoundError):
        repo.get("s2")


def test_session_answers_are_searchable_but_keys_and_ids_are_not(db):
    repo = SessionRepository(db)
    repo.save(full_session())
    assert search_ids(db, "session", "Đuolla") == ["s1"]
    assert search_ids(db, "session", "toinen rivi") == ["s1"]
    assert search_ids(db, "session", "description") == []  # step ids are not text
    assert search_ids(db, "session", "adapted") == [] and search_ids(db, "session", "g1") == []
    assert search_ids(db, "goal", "Đuolla") == []


def test_a_follow_up_round_trips_every_field(db):
    repo = FollowUpRepository(db)
    task = FollowUpTask(
        id="f1", due_on=date(2026, 3, 31), session_id="s1", source_kind="exercise", ref_id=None,
        step_id="answer", status="done", result={"text": f"{SAMI} {EMOJI}", "n": 3},
        created_at=datetime(2026, 3, 29, 4, 5, tzinfo=SUMMER), done_at=datetime(2026, 3, 31, 8, 0, tzinfo=SUMMER),
    )
    assert repo.save(task) == task
    goal_task = FollowUpTask(id="f2", due_on=date(2026, 3, 30), source_kind="goal_review", ref_id="g1",
                             created_at=datetime(2026, 3, 20, 9, 0, tzinfo=WINTER))
    repo.save(goal_task)
    assert repo.get("f2") == goal_task and repo.get("f2").result is None
    assert repo.open_due_by(date(2026, 3, 29)) == []
    assert repo.open_due_by(date(2026, 4, 30)) == [goal_task]
    assert repo.for_session("s1") == [task] and repo.for_ref("goal_review", "g1") == [goal_task]
    assert repo.all() == [goal_task, task]


def test_a_feedback_request_round_trips_every_field(db):
    repo = FeedbackRepository(db)
    request = FeedbackRequest(
        id="r1", target_behaviour=f"Keskeytän vähemmän {EMOJI}", asked_role="colleague", channel="video",
        question=f"Mitä ehdottaisit? {MARKUP}", question_template="advice_next_time", status="processed",
        asked_at=datetime(2026, 3, 27, 9, 0, tzinfo=WINTER), received_at=datetime(2026, 3, 28, 9, 0, tzinfo=WINTER),
        processed_at=datetime(2026, 3, 30, 9, 0, tzinfo=SUMMER), closed_at=None, content=f"Sanoi {SAMI}",
        sbi=SBI("Palaveri", "Keskeytin", "Hän vaikeni 😶"), my_reaction=["nervous", "grateful"], take="Odotan",
        leave="Ei kaikkea", action="jos → niin", thanked=True, skills=["listening"], session_id="s1",
        share_with_coach=True, created_at=datetime(2026, 3, 26, 9, 0, tzinfo=WINTER),
        updated_at=datetime(2026, 3, 30, 9, 0, tzinfo=SUMMER),
    )
    assert repo.save(request) == request
    request.status, request.closed_at = "closed", datetime(2026, 4, 2, 9, 0, tzinfo=SUMMER)
    assert repo.save(request) == request and repo.all() == [request]
    assert search_ids(db, "feedback", "vaikeni") == ["r1"] and search_ids(db, "feedback", "😶") == ["r1"]
    assert repo.search("ŋuolggat") == [request] and repo.search("nuolggat") == []  # case folds, ŋ stays ŋ
    assert repo.search("đ") == [request] and repo.search("Ŧ") == [request]  # short words: substring
    assert repo.search("sanoi") == [request]
    assert repo.delete("r1") == request and repo.all() == [] and search_ids(db, "feedback", "vaikeni") == []


def test_a_goal_round_trips_every_field(db):
    repo = GoalRepository(db)
    goal = Goal(
        id="g1", wish=f"Rauhallisempi {SAMI}", skill_id="eq.self_regulation", outcome="Asiakas kiittää 🙏",
        obstacle="Kiire", plans=[IfThen("puhelin soi", "hengitän"), IfThen(f"{EMOJI}", "")],
        start=date(2026, 3, 2), review_at=date(2026, 3, 30), success_signal="Ääni pysyy matalana",
        status="adapted", encounter_ids=["enc-1", "enc-2"], review_notes="2026-03-30: toimii",
        session_id="s1", share_with_coach=True, created_at=datetime(2026, 3, 2, 16, 0, tzinfo=WINTER),
        updated_at=datetime(2026, 3, 30, 16, 0, tzinfo=SUMMER),
    )
    assert repo.save(goal) == goal
    bare = Goal("Lyhyt", id="g2", created_at=datetime(2026, 3, 3, tzinfo=WINTER),
                updated_at=datetime(2026, 3, 3, tzinfo=WINTER), status="ended")
    repo.save(bare)
    assert repo.get("g2") == bare and repo.all() == [goal, bare] and repo.open_goals() == [goal]
    assert repo.search("hengitän") == [goal] and repo.search("lyhyt") == [bare]


def test_an_existing_diary_gains_the_practice_tables_after_a_safety_copy(db_path, monkeypatch):
    from datetime import datetime as dt

    from tests.helpers.old_diary import insert_old_entry
    from tyokirja.storage import migrations
    from tyokirja.storage.encounters import EncounterRepository

    def only_the_first(db, path, *, fresh):  # a diary made before issue 3
        migrations.migrations.apply(db, stop_before="0002_practice")
        return []

    with monkeypatch.context() as patch:
        patch.setattr(migrations, "migrate", only_the_first)
        old = open_diary(db_path)
        insert_old_entry(old, "old1", "Vanha", dt(2026, 1, 5, 9, 0, tzinfo=WINTER))
        assert "exercise_sessions" not in old.table_names()
        close_diary(old)

    db = open_diary(db_path)
    try:
        assert {"exercise_sessions", "follow_ups", "feedback_requests", "goals"} <= set(db.table_names())
        assert [e.title for e in EncounterRepository(db).all()] == ["Vanha"]
        SessionRepository(db).save(full_session())
        assert search_ids(db, "session", "Đuolla") == ["s1"]
    finally:
        close_diary(db)
    copies = list(migrations.backups_dir(db_path).glob("*before-0002_practice*"))
    assert len(copies) == 1
