"""Exchange format version 3 and 4: every record kind and every field survives export → import → export.

The diary built here holds every kind the diary stores — entries, exercise sessions, follow-ups,
feedback requests, goals, rating sessions with their item ratings and evidence, the
shared-reports log, the chosen settings, and (version 4) coaching sessions with their agenda and
notes, next-session flags and agreements — with every field set away from its default, and
texts in Finnish and Northern Sámi with emoji, `<` and `&`.
"""

from __future__ import annotations

import json
import tempfile
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tyokirja.domain.coaching import AgendaItem, Agreement, CoachingSession, SessionFlag
from tyokirja.domain.encounter import OrgMetric
from tyokirja.domain.practice import SBI, ExerciseSession, FeedbackRequest, FollowUpTask, Goal, IfThen
from tyokirja.domain.rating import RatingSession, SkillRating
from tyokirja.domain.report import CoachExport, ItemRef
from tyokirja.exchange import json_format
from tyokirja.exchange.format3 import SETTING_KINDS
from tyokirja.services.workbook import Workbook, open_workbook
from tyokirja.storage.exports import CoachExportRepository
from tyokirja.storage.settings import BACKUP_KEEP, LOCK_IDLE_MINUTES, RATING_SNOOZED_UNTIL, SettingsRepository

from .test_exchange import EMOJI, SAMI, full_encounter

HKI = timezone(timedelta(hours=2))
SUMMER = timezone(timedelta(hours=3))
TEXT = f"Pohdin – {SAMI} {EMOJI} <b>&amp;</b> & < >"
WHEN = datetime(2026, 3, 2, 9, 30, 15, 123456, tzinfo=HKI)
KINDS = ("encounters", "exercise_sessions", "follow_ups", "feedback_requests", "goals", "rating_sessions",
         "shared_reports", "coaching_sessions", "session_flags", "session_agreements")


def fill_every_kind(book: Workbook) -> None:
    """One record of each kind with every field set away from its default (and a second entry)."""
    book.diary.save(full_encounter(1, needs_completion=True, org_metric=OrgMetric("nps", 9), title=f"Puhelu {TEXT}",
                                   share_with_coach=True))
    book.diary.save(full_encounter(2))
    book.exercises.sessions.save(ExerciseSession(
        exercise_id="daily_reflection", exercise_version=99, started_at=WHEN, id="sessio-1",
        updated_at=WHEN + timedelta(minutes=5), completed_at=WHEN + timedelta(minutes=6), status="completed",
        current_step=4, responses={"went_well": TEXT, "feeling": ["relieved"], "next_time": {"if": "<", "then": "&"}},
        encounter_id="enc0001", usefulness=5, statement_id="st-3", share_with_coach=True))
    book.exercises.followups.save(FollowUpTask(
        due_on=date(2026, 3, 9), id="jatko-1", session_id="sessio-1", source_kind="goal_review", ref_id="tavoite-1",
        step_id="next_time", status="done", result={"tried": True, "what": TEXT},
        created_at=WHEN, done_at=WHEN + timedelta(days=7)))
    book.feedback.repository.save(FeedbackRequest(
        target_behaviour=f"Keskeytän vähemmän {TEXT}", id="palaute-1", asked_role="colleague", channel="video",
        question=f"Mitä ehdottaisit? {TEXT}", question_template="one_thing", status="closed",
        asked_at=WHEN, received_at=WHEN + timedelta(days=1), processed_at=WHEN + timedelta(days=2),
        closed_at=WHEN + timedelta(days=3), content=TEXT, sbi=SBI("Palaveri", "Keskeytin", f"Hän vaikeni {SAMI}"),
        my_reaction=["nervous"], take="Odotan", leave="Ei kaikkea", action="Kokeilen", thanked=True,
        skills=["listening"], session_id="sessio-1", share_with_coach=True, created_at=WHEN,
        updated_at=WHEN + timedelta(days=3)))
    book.goals.repository.save(Goal(
        wish=f"Rauhallisempi puhelin {TEXT}", id="tavoite-1", skill_id="eq.self_regulation", outcome="Kiitos",
        obstacle="Kiire", plans=[IfThen("puhelin soi", "hengitän"), IfThen("<", "&")], start=date(2026, 3, 2),
        review_at=date(2026, 3, 30), success_signal="Ääni matala", status="adapted", encounter_ids=["enc0001"],
        review_notes=TEXT, session_id="sessio-1", share_with_coach=True, created_at=WHEN,
        updated_at=datetime(2026, 4, 1, 8, 0, tzinfo=SUMMER)))
    book.progress.ratings.save(RatingSession(
        kind="retrospective", rated_at=datetime(2026, 3, 31, 20, 5, tzinfo=SUMMER), id="arvio-1",
        instrument_version=2, refers_to_date=date(2025, 12, 31), window_days=30, note=TEXT, ratings=[
            SkillRating("listening", 4, f"Kuuntelin loppuun {SAMI} {EMOJI}", "enc0001", 3, "<&>"),
            SkillRating("eq.empathy", 2, "Arvasin tunteen", "enc0002", 1, TEXT)]))
    CoachExportRepository(book.db).add(CoachExport(
        created_at=datetime(2026, 4, 2, 10, 0, tzinfo=SUMMER), start=date(2026, 1, 1), end=date(2026, 3, 31),
        lang="en", sections=("cover", "goals", "excerpts", "quotes"),
        items=(ItemRef("encounter", "enc0001"), ItemRef("feedback", "palaute-1")),
        file_name=f"raportti {SAMI} {EMOJI}.pdf", file_hash="0f" * 32, id="raportti-1"))
    coaching = book.coaching
    coaching.repository.save(CoachingSession(
        held_at=datetime(2026, 3, 16, 14, 0, tzinfo=HKI), id="kerta-1", coach_label=f"valmentaja {SAMI}",
        mode="phone", status="followed_up", agenda=[AgendaItem("flag", TEXT, "lippu-1"), AgendaItem("question", "<&>")],
        coach_reflection=TEXT, insights=f"Oivallus {EMOJI}", share_notes=True, created_at=WHEN,
        updated_at=datetime(2026, 3, 16, 15, 0, tzinfo=HKI)))
    coaching.flags.save(SessionFlag(kind="encounter", ref_id="enc0001", label=TEXT, id="lippu-1",
                                    session_id="kerta-1", created_at=WHEN))
    coaching.agreement_repo.save(Agreement(
        text=f"Kokeilen taukoa {TEXT}", kind="exercise", id="sopimus-1", session_id="kerta-1", goal_id="tavoite-1",
        exercise_id="daily_reflection", due_on=date(2026, 3, 30), status="done", created_at=WHEN,
        done_at=datetime(2026, 3, 29, 20, 0, tzinfo=SUMMER)))
    settings = SettingsRepository(book.db)
    settings.set(BACKUP_KEEP, 14)
    settings.set(LOCK_IDLE_MINUTES, 0)
    settings.set(RATING_SNOOZED_UNTIL, date(2026, 4, 15))


