"""Import limits beyond the schema: integer ranges of every record kind, numbers and texts inside
answers, answer shapes, the years a day may fall in, nesting depth, and messages that name the
kind of record (issue 10, defect 9)."""

from __future__ import annotations

import json

import pytest

from tyokirja.exchange import json_format, limits
from tyokirja.exchange.json_format import ImportRejected
from tyokirja.services.transfer import TransferService
from tyokirja.storage.connection import close_diary, open_diary
from tyokirja.storage.encounters import EncounterRepository
from tyokirja.transfertext import describe_import_error

ENTRY = {"id": "x1", "occurred_at": "2026-03-02T09:30+02:00", "title": "Asiakas soitti"}
SESSION = {"id": "s1", "exercise_id": "load_check", "started_at": "2026-03-02T10:00+02:00"}
FOLLOW_UP = {"id": "f1", "due_on": "2026-03-09"}
FEEDBACK = {"id": "r1", "target_behaviour": "Keskeytän vähemmän"}
GOAL = {"id": "g1", "wish": "Rauhallisempi puhelin"}
RATING = {"id": "k1", "kind": "weekly_focus", "rated_at": "2026-03-02T18:00+02:00"}
REPORT = {"id": "v1", "created_at": "2026-03-03T08:00+02:00", "period_start": "2026-01-01",
          "period_end": "2026-03-01", "lang": "fi", "file_name": "raportti.pdf", "file_hash": "ab" * 32}
RECORDS = {"encounters": ENTRY, "exercise_sessions": SESSION, "follow_ups": FOLLOW_UP,
           "feedback_requests": FEEDBACK, "goals": GOAL, "rating_sessions": RATING, "shared_reports": REPORT}
ARRAYS = tuple(RECORDS)
# schema definition -> (array, prefix of its fields as INT_FIELDS names them)
DEFS = {"encounter": ("encounters", ""), "exercise_session": ("exercise_sessions", ""),
        "follow_up": ("follow_ups", ""), "feedback_request": ("feedback_requests", ""), "goal": ("goals", ""),
        "rating_session": ("rating_sessions", ""), "skill_rating": ("rating_sessions", "ratings."),
        "shared_report": ("shared_reports", ""), "settings": (None, "settings.")}
INT_FIELDS = [(array, field, low, high) for array, fields in limits.INT_FIELDS.items()
              for field, low, high in fields]
HUGE = "9" * 5000  # over Python's 4,300-digit conversion limit
MARK = 424242  # stands in for a literal that json.dumps cannot write


def document(**arrays) -> dict:
    doc = {"format": "tyokirja-export", "format_version": 3, **{name: [] for name in ARRAYS}, "settings": {}}
    doc.update(arrays)
    return doc


def encoded(doc: dict, literal: str | None = None) -> bytes:
    text = json.dumps(doc, ensure_ascii=False)
    if literal is not None:
        assert text.count(str(MARK)) == 1
        text = text.replace(str(MARK), literal)
    return text.encode("utf-8")


def parse(doc: dict, catalogue, literal: str | None = None):
    return json_format.parse_document(encoded(doc, literal), catalogue)


def rejected(doc: dict, catalogue, literal: str | None = None) -> ImportRejected:
    with pytest.raises(ImportRejected) as info:
        parse(doc, catalogue, literal)
    assert "Traceback" not in describe_import_error(info.value)
    return info.value


def with_value(array: str | None, field: str, value) -> dict:
    """A document holding one record of `array` (None: the header) whose `field` is `value`."""
    if array is None and field.startswith("settings."):
        return {**document(), "settings": {field.removeprefix("settings."): value}}
    if array is None:
        return {**document(), field: value}
    record = json.loads(json.dumps(RECORDS[array]))
    if field == "org_metric.value":
        record["org_metric"] = {"kind": "nps", "value": value}
    elif field.startswith("ratings."):
        record["ratings"] = [{"item_id": "listening", "evidence_text": "Kuuntelin loppuun",
                              field.removeprefix("ratings."): value}]
    else:
        record[field] = value
    return document(**{array: [record]})


def stored(bundle, array: str | None, field: str):
    if array is None:
        return None
    if array == "encounters":
        record = bundle.encounters[0]
    elif array in ("rating_sessions", "shared_reports"):
        record = getattr(bundle.history, array)[0]
    else:
        record = getattr(bundle.practice, array)[0]
    if field == "org_metric.value":
        return record.org_metric.value
    if field.startswith("ratings."):
        return getattr(record.ratings[0], field.removeprefix("ratings."))
    return getattr(record, field)


# -- integers -------------------------------------------------------------------------------------


