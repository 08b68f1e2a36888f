"""Merge import: new records are added, records already there are left alone, conflicts are never
overwritten (the user keeps both or skips them), and the whole import is all or nothing."""

from __future__ import annotations

import json

import pytest

from tyokirja.exchange.json_format import ImportRejected
from tyokirja.services.workbook import open_workbook
from tyokirja.storage.errors import StorageError
from tyokirja.storage.settings import BACKUP_KEEP, LOCK_IDLE_MINUTES, SettingsRepository

from .test_exchange import full_encounter
from .test_exchange_v3 import fill_every_kind


@pytest.fixture
def books(tmp_path, catalogue):
    """A filled diary (`source`) and its export file, and a second diary (`target`) to import into."""
    source = open_workbook(tmp_path / "a.sqlite", create=True, catalogue=catalogue)
    target = open_workbook(tmp_path / "b.sqlite", create=True, catalogue=catalogue)
    try:
        fill_every_kind(source)
        yield source, target, tmp_path
    finally:
        source.close()
        target.close()


def export(book, path):
    book.transfer.export_json(path)
    return path


def snapshot(book) -> dict:
    """Everything the diary holds, as its export says it (apart from the export time)."""
    doc = book.transfer.export_document()
    doc.pop("exported_at")
    return doc


def test_importing_the_same_file_twice_adds_nothing_the_second_time(books):
    source, target, tmp = books
    path = export(source, tmp / "vienti.json")
    first = target.transfer.import_bundle(target.transfer.read_file(path))
    before = snapshot(target)
    plan = target.transfer.plan_import(target.transfer.read_file(path))
    assert (plan.new, plan.same, plan.conflicting) == (0, first.new, 0)
    target.transfer.import_bundle(target.transfer.read_file(path))
    assert snapshot(target) == before


def test_the_dry_run_counts_new_already_there_and_conflicting_and_writes_nothing(books):
    source, target, tmp = books
    export(source, tmp / "vanha.json")
    target.transfer.import_json(tmp / "vanha.json")
    source.diary.save(full_encounter(7, id="uusi-1"))  # new since
    changed = source.diary.get("enc0002").copy(title="Muokattu toisella koneella")
    source.diary.save(changed)  # differs from the target's copy
    path = export(source, tmp / "uusi.json")
    before = snapshot(target)
    plan = target.transfer.plan_import(target.transfer.read_file(path))
    assert (plan.new, plan.conflicting) == (1, 1)
    assert plan.same == 13  # 10 other records and 3 settings
    assert plan.conflicts() == [("encounters", 2, "enc0002")]
    assert snapshot(target) == before


def _diverged(books):
    """The target imported the source once; since then one entry changed and one was added."""
    source, target, tmp = books
    target.transfer.import_json(export(source, tmp / "vanha.json"))
    source.diary.save(full_encounter(7, id="uusi-1"))
    source.diary.save(source.diary.get("enc0002").copy(title="Muokattu toisella koneella"))
    return target, target.transfer.read_file(export(source, tmp / "uusi.json"))


def test_without_a_choice_a_conflict_refuses_the_whole_import(books):
    target, bundle = _diverged(books)
    before = snapshot(target)
    with pytest.raises(ImportRejected) as info:
        target.transfer.import_bundle(bundle)
    assert (info.value.array, info.value.record_id, info.value.code) == ("encounters", "enc0002", "already_exists")
    assert snapshot(target) == before  # not even the new entry arrived


def test_skip_adds_the_new_and_leaves_the_diarys_version(books):
    target, bundle = _diverged(books)
    kept = target.diary.get("enc0002")
    plan = target.transfer.import_bundle(bundle, "skip")
    assert plan.added("skip")["encounters"] == 1
    assert target.diary.get("enc0002") == kept
    assert target.diary.encounters.exists("uusi-1")
    assert target.diary.encounters.count() == 3


def test_keep_both_adds_the_files_version_under_a_copy_id_once(books):
    target, bundle = _diverged(books)
    kept = target.diary.get("enc0002")
    target.transfer.import_bundle(bundle, "keep_both")
    copies = [e for e in target.diary.encounters.all() if e.id.startswith("enc0002.copy-")]
    assert [c.title for c in copies] == ["Muokattu toisella koneella"]
    assert target.diary.get("enc0002") == kept
    again = target.transfer.plan_import(bundle)
    assert (again.new, again.conflicting) == (0, 0)  # the copy is found: nothing more to add
    target.transfer.import_bundle(bundle, "keep_both")
    assert target.diary.encounters.count() == 4


def test_a_setting_the_diary_chose_is_never_overwritten(books):
    source, target, tmp = books
    SettingsRepository(target.db).set(BACKUP_KEEP, 60)
    plan = target.transfer.import_bundle(target.transfer.read_file(export(source, tmp / "v.json")))
    assert plan.settings_conflicts == ["backup_keep"]
    settings = SettingsRepository(target.db)
    assert settings.get(BACKUP_KEEP) == 60  # the diary's own
    assert settings.get(LOCK_IDLE_MINUTES) == 0  # unset here: taken from the file


def test_a_failure_while_writing_changes_nothing(books, monkeypatch):
    source, target, tmp = books
    path = export(source, tmp / "v.json")
    target.diary.save(full_encounter(50, id="oma-1"))
    before = snapshot(target)

    def disk_full(records):
        from tyokirja.storage.errors import DiskFullError

        raise DiskFullError("disk full")

    monkeypatch.setattr(target.transfer.shared_reports, "insert_many", disk_full)  # after entries and practice
    with pytest.raises(StorageError):
        target.transfer.import_json(path)
    assert snapshot(target) == before


def test_a_link_to_a_record_outside_the_diary_is_kept(books):
    source, target, tmp = books
    doc = source.transfer.export_document()
    doc["goals"][0]["encounter_ids"] = ["ei-ole-olemassa"]
    path = tmp / "x.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    target.transfer.import_json(path)
    assert target.goals.repository.get("tavoite-1").encounter_ids == ["ei-ole-olemassa"]
