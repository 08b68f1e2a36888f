"""Unified search: diary entries and practice records found with the same words."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from tyokirja.domain.encounter import Encounter
from tyokirja.domain.exercise_loader import load_exercises
from tyokirja.domain.practice import IfThen
from tyokirja.services.practice import PracticeService
from tyokirja.services.search import SearchService

from .test_exercise_library import write_library
from .test_practice_service import Clock

HKI = timezone(timedelta(hours=2))


@pytest.fixture
def world(tmp_path, diary, catalogue):
    library = load_exercises(write_library(tmp_path / "res"), catalogue=catalogue)
    clock = Clock(datetime(2026, 2, 2, 9, 0, tzinfo=HKI))
    db = diary.encounters.db
    practice = PracticeService.open(db, catalogue, library, clock)
    return practice, SearchService.open(db, library, "en"), clock


def test_one_search_finds_entries_sessions_feedback_and_goals_newest_first(world):
    practice, search, clock = world
    practice.encounters.save(Encounter(occurred_at=clock.now, title="Äänekosken asiakas soitti"))
    clock.advance(days=1)
    s = practice.start("empathy_map")
    s = practice.answer(s, "who", "Äänekosken asiakas, joka odotti toimitusta")
    clock.advance(days=1)
    feedback = practice.create_feedback("Puhun asiakkaalle rauhallisemmin")
    clock.advance(days=1)
    goal = practice.create_goal("Kuuntelen loppuun", plans=[IfThen("asiakas keskeyttää", "odotan")])
    hits = search.search_all("asiak")
    assert [(h.kind, h.id) for h in hits] == [("goal", goal.id), ("feedback", feedback.id), ("session", s.id),
                                              ("encounter", practice.encounters.all()[0].id)]
    assert hits[2].title == "In their shoes: Äänekosken asiakas, joka odotti toimitusta"
    assert hits[2].when == datetime(2026, 2, 3, 9, 0, tzinfo=HKI)
    assert [h.kind for h in search.search_all("Äänekosken")] == ["session", "encounter"]
    assert search.search_all("aanekosken") == []  # ä is not a
    assert search.search_all("  ") == []


def test_edits_and_deletes_keep_the_index_in_step(world):
    practice, search, clock = world
    s = practice.answer(practice.start("presence_transition"), "park", "Raportti 🙂 ja čđŋ")
    assert [h.id for h in search.search_all("čđŋ")] == [s.id]
    assert [h.id for h in search.search_all("🙂")] == [s.id]  # a short word: substring match
    s = practice.answer(s, "park", "Sähköposti odottaa")
    assert search.search_all("čđŋ") == [] and [h.id for h in search.search_all("sähköposti")] == [s.id]
    goal = practice.create_goal("Selkeät ohjeet")
    goal.review_notes = "Toimii jo Sámi-asiakkaiden kanssa"
    practice.update_goal(goal)
    assert [h.kind for h in search.search_all("Sámi")] == ["goal"]
    practice.delete_goal(goal.id)
    practice.delete_session(s.id)
    assert search.search_all("Sámi") == [] and search.search_all("sähköposti") == []


def test_the_cli_search_lists_practice_records_too(tmp_path, catalogue):
    from tests.e2e.conftest import run_cli
    from tyokirja.storage.connection import close_diary, open_diary

    path = tmp_path / "cli" / "d.sqlite"
    db = open_diary(path)
    try:
        practice = PracticeService.open(db, catalogue, load_exercises(write_library(tmp_path / "res"), catalogue=catalogue),
                                        Clock(datetime(2026, 2, 2, 9, 0, tzinfo=HKI)))
        practice.encounters.save(Encounter(occurred_at=datetime(2026, 2, 1, 8, 0, tzinfo=HKI), title="Asiakas soitti"))
        practice.create_goal("Vastaan asiakkaalle samana päivänä")
    finally:
        close_diary(db)
    done = run_cli("--db", path, "--lang", "en", "search", "asiak")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["2026-02-02 09:00  Goal: Vastaan asiakkaalle samana päivänä",
                                        "2026-02-01 08:00  Asiakas soitti"]
