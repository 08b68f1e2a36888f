"""Rating sessions: instrument content, validation, storage round trip, blind-first reveal, due and snooze."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from tyokirja.domain.content import ContentError
from tyokirja.domain.encounter import Encounter
from tyokirja.domain.rating import (
    RatingSession,
    SkillRating,
    load_default_instrument,
    load_instrument,
    months_before,
    validate_session,
)
from tyokirja.domain.validation import ValidationError
from tyokirja.services.progress import NotSavedYet, ProgressService
from tyokirja.storage.connection import close_diary, open_diary
from tyokirja.storage.encounters import EncounterRepository

HEL = timezone(timedelta(hours=2))
ITEMS = [
    "presence", "listening", "communication.clarity", "communication.adapt", "communication.feedback",
    "communication.channel", "problem_solving", "eq.empathy", "eq.self_regulation", "eq.social_awareness",
]


class Clock:
    def __init__(self, now: datetime):
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def instrument(catalogue):
    return load_default_instrument(catalogue)


@pytest.fixture
def db(db_path):
    db = open_diary(db_path)
    yield db
    close_diary(db)


@pytest.fixture
def clock():
    return Clock(datetime(2026, 3, 10, 9, 0, tzinfo=HEL))


@pytest.fixture
def service(db, catalogue, clock):
    return ProgressService.open(db, catalogue, clock=clock)


def filled(session: RatingSession, level: int = 3) -> RatingSession:
    for r in session.ratings:
        r.level = level
        r.evidence_text = f"example for {r.item_id}" if level else ""
        r.confidence = 2
    return session


# -- instrument ----------------------------------------------------------------------------------


def test_instrument_has_the_ten_items_with_five_anchors_in_both_languages(instrument, catalogue):
    assert instrument.ids() == ITEMS
    assert set(ITEMS) <= set(catalogue.ids("skills"))
    for item in instrument.items:
        assert [a.level for a in item.anchors] == [1, 2, 3, 4, 5]
        assert all(a.text("fi") and a.text("en") for a in item.anchors)
        assert item.name("fi") and item.name("en") and item.question("en")
    assert instrument.item("listening").anchor(3).text("fi") == "Kysyn tarkentavia kysymyksiä ja teen yhteenvedon."
    assert instrument.text("window", "fi") == "Ajattele viimeistä neljää viikkoa, älä tätä päivää."
    assert instrument.text("not_appraisal", "fi") == "Yksityinen kehitysarvio, ei suoritusarviointi."
    assert instrument.level_text("presence", 0, "fi") == "Ei havaintoa vielä"
    assert instrument.text("evidence_prompt", "fi") == "Mistä tiedät?"
    assert "terävämmästä" in instrument.text("response_shift_note", "fi")


def test_instrument_loader_refuses_a_missing_anchor(tmp_path: Path):
    text = (Path(__file__).parents[2] / "resources/content/ratings/bars.toml").read_text(encoding="utf-8")
    broken = text.replace('  { level = 5, fi = "Pysyn läsnä', '  # { level = 5, fi = "Pysyn läsnä', 1)
    path = tmp_path / "bars.toml"
    path.write_text(broken, encoding="utf-8")
    with pytest.raises(ContentError, match="levels 1 to 5"):
        load_instrument(path)


def test_instrument_loader_refuses_an_unknown_skill(tmp_path: Path):
    src = Path(__file__).parents[2] / "resources/content/ratings/bars.toml"
    path = tmp_path / "bars.toml"
    path.write_text(src.read_text(encoding="utf-8").replace('id = "presence"', 'id = "charisma"'), encoding="utf-8")
    with pytest.raises(ContentError, match="charisma"):
        load_instrument(path, {"listening"})


# -- validation ----------------------------------------------------------------------------------


def test_levels_one_to_five_need_evidence_but_zero_does_not(instrument, clock):
    s = RatingSession("monthly", clock(), [SkillRating(i) for i in ITEMS])
    assert validate_session(s, instrument) == []  # all zero: "no evidence yet" is a valid answer
    s.rating("listening").level = 4
    assert [(p.field, p.code) for p in validate_session(s, instrument)] == [("listening", "evidence_required")]
    s.rating("listening").evidence_text = "   "
    assert [p.code for p in validate_session(s, instrument)] == ["evidence_required"]
    s.rating("listening").evidence_encounter_id = "abc"
    assert validate_session(s, instrument) == []
    s.rating("listening").evidence_encounter_id = None
    s.rating("listening").evidence_text = "Tiivistin asiakkaan huolen ja hän vahvisti sen."
    assert validate_session(s, instrument) == []


def test_monthly_needs_all_ten_items_and_weekly_focus_exactly_one(instrument, clock):
    s = RatingSession("monthly", clock(), [SkillRating(i) for i in ITEMS[:9]])
    problems = validate_session(s, instrument)
    assert [(p.field, p.code, p.value) for p in problems] == [("ratings", "missing_items", ("eq.social_awareness",))]
    retro = RatingSession("retrospective", clock(), [SkillRating(i) for i in ITEMS])
    assert [(p.field, p.code) for p in validate_session(retro, instrument)] == [("refers_to_date", "required")]
    two = RatingSession("weekly_focus", clock(), [SkillRating("presence"), SkillRating("listening")])
    assert [p.code for p in validate_session(two, instrument)] == ["one_item_expected"]
    one = RatingSession("weekly_focus", clock(), [SkillRating("presence")])
    assert validate_session(one, instrument) == []


def test_out_of_range_unknown_and_duplicate_values_are_named(instrument, clock):
    ratings = [SkillRating(i) for i in ITEMS]
    ratings[0].level = 6
    ratings[1].confidence = 4
    ratings.append(SkillRating("presence"))
    ratings.append(SkillRating("charisma"))
    s = RatingSession("monthly", clock(), ratings)
    codes = {(p.field, p.code) for p in validate_session(s, instrument)}
    assert codes == {("presence", "out_of_range"), ("listening", "out_of_range"),
                     ("presence", "duplicate_item"), ("charisma", "unknown_value")}
    s = RatingSession("yearly", datetime(2026, 1, 1), [])
    assert {p.code for p in validate_session(s, instrument)} == {"unknown_value", "naive_time"}


def test_months_before_clamps_to_the_month_end():
    assert months_before(date(2026, 5, 31), 3) == date(2026, 2, 28)
    assert months_before(date(2026, 1, 15), 3) == date(2025, 10, 15)
    assert months_before(date(2028, 5, 31), 3) == date(2028, 2, 29)


# -- service and storage -------------------------------------------------------------------------


def test_a_saved_monthly_session_round_trips_with_its_evidence(service, db, clock, catalogue):
    enc = EncounterRepository(db).save(Encounter(occurred_at=clock() - timedelta(days=3), title="Asiakaspalaveri"))
    s = filled(service.new_session("monthly"))
    s.rating("listening").evidence_text = ""
    s.rating("listening").evidence_encounter_id = enc.id
    s.rating("presence").level = 0
    s.rating("presence").evidence_text = ""
    s.note = "Hyvä kuukausi 😊"
    service.save_session(s)
    back = service.get_session(s.id)
    assert back.kind == "monthly" and back.window_days == 28 and back.instrument_version == 1
    assert back.rated_at == clock() and back.note == "Hyvä kuukausi 😊"
    assert [r.item_id for r in back.ratings] == ITEMS
    assert back.rating("listening").evidence_encounter_id == enc.id
    assert back.rating("presence").level == 0
    assert back.rating("eq.empathy").evidence_text == "example for eq.empathy"
    assert back.rating("eq.empathy").confidence == 2
    assert [d.kind for d in service.behind_point(s.id, "listening")] == ["rating", "encounter"]
    assert service.behind_point(s.id, "listening")[1].title == "Asiakaspalaveri"


def test_an_invalid_session_is_not_stored(service):
    s = service.new_session("monthly")
    s.rating("listening").level = 3
    with pytest.raises(ValidationError) as err:
        service.save_session(s)
    assert [(p.field, p.code) for p in err.value.problems] == [("listening", "evidence_required")]
    assert service.sessions() == []


def test_previous_levels_stay_hidden_until_the_new_session_is_saved(service, clock):
    first = filled(service.new_session("monthly"), 2)
    service.save_session(first)
    clock.now += timedelta(days=31)
    second = filled(service.new_session("monthly"), 4)
    with pytest.raises(NotSavedYet):
        service.previous_levels(second)
    service.save_session(second)
    assert service.previous_levels(second) == dict.fromkeys(ITEMS, 2)
    assert service.previous_levels(first) == {}


def test_previous_level_of_a_focus_item_comes_from_the_latest_rating_of_that_item(service, clock):
    service.save_session(filled(service.new_session("monthly"), 2))
    clock.now += timedelta(days=7)
    focus = service.new_session("weekly_focus", "listening")
    focus.ratings[0].level, focus.ratings[0].evidence_text = 3, "Tein yhteenvedon."
    service.save_session(focus)
    clock.now += timedelta(days=7)
    retro = filled(service.new_session("retrospective"), 1)  # re-ratings of the past are not "previous"
    assert retro.refers_to_date == date(2025, 12, 24)
    service.save_session(retro)
    clock.now += timedelta(days=20)
    nxt = filled(service.new_session("monthly"), 4)
    service.save_session(nxt)
    prev = service.previous_levels(nxt)
    assert prev["listening"] == 3 and prev["presence"] == 2


def test_weekly_focus_needs_a_known_item(service):
    with pytest.raises(ValueError):
        service.new_session("weekly_focus")
    with pytest.raises(KeyError):
        service.new_session("weekly_focus", "charisma")


def test_delete_removes_session_and_ratings(service, db):
    s = service.save_session(filled(service.new_session("monthly")))
    service.delete_session(s.id)
    assert service.sessions() == []
    assert db.execute("SELECT count(*) FROM skill_ratings").fetchone()[0] == 0


def _first_entry(db, clock, days_ago: int) -> None:
    EncounterRepository(db).save(Encounter(occurred_at=clock() - timedelta(days=days_ago), title="Ensimmäinen"))


def test_no_monthly_rating_is_due_before_the_first_week_of_use(service, db, clock):
    assert not service.rating_due()  # an empty diary: nothing to rate from yet
    _first_entry(db, clock, 6)
    assert not service.rating_due()
    clock.now += timedelta(days=1)
    assert service.rating_due()  # a week since the first entry, and never rated


def test_rating_due_after_thirty_days_and_snooze_holds_seven_days(service, db, clock):
    _first_entry(db, clock, 7)
    assert service.rating_due()  # no monthly session yet
    service.save_session(filled(service.new_session("monthly")))
    assert not service.rating_due()
    clock.now += timedelta(days=29)
    assert not service.rating_due()
    clock.now += timedelta(days=1)
    assert service.rating_due()
    until = service.snooze()
    assert until == clock().date() + timedelta(days=7)
    assert not service.rating_due()
    clock.now += timedelta(days=6)
    assert not service.rating_due()
    clock.now += timedelta(days=1)
    assert service.rating_due()
    service.clear_snooze()
    assert service.snoozed_until() is None


def test_a_weekly_focus_session_does_not_reset_the_monthly_reminder(service, db, clock):
    _first_entry(db, clock, 7)
    focus = service.new_session("weekly_focus", "presence")
    focus.ratings[0].level, focus.ratings[0].evidence_text = 2, "Puhelin pois pöydältä."
    service.save_session(focus)
    assert service.rating_due()


def test_snooze_survives_reopening_the_diary(db_path, catalogue, clock):
    db = open_diary(db_path)
    ProgressService.open(db, catalogue, clock=clock).snooze(7)
    close_diary(db)
    db = open_diary(db_path, create=False)
    try:
        assert ProgressService.open(db, catalogue, clock=clock).snoozed_until() == date(2026, 3, 17)
    finally:
        close_diary(db)
