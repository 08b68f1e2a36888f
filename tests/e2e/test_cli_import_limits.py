"""Hostile import files through the command line (issue 10, defect 9): refused with one truthful
Finnish message and exit code 2, no traceback, the diary unchanged; a good import says what it added."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from tests.e2e.conftest import run_cli

TABLES = ("encounters", "exercise_sessions", "follow_ups", "feedback_requests", "goals")
ENTRY = {"id": "x1", "occurred_at": "2026-03-02T09:30+02:00", "title": "Asiakas soitti"}
SESSION = {"id": "s1", "exercise_id": "load_check", "started_at": "2026-03-02T10:00+02:00"}
FOLLOW_UP = {"id": "f1", "due_on": "2026-03-09"}
FEEDBACK = {"id": "r1", "target_behaviour": "Keskeytän vähemmän"}
GOAL = {"id": "g1", "wish": "Rauhallisempi puhelin"}
RECORDS = dict(zip(TABLES, (ENTRY, SESSION, FOLLOW_UP, FEEDBACK, GOAL)))
MARK = "424242"


def document(**arrays) -> dict:
    return {"format": "tyokirja-export", "format_version": 2, **{name: [] for name in TABLES}, **arrays}


def write(path: Path, doc: dict, literal: str | None = None) -> Path:
    text = json.dumps(doc, ensure_ascii=False)
    if literal is not None:
        text = text.replace(MARK, literal)
    path.write_text(text, encoding="utf-8")
    return path


def rows(diary: Path) -> dict[str, int]:
    """Row counts read without the driver and without touching the file (immutable)."""
    db = sqlite3.connect(f"file:{diary}?immutable=1", uri=True)
    try:
        return {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    finally:
        db.close()


def state(diary: Path) -> tuple[str, dict[str, int]]:
    return hashlib.sha256(diary.read_bytes()).hexdigest(), rows(diary)


@pytest.fixture
def diary(tmp_path) -> Path:
    """A diary holding one record of every kind, imported through the CLI."""
    path = tmp_path / "kirja" / "tyokirja.sqlite"
    done = run_cli("--db", path, "import", write(tmp_path / "alku.json", document(
        **{name: [record] for name, record in RECORDS.items()})))
    assert done.returncode == 0, done.stderr
    assert rows(path) == dict.fromkeys(TABLES, 1)
    return path


def refuse(diary: Path, source: Path) -> str:
    """Import `source` in Finnish (the default language); assert a clean refusal; return stderr."""
    before = state(diary)
    done = run_cli("--db", diary, "import", source, lang="fi")
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr and done.stdout == ""
    assert done.stderr.strip().endswith(f"Mitään ei tuotu tiedostosta {source}.") and done.stderr.count("\n") == 1
    assert state(diary) == before
    return done.stderr


# -- 1. integers the diary cannot store, and their siblings --------------------------------------


@pytest.mark.parametrize("literal", ["100000000000000000000", "1e20", "-1", "true", "2.5", "1e400", "9" * 5000])
def test_an_exercise_version_out_of_range_is_refused_by_record_and_field(diary, tmp_path, literal):
    source = write(tmp_path / "x.json", document(exercise_sessions=[{**SESSION, "id": "s2",
                                                                      "exercise_version": int(MARK)}]), literal)
    message = refuse(diary, source)
    assert "Harjoitus 1 (id s2): kentän ”exercise_version” arvon pitää olla kokonaisluku väliltä 1–1000000." in message


@pytest.mark.parametrize(("array", "change", "field", "allowed"), [
    ("encounters", {"difficulty": 10**20}, "difficulty", "1–5"),
    ("encounters", {"org_metric": {"kind": "nps", "value": 10**20}}, "org_metric.value", "0–10"),
    ("exercise_sessions", {"current_step": 10**20}, "current_step", "0–1000"),
    ("exercise_sessions", {"usefulness": True}, "usefulness", "1–5"),
])
def test_every_integer_field_is_range_checked(diary, tmp_path, array, change, field, allowed):
    record = {**RECORDS[array], "id": "uusi", **change}
    message = refuse(diary, write(tmp_path / "x.json", document(**{array: [record]})))
    assert f"(id uusi): kentän ”{field}” arvon pitää olla kokonaisluku väliltä {allowed}." in message


@pytest.mark.parametrize(("array", "field", "value", "expected"), [
    ("exercise_sessions", "responses", {"notes": [10**20]}, "Harjoitus 1 (id uusi): kentässä ”responses.notes” on luku"),
    ("follow_ups", "result", {"a": 10**40}, "Jatkotoimi 1 (id uusi): kentässä ”result” on luku"),
    ("exercise_sessions", "responses", {"load": 9}, "Harjoitus 1 (id uusi): kentän ”responses.load” vastaus ei sovi"),
])
def test_numbers_inside_answers_are_checked_too(diary, tmp_path, array, field, value, expected):
    record = {**RECORDS[array], "id": "uusi", field: value}
    assert expected in refuse(diary, write(tmp_path / "x.json", document(**{array: [record]})))


@pytest.mark.parametrize(("day", "expected"), [
    ("2026-02-30", "kentässä ”review_at” ei ole todellinen päivämäärä tai aika."),
    ("0001-01-01", "kentän ”review_at” päivämäärä on vuosien 1900–9998 ulkopuolella."),
    ("9999-12-31", "kentän ”review_at” päivämäärä on vuosien 1900–9998 ulkopuolella."),
])
def test_days_must_be_real_and_in_the_years_the_diary_handles(diary, tmp_path, day, expected):
    source = write(tmp_path / "x.json", document(goals=[{**GOAL, "id": "uusi", "review_at": day}]))
    assert f"Tavoite 1 (id uusi): {expected}" in refuse(diary, source)


# -- 2. an id clash names the kind of record ------------------------------------------------------

CLASH = {
    "encounters": "Merkintä 1 (id x1): päiväkirjassa on jo merkintä tällä id:llä, eri sisällöllä.",
    "exercise_sessions": "Harjoitus 1 (id s1): päiväkirjassa on jo harjoitus tällä id:llä, eri sisällöllä.",
    "follow_ups": "Jatkotoimi 1 (id f1): päiväkirjassa on jo jatkotoimi tällä id:llä, eri sisällöllä.",
    "feedback_requests": "Palautepyyntö 1 (id r1): päiväkirjassa on jo palautepyyntö tällä id:llä, eri sisällöllä.",
    "goals": "Tavoite 1 (id g1): päiväkirjassa on jo tavoite tällä id:llä, eri sisällöllä.",
}
# the same id with other content, for each kind
CHANGED = {"encounters": {"title": "Toinen"}, "exercise_sessions": {"status": "paused"},
           "follow_ups": {"status": "done"}, "feedback_requests": {"target_behaviour": "Toinen"},
           "goals": {"wish": "Toinen"}}


@pytest.mark.parametrize("array", TABLES)
def test_an_id_clash_names_the_kind_of_record_that_clashes(diary, tmp_path, array):
    changed = {**RECORDS[array], **CHANGED[array]}
    before = state(diary)
    done = run_cli("--db", diary, "import", write(tmp_path / "x.json", document(**{array: [changed]})), lang="fi")
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert done.stdout.splitlines()[0] == "Tiedostossa on 0 uutta tietoa, 0 jo päiväkirjassa ja 1 ristiriitainen."
    assert done.stderr.startswith(CLASH[array]) and done.stderr.count("\n") == 1
    assert "Mitään ei tuotu tiedostosta " in done.stderr and "--conflicts keep-both" in done.stderr
    assert state(diary) == before


def test_the_same_records_again_are_already_there_and_change_nothing(diary, tmp_path):
    before = state(diary)
    done = run_cli("--db", diary, "import", write(tmp_path / "x.json", document(
        **{name: [record] for name, record in RECORDS.items()})), lang="fi")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[0] == "Tiedostossa on 0 uutta tietoa, 5 jo päiväkirjassa ja 0 ristiriitaista."
    assert state(diary)[1] == before[1]


def test_a_goal_clash_is_named_in_english_too(diary, tmp_path):
    done = run_cli("--db", diary, "import", write(tmp_path / "x.json", document(goals=[{**GOAL, "wish": "Toinen"}])))
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert done.stderr.startswith("Goal 1 (id g1): the diary already has a goal with this id, with different content.")
    assert "an entry" not in done.stderr


# -- 3. deep nesting ------------------------------------------------------------------------------------


@pytest.mark.parametrize("depth", [990, 100_000])
@pytest.mark.parametrize("where", ["answer", "top"])
def test_deeply_nested_json_is_called_too_deep_not_invalid(diary, tmp_path, depth, where):
    if where == "answer":  # valid JSON and valid as far as the schema looks
        doc, levels = document(exercise_sessions=[{**SESSION, "id": "s2", "responses": {"notes": int(MARK)}}]), depth - 4
    else:
        doc, levels = {"format": "tyokirja-export", "format_version": 2, "extra": int(MARK)}, depth - 1
    message = refuse(diary, write(tmp_path / "x.json", doc, "[" * levels + "]" * levels))
    assert message.startswith("Tiedostossa on liian monta sisäkkäistä tasoa")
    assert "yli 100 tasoa" in message and "JSON-dokumentti" not in message


# -- 4. the success message says what was added ------------------------------------------------------


@pytest.mark.parametrize(("lang", "expected"), [
    ("fi", "Tuotiin 3 harjoitusta ja 2 tavoitetta päiväkirjaan"),
    ("en", "Imported 3 exercise sessions and 2 goals into"),
])
def test_an_import_of_practice_records_only_says_what_it_added(tmp_path, lang, expected):
    sessions = [{**SESSION, "id": f"s{n}"} for n in range(3)]
    goals = [{**GOAL, "id": f"g{n}"} for n in range(2)]
    diary = tmp_path / "uusi.sqlite"
    done = run_cli("--db", diary, "import", write(tmp_path / "x.json", document(exercise_sessions=sessions, goals=goals)),
                   lang=lang)
    assert done.returncode == 0, done.stderr
    counts, added = done.stdout.strip().splitlines()
    assert counts.startswith(("The file holds 5 new records,", "Tiedostossa on 5 uutta tietoa,"))
    assert added == f"{expected} {diary}."
    assert "0" not in added.replace(str(diary), "")
    assert rows(diary) == {"encounters": 0, "exercise_sessions": 3, "follow_ups": 0, "feedback_requests": 0, "goals": 2}


def test_one_of_every_kind_is_counted_in_the_singular(tmp_path):
    diary = tmp_path / "uusi.sqlite"
    source = write(tmp_path / "x.json", document(**{name: [record] for name, record in RECORDS.items()}))
    done = run_cli("--db", diary, "import", source, lang="fi")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == (f"Tuotiin 1 merkintä, 1 harjoitus, 1 jatkotoimi, 1 palautepyyntö ja 1 tavoite "
                                   f"päiväkirjaan {diary}.")
