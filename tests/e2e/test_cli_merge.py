"""`tyokirja import` merges: the counts come first, --dry-run changes nothing, a second import of the
same file adds nothing, and conflicts wait for --conflicts keep-both | skip."""

from __future__ import annotations

import json

from tests.e2e.conftest import run_cli
from tests.e2e.test_cli_import_limits import ENTRY, GOAL, document, rows, state, write


def _diary(tmp_path):
    path = tmp_path / "kirja.sqlite"
    done = run_cli("--db", path, "import", write(tmp_path / "alku.json", document(encounters=[ENTRY], goals=[GOAL])))
    assert done.returncode == 0, done.stderr
    return path


def test_a_dry_run_says_the_counts_and_changes_nothing(tmp_path):
    diary = _diary(tmp_path)
    before = state(diary)
    source = write(tmp_path / "x.json", document(
        encounters=[ENTRY, {**ENTRY, "id": "x2"}], goals=[{**GOAL, "wish": "Toinen"}]))
    done = run_cli("--db", diary, "import", source, "--dry-run")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "The file holds 1 new record, 1 already in the diary and 1 conflicting.",
        "  - Goal 1 (id g1)",
        "Dry run: nothing was changed.",
    ]
    assert state(diary) == before


def test_a_dry_run_into_a_missing_diary_creates_nothing(tmp_path):
    diary = tmp_path / "ei-ole.sqlite"
    done = run_cli("--db", diary, "import", write(tmp_path / "x.json", document(encounters=[ENTRY])), "--dry-run",
                   lang="fi")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[0] == "Tiedostossa on 1 uusi tieto, 0 jo päiväkirjassa ja 0 ristiriitaista."
    assert not diary.exists()


def test_skip_and_keep_both(tmp_path):
    diary = _diary(tmp_path)
    source = write(tmp_path / "x.json", document(
        encounters=[{**ENTRY, "id": "x2"}], goals=[{**GOAL, "wish": "Toinen"}]))
    done = run_cli("--db", diary, "import", source, "--conflicts", "skip")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == f"Imported 1 entry into {diary}."
    assert rows(diary)["goals"] == 1

    done = run_cli("--db", diary, "import", source, "--conflicts", "keep-both")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[0] == "The file holds 0 new records, 1 already in the diary and 1 conflicting."
    assert done.stdout.splitlines()[-1] == f"Imported 1 goal into {diary}."
    out = tmp_path / "vienti.json"
    assert run_cli("--db", diary, "export", "json", "-o", out).returncode == 0
    goals = {g["id"]: g["wish"] for g in json.loads(out.read_text("utf-8"))["goals"]}
    assert goals.pop("g1") == GOAL["wish"]
    [(copy_id, wish)] = goals.items()
    assert copy_id.startswith("g1.copy-") and wish == "Toinen"

    again = run_cli("--db", diary, "import", source, "--conflicts", "keep-both")  # the copy is found
    assert again.stdout.splitlines()[0] == "The file holds 0 new records, 2 already in the diary and 0 conflicting."
    assert rows(diary)["goals"] == 2


def test_a_bad_date_is_one_finnish_sentence_naming_the_file_the_record_and_the_field(tmp_path):
    diary = _diary(tmp_path)
    before = state(diary)
    source = write(tmp_path / "huono.json", document(encounters=[{**ENTRY, "id": "x9",
                                                                  "occurred_at": "2026-13-45T10:00+02:00"}]))
    done = run_cli("--db", diary, "import", source, lang="fi")
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr == (f"Merkintä 1 (id x9): kentässä ”occurred_at” ei ole todellinen päivämäärä tai aika. "
                           f"Mitään ei tuotu tiedostosta {source}.\n")
    assert state(diary) == before
