"""`tyokirja backup --output FILE` and `tyokirja restore BACKUP` end to end, as a user runs them."""

from __future__ import annotations

import hashlib
import stat
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QLockFile

from tyokirja.domain.encounter import Encounter
from tyokirja.paths import lock_path
from tyokirja.storage.connection import close_diary, open_diary
from tyokirja.storage.encounters import EncounterRepository

WHEN = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


def _make_diary(path: Path, *titles: str) -> None:
    db = open_diary(path)
    try:
        for title in titles:
            EncounterRepository(db).save(Encounter(occurred_at=WHEN, title=title))
    finally:
        close_diary(db)


def _titles(path: Path) -> list[str]:
    db = open_diary(path, create=False)
    try:
        return sorted(e.title for e in EncounterRepository(db).all())
    finally:
        close_diary(db)


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_backup_then_restore_over_a_damaged_diary(cli, tmp_path):
    diary = tmp_path / "tyokirja.sqlite"
    _make_diary(diary, "Kehityskeskustelu", "Tiimipalaveri")
    copy = tmp_path / "varmuus" / "kopio.sqlite"

    done = cli("--db", diary, "backup", "--output", copy)
    assert done.returncode == 0, done.stderr
    assert str(copy) in done.stdout and "2 entries" in done.stdout
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert _titles(copy) == ["Kehityskeskustelu", "Tiimipalaveri"]

    data = diary.read_bytes()
    diary.write_bytes(data[: len(data) // 2])  # damaged
    damaged = _sha(diary)
    assert cli("--db", diary, "check").returncode == 2

    done = cli("--db", diary, "restore", copy)
    assert done.returncode == 0, done.stderr
    kept = [p for p in tmp_path.iterdir() if p.name.startswith("tyokirja.sqlite.damaged-")]
    assert len(kept) == 1 and _sha(kept[0]) == damaged
    assert str(kept[0]) in done.stdout
    assert _titles(diary) == ["Kehityskeskustelu", "Tiimipalaveri"]
    assert stat.S_IMODE(diary.stat().st_mode) == 0o600
    assert cli("--db", diary, "check").returncode == 0


def test_restore_refuses_a_file_that_is_no_diary_and_changes_nothing(cli, tmp_path):
    diary = tmp_path / "tyokirja.sqlite"
    _make_diary(diary, "Asiakaspalaute")
    before = _sha(diary)
    notes = tmp_path / "muistio.txt"
    notes.write_text("kauppalista")
    for bad in (notes, tmp_path / "missing.sqlite", diary):
        done = cli("--db", diary, "restore", bad)
        assert done.returncode == 2, done.stderr
        assert done.stderr.strip() and "Traceback" not in done.stderr
    assert "not a Työkirja diary" in cli("--db", diary, "restore", notes).stderr
    assert _sha(diary) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["muistio.txt", "tyokirja.sqlite"]


def test_restore_waits_for_the_app_to_close_the_diary(cli, tmp_path):
    diary = tmp_path / "tyokirja.sqlite"
    _make_diary(diary, "Yksi")
    copy = tmp_path / "kopio.sqlite"
    assert cli("--db", diary, "backup", "-o", copy).returncode == 0
    lock = QLockFile(lock_path(diary))
    assert lock.tryLock(0)
    try:
        done = cli("--db", diary, "restore", copy)
    finally:
        lock.unlock()
    assert done.returncode == 2 and "open in Työkirja" in done.stderr
    assert not [p for p in tmp_path.iterdir() if ".damaged-" in p.name or ".replaced-" in p.name]


def test_backup_refuses_to_write_over_the_diary_and_needs_an_existing_diary(cli, tmp_path):
    diary = tmp_path / "tyokirja.sqlite"
    _make_diary(diary, "Yksi")
    before = _sha(diary)
    assert cli("--db", diary, "backup", "--output", diary).returncode == 2
    assert _sha(diary) == before
    missing = cli("--db", tmp_path / "none.sqlite", "backup", "--output", tmp_path / "x.sqlite")
    assert missing.returncode == 2 and not (tmp_path / "none.sqlite").exists()


def test_a_damaged_diary_names_its_newest_good_backup_and_the_restore_command(tmp_path):
    from tests.e2e.conftest import run_cli as run
    from tyokirja.services.backup import BackupService
    from tyokirja.storage.connection import close_diary, open_diary

    path = tmp_path / "data" / "tyokirja.sqlite"
    db = open_diary(path)
    backup = BackupService(db, path).backup_now().path
    close_diary(db)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 100])  # cut inside the last page
    done = run("--db", path, "search", "asiakas", lang="fi")
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "vioittunut" in done.stderr
    assert str(backup) in done.stderr and f"tyokirja --db {path} restore {backup}" in done.stderr
