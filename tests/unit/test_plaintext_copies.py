"""Cleaning up unencrypted copies touches only the diary's own copies (issue 10, defect 1).

Other diaries, other programs' databases, damaged files and files without the diary's identity sit
in the same folders; they are never offered, never deleted and not even written to by looking.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlcipher3
import sqlite_utils

from tyokirja.services.security import SecurityService
from tyokirja.services.workbook import Workbook, WorkbookKeeper
from tyokirja.storage import encryption, migrations
from tyokirja.storage.backup import make_automatic_backup
from tyokirja.storage.connection import APPLICATION_ID, close_diary, open_diary

PASS = "kaksi kuusta ja kolme kissaa"
NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def fingerprint(folders: list[Path], skip: set[str]) -> dict[str, tuple[str, int]]:
    """sha256 and mtime of every file (names included: a new -wal/-shm shows up as a new key)."""
    found = {}
    for folder in folders:
        for path in sorted(folder.iterdir()):
            if path.name in skip or path.is_dir():
                continue
            data = path.read_bytes() if not path.is_symlink() else os.readlink(path).encode()
            found[str(path)] = (hashlib.sha256(data).hexdigest(), os.lstat(path).st_mtime_ns)
    return found


def make_other_diary(path: Path) -> Path:
    db = open_diary(path)
    db.execute("INSERT INTO settings (key, value) VALUES ('marker', 'toinen päiväkirja')")
    close_diary(db)
    return path


def make_foreign(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT)")
    conn.execute("INSERT INTO settings VALUES ('diary_uuid', 'x')")
    conn.commit()
    conn.close()
    return path


@pytest.fixture
def scene(db_path, catalogue):
    """An open diary with, beside it and in backups/, its own copies and everything else that may be there."""
    db = open_diary(db_path)
    db.execute("INSERT INTO settings (key, value) VALUES ('marker', 'oma')")
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    folder = db_path.parent
    backups = folder / "backups"
    own_backup = make_automatic_backup(db, db_path, NOW).path
    manual = folder / "kopio.sqlite"
    shutil.copyfile(db_path, manual)  # what `cp tyokirja.sqlite kopio.sqlite` makes
    other = make_other_diary(folder / "toinen.sqlite")
    other_db = open_diary(other)
    other_backup = make_automatic_backup(other_db, other, NOW).path  # another diary's backup in the same backups/
    close_diary(other_db)
    foreign = make_foreign(folder / "muu-ohjelma.db")
    foreign_in_backups = make_foreign(backups / "tyokirja-20260101T000000Z.sqlite")  # our naming, not ours
    damaged = backups / "vahingoittunut.sqlite"
    raw = db_path.read_bytes()
    damaged.write_bytes(raw[:100] + bytes(range(256)) * ((len(raw) - 100) // 256 + 1))
    truncated = folder / "katkennut.sqlite"
    truncated.write_bytes(raw[:4096])
    no_identity = folder / "ilman-tunnistetta.sqlite"
    shutil.copyfile(db_path, no_identity)
    conn = sqlite3.connect(no_identity)
    conn.execute("DELETE FROM settings WHERE key = 'diary_uuid'")
    conn.commit()
    conn.close()
    link = folder / "linkki.sqlite"
    link.symlink_to(own_backup)
    for companion in (Path(f"{no_identity}-wal"), Path(f"{no_identity}-shm")):
        companion.unlink(missing_ok=True)
    keeper = WorkbookKeeper(Workbook(db, db_path, catalogue))
    yield {
        "db": db,
        "keeper": keeper,
        "security": keeper.workbook.security,
        "own": {manual, own_backup},
        "others": [other, other_backup, foreign, foreign_in_backups, damaged, truncated, no_identity, link],
        "folders": [folder, backups],
        "skip": {db_path.name, f"{db_path.name}-wal", f"{db_path.name}-shm"},
    }
    keeper.close()


def test_new_diaries_get_their_own_identity_and_backups_carry_it(db_path, tmp_path):
    db = open_diary(db_path)
    own = encryption.diary_uuid(db)
    assert own and len(own) == 36
    other = open_diary(tmp_path / "muu" / "toinen.sqlite")
    assert encryption.diary_uuid(other) not in (None, own)
    close_diary(other)
    copy = make_automatic_backup(db, db_path, NOW).path
    conn = sqlite3.connect(f"{copy.as_uri()}?mode=ro", uri=True)
    assert conn.execute("SELECT value FROM settings WHERE key = 'diary_uuid'").fetchone() == (own,)
    conn.close()
    close_diary(db)
    again = open_diary(db_path)
    assert encryption.diary_uuid(again) == own  # stamped once, never replaced
    close_diary(again)


def test_an_older_diary_gets_an_identity_when_it_is_migrated(db_path):
    db_path.parent.mkdir(mode=0o700)
    conn = sqlcipher3.connect(str(db_path), isolation_level=None)  # a diary as the app left it before 0007
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA journal_mode = WAL")
    old = sqlite_utils.Database(conn)
    migrations.migrations.apply(old, stop_before="0007_diary_identity")
    assert encryption.diary_uuid(old) is None
    conn.close()

    db = open_diary(db_path)
    assert encryption.diary_uuid(db)
    before = list(migrations.backups_dir(db_path).glob("*before-0007_diary_identity*"))
    assert len(before) == 1
    # The copy taken before the migration has no identity yet, so it is never offered for deletion.
    assert SecurityService(db, db_path).plaintext_copies() == []
    close_diary(db)


def test_only_the_diarys_own_copies_are_offered_and_nothing_is_written(scene):
    security = scene["security"]
    before = fingerprint(scene["folders"], scene["skip"])

    offered = security.plaintext_copies()

    assert {c.path for c in offered} == scene["own"]
    for copy in offered:
        info = os.stat(copy.path)
        assert copy.size == info.st_size > 0
        assert copy.modified == datetime.fromtimestamp(info.st_mtime, UTC)
    assert fingerprint(scene["folders"], scene["skip"]) == before


def test_turning_encryption_on_offers_only_the_own_copies(scene, db_path):
    keeper = scene["keeper"]
    left = keeper.turn_encryption_on(PASS)
    assert {c.path for c in left} == scene["own"]
    fresh = make_automatic_backup(keeper.workbook.db, db_path, datetime(2026, 3, 3, tzinfo=UTC)).path
    assert fresh not in {c.path for c in keeper.workbook.security.plaintext_copies()}  # encrypted: no longer a plaintext copy


def test_delete_removes_only_own_copies_even_when_asked_for_others(scene):
    security = scene["security"]
    others = scene["others"]
    before = fingerprint(scene["folders"], scene["skip"] | {p.name for p in scene["own"]})
    manual = next(p for p in scene["own"] if p.parent.name != "backups")
    Path(f"{manual}-wal").write_bytes(b"")  # a leftover companion of the own copy
    Path(f"{others[0]}-wal").write_bytes(b"")  # and one of the other diary
    before[f"{others[0]}-wal"] = fingerprint([others[0].parent], set())[f"{others[0]}-wal"]

    removal = security.delete_copies([*scene["own"], *others])

    assert set(removal.deleted) == scene["own"]
    assert set(removal.skipped) == set(others)
    assert removal.failed == []
    assert not any(p.exists() for p in scene["own"])
    assert not Path(f"{manual}-wal").exists()
    assert fingerprint(scene["folders"], scene["skip"]) == before
    assert security.plaintext_copies() == []


def test_delete_checks_again_and_leaves_a_file_that_changed_after_listing(scene):
    security = scene["security"]
    listed = [c.path for c in security.plaintext_copies()]
    manual = next(p for p in listed if p.parent.name != "backups")
    shutil.copyfile(scene["others"][0], manual)  # now another diary lives under that name
    Path(f"{manual}-wal").write_bytes(b"muu")
    kept = manual.read_bytes()

    removal = security.delete_copies(listed)

    assert removal.skipped == [manual]
    assert manual.read_bytes() == kept and Path(f"{manual}-wal").read_bytes() == b"muu"
    assert [p for p in listed if p != manual] == removal.deleted


def test_a_copy_outside_the_diary_folders_is_never_touched(scene, tmp_path):
    security = scene["security"]
    manual = next(p for p in scene["own"] if p.parent.name != "backups")
    outside = tmp_path / "muualla.sqlite"
    shutil.copyfile(manual, outside)
    assert security.delete_copies([outside]).skipped == [outside]
    assert outside.exists()
