"""Backups: rotation, owner-only copies that open as the same diary, live copies, restore that keeps the old file."""

from __future__ import annotations

import hashlib
import os
import stat
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tyokirja.domain.encounter import Encounter
from tyokirja.services.backup import DEFAULT_KEEP, BackupService, RecoveryService
from tyokirja.storage import backup as store
from tyokirja.storage.connection import close_diary, open_diary
from tyokirja.storage.encounters import EncounterRepository
from tyokirja.storage.errors import CorruptDiaryError, NotADiaryError

T0 = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)


class Clock:
    def __init__(self, start: datetime = T0):
        self.now = start

    def __call__(self) -> datetime:
        return self.now


def _add(diary, *titles: str) -> None:
    for title in titles:
        diary.save(Encounter(occurred_at=diary.clock().replace(microsecond=0), title=title))


def _titles(path: Path) -> list[str]:
    db = open_diary(path, create=False)
    try:
        return sorted(e.title for e in EncounterRepository(db).all())
    finally:
        close_diary(db)


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _damage(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


@pytest.fixture
def service(diary, db_path):
    return BackupService(diary.encounters.db, db_path, clock=Clock())


def test_rotation_keeps_exactly_the_newest_automatic_backups(service, db_path):
    service.set_keep(5)
    made = []
    for day in range(8):
        service.clock.now = T0 + timedelta(days=day)
        made.append(service.maybe_backup())
    migration_copy = store.backups_dir(db_path) / "tyokirja-before-0002_x-20260101T000000Z.sqlite"
    migration_copy.write_bytes(made[0].path.read_bytes() if made[0].path.exists() else b"")
    service.clock.now = T0 + timedelta(days=9)
    service.maybe_backup()
    automatic = [b for b in store.list_backups(db_path) if b.automatic]
    assert [b.created for b in automatic] == [T0 + timedelta(days=d) for d in (9, 7, 6, 5, 4)]
    assert migration_copy.exists()  # rotation never touches other copies
    assert service.keep() == 5


def test_keep_count_lives_in_the_diary_and_is_bounded(service, db_path):
    assert service.keep() == DEFAULT_KEEP
    service.set_keep(365)
    assert BackupService(service.db, db_path).keep() == 365
    for bad in (0, 366):
        with pytest.raises(ValueError):
            service.set_keep(bad)
    with service.db.atomic():  # a value the app never writes (another version, a damaged file)
        service.db.execute("UPDATE settings SET value = 'many' WHERE key = 'backup_keep'")
    assert service.keep() == DEFAULT_KEEP


def test_automatic_backups_are_due_daily_and_at_start_after_an_hour(service):
    assert service.maybe_backup(at_start=True) is not None
    service.clock.now = T0 + timedelta(minutes=30)
    assert service.maybe_backup(at_start=True) is None
    service.clock.now = T0 + timedelta(hours=2)
    assert service.maybe_backup() is None
    assert service.maybe_backup(at_start=True) is not None
    service.clock.now = T0 + timedelta(hours=26, minutes=1)
    assert service.maybe_backup() is not None


def test_backups_are_owner_only_and_open_as_the_same_diary(diary, service, db_path, tmp_path):
    _add(diary, "Kehityskeskustelu", "Asiakastapaaminen ✓")
    info = service.backup_now()
    manual = service.backup_to(tmp_path / "elsewhere" / "copy.sqlite")
    for path in (info.path, manual):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert _titles(path) == ["Asiakastapaaminen ✓", "Kehityskeskustelu"]
    assert stat.S_IMODE(info.path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(manual.parent.stat().st_mode) == 0o700
    assert not [p for p in info.path.parent.iterdir() if p.name.startswith(".")]  # no temp left


def test_a_backup_never_replaces_the_diary_itself(service, db_path):
    before = _sha(db_path)
    with pytest.raises(store.BackupIsDiaryError):
        service.backup_to(db_path)
    assert _sha(db_path) == before


def test_a_backup_of_a_live_diary_is_consistent_while_another_connection_writes(diary, service, db_path):
    writer = open_diary(db_path)
    repo = EncounterRepository(writer)
    stop = threading.Event()
    written = []

    def write() -> None:
        n = 0
        while not stop.is_set():
            repo.save(Encounter(occurred_at=T0, title=f"Kirjoitus {n}", facts="x" * 2000))
            written.append(n)
            n += 1

    thread = threading.Thread(target=write)
    thread.start()
    try:
        copies = []
        for i in range(10):
            service.clock.now = T0 + timedelta(days=i)
            copies.append(service.backup_now())
    finally:
        stop.set()
        thread.join()
        close_diary(writer)
    assert written
    counts = []
    for info in copies:
        db = open_diary(info.path, create=False)
        try:
            assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            counts.append(EncounterRepository(db).count())
        finally:
            close_diary(db)
    assert counts == sorted(counts)


def test_list_backups_is_newest_first_and_skips_other_files(service, db_path):
    for day in (3, 1, 2):
        service.clock.now = T0 + timedelta(days=day)
        service.backup_now()
    (store.backups_dir(db_path) / "notes.txt").write_text("not a backup")
    (store.backups_dir(db_path) / "other-20260101T000000Z.sqlite").write_bytes(b"")
    assert [b.created.day for b in store.list_backups(db_path)] == [4, 3, 2]


def test_newest_good_backup_skips_damaged_ones(diary, service, db_path):
    _add(diary, "Ensimmäinen")
    good = service.backup_now()
    _add(diary, "Toinen")
    service.clock.now = T0 + timedelta(days=1)
    newer = service.backup_now()
    _damage(newer.path)
    found = RecoveryService(db_path).newest_good_backup()
    assert found.path == good.path and found.entries == 1


def test_restore_keeps_the_damaged_file_aside_and_brings_the_backup_back(diary, service, db_path):
    _add(diary, "Palaute tiimille", "Vaikea puhelu")
    info = service.backup_now()
    _add(diary, "Myöhempi merkintä")
    close_diary(diary.encounters.db)
    _damage(db_path)
    damaged_hash = _sha(db_path)
    with pytest.raises(CorruptDiaryError):
        open_diary(db_path)
    recovery = RecoveryService(db_path, clock=Clock(T0 + timedelta(days=2)))
    aside = recovery.restore(info.path)
    assert aside.name == "tyokirja.sqlite.damaged-20261103T090000Z"
    assert _sha(aside) == damaged_hash
    assert _titles(db_path) == ["Palaute tiimille", "Vaikea puhelu"]
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600
    diary.encounters.db = open_diary(db_path)  # let the fixture close an open diary


def test_restore_over_a_healthy_diary_keeps_it_as_replaced(diary, service, db_path):
    info = service.backup_now()
    _add(diary, "Uusi")
    close_diary(diary.encounters.db)
    recovery = RecoveryService(db_path, clock=Clock(T0 + timedelta(days=1)))
    aside = recovery.restore(info.path)
    assert ".replaced-" in aside.name
    assert _titles(aside) == ["Uusi"]
    assert _titles(db_path) == []
    diary.encounters.db = open_diary(db_path)


def test_restore_refuses_a_file_that_is_no_healthy_diary(diary, db_path, tmp_path):
    before = _sha(db_path)
    recovery = RecoveryService(db_path)
    foreign = tmp_path / "muistiinpanot.txt"
    foreign.write_text("ei päiväkirja")
    with pytest.raises(NotADiaryError):
        recovery.restore(foreign)
    with pytest.raises(store.BackupIsDiaryError):
        recovery.restore(db_path)
    assert _sha(db_path) == before
    assert sorted(p.name for p in db_path.parent.iterdir() if not p.name.startswith("tyokirja.sqlite")) == []


def test_set_aside_moves_the_file_with_its_companions_and_never_overwrites(tmp_path):
    path = tmp_path / "tyokirja.sqlite"
    clock = Clock()
    names = []
    for content in (b"first", b"second"):
        path.write_bytes(content)
        Path(f"{path}-wal").write_bytes(b"wal " + content)
        names.append(RecoveryService(path, clock).set_aside())
    assert names[0] != names[1]
    assert [p.read_bytes() for p in names] == [b"first", b"second"]
    assert Path(f"{names[1]}-wal").read_bytes() == b"wal second"
    assert not path.exists() and not os.path.exists(f"{path}-wal")
    assert RecoveryService(path, clock).set_aside() is None


def test_an_encrypted_diary_is_backed_up_encrypted_without_the_service_holding_the_key(tmp_path):
    from tyokirja.services.backup import BackupService
    from tyokirja.storage.connection import close_diary, open_diary
    from tyokirja.storage.encryption import encrypt_diary

    path = tmp_path / "d.sqlite"
    db = open_diary(path)
    db.execute("INSERT INTO settings (key, value) VALUES ('marker', 'KANARIALINTU-čđŋ')")
    encrypt_diary(db, path, "pitkä salainen tunnuslause")  # closes `db`: the file is opened again with the key
    db = open_diary(path, create=False, passphrase="pitkä salainen tunnuslause")
    try:
        info = BackupService(db, path).backup_now()  # the app passes no passphrase
        data = info.path.read_bytes()
        assert not data.startswith(b"SQLite format 3")
        assert "KANARIALINTU-čđŋ".encode() not in data
        copy = open_diary(info.path, create=False, passphrase="pitkä salainen tunnuslause")
        assert copy.execute("SELECT value FROM settings WHERE key = 'marker'").fetchone()[0] == "KANARIALINTU-čđŋ"
        close_diary(copy)
    finally:
        close_diary(db)


def test_rotation_deletes_only_this_diarys_own_backups(service, db_path, tmp_path):
    """Look-alikes in backups/ (another diary's backup, a foreign file with our name pattern) stay."""
    service.set_keep(2)
    folder = store.backups_dir(db_path)
    other = tmp_path / "other" / "tyokirja.sqlite"
    other_db = open_diary(other)
    try:
        foreign_backup = BackupService(other_db, other, clock=Clock(T0 - timedelta(days=30))).backup_now().path
    finally:
        close_diary(other_db)
    looks_alike = folder / "tyokirja-20250101T000000Z.sqlite"
    folder.mkdir(exist_ok=True)
    looks_alike.write_bytes(foreign_backup.read_bytes())  # another diary's backup, our name
    text_file = folder / "tyokirja-20250102T000000Z.sqlite"
    text_file.write_text("my own notes, not a backup\n")
    kept = {p: _sha(p) for p in (looks_alike, text_file)}
    for day in range(4):
        service.clock.now = T0 + timedelta(days=day)
        service.maybe_backup()
    own = [b.created for b in store.list_backups(db_path) if b.automatic and b.path not in kept]
    assert own == [T0 + timedelta(days=3), T0 + timedelta(days=2)]
    assert {p: _sha(p) for p in kept} == kept