def _unset(value: object) -> bool:
    return value is None or value == "" or value == [] or value == {} or value is False


def _fields(doc: dict) -> dict[str, set[str]]:
    """kind -> the fields set (not default) in at least one record of the document."""
    found: dict[str, set[str]] = {kind: set() for kind in (*KINDS, "ratings")}
    for kind in KINDS:
        for record in doc[kind]:
            found[kind].update(k for k, v in record.items() if not _unset(v))
            for rating in record.get("ratings", []) if kind == "rating_sessions" else []:
                found["ratings"].update(k for k, v in rating.items() if not _unset(v))
    return found


@pytest.fixture
def filled(db_path, catalogue):
    book = open_workbook(db_path, create=True, catalogue=catalogue)
    try:
        fill_every_kind(book)
        yield book
    finally:
        book.close()


def test_every_kind_and_field_survives_export_import_export(filled, catalogue, tmp_path):
    first = tmp_path / "eka.json"
    filled.transfer.export_json(first)
    doc = json.loads(first.read_text("utf-8"))
    jsonschema.Draft202012Validator(json_format.schema(4)).validate(doc)
    assert doc["format_version"] == 4
    # the diary really holds every field of every kind: nothing of the document is left at its default
    schema = json_format.schema(4)["$defs"]
    defs = {"encounters": "encounter", "exercise_sessions": "exercise_session", "follow_ups": "follow_up",
            "feedback_requests": "feedback_request", "goals": "goal", "rating_sessions": "rating_session",
            "shared_reports": "shared_report", "ratings": "skill_rating", "coaching_sessions": "coaching_session",
            "session_flags": "session_flag", "session_agreements": "session_agreement"}
    assert {kind: fields for kind, fields in _fields(doc).items()} == {
        kind: set(schema[name]["properties"]) for kind, name in defs.items()}
    assert doc["settings"] == {"backup_keep": 14, "lock_idle_minutes": 0, "rating_snoozed_until": "2026-04-15"}
    assert set(doc["settings"]) == set(schema["settings"]["properties"]) == set(SETTING_KINDS)

    empty = open_workbook(tmp_path / "uusi" / "t.sqlite", create=True, catalogue=catalogue)
    try:
        plan = empty.transfer.import_bundle(empty.transfer.read_file(first))
        assert (plan.new, plan.same, plan.conflicting) == (2 + 10 + 3 - 1, 0, 0)  # 11 records + 3 settings
        second = tmp_path / "toka.json"
        empty.transfer.export_json(second)
    finally:
        empty.close()
    again = json.loads(second.read_text("utf-8"))
    assert again.pop("exported_at") and doc.pop("exported_at")
    assert again == doc
    raw = second.read_text("utf-8")
    assert SAMI in raw and EMOJI in raw and "<b>&amp;</b> & <" in raw  # written as themselves, not escaped