def test_every_integer_field_of_the_schema_has_a_range():
    schema = json_format.schema(3)
    found = {(None, name) for name, spec in schema["properties"].items()
             if "integer" in str(spec.get("type", ""))}
    for name, spec in schema["$defs"].items():
        array, prefix = DEFS[name]
        for field, prop in spec["properties"].items():
            if "integer" in str(prop.get("type", "")):
                found.add((array, prefix + field))
            for branch in prop.get("oneOf", ()):
                for inner, inner_prop in branch.get("properties", {}).items():
                    if "integer" in str(inner_prop.get("type", "")):
                        found.add((array, f"{prefix}{field}.{inner}"))
    assert found == {(array, field) for array, field, _, _ in INT_FIELDS}
    assert all(-(2**63) <= low <= high < 2**63 for _, _, low, high in INT_FIELDS)  # SQLite INTEGER


@pytest.mark.parametrize(("array", "field", "low", "high"), INT_FIELDS)
def test_integer_fields_take_their_whole_range(catalogue, array, field, low, high):
    for value in (low, high, float(low), float(high)):
        bundle = parse(with_value(array, field, value), catalogue)
        if array is not None:
            kept = stored(bundle, array, field)
            assert kept == int(value) and type(kept) is int  # 1.0 is stored as 1, not as a REAL


@pytest.mark.parametrize(("array", "field", "low", "high"), INT_FIELDS)
@pytest.mark.parametrize("value", ["below", "above", 10**20, -(10**20), 1e20, 2.5, True, False, "3", HUGE, "1e400"])
def test_integers_out_of_range_or_not_whole_are_refused_naming_record_and_field(catalogue, array, field, low, high, value):
    literal = None
    if value in (HUGE, "1e400"):
        literal, value = value, MARK
    elif value == "below":
        value = low - 1
    elif value == "above":
        value = high + 1
    exc = rejected(with_value(array, field, value), catalogue, literal)
    assert (exc.array, exc.field, exc.code, exc.limits) == (array, field, "schema", (low, high))
    if array is not None:
        assert (exc.record_index, exc.record_id) == (1, RECORDS[array]["id"])
    message = describe_import_error(exc)
    assert f"the field “{field}” must be a whole number from {low} to {high}." in message


def test_exercise_version_ten_to_the_twentieth_no_longer_reaches_sqlite(diary, catalogue, tmp_path):
    source = tmp_path / "x.json"
    source.write_bytes(encoded(with_value("exercise_sessions", "exercise_version", 10**20)))
    with pytest.raises(ImportRejected) as info:
        TransferService(diary, catalogue).import_json(source)  # was OverflowError from the driver
    assert info.value.field == "exercise_version"
    assert diary.count() == 0


# -- answers: any JSON, but usable -----------------------------------------------------------------


@pytest.mark.parametrize("literal", [str(10**20), str(-(10**20)), str(2**31), HUGE, "1e400", "-1e400", "1e300"])
@pytest.mark.parametrize(("array", "field", "shown"), [
    ("exercise_sessions", "responses", "responses.notes"),
    ("follow_ups", "result", "result"),
])
def test_numbers_inside_answers_are_finite_and_bounded(catalogue, array, field, shown, literal):
    value = {"notes": [{"deep": MARK}]} if field == "responses" else [{"deep": MARK}]
    exc = rejected(document(**{array: [{**RECORDS[array], field: value}]}), catalogue, literal)
    assert (exc.array, exc.record_index, exc.field, exc.code, exc.detail) == (array, 1, shown, "schema", "huge_number")
    assert "holds a number too large for Työkirja" in describe_import_error(exc)


@pytest.mark.parametrize(("array", "field"), [("exercise_sessions", "responses"), ("follow_ups", "result")])
def test_answers_keep_ordinary_numbers_texts_and_flags(catalogue, array, field):
    value = {"x": [2**31 - 1, -(2**31 - 1), 0.5, True, None, "teksti"]}
    bundle = parse(document(**{array: [{**RECORDS[array], field: value}]}), catalogue)
    record = getattr(bundle.practice, array)[0]
    assert getattr(record, field) == value


def test_texts_inside_answers_are_bounded_like_record_texts(catalogue):
    doc = document(exercise_sessions=[{**SESSION, "responses": {"notes": "a" * (limits.MAX_TEXT + 1)}}])
    exc = rejected(doc, catalogue)
    assert (exc.field, exc.detail) == ("responses.notes", "too_long")


@pytest.mark.parametrize("answer", [9, 0, 3.0, True, "3", [3], {"a": 1}])
def test_an_answer_must_have_its_steps_shape(catalogue, answer):
    exc = rejected(document(exercise_sessions=[{**SESSION, "responses": {"load": answer}}]), catalogue)
    assert (exc.array, exc.field, exc.detail) == ("exercise_sessions", "responses.load", "answer_shape")
    assert "does not fit its exercise step" in describe_import_error(exc)


