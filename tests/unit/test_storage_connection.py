"""The diary file: private, durable settings, our stamp, and refusal of anything that is not ours."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from tyokirja.storage import errors
from tyokirja.storage.connection import APPLICATION_ID, close_diary, open_diary, sqlite_is_safe
from tyokirja.storage.migrations import backups_dir, migrations


def _digest(path: Path) -> tuple[int, str]:
    data = path.read_bytes()
    return len(data), hashlib.sha256(data).hexdigest()


def _companions(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if p.name != path.name)


def test_new_diary_is_owner_only_and_durable(db_path):
    db = open_diary(db_path)
    db.execute("INSERT INTO settings (key, value) VALUES ('x', 'y')")
    assert stat.S_IMODE(os.stat(db_path.parent).st_mode) == 0o700
    for suffix in ("", "-wal", "-shm"):
        assert stat.S_IMODE(os.stat(f"{db_path}{suffix}").st_mode) == 0o600, suffix
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert db.execute("PRAGMA secure_delete").fetchone()[0] == 1
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    close_diary(db)


def test_plain_sqlite_can_read_an_unencrypted_diary(diary, db_path):
    diary.quick_entry("Palaveri", "Kävimme läpi tavoitteet.", None)
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT title FROM encounters").fetchall() == [("Palaveri",)]
    conn.close()


@pytest.mark.parametrize(
    "make, reason",
    [
        (lambda p: p.write_bytes(b""), "empty"),
        (lambda p: p.write_text("Tämä on tavallinen tekstitiedosto.\n", encoding="utf-8"), "not_sqlite"),
        (lambda p: p.write_bytes(b"%PDF-1.7\n" + os.urandom(4000)), "not_sqlite"),
    ],
    ids=["empty", "text", "pdf"],
)
def test_non_diary_files_are_refused_untouched(tmp_path, make, reason):
    path = tmp_path / "x.sqlite"
    make(path)
    before = _digest(path)
    with pytest.raises(errors.NotADiaryError) as caught:
        open_diary(path)
    assert caught.value.reason == reason
    assert _digest(path) == before
    assert _companions(path) == []


def test_another_programs_sqlite_is_refused_untouched(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.execute("INSERT INTO notes VALUES ('ostoslista')")
    conn.commit()
    conn.close()
    before = _digest(path)
    with pytest.raises(errors.NotADiaryError) as caught:
        open_diary(path)
    assert caught.value.reason == "foreign"
    assert _digest(path) == before
    assert _companions(path) == []


def test_truncated_diary_is_refused_as_damaged_and_left_untouched(tmp_path, catalogue):
    from tyokirja.services.diary import DiaryService
    from tyokirja.storage.drafts import DraftRepository
    from tyokirja.storage.encounters import EncounterRepository

    path = tmp_path / "d.sqlite"
    db = open_diary(path)
    service = DiaryService(EncounterRepository(db), DraftRepository(db), catalogue)
    for i in range(300):
        service.quick_entry(f"Merkintä {i}", "Asiakas soitti ja kysyi laskusta. " * 20, None)
    close_diary(db)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    before = _digest(path)
    with pytest.raises(errors.CorruptDiaryError):
        open_diary(path)
    assert _digest(path) == before
    assert _companions(path) == []


def test_missing_file_is_not_created_when_not_asked(tmp_path):
    path = tmp_path / "nope" / "d.sqlite"
    with pytest.raises(errors.DiaryUnavailableError):
        open_diary(path, create=False)
    assert not path.parent.exists()


def test_reopening_runs_no_migration_and_keeps_data(diary, db_path):
    diary.quick_entry("Ensimmäinen", "", None)
    db = open_diary(db_path)
    assert db.execute("SELECT count(*) FROM encounters").fetchone()[0] == 1
    assert not backups_dir(db_path).exists()
    close_diary(db)


def test_pending_migration_takes_a_copy_first(db_path, monkeypatch):
    db = open_diary(db_path)
    db.execute("INSERT INTO settings (key, value) VALUES ('marker', 'ennen')")
    close_diary(db)

    def m9999_test(db):
        db.execute("CREATE TABLE later_feature (x)")

    monkeypatch.setattr(migrations, "_migrations", [*migrations._migrations])
    migrations(name="9999_test")(m9999_test)
    db = open_diary(db_path)
    copies = list(backups_dir(db_path).iterdir())
    assert len(copies) == 1 and "9999_test" in copies[0].name
    assert stat.S_IMODE(os.stat(copies[0]).st_mode) == 0o600
    old = sqlite3.connect(copies[0])
    assert old.execute("SELECT value FROM settings WHERE key = 'marker'").fetchall() == [("ennen",)]
    assert old.execute("SELECT count(*) FROM sqlite_master WHERE name='later_feature'").fetchone()[0] == 0
    old.close()
    close_diary(db)


def test_failing_migration_leaves_the_old_schema(db_path, monkeypatch):
    close_diary(open_diary(db_path))

    def m9998_broken(db):
        db.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("boom")

    monkeypatch.setattr(migrations, "_migrations", [*migrations._migrations])
    migrations(name="9998_broken")(m9998_broken)
    with pytest.raises(RuntimeError):
        open_diary(db_path)
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name='half_done'").fetchone()[0] == 0
    conn.close()


def test_diary_from_a_newer_app_is_refused(db_path):
    db = open_diary(db_path)
    db.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('tyokirja', '9000_future', 'x')"
    )
    close_diary(db)
    with pytest.raises(errors.NotADiaryError) as caught:
        open_diary(db_path)
    assert caught.value.reason == "newer"


@pytest.mark.parametrize(
    "version, safe",
    [((3, 40, 1), False), ((3, 51, 2), False), ((3, 51, 3), True), ((3, 53, 4), True),
     ((3, 50, 7), True), ((3, 44, 6), True), ((3, 44, 5), False)],
)
def test_sqlite_versions_with_the_wal_reset_bug_are_refused(version, safe):
    assert sqlite_is_safe(version) is safe


def test_read_only_database_write_is_a_typed_error(diary, db_path):
    import sqlite_utils

    from tyokirja.storage.connection import _connect
    from tyokirja.storage.encounters import EncounterRepository

    diary.quick_entry("Luettava", "", None)
    conn = _connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
    repo = EncounterRepository(sqlite_utils.Database(conn))
    enc = diary.new_encounter().copy(title="Ei mahdu")
    with pytest.raises(errors.ReadOnlyError):
        repo.save(enc)
    conn.close()
