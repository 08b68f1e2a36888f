"""Exchange format version 2: practice records travel with the diary; version 1 files still import."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta, timezone

import jsonschema
import pytest

from tyokirja.domain.exercise_loader import load_exercises
from tyokirja.domain.practice import SBI, IfThen
from tyokirja.exchange import json_format
from tyokirja.exchange.json_format import ImportRejected
from tyokirja.services.transfer import TransferService
from tyokirja.services.workbook import Workbook
from tyokirja.storage.connection import close_diary, open_diary

from .test_exchange import EMOJI, SAMI, full_encounter, valid_document, write_json
from .test_exercise_library import write_library
from .test_practice_service import Clock

SUMMER = timezone(timedelta(hours=3))


@pytest.fixture
def library(tmp_path, catalogue):
    return load_exercises(write_library(tmp_path / "res"), catalogue=catalogue)


@pytest.fixture
def clock():
    return Clock(datetime(2026, 3, 27, 17, 45, 12, 345678, tzinfo=timezone(timedelta(hours=2))))


def practice_over(db, catalogue, library, clock) -> Workbook:
    return Workbook(db, db.path, catalogue, clock=clock, library=library)


def fill(practice: Workbook, diary, clock) -> None:
    """A diary with every kind of practice record, every field set, across the spring DST change."""
    diary.save(full_encounter(1))
    s = practice.exercises.start("daily_reflection", encounter_id="enc0001")
    s = practice.exercises.answer(s, "went_well", f"Kuuntelin – {SAMI} {EMOJI}")
    s = practice.exercises.answer(s, "feeling", ["relieved"])
    s = practice.exercises.answer(s, "next_time", {"if": "asiakas huutaa", "then": "hengitän <b>&</b>"})
    practice.exercises.complete(s, usefulness=5, plan_as_goal=True)
    clock.now = datetime(2026, 3, 29, 9, 0, tzinfo=SUMMER)  # summer time now
    e = practice.exercises.start("empathy_map")
    e = practice.exercises.answer(e, "who", "kollega")
    e = practice.exercises.answer(e, "observed", ["said"])
    e = practice.exercises.answer(e, "question", "Mikä painaa?")
    practice.exercises.complete(e)
    [task] = practice.exercises.followups_for(e.id)
    clock.advance(days=2)
    practice.exercises.complete_followup(task.id, f"Osui – {EMOJI}")
    exercises = practice.exercises
    m = exercises.pause(exercises.answer(exercises.start("listening_mirror"), "paraphrase", "Eli…"))
    assert m.status == "paused"
    f = practice.feedback.create_feedback("Keskeytän vähemmän", asked_role="colleague", channel="video",
                                 question="Mitä ehdottaisit?", my_reaction=["nervous"], skills=["listening"])
    f.sbi = SBI("Viikkopalaveri", "Keskeytin kahdesti", f"Hän vaikeni {SAMI}")
    f.take, f.leave, f.action, f.thanked, f.content = "Odotan", "Ei kaikkea", "Kokeilen", True, "Sanoi suoraan"
    practice.feedback.update_feedback(f)
    practice.feedback.advance_feedback(f.id)
    practice.goals.create_goal("Rauhallisempi puhelin", skill_id="eq.self_regulation", outcome="Asiakas kiittää",
                         obstacle="Kiire", plans=[IfThen("puhelin soi", "hengitän"), IfThen("", "tauko")],
                         review_at=date(2026, 4, 10), success_signal="Ääni pysyy matalana",
                         encounter_ids=["enc0001"], review_notes="Alku", share_with_coach=True)


def test_v2_export_import_export_is_identical(diary, catalogue, library, clock, tmp_path, db_path):
    practice = practice_over(diary.encounters.db, catalogue, library, clock)
    fill(practice, diary, clock)
    first = tmp_path / "eka.json"
    service = practice.transfer
    assert service.export_json(first) == 1
    doc = json.loads(first.read_text("utf-8"))
    jsonschema.Draft202012Validator(json_format.schema()).validate(doc)
    assert doc["format_version"] == json_format.FORMAT_VERSION
    assert [len(doc[k]) for k in ("exercise_sessions", "follow_ups", "feedback_requests", "goals")] == [3, 1, 1, 2]

    other_db = open_diary(tmp_path / "toinen" / "t.sqlite")
    try:
        other = practice_over(other_db, catalogue, library, clock)
        assert other.transfer.import_json(first) == 1
        second = tmp_path / "toka.json"
        other.transfer.export_json(second)
        for original, copy in ((practice.exercises.sessions, other.exercises.sessions),
                               (practice.exercises.followups, other.exercises.followups),
                               (practice.feedback.repository, other.feedback.repository),
                               (practice.goals.repository, other.goals.repository)):
            assert copy.all() == original.all()
        paused = other.exercises.in_progress()[0]
        assert paused.responses == {"statement": paused.statement_id, "paraphrase": "Eli…"}
    finally:
        close_diary(other_db)
    assert first.read_text("utf-8") == second.read_text("utf-8")  # same clock: byte for byte


def test_a_version_1_file_still_imports(diary, catalogue, library, tmp_path):
    doc = valid_document(3)
    doc["format_version"] = 1
    for key in ("exercise_sessions", "follow_ups", "feedback_requests", "goals", "rating_sessions",
                "shared_reports", "settings", "coaching_sessions", "session_flags", "session_agreements"):
        doc.pop(key)
    for record in doc["encounters"]:
        record.pop("org_metric")  # version 1 entries have no customer metric
    jsonschema.Draft202012Validator(json_format.schema(1)).validate(doc)
    assert TransferService(diary, catalogue).import_json(write_json(tmp_path / "v1.json", doc)) == 3
    assert diary.get("enc0002") == full_encounter(2).copy(created_at=diary.get("enc0002").created_at,
                                                         updated_at=diary.get("enc0002").updated_at)
    assert TransferService(diary, catalogue).practice_records().count() == 0


def test_the_cli_path_without_a_practice_service_carries_practice_records(diary, catalogue, library, clock, tmp_path):
    practice = practice_over(diary.encounters.db, catalogue, library, clock)
    fill(practice, diary, clock)
    out = tmp_path / "vienti.json"
    TransferService(diary.encounters, catalogue).export_json(out)  # repositories built over the same file
    doc = json.loads(out.read_text("utf-8"))
    assert {s["exercise_id"] for s in doc["exercise_sessions"]} == {"daily_reflection", "empathy_map", "listening_mirror"}
    bundle = json_format.load_document(out, catalogue, library)
    assert len(bundle) == 1 and bundle.practice.count() == 7


def _doc_with_practice(practice, diary, clock, catalogue) -> dict:
    fill(practice, diary, clock)
    return practice.transfer.export_document()


@pytest.mark.parametrize(
    ("array", "change", "field", "code"),
    [
        ("exercise_sessions", {"status": "finished"}, "status", "schema"),
        ("exercise_sessions", {"usefulness": 6}, "usefulness", "schema"),
        ("exercise_sessions", {"started_at": "2026-02-30T10:00+02:00"}, "started_at", "bad_date"),
        ("exercise_sessions", {"exercise_id": "juggling"}, "exercise_id", "unknown_value"),
        ("follow_ups", {"due_on": "2026-02-30"}, "due_on", "bad_date"),
        ("follow_ups", {"extra": 1}, "extra", "schema"),
        ("feedback_requests", {"asked_role": "naapuri"}, "asked_role", "unknown_value"),
        ("feedback_requests", {"target_behaviour": " "}, "target_behaviour", "schema"),
        ("goals", {"skill_id": "juggling"}, "skill_id", "unknown_value"),
        ("goals", {"plans": [{"if": 1}]}, "plans.if", "schema"),
    ],
)
def test_bad_practice_records_are_refused_by_array_position_and_field(
    diary, catalogue, library, clock, tmp_path, array, change, field, code
):
    practice = practice_over(diary.encounters.db, catalogue, library, clock)
    doc = _doc_with_practice(practice, diary, clock, catalogue)
    doc[array][-1].update(change)
    db = open_diary(tmp_path / "c" / "c.sqlite")
    try:
        target = practice_over(db, catalogue, library, clock)
        with pytest.raises(ImportRejected) as info:
            target.transfer.import_json(write_json(tmp_path / "x.json", doc))
        exc = info.value
        assert (exc.array, exc.record_index, exc.record_id, exc.field, exc.code) == (
            array, len(doc[array]), doc[array][-1]["id"], field, code)
        assert target.diary.encounters.count() == 0 and target.exercises.sessions.all() == []
    finally:
        close_diary(db)


def test_a_practice_id_the_diary_holds_with_other_content_refuses_the_whole_import(
        diary, catalogue, library, clock, tmp_path):
    practice = practice_over(diary.encounters.db, catalogue, library, clock)
    doc = _doc_with_practice(practice, diary, clock, catalogue)
    doc["encounters"][0]["id"] = "uusi-id"
    doc["exercise_sessions"][0]["usefulness"] = 1  # the same session, changed elsewhere
    before = practice.exercises.sessions.all()
    with pytest.raises(ImportRejected) as info:
        practice.transfer.import_json(write_json(tmp_path / "x.json", doc))
    assert (info.value.array, info.value.code) == ("exercise_sessions", "already_exists")
    assert not diary.encounters.exists("uusi-id") and practice.exercises.sessions.all() == before


def test_the_v2_schema_covers_every_field():
    schema = json_format.schema(2)
    jsonschema.Draft202012Validator.check_schema(schema)
    v2 = schema["$defs"]["encounter"]
    without_metric = {**v2, "properties": {k: v for k, v in v2["properties"].items() if k != "org_metric"}}
    assert without_metric == json_format.schema(1)["$defs"]["encounter"]  # v2 entries add only org_metric
    from tyokirja.domain.practice import ExerciseSession, FeedbackRequest, FollowUpTask, Goal

    now = datetime(2026, 1, 1, tzinfo=UTC)
    samples = {
        "exercise_session": ExerciseSession("x", 1, now),
        "follow_up": FollowUpTask(date(2026, 1, 1)),
        "feedback_request": FeedbackRequest("x"),
        "goal": Goal("x"),
    }
    for name, record in samples.items():
        assert set(schema["$defs"][name]["properties"]) == set(record.to_dict()), name


def test_the_documented_example_imports_with_every_kind_of_record(diary, catalogue, library, tmp_path):
    import re
    from pathlib import Path

    text = (Path(__file__).resolve().parents[2] / "docs" / "exchange-format.md").read_text(encoding="utf-8")
    example = json.loads(re.search(r"```json\n(.*?)```", text, re.S).group(1))
    assert example["format_version"] == json_format.FORMAT_VERSION
    jsonschema.Draft202012Validator(json_format.schema()).validate(example)
    bundle = json_format.parse_document(json.dumps(example).encode("utf-8"), catalogue, library)
    assert len(bundle) == 1 and bundle.practice.count() == 3
    assert TransferService(diary, catalogue).import_encounters(bundle) == 1
    records = TransferService(diary, catalogue).practice_records()
    assert records.exercise_sessions[0].responses["next_time"] == {"if": "asiakas keskeyttää",
                                                                    "then": "hengitän ja kuuntelen"}
    assert records.goals[0].plans == [IfThen("huomaan muotoilevani vastausta", "palaan kuuntelemaan")]
    history = TransferService(diary, catalogue).history_records()
    [rating] = history.rating_sessions[0].ratings
    assert (rating.item_id, rating.level, rating.evidence_encounter_id) == (
        "listening", 3, "3f9c1e0a7b2d4c5e8f6a1b2c3d4e5f60")
    assert history.shared_reports[0].file_name == "valmennusraportti-2026-03-09.pdf"
    assert history.settings == {"backup_keep": 14}