def test_answers_made_with_another_version_of_the_exercise_meet_only_the_general_limits(catalogue):
    doc = document(exercise_sessions=[{**SESSION, "exercise_version": 2, "responses": {"load": 9}}])
    assert parse(doc, catalogue).practice.exercise_sessions[0].responses == {"load": 9}


def test_a_follow_up_result_must_fit_its_sessions_step(catalogue):
    session = {**SESSION, "responses": {"load": 3}}
    follow_up = {**FOLLOW_UP, "session_id": "s1", "step_id": "load", "result": 99}
    exc = rejected(document(exercise_sessions=[session], follow_ups=[follow_up]), catalogue)
    assert (exc.array, exc.record_index, exc.field, exc.detail) == ("follow_ups", 1, "result", "answer_shape")
    follow_up["result"] = 4
    assert parse(document(exercise_sessions=[session], follow_ups=[follow_up]), catalogue).practice.follow_ups


@pytest.mark.parametrize(("array", "change", "field"), [
    ("feedback_requests", {"sbi": {"situation": 10**20}}, "sbi.situation"),
    ("feedback_requests", {"my_reaction": [1]}, "my_reaction"),
    ("feedback_requests", {"thanked": 1}, "thanked"),
    ("goals", {"plans": [{"if": 10**20}]}, "plans.if"),
    ("goals", {"encounter_ids": [True]}, "encounter_ids"),
    ("goals", {"share_with_coach": 0}, "share_with_coach"),
    ("follow_ups", {"status": 1}, "status"),
    ("encounters", {"follow_up": {"done": 1}}, "follow_up.done"),
])
def test_numbers_where_texts_or_flags_belong_are_refused(catalogue, array, change, field):
    exc = rejected(document(**{array: [{**RECORDS[array], **change}]}), catalogue)
    assert (exc.array, exc.field, exc.code) == (array, field, "schema")


# -- days -------------------------------------------------------------------------------------------

DATE_FIELDS = [
    ("encounters", "occurred_at", "moment"), ("encounters", "follow_up.due", "day"),
    ("exercise_sessions", "started_at", "moment"), ("follow_ups", "due_on", "day"),
    ("feedback_requests", "asked_at", "moment"), ("goals", "review_at", "day"),
]


def _dated(array: str, field: str, day: str, kind: str) -> dict:
    value = day if kind == "day" else f"{day}T12:00+02:00"
    record = dict(RECORDS[array])
    if field == "follow_up.due":
        record["follow_up"] = {"text": "Soita", "due": value}
    else:
        record[field] = value
    return document(**{array: [record]})


@pytest.mark.parametrize(("array", "field", "kind"), DATE_FIELDS)
def test_days_fall_in_the_years_the_diary_handles(catalogue, array, field, kind):
    for day in ("1900-01-01", "9998-12-31", "2024-02-29"):
        parse(_dated(array, field, day, kind), catalogue)
    for day in ("0001-01-01", "1899-12-31", "9999-12-31"):
        exc = rejected(_dated(array, field, day, kind), catalogue)
        assert (exc.array, exc.field, exc.code, exc.limits) == (array, field, "bad_date", (1900, 9998))
        assert "has a date outside the years 1900–9998" in describe_import_error(exc)
    exc = rejected(_dated(array, field, "2026-02-30", kind), catalogue)
    assert (exc.field, exc.code, exc.limits) == (field, "bad_date", None)


# -- depth -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("depth", [limits.MAX_DEPTH + 1, 990, 100_000])
def test_deep_nesting_is_refused_as_too_deep_not_as_broken_json(catalogue, depth):
    inner = "[" * (depth - 4) + "]" * (depth - 4)  # the document, its array, the record, responses
    exc = rejected(document(exercise_sessions=[{**SESSION, "responses": {"notes": MARK}}]), catalogue, inner)
    assert (exc.code, exc.record_index, exc.detail) == ("too_deep", None, str(limits.MAX_DEPTH))
    message = describe_import_error(exc)
    assert "nested too deeply" in message and "not a valid JSON" not in message


def test_nesting_up_to_the_limit_is_read():
    assert json_format.decode(b"[" * limits.MAX_DEPTH + b"]" * limits.MAX_DEPTH)
    with pytest.raises(ImportRejected):
        json_format.decode(b"[" * (limits.MAX_DEPTH + 1) + b"]" * (limits.MAX_DEPTH + 1))


# -- which kind of record ------------------------------------------------------------------------------

