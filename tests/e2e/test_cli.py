"""The command line end to end: export, import, export again; search; check; refusals."""

from __future__ import annotations

import hashlib
import json
import stat
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from tests.e2e.conftest import ROOT, cli_env, run_cli
from tyokirja.domain.content import Catalogue
from tyokirja.domain.encounter import Encounter, FollowUp
from tyokirja.services.diary import DiaryService
from tyokirja.storage.connection import close_diary, open_diary
from tyokirja.storage.drafts import DraftRepository
from tyokirja.storage.encounters import EncounterRepository

HKI = timezone(timedelta(hours=2))
SPECIAL = "<b>&amp; < & > 🙂 👍🏽 👨‍👩‍👧‍👦 č đ ŋ š ŧ ž Č Đ Ŋ Š Ŧ Ž"
BIG = ("Äänekoski, Šumppu ja čđŋ — pitkä havainto 🙂. " * 25_000)[:1_000_000]


def seed(path: Path, entries: list[Encounter]) -> None:
    db = open_diary(path)
    try:
        service = DiaryService(EncounterRepository(db), DraftRepository(db), Catalogue.load_default())
        for enc in entries:
            service.save(enc)
    finally:
        close_diary(db)


def sample_entries() -> list[Encounter]:
    return [
        Encounter(id="e1", occurred_at=datetime(2026, 3, 2, 9, 30, tzinfo=HKI), title="Asiakaspalaute laskusta",
                  my_role="service", channel="phone", difficulty=3, facts=SPECIAL, my_feelings=["nervous"],
                  elements={"personal": "yes", "exceed": "no"},
                  follow_up=FollowUp(text="Soita takaisin", due=date(2026, 3, 4))),
        Encounter(id="e2", occurred_at=datetime(2026, 3, 5, 14, 0, tzinfo=HKI), title=f"Kehityskeskustelu {SPECIAL}",
                  situation="development_talk", notes=SPECIAL, share_with_coach=True),
        Encounter(id="e3", occurred_at=datetime(2026, 2, 20, 8, 5, tzinfo=HKI), title="Pitkä asiakaskohtaaminen",
                  facts=BIG),
    ]


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def assert_clean_failure(done: subprocess.CompletedProcess, code: int = 2) -> None:
    assert done.returncode == code, done.stderr
    assert done.stderr.strip() and "Traceback" not in done.stderr


def test_export_import_export_gives_identical_entries(tmp_path):
    diary = tmp_path / "a" / "tyokirja.sqlite"
    seed(diary, sample_entries())
    first, second = tmp_path / "eka.json", tmp_path / "toka.json"
    fresh = tmp_path / "b" / "uusi.sqlite"

    done = run_cli("--db", diary, "export", "json", "--output", first)
    assert done.returncode == 0, done.stderr
    assert "Exported 3 entries" in done.stdout
    assert stat.S_IMODE(first.stat().st_mode) == 0o600

    done = run_cli("--db", fresh, "import", first)
    assert done.returncode == 0, done.stderr
    assert "Imported 3 entries" in done.stdout
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o600

    assert run_cli("--db", fresh, "export", "json", "-o", second).returncode == 0
    a, b = (json.loads(p.read_text(encoding="utf-8")) for p in (first, second))
    assert a["encounters"] == b["encounters"]
    by_id = {r["id"]: r for r in b["encounters"]}
    assert by_id["e3"]["facts"] == BIG and by_id["e1"]["facts"] == SPECIAL
    assert by_id["e2"]["title"] == f"Kehityskeskustelu {SPECIAL}"
    assert [r["id"] for r in a["encounters"]] == ["e3", "e1", "e2"]  # by occurred_at