def test_the_shared_reports_log_and_ratings_arrive_in_the_new_diary(filled, catalogue, tmp_path):
    out = tmp_path / "vienti.json"
    filled.transfer.export_json(out)
    other = open_workbook(tmp_path / "toinen.sqlite", create=True, catalogue=catalogue)
    try:
        other.transfer.import_json(out)
        [rating] = other.progress.ratings.all()
        assert rating.rating("listening") == SkillRating("listening", 4, f"Kuuntelin loppuun {SAMI} {EMOJI}",
                                                         "enc0001", 3, "<&>")
        [logged] = other.reports.exports()
        assert (logged.file_name, logged.items[1]) == (f"raportti {SAMI} {EMOJI}.pdf", ItemRef("feedback", "palaute-1"))
        assert other.security.lock_idle_minutes() == 0 and other.backups.keep() == 14
    finally:
        other.close()


def test_machine_settings_never_leave_the_diary(filled, tmp_path):
    doc = filled.transfer.export_document()
    text = json.dumps(doc, ensure_ascii=False)
    uuid = filled.db.execute("SELECT value FROM settings WHERE key = 'diary_uuid'").fetchone()[0]
    assert uuid not in text and str(filled.path) not in text and str(filled.path.parent) not in text


def test_a_settings_value_left_at_its_default_is_not_exported(workbook):
    assert workbook.transfer.export_document()["settings"] == {}


@pytest.mark.parametrize(("change", "field", "code"), [
    (lambda d: d["rating_sessions"][0]["ratings"][0].update(level=6), "ratings.level", "schema"),
    (lambda d: d["rating_sessions"][0]["ratings"][1].update(item_id="listening"), "ratings.item_id", "schema"),
    (lambda d: d["rating_sessions"][0]["ratings"][0].update(item_id="juggling"), "ratings.item_id", "unknown_value"),
    (lambda d: d["rating_sessions"][0].update(refers_to_date=None), "refers_to_date", "schema"),
    (lambda d: d["rating_sessions"][0].update(rated_at="2026-02-30T10:00+02:00"), "rated_at", "bad_date"),
    (lambda d: d["shared_reports"][0].update(file_name="/home/minä/raportti.pdf"), "file_name", "schema"),
    (lambda d: d["shared_reports"][0].update(file_name=".."), "file_name", "schema"),
    (lambda d: d["shared_reports"][0].update(period_end="2026-13-45"), "period_end", "bad_date"),
    (lambda d: d["shared_reports"][0].update(period_end="2026-02-30"), "period_end", "bad_date"),
    (lambda d: d["settings"].update(backup_keep=0), "settings.backup_keep", "schema"),
    (lambda d: d["settings"].update(language="fi"), "settings.language", "schema"),
    (lambda d: d["settings"].update(rating_snoozed_until="2026-02-30"), "settings.rating_snoozed_until", "bad_date"),
])
def test_bad_version_3_records_are_refused_by_field_and_nothing_changes(filled, catalogue, tmp_path, change,
                                                                       field, code):
    doc = filled.transfer.export_document()
    change(doc)
    source = tmp_path / "x.json"
    source.write_text(json.dumps(doc), encoding="utf-8")
    other = open_workbook(tmp_path / "t.sqlite", create=True, catalogue=catalogue)
    try:
        with pytest.raises(json_format.ImportRejected) as info:
            other.transfer.import_json(source)
        assert (info.value.field, info.value.code) == (field, code)
        assert other.diary.encounters.count() == 0 and other.progress.ratings.all() == []
    finally:
        other.close()


