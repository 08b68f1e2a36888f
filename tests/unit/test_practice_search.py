"""Unified search: diary entries and practice records found with the same words."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from tyokirja.domain.encounter import Encounter
from tyokirja.domain.exercise_loader import load_exercises
from tyokirja.domain.practice import IfThen
from tyokirja.services.search import SearchService
from tyokirja.services.workbook import Workbook

from .test_exercise_library import write_library
from .test_practice_service import Clock

HKI = timezone(timedelta(hours=2))


@pytest.fixture
def world(tmp_path, db_path, diary, catalogue):
    library = load_exercises(write_library(tmp_path / "res"), catalogue=catalogue)
    clock = Clock(datetime(2026, 2, 2, 9, 0, tzinfo=HKI))
    db = diary.encounters.db
    practice = Workbook(db, db_path, catalogue, clock=clock, library=library)
    return practice, SearchService.open(db, library, "en"), clock


def test_one_search_finds_entries_sessions_feedback_and_goals_newest_first(world):
    practice, search, clock = world
    practice.diary.encounters.save(Encounter(occurred_at=clock.now, title="Äänekosken asiakas soitti"))
    clock.advance(days=1)
    s = practice.exercises.start("empathy_map")
    s = practice.exercises.answer(s, "who", "Äänekosken asiakas, joka odotti toimitusta")
    clock.advance(days=1)
    feedback = practice.feedback.create_feedback("Puhun asiakkaalle rauhallisemmin")
    clock.advance(days=1)
    goal = practice.goals.create_goal("Kuuntelen loppuun", plans=[IfThen("asiakas keskeyttää", "odotan")])
    hits = search.search_all("asiak")
    assert [(h.kind, h.id) for h in hits] == [("goal", goal.id), ("feedback", feedback.id), ("session", s.id),
                                              ("encounter", practice.diary.encounters.all()[0].id)]
    assert hits[2].title == "In their shoes: Äänekosken asiakas, joka odotti toimitusta"
    assert hits[2].when == datetime(2026, 2, 3, 9, 0, tzinfo=HKI)
    assert [h.kind for h in search.search_all("Äänekosken")] == ["session", "encounter"]
    assert search.search_all("aanekosken") == []  # ä is not a
    assert search.search_all("  ") == []


def test_edits_and_deletes_keep_the_index_in_step(world):
    practice, search, clock = world
    s = practice.exercises.answer(practice.exercises.start("presence_transition"), "park", "Raportti 🙂 ja čđŋ")
    assert [h.id for h in search.search_all("čđŋ")] == [s.id]
    assert [h.id for h in search.search_all("🙂")] == [s.id]  # a short word: substring match
    s = practice.exercises.answer(s, "park", "Sähköposti odottaa")
    assert search.search_all("čđŋ") == [] and [h.id for h in search.search_all("sähköposti")] == [s.id]
    goal = practice.goals.create_goal("Selkeät ohjeet")
    goal.review_notes = "Toimii jo Sámi-asiakkaiden kanssa"
    practice.goals.update_goal(goal)
    assert [h.kind for h in search.search_all("Sámi")] == ["goal"]
    practice.goals.delete_goal(goal.id)
    practice.exercises.delete_session(s.id)
    assert search.search_all("Sámi") == [] and search.search_all("sähköposti") == []


def test_the_cli_search_lists_practice_records_too(tmp_path, catalogue):
    from tests.e2e.conftest import run_cli
    from tyokirja.services.workbook import open_workbook

    path = tmp_path / "cli" / "d.sqlite"
    practice = open_workbook(path, create=True, catalogue=catalogue, clock=Clock(datetime(2026, 2, 2, 9, 0, tzinfo=HKI)),
                             library=load_exercises(write_library(tmp_path / "res"), catalogue=catalogue))
    try:
        entry = Encounter(occurred_at=datetime(2026, 2, 1, 8, 0, tzinfo=HKI), title="Asiakas soitti")
        practice.diary.encounters.save(entry)
        practice.goals.create_goal("Vastaan asiakkaalle samana päivänä")
    finally:
        practice.close()
    done = run_cli("--db", path, "--lang", "en", "search", "asiak")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["2026-02-02 09:00  Goal: Vastaan asiakkaalle samana päivänä",
                                        "2026-02-01 08:00  Asiakas soitti"]