def test_search_prints_local_date_time_and_title_newest_first(tmp_path):
    diary = tmp_path / "tyokirja.sqlite"
    seed(diary, sample_entries() + [
        Encounter(id="e4", occurred_at=datetime(2026, 3, 1, 23, 30, tzinfo=UTC),
                  title="Rivi\nkatkolla ja asiakas"),
        Encounter(id="e5", occurred_at=datetime(2026, 3, 3, 10, 0, tzinfo=HKI), title="Ei osumaa tässä"),
    ])
    done = run_cli("--db", diary, "search", "asiakas")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "2026-03-02 09:30  Asiakaspalaute laskusta",
        "2026-03-01 23:30 +00:00  Rivi katkolla ja asiakas",  # written at UTC: its own time, and the offset
        "2026-02-20 08:05  Pitkä asiakaskohtaaminen",
    ]
    assert SPECIAL not in done.stdout + done.stderr  # only titles are printed


def test_search_finds_special_characters_and_prints_them_intact(tmp_path):
    diary = tmp_path / "tyokirja.sqlite"
    seed(diary, sample_entries())
    done = run_cli("--db", diary, "search", "ŧ", "Kehitys")
    assert done.returncode == 0, done.stderr
    # the notes match "ŧ": their snippet follows the title, the matched letter [marked]
    snippet = SPECIAL.replace("ŧ", "[ŧ]").replace("Ŧ", "[Ŧ]")
    assert done.stdout.splitlines() == [f"2026-03-05 14:00  Kehityskeskustelu {SPECIAL}  — {snippet}"]


def test_search_prints_a_snippet_with_the_matched_forms_and_json_on_request(tmp_path):
    diary = tmp_path / "tyokirja.sqlite"
    seed(diary, [
        Encounter(id="s1", occurred_at=datetime(2026, 3, 10, 9, 0, tzinfo=HKI), title="Reklamaatio",
                  facts="Asiakkaan ääni nousi, mutta kuuntelin loppuun."),
        Encounter(id="s2", occurred_at=datetime(2026, 3, 11, 9, 0, tzinfo=HKI), title="Kuuntelu harjoituksena",
                  facts="Ei muuta kerrottavaa."),
    ])
    done = run_cli("--db", diary, "search", "kuunnella")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "2026-03-10 09:00  Reklamaatio  — Asiakkaan ääni nousi, mutta [kuuntelin] loppuun.",
    ]
    done = run_cli("--db", diary, "search", "--json", "asiakas", "-kiire")
    assert done.returncode == 0, done.stderr
    hits = json.loads(done.stdout)
    assert [(h["kind"], h["id"], h["title"]) for h in hits] == [("encounter", "s1", "Reklamaatio")]
    assert hits[0]["when"] == "2026-03-10T09:00:00+02:00"
    start, end = hits[0]["matches"][0]
    assert hits[0]["snippet"][start:end] == "Asiakkaan"


def test_search_without_hits_exits_zero_with_a_note(tmp_path):
    diary = tmp_path / "tyokirja.sqlite"
    seed(diary, sample_entries())
    done = run_cli("--db", diary, "search", "olematon")
    assert done.returncode == 0
    assert done.stdout == ""
    assert "No entries match" in done.stderr


def test_check_passes_a_healthy_diary(tmp_path):
    diary = tmp_path / "tyokirja.sqlite"
    seed(diary, sample_entries())
    done = run_cli("--db", diary, "check")
    assert done.returncode == 0, done.stderr
    assert "in good order: 3 entries" in done.stdout


def test_check_fails_on_a_damaged_diary(tmp_path):
    from tests.unit.test_bad_input import fingerprint, make_bad_file

    diary = make_bad_file("truncated_diary", tmp_path / "tyokirja.sqlite")
    before = fingerprint(diary)
    done = run_cli("--db", diary, "check")
    assert_clean_failure(done)
    assert "damaged" in done.stderr and str(diary) in done.stderr
    assert fingerprint(diary) == before


def test_check_speaks_finnish_with_lang_fi(tmp_path):
    empty = tmp_path / "tyhja.sqlite"
    empty.write_bytes(b"")
    done = run_cli("--db", empty, "check", lang="fi")
    assert_clean_failure(done)
    assert "on tyhjä tiedosto" in done.stderr


@pytest.mark.parametrize("args", [("check",), ("search", "asiakas"), ("export", "json", "-o", "{out}")])
def test_reading_commands_never_create_a_missing_diary(tmp_path, args):
    diary = tmp_path / "ei-ole" / "tyokirja.sqlite"
    out = tmp_path / "vienti.json"
    done = run_cli("--db", diary, *(a.replace("{out}", str(out)) for a in args))
    assert_clean_failure(done)
    assert "There is no diary at" in done.stderr
    assert not diary.parent.exists() and not out.exists()