def test_version_2_files_still_import_without_ratings(filled, catalogue, tmp_path):
    doc = filled.transfer.export_document()
    for key in ("rating_sessions", "shared_reports", "settings", "coaching_sessions", "session_flags",
                "session_agreements"):
        doc.pop(key)
    doc["format_version"] = 2
    jsonschema.Draft202012Validator(json_format.schema(2)).validate(doc)
    source = tmp_path / "v2.json"
    source.write_text(json.dumps(doc), encoding="utf-8")
    other = open_workbook(tmp_path / "t.sqlite", create=True, catalogue=catalogue)
    try:
        assert other.transfer.import_json(source) == 2
        assert len(other.transfer.practice_records().goals) == 1 and other.progress.ratings.all() == []
    finally:
        other.close()


def test_version_3_files_still_import_without_the_coaching_loop(filled, catalogue, tmp_path):
    doc = filled.transfer.export_document()
    for key in ("coaching_sessions", "session_flags", "session_agreements"):
        doc.pop(key)
    doc["format_version"] = 3
    jsonschema.Draft202012Validator(json_format.schema(3)).validate(doc)
    source = tmp_path / "v3.json"
    source.write_text(json.dumps(doc), encoding="utf-8")
    other = open_workbook(tmp_path / "t.sqlite", create=True, catalogue=catalogue)
    try:
        assert other.transfer.import_json(source) == 2
        assert len(other.progress.ratings.all()) == 1 and other.coaching.sessions() == []
    finally:
        other.close()


def test_a_bad_coaching_record_is_refused_and_nothing_changes(filled, catalogue, tmp_path):
    doc = filled.transfer.export_document()
    doc["session_agreements"][0]["due_on"] = "2026-02-30"
    source = tmp_path / "x.json"
    source.write_text(json.dumps(doc), encoding="utf-8")
    other = open_workbook(tmp_path / "t.sqlite", create=True, catalogue=catalogue)
    try:
        with pytest.raises(json_format.ImportRejected) as info:
            other.transfer.import_json(source)
        assert (info.value.array, info.value.record_index, info.value.field) == ("session_agreements", 1, "due_on")
        assert other.diary.encounters.count() == 0 and other.coaching.sessions() == []
    finally:
        other.close()


def test_export_order_is_stable_by_time_then_id(filled):
    filled.progress.ratings.save(RatingSession(kind="weekly_focus", rated_at=datetime(2026, 1, 5, tzinfo=UTC),
                                               id="arvio-0", ratings=[SkillRating("listening")]))
    doc = filled.transfer.export_document()
    assert [s["id"] for s in doc["rating_sessions"]] == ["arvio-0", "arvio-1"]


_json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=6,
)


@pytest.fixture(scope="module")
def v3_document(tmp_path_factory, catalogue) -> dict:
    book = open_workbook(tmp_path_factory.mktemp("fuzz") / "d.sqlite", create=True, catalogue=catalogue)
    try:
        fill_every_kind(book)
        return book.transfer.export_document()
    finally:
        book.close()


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_value_in_a_version_3_record_is_imported_or_refused_never_a_crash(v3_document, catalogue, tmp_path,
                                                                            data):
    doc = json.loads(json.dumps(v3_document))
    where = data.draw(st.sampled_from(["rating_sessions", "ratings", "shared_reports", "settings",
                                       "coaching_sessions", "session_flags", "session_agreements"]))
    if where == "settings":
        record = doc["settings"]
        key = data.draw(st.sampled_from([*SETTING_KINDS, "extra"]))
    else:
        record = doc["rating_sessions"][0]["ratings"][0] if where == "ratings" else doc[where][0]
        key = data.draw(st.sampled_from([*record, "extra"]))
    record[key] = data.draw(_json_values)
    try:
        bundle = json_format.parse_document(json.dumps(doc).encode("utf-8"), catalogue)
    except json_format.ImportRejected:
        return
    fresh = Path(tempfile.mkdtemp(dir=tmp_path)) / "d.sqlite"  # a new, empty diary for every example
    book = open_workbook(fresh, create=True, catalogue=catalogue)
    try:
        book.transfer.import_bundle(bundle)  # whatever the checks let through, the diary stores
        assert book.transfer.export_document()["settings"] == {
            k: v.isoformat() if isinstance(v, date) else v for k, v in bundle.history.settings.items()}
    finally:
        book.close()


_any_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(_any_json)
def test_the_export_writer_writes_what_the_standard_json_module_does(value):
    document = {"format": "tyokirja-export", "x": value}
    assert json_format.dumps(document) == json.dumps(document, ensure_ascii=False, indent=2) + "\n"