KIND_NAMES = {"encounters": ("Entry", "an entry"), "exercise_sessions": ("Exercise session", "an exercise session"),
              "follow_ups": ("Follow-up", "a follow-up"), "feedback_requests": ("Feedback request", "a feedback request"),
              "goals": ("Goal", "a goal"), "rating_sessions": ("Skill rating", "a skill rating"),
              "shared_reports": ("Shared report", "a shared report")}
# a change to each kind of record: the same id with other content
CHANGED = {"encounters": {"title": "Toinen"}, "exercise_sessions": {"status": "paused"},
           "follow_ups": {"status": "done"}, "feedback_requests": {"target_behaviour": "Toinen"},
           "goals": {"wish": "Toinen"}, "rating_sessions": {"note": "Toinen"}, "shared_reports": {"lang": "en"}}


@pytest.mark.parametrize("array", ARRAYS)
def test_an_id_clash_names_the_kind_of_record(catalogue, tmp_path, array):
    source, changed = tmp_path / "x.json", tmp_path / "y.json"
    source.write_bytes(encoded(document(**{array: [RECORDS[array]]})))
    changed.write_bytes(encoded(document(**{array: [{**RECORDS[array], **CHANGED[array]}]})))
    db = open_diary(tmp_path / "d.sqlite")
    try:
        service = TransferService(EncounterRepository(db), catalogue)
        service.import_json(source)
        service.import_json(source)  # the same records again: already there, nothing to decide
        with pytest.raises(ImportRejected) as info:
            service.import_json(changed)
    finally:
        close_diary(db)
    exc = info.value
    assert (exc.array, exc.code, exc.record_id) == (array, "already_exists", RECORDS[array]["id"])
    label, article = KIND_NAMES[array]
    message = describe_import_error(exc)
    assert message.startswith(f"{label} 1 (id {RECORDS[array]['id']}): the diary already has {article} with this id, "
                              "with different content.")
    others = [a for a in KIND_NAMES.values() if a != (label, article)]
    assert not any(other_article + " with" in message for _, other_article in others)


@pytest.mark.parametrize("array", ARRAYS)
def test_every_refusal_names_the_kind_of_record(catalogue, array):
    doc = document(**{array: [RECORDS[array], RECORDS[array]]})
    exc = rejected(doc, catalogue)
    assert exc.code == "duplicate_id"
    label = KIND_NAMES[array][0]
    assert describe_import_error(exc).startswith(f"{label} 2 (id {RECORDS[array]['id']}): the same id appears earlier")


# -- what was added -------------------------------------------------------------------------------------


def test_the_bundle_counts_every_kind(catalogue):
    bundle = parse(document(exercise_sessions=[SESSION, {**SESSION, "id": "s2"}], goals=[GOAL]), catalogue)
    assert bundle.counts() == {"encounters": 0, "exercise_sessions": 2, "follow_ups": 0,
                               "feedback_requests": 0, "goals": 1, "rating_sessions": 0, "shared_reports": 0,
                               "coaching_sessions": 0, "session_flags": 0, "session_agreements": 0}


@pytest.mark.parametrize(("counts", "english", "finnish"), [
    ({"exercise_sessions": 3, "goals": 2}, "3 exercise sessions and 2 goals", "3 harjoitusta ja 2 tavoitetta"),
    ({"encounters": 1}, "1 entry", "1 merkintä"),
    ({"encounters": 2, "follow_ups": 1, "feedback_requests": 4}, "2 entries, 1 follow-up and 4 feedback requests",
     "2 merkintää, 1 jatkotoimi ja 4 palautepyyntöä"),
    ({"encounters": 1, "exercise_sessions": 1, "follow_ups": 2, "feedback_requests": 1, "goals": 1},
     "1 entry, 1 exercise session, 2 follow-ups, 1 feedback request and 1 goal",
     "1 merkintä, 1 harjoitus, 2 jatkotointa, 1 palautepyyntö ja 1 tavoite"),
])
def test_the_import_message_says_what_was_added_with_plurals(qapp, counts, english, finnish):
    from tyokirja.i18n import install_translators, remove_translators
    from tyokirja.transfertext import describe_import_result

    for lang, expected, template in (("en", english, "Imported {} into d.sqlite."),
                                     ("fi", finnish, "Tuotiin {} päiväkirjaan d.sqlite.")):
        translators = install_translators(qapp, lang)
        try:
            assert describe_import_result(counts, "d.sqlite") == template.format(expected)
        finally:
            remove_translators(qapp, translators)


def test_an_import_of_nothing_says_so(fi_app):
    from tyokirja.transfertext import describe_import_result

    text = describe_import_result(dict.fromkeys(ARRAYS, 0), "d.sqlite")
    assert text == "Tiedostossa ei ole merkintöjä eikä harjoittelutietoja, joten päiväkirjaan d.sqlite ei lisätty mitään."
