"""The practice services (exercises, feedback, goals, today) over a real diary file, with an injected clock
and fixture content."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from tyokirja.domain.encounter import Encounter
from tyokirja.domain.exercise_loader import load_exercises
from tyokirja.domain.practice import IfThen
from tyokirja.services.exercises import IncompleteSession
from tyokirja.services.workbook import open_workbook

from .test_exercise_library import write_library

HKI = timezone(timedelta(hours=2))


class Clock:
    """A settable clock: the service reads the time only through it."""

    def __init__(self, moment: datetime):
        self.now = moment

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta) -> None:
        self.now = self.now + timedelta(**delta)


@pytest.fixture
def clock():
    return Clock(datetime(2026, 2, 3, 18, 0, tzinfo=HKI))  # a Tuesday evening


@pytest.fixture
def practice(tmp_path, db_path, catalogue, clock):
    """The workbook's practice services (exercises, feedback, goals, today) over fixture content."""
    library = load_exercises(write_library(tmp_path / "res"), catalogue=catalogue)
    workbook = open_workbook(db_path, create=True, catalogue=catalogue, clock=clock, library=library)
    yield workbook
    workbook.close()


def test_a_session_is_saved_on_every_answer_and_resumes_after_pause(practice, clock):
    session = practice.exercises.start("daily_reflection")
    assert session.status == "in_progress" and session.responses == {}
    assert session.started_at == clock.now and session.exercise_version == 2
    clock.advance(minutes=1)
    session = practice.exercises.answer(session, "went_well", "Kuuntelin loppuun – Čđŋ 🙂")
    session = practice.exercises.go_to(session, 2)
    session = practice.exercises.pause(session)
    assert [s.id for s in practice.exercises.in_progress()] == [session.id]

    again = practice.exercises.resume(session.id)
    assert again.status == "in_progress" and again.current_step == 2
    assert again.responses == {"went_well": "Kuuntelin loppuun – Čđŋ 🙂"}
    assert again.updated_at > again.started_at


def test_answers_of_the_wrong_shape_or_step_are_refused(practice):
    session = practice.exercises.start("weekly_review")
    with pytest.raises(KeyError):
        practice.exercises.answer(session, "no_such_step", "x")
    with pytest.raises(ValueError):
        practice.exercises.answer(session, "scale", 11)
    with pytest.raises(ValueError):
        practice.exercises.answer(session, "now_what", "not a plan")
    session = practice.exercises.answer(session, "scale", 7)
    assert practice.exercises.get_session(session.id).responses == {"scale": 7}


def test_complete_needs_every_required_step_and_schedules_later_steps(practice, clock):
    session = practice.exercises.start("empathy_map")
    session = practice.exercises.answer(session, "who", "asiakas")
    with pytest.raises(IncompleteSession) as info:
        practice.exercises.complete(session)
    assert info.value.step_ids == ["observed", "question"]
    session = practice.exercises.answer(session, "observed", ["said", "did"])
    session = practice.exercises.answer(session, "question", "Mikä sinulle on tärkeintä?")
    done = practice.exercises.complete(session, usefulness=4)
    assert done.status == "completed" and done.completed_at == clock.now and done.usefulness == 4
    assert practice.exercises.in_progress() == []

    today = clock.now.date()
    assert practice.exercises.due_followups(today) == []
    assert practice.exercises.due_followups(today + timedelta(days=1)) == []
    due = practice.exercises.due_followups(today + timedelta(days=2))
    assert [(t.step_id, t.due_on, t.session_id) for t in due] == [("check", date(2026, 2, 5), done.id)]
    assert practice.exercises.later_step(due[0]).prompt("en") == "What did they say?"

    clock.advance(days=2)
    assert [t.id for t in practice.today.today().due_followups] == [due[0].id]
    task = practice.exercises.complete_followup(due[0].id, "Arvaus osui melkein.")
    assert task.status == "done" and task.result == "Arvaus osui melkein." and task.done_at == clock.now
    assert practice.exercises.get_session(done.id).responses["check"] == "Arvaus osui melkein."
    assert practice.exercises.due_followups() == []


def test_a_dismissed_follow_up_stays_away(practice, clock):
    session = practice.exercises.start("presence_transition")
    done = practice.exercises.complete(practice.exercises.answer(session, "park", "Raportti klo 15"))
    clock.advance(days=5)
    [task] = practice.exercises.due_followups()
    assert task.due_on == date(2026, 2, 4)  # overdue ones stay listed until handled
    practice.exercises.dismiss_followup(task.id)
    assert practice.exercises.due_followups() == []
    assert practice.exercises.followups_for(done.id)[0].status == "dismissed"


def test_the_listening_mirror_rotates_statements(practice, clock):
    used = []
    for _ in range(4):
        session = practice.exercises.start("listening_mirror")
        assert session.responses["statement"] == session.statement_id
        assert practice.exercises.statement_of(session).id == session.statement_id
        used.append(session.statement_id)
        clock.advance(days=1)
    assert len(set(used[:3])) == 3  # three statements: none repeats until all were used
    assert used[3] == used[0]  # then the one used longest ago


def test_feedforward_creates_a_feedback_request_closed_by_its_follow_up(practice, clock):
    session = practice.exercises.start("feedforward")
    for step, value in (("behaviour", "Keskeytän vähemmän"), ("whom", "colleague"),
                        ("question", "Mitä yhtä asiaa ehdottaisit?")):
        session = practice.exercises.answer(session, step, value)
    done = practice.exercises.complete(session)
    [request] = practice.feedback.feedback_requests()
    assert (request.target_behaviour, request.asked_role, request.question, request.status, request.session_id) == (
        "Keskeytän vähemmän", "colleague", "Mitä yhtä asiaa ehdottaisit?", "planned", done.id)
    assert request.skills == ["communication.feedback"]
    clock.advance(days=7)
    [task] = practice.exercises.due_followups()
    practice.exercises.complete_followup(task.id, "Kerroin kahvilla.")
    closed = practice.feedback.get_feedback(request.id)
    assert closed.status == "closed" and closed.closed_at == clock.now


