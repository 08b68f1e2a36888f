"""Importers from other journals: what the user finds in the diary after importing jrnl, Day One and
RedNotebook exports (fixtures made by the real programs, see tests/fixtures/importers/make_fixtures.py)."""

from __future__ import annotations

import json
import shutil
from datetime import timedelta, timezone
from pathlib import Path

import pytest

from tyokirja.exchange.importers import read_source

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "importers"
HELSINKI = timezone(timedelta(hours=2))


def _import(workbook, kind, path):
    found = workbook.transfer.read_source(kind, path)
    plan = workbook.transfer.import_bundle(found.bundle)
    return found, plan


def test_jrnl_entries_become_quick_entries_with_their_text_and_tags(workbook):
    exported = json.loads((FIXTURES / "jrnl.json").read_text(encoding="utf-8"))["entries"]
    found, plan = _import(workbook, "jrnl", FIXTURES / "jrnl.json")
    assert plan.added(None)["encounters"] == len(exported) == found.read
    stored = workbook.diary.encounters.all()
    assert all(e.needs_completion for e in stored)
    by_time = {e.occurred_at.strftime("%Y-%m-%d %H:%M"): e for e in stored}
    assert len(by_time) == len(exported)
    for source in exported:
        entry = by_time[f"{source['date']} {source['time']}"]
        assert (entry.title, entry.facts) == (source["title"], source["body"])
        for tag in source["tags"]:
            assert tag in entry.notes
        assert ("starred: true" in entry.notes) == source["starred"]
    first = min(e["date"] for e in exported)
    assert found.first.isoformat() == first


def test_reimporting_the_same_jrnl_export_adds_nothing(workbook):
    _import(workbook, "jrnl", FIXTURES / "jrnl.json")
    before = workbook.diary.encounters.all()
    found = workbook.transfer.read_source("jrnl", FIXTURES / "jrnl.json")
    plan = workbook.transfer.plan_import(found.bundle)
    assert (plan.new, plan.same, plan.conflicting) == (0, len(before), 0)
    workbook.transfer.import_bundle(found.bundle)
    assert workbook.diary.encounters.all() == before


def test_an_entry_jrnl_holds_twice_comes_in_once_and_the_dry_run_says_so(tmp_path):
    document = json.loads((FIXTURES / "jrnl.json").read_text(encoding="utf-8"))
    document["entries"].append(dict(document["entries"][0]))
    document["entries"][1]["mood"] = "hyvä"  # a field Työkirja does not know
    path = tmp_path / "twice.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    found = read_source("jrnl", path, HELSINKI)
    assert (found.read, found.duplicates, len(found.entries)) == (41, 1, 40)
    assert "mood: hyvä" in found.entries[1].notes


def test_day_one_text_time_zone_tags_star_and_other_fields(workbook):
    found, _ = _import(workbook, "dayone", FIXTURES / "dayone.zip")
    assert found.not_imported == {"photos": 1, "richText": 1}
    stored = {e.title: e for e in workbook.diary.encounters.all()}
    complaint = stored["Reklamaatio aamulla"]
    assert "Asiakas oli vihainen laskusta & toimitusajasta. Vastasin rauhallisesti <kiitos>." in complaint.facts
    assert complaint.occurred_at.isoformat() == "2025-11-03T08:15:00+02:00"  # 06:15Z in Helsinki
    for expected in ("tags: #työ #asiakas", "starred: true", '"localityName": "Oulu"', "modifiedDate: 2025-11-03T07:00:00Z"):
        assert expected in complaint.notes
    assert stored["Sámi-kollega Čuđet kiitti 🙂"].occurred_at.isoformat() == "2025-12-24T15:30:00-05:00"
    assert stored["Kehityskeskustelu"].facts.startswith("# Kehityskeskustelu")
    again = workbook.transfer.plan_import(workbook.transfer.read_source("dayone", FIXTURES / "dayone.zip").bundle)
    assert (again.new, again.same) == (0, 3)


def test_day_one_entry_edited_since_is_a_conflict_not_an_overwrite(workbook, tmp_path):
    import zipfile

    _import(workbook, "dayone", FIXTURES / "dayone.zip")
    with zipfile.ZipFile(FIXTURES / "dayone.zip") as archive:
        document = json.loads(archive.read("Journal.json"))
    document["entries"][2]["text"] = "# Kehityskeskustelu\nMuokattu myöhemmin."
    edited = tmp_path / "edited.zip"
    with zipfile.ZipFile(edited, "w") as archive:
        archive.writestr("Journal.json", json.dumps(document))
    plan = workbook.transfer.plan_import(workbook.transfer.read_source("dayone", edited).bundle)
    assert (plan.new, plan.same, plan.conflicting) == (0, 2, 1)
    workbook.transfer.import_bundle(workbook.transfer.read_source("dayone", edited).bundle, "keep_both")
    facts = sorted(e.facts for e in workbook.diary.encounters.all() if e.title == "Kehityskeskustelu")
    assert facts == ["# Kehityskeskustelu\nMuokattu myöhemmin.", "# Kehityskeskustelu\nTiimiläinen toivoi lisää palautetta."]


def test_rednotebook_days_categories_and_hashtags(workbook):
    found, _ = _import(workbook, "rednotebook", FIXTURES / "rednotebook")
    assert (found.read, found.first.isoformat(), found.last.isoformat()) == (4, "2025-10-03", "2025-11-02")
    stored = {e.occurred_at.date().isoformat(): e for e in workbook.diary.encounters.all()}
    third = stored["2025-10-03"]
    assert third.title == "Asiakas soitti laskusta. #reklamaatio"
    assert third.facts.endswith("Vastasin rauhallisesti & lupasin soittaa <huomenna>.")
    assert "Työ: Asiakaspalvelu; Puhelin" in third.notes
    assert third.occurred_at.hour == 12
    only_category = stored["2025-10-31"]  # a day with a category and no text still comes over
    assert only_category.title == "Tärkeää" and only_category.facts == ""
    hits = workbook.search("fi").search_all("kehityskeskustelu")
    assert [h.id for h in hits] == [stored["2025-10-17"].id]


def test_one_rednotebook_month_file_can_be_chosen_alone(tmp_path):
    shutil.copy(FIXTURES / "rednotebook" / "2025-11.txt", tmp_path / "2025-11.txt")
    found = read_source("rednotebook", tmp_path / "2025-11.txt", HELSINKI)
    assert [e.title for e in found.entries] == ["Sámi-asiakas Čuđet kiitti palvelusta."]


def test_a_cancelled_import_writes_nothing(workbook):
    from tyokirja.services.transfer import ImportCancelled

    found = workbook.transfer.read_source("jrnl", FIXTURES / "jrnl.json")
    seen = []
    with pytest.raises(ImportCancelled):
        workbook.transfer.import_bundle(found.bundle, progress=lambda done, total: seen.append(done),
                                        cancelled=lambda: bool(seen))
    assert seen == [40] and workbook.diary.encounters.count() == 0