def test_a_refused_import_names_record_and_field_and_changes_nothing(tmp_path):
    diary = tmp_path / "tyokirja.sqlite"
    seed(diary, sample_entries()[:2])
    export = tmp_path / "vienti.json"
    assert run_cli("--db", diary, "export", "json", "-o", export).returncode == 0
    doc = json.loads(export.read_text(encoding="utf-8"))
    doc["encounters"] = [dict(r, id=f"uusi{n}") for n, r in enumerate(doc["encounters"] * 2)]
    doc["encounters"][2]["channel"] = 7
    bad = tmp_path / "tuonti.json"
    bad.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    before = sha(diary)

    done = run_cli("--db", diary, "import", bad)
    assert_clean_failure(done)
    assert "Entry 3 (id uusi2)" in done.stderr and "“channel”" in done.stderr
    assert f"Nothing was imported from {bad}." in done.stderr
    assert sha(diary) == before
    assert "in good order: 2 entries" in run_cli("--db", diary, "check").stdout


def test_a_refused_import_into_a_new_file_creates_no_diary(tmp_path):
    bad = tmp_path / "tuonti.json"
    bad.write_text('{"format": "tyokirja-export", "format_version": 7, "encounters": []}', encoding="utf-8")
    diary = tmp_path / "uusi" / "tyokirja.sqlite"
    done = run_cli("--db", diary, "import", bad)
    assert_clean_failure(done)
    assert "newer Työkirja" in done.stderr
    assert not diary.exists()


def test_import_of_a_missing_file_is_refused(tmp_path):
    done = run_cli("--db", tmp_path / "d.sqlite", "import", tmp_path / "ei-ole.json")
    assert_clean_failure(done)
    assert "does not exist" in done.stderr
    assert not (tmp_path / "d.sqlite").exists()


def test_export_never_overwrites_the_diary_itself(tmp_path):
    diary = tmp_path / "tyokirja.sqlite"
    seed(diary, sample_entries()[:1])
    before = sha(diary)
    done = run_cli("--db", diary, "export", "json", "-o", diary)
    assert_clean_failure(done)
    assert sha(diary) == before


def test_export_into_a_missing_folder_fails_cleanly(tmp_path):
    diary = tmp_path / "tyokirja.sqlite"
    seed(diary, sample_entries()[:1])
    out = tmp_path / "ei-ole" / "vienti.json"
    done = run_cli("--db", diary, "export", "json", "-o", out)
    assert_clean_failure(done, code=1)
    assert "folder does not exist" in done.stderr
    assert not out.parent.exists()


def test_the_diary_path_comes_from_tyokirja_db(tmp_path):
    diary = tmp_path / "ymparisto.sqlite"
    seed(diary, sample_entries()[:2])
    done = run_cli("check", env=cli_env(TYOKIRJA_DB=str(diary)))
    assert done.returncode == 0 and "2 entries" in done.stdout


def test_usage_errors_exit_2_and_the_entry_point_works(tmp_path):
    assert run_cli("frobnicate").returncode == 2
    script = Path(sys.executable).with_name("tyokirja")
    done = subprocess.run([str(script), "--version"], capture_output=True, text=True, env=cli_env(), cwd=ROOT)
    assert done.returncode == 0 and done.stdout.startswith("tyokirja ")


def test_cli_commands_do_not_load_qt_widgets(tmp_path):
    diary = tmp_path / "tyokirja.sqlite"
    seed(diary, sample_entries()[:1])
    code = (
        "import sys; from tyokirja import cli; "
        f"rc = cli.main(['--lang', 'en', '--db', {str(diary)!r}, 'check']); "
        "print(rc, 'PySide6.QtWidgets' in sys.modules, 'PySide6.QtGui' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=cli_env(), cwd=ROOT)
    assert done.stdout.split()[-3:] == ["0", "False", "False"], done.stderr