def test_feedback_life_cycle_stamps_each_step(practice, clock):
    request = practice.feedback.create_feedback("Selkeämmät ohjeet", asked_role="customer", channel="phone")
    assert request.status == "planned" and request.created_at == clock.now
    stamps = []
    for expected in ("asked", "received", "processed", "closed"):
        clock.advance(hours=1)
        request = practice.feedback.advance_feedback(request.id)
        stamps.append(clock.now)
        assert request.status == expected
    assert [request.asked_at, request.received_at, request.processed_at, request.closed_at] == stamps
    assert practice.feedback.advance_feedback(request.id).status == "closed"
    with pytest.raises(ValueError):
        practice.feedback.create_feedback("  ")


def test_goals_reviews_fall_due_and_the_weekly_review_walks_through_them(practice, clock):
    goal = practice.goals.create_goal("Kuuntelen loppuun", skill_id="listening",
                                plans=[IfThen("asiakas keskeyttää", "odotan kolme sekuntia")],
                                review_at=date(2026, 2, 6))
    assert goal.start == date(2026, 2, 3) and goal.status == "active"
    assert practice.goals.due_reviews(date(2026, 2, 5)) == []
    assert [g.id for g in practice.goals.due_reviews(date(2026, 2, 6))] == [goal.id]

    clock.advance(days=3)
    session = practice.exercises.start("weekly_review")
    review = [{"goal_id": goal.id, "status": "adapted", "note": "Kolme on liikaa"}]
    session = practice.exercises.answer(session, "goals", review)
    session = practice.exercises.answer(session, "scale", 6)
    session = practice.exercises.answer(session, "now_what", {"if": "puhelu alkaa", "then": "kirjaan yhden sanan"})
    practice.exercises.complete(session, plan_as_goal=True)
    reviewed = practice.goals.get_goal(goal.id)
    assert reviewed.status == "adapted" and reviewed.review_notes == "2026-02-06: Kolme on liikaa"
    assert reviewed.review_at == date(2026, 2, 13) and practice.goals.due_reviews() == []
    new = [g for g in practice.goals.goals() if g.id != goal.id]
    assert [(g.wish, g.plans, g.review_at) for g in new] == [
        ("kirjaan yhden sanan", [IfThen("puhelu alkaa", "kirjaan yhden sanan")], date(2026, 2, 13))]


def test_today_suggests_by_rhythm_and_counts_active_weeks(practice, clock, db_path):
    view = practice.today.today()
    assert view.suggested.id == "daily_reflection" and view.active_weeks == (0, 4) and not view.welcome_back
    session = practice.exercises.start("daily_reflection")
    for step, value in (("encounter", "enc-1"), ("went_well", "x"), ("feeling", ["calm"])):
        session = practice.exercises.answer(session, step, value)
    practice.exercises.complete(session)
    view = practice.today.today()
    assert view.suggested.id in ("listening_mirror", "empathy_map") and view.active_weeks == (1, 4)
    # an entry two weeks earlier counts for its own week
    practice.diary.encounters.save(Encounter(occurred_at=clock.now - timedelta(weeks=2), title="Palaveri"))
    assert practice.today.active_weeks() == (2, 4)
    clock.advance(days=3)  # Friday: the weekly exercises are due
    assert practice.today.today().suggested.id == "weekly_review"
    clock.advance(days=30)
    view = practice.today.today()
    assert view.welcome_back and view.return_exercise.id == "presence_transition" and view.active_weeks == (0, 4)


def test_a_failure_while_completing_leaves_the_session_as_it_was(practice, clock, monkeypatch):
    from tyokirja.storage.errors import DiskFullError

    session = practice.exercises.start("presence_transition")
    session = practice.exercises.answer(session, "park", "Raportti")

    def disk_full(task):
        raise DiskFullError("full")

    monkeypatch.setattr(practice.exercises.followups, "save", disk_full)
    with pytest.raises(DiskFullError):
        practice.exercises.complete(session)
    again = practice.exercises.get_session(session.id)
    assert again.status == "in_progress" and again.completed_at is None and again.responses == {"park": "Raportti"}
    assert practice.exercises.followups_for(session.id) == []



def test_today_reads_only_the_entries_of_its_year_even_when_many_are_dated_in_the_future(practice, clock):
    # An imported or clock-skewed diary has entries ahead of today: the Today page must neither
    # count them nor read them (its window has an upper bound in SQL, not only in Python).
    repo = practice.diary.encounters
    repo.save(Encounter(occurred_at=clock.now - timedelta(days=1), title="Eilen"))
    for n in range(40):
        repo.save(Encounter(occurred_at=clock.now + timedelta(days=3 + n * 10), title=f"Tulevaisuus {n}"))
    read: list[int] = []
    moments = practice.today.encounters.moments

    def counted(*args, **kwargs):
        rows = moments(*args, **kwargs)
        read.append(len(rows))
        return rows

    practice.today.encounters.moments = counted
    view = practice.today.today()
    assert view.active_weeks[0] == 1 and not view.welcome_back
    assert sum(read) <= 2  # yesterday's entry (and at most one more at the day's edge), never the 40 ahead
