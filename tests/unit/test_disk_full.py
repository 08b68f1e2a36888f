"""A full disk or a read-only file system: typed errors, nothing acknowledged lost, nothing half-written.

Root ignores chmod, so these tests use a real 2 MB tmpfs (ENOSPC → SQLITE_FULL) and a read-only
remount or a `mode=ro` URI (SQLITE_READONLY). They skip, saying why, where mounting is not allowed.
"""

from __future__ import annotations

import errno
import hashlib
import os
import random
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
import sqlcipher3
import sqlite_utils

from tyokirja.domain.encounter import Encounter
from tyokirja.services.diary import DiaryService
from tyokirja.services.transfer import TransferService
from tyokirja.storage.connection import close_diary, open_diary
from tyokirja.storage.drafts import DraftRepository
from tyokirja.storage.encounters import EncounterRepository
from tyokirja.storage.errors import DiskFullError, ReadOnlyError

HELSINKI = timezone(timedelta(hours=2))
DIARY_FILES = {"tyokirja.sqlite", "tyokirja.sqlite-wal", "tyokirja.sqlite-shm"}


# -- helpers shared with tests/gui/test_disk_full_gui.py ----------------------------------------


def mount_tmpfs(folder: Path, size: str = "2m") -> None:
    """Mount a size-limited tmpfs at `folder`, or skip the test with the reason."""
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root (root ignores chmod, so only a real mount tests this)")
    folder.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(folder)],
                          capture_output=True, text=True)
    if done.returncode:
        pytest.skip(f"mount -t tmpfs is not permitted here: {done.stderr.strip()}")


def unmount(folder: Path) -> None:
    if subprocess.run(["umount", str(folder)], capture_output=True).returncode:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def remount(folder: Path, mode: str) -> None:
    done = subprocess.run(["mount", "-o", f"remount,{mode}", str(folder)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


@pytest.fixture
def small_tmpfs(tmp_path):
    mnt = tmp_path / "small"
    mount_tmpfs(mnt)
    yield mnt
    unmount(mnt)


def fill(folder: Path, leave: int) -> Path:
    """Fill the file system with one filler file, then give back `leave` bytes."""
    filler = folder / "filler.bin"
    chunk = b"\0" * 65536
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        while True:
            os.write(fd, chunk)
    except OSError as exc:
        assert exc.errno == errno.ENOSPC
    finally:
        os.close(fd)
    size = filler.stat().st_size
    os.truncate(filler, max(0, size - leave))
    return filler


def fingerprint(folder: Path) -> dict[str, tuple[str, int]]:
    """sha256 and mtime of every file in `folder`."""
    return {p.name: (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
            for p in sorted(folder.iterdir()) if p.is_file()}


def service_over(db, catalogue) -> DiaryService:
    return DiaryService(EncounterRepository(db), DraftRepository(db), catalogue)


def entry(n: int, rng: random.Random) -> Encounter:
    words = ["kohtaaminen", "äänensävy", "asiakas", "palaveri", "sopimus", "kiire", "pettymys", "ratkaisu"]
    return Encounter(occurred_at=datetime(2026, 5, 1, 9, tzinfo=HELSINKI) + timedelta(minutes=n),
                     title=f"Merkintä {n}", facts=" ".join(rng.choice(words) for _ in range(600)))


def leave_wal_behind(db_path: Path) -> None:
    """Save one entry in a child that exits without closing: -wal and -shm stay, as after a crash."""
    code = ("import os, sys\nfrom datetime import datetime, timezone\nfrom pathlib import Path\n"
            "from tyokirja.domain.encounter import Encounter\n"
            "from tyokirja.storage.connection import open_diary\n"
            "from tyokirja.storage.encounters import EncounterRepository\n"
            "db = open_diary(Path(sys.argv[1]))\n"
            "EncounterRepository(db).save(Encounter(occurred_at=datetime(2026, 5, 1, tzinfo=timezone.utc), "
            "title='Ennen lukitusta'))\n"
            "os._exit(0)\n")
    subprocess.run([sys.executable, "-c", code, str(db_path)], check=True)
    assert {p.name for p in db_path.parent.iterdir()} == DIARY_FILES


# -- disk full ----------------------------------------------------------------------------------


def test_disk_full_keeps_every_acknowledged_save_and_retry_succeeds(small_tmpfs, catalogue):
    db_path = small_tmpfs / "tyokirja.sqlite"
    db = open_diary(db_path)
    diary = service_over(db, catalogue)
    filler = fill(small_tmpfs, leave=400_000)
    rng = random.Random(7)
    acked: dict[str, str] = {}
    failed = None
    for n in range(2000):
        enc = entry(n, rng)
        try:
            diary.save(enc)
        except DiskFullError:
            failed = enc
            break
        acked[enc.id] = enc.facts
    assert failed is not None, "the disk never filled up"
    assert len(acked) >= 5
    # nothing acknowledged was lost, and the refused entry left no trace
    assert {enc_id: diary.get(enc_id).facts for enc_id in acked} == acked
    assert not diary.encounters.exists(failed.id)
    assert db.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    # no 0-byte or half-written files: only the diary and its companions beside the filler
    assert {p.name for p in small_tmpfs.iterdir()} <= DIARY_FILES | {"filler.bin"}
    assert db_path.stat().st_size > 0
    # free space, retry the same save
    filler.unlink()
    assert diary.save(failed).facts == failed.facts
    close_diary(db)
    db = open_diary(db_path)
    try:
        again = service_over(db, catalogue)
        assert again.count() == len(acked) + 1
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        close_diary(db)


def test_export_to_a_full_disk_leaves_no_partial_file(diary, catalogue, small_tmpfs):
    rng = random.Random(3)
    for n in range(30):
        diary.save(entry(n, rng))
    target = small_tmpfs / "vienti.json"
    target.write_text('{"earlier": "export"}', encoding="utf-8")
    fill(small_tmpfs, leave=20_000)
    with pytest.raises(OSError) as raised:
        TransferService(diary, catalogue).export_json(target)
    assert raised.value.errno == errno.ENOSPC
    from tyokirja.transfertext import describe_export_error

    assert describe_export_error(raised.value, target).startswith("The disk is full")
    assert target.read_text(encoding="utf-8") == '{"earlier": "export"}'  # the older file is intact
    assert sorted(p.name for p in small_tmpfs.iterdir()) == ["filler.bin", "vienti.json"]


# -- read-only ----------------------------------------------------------------------------------


def test_read_only_remount_refuses_saves_and_changes_nothing(small_tmpfs, catalogue):
    db_path = small_tmpfs / "tyokirja.sqlite"
    leave_wal_behind(db_path)
    before = fingerprint(small_tmpfs)
    remount(small_tmpfs, "ro")
    try:
        db = open_diary(db_path)  # a WAL diary with its -shm still reads on a read-only mount
        diary = service_over(db, catalogue)
        assert [s.title for s in diary.summaries()] == ["Ennen lukitusta"]
        new = Encounter(occurred_at=datetime(2026, 5, 2, tzinfo=HELSINKI), title="Ei tallennu")
        with pytest.raises(ReadOnlyError):
            diary.save(new)
        with pytest.raises(ReadOnlyError):
            diary.save_draft(new, is_new=True)
        close_diary(db)
        assert fingerprint(small_tmpfs) == before
    finally:
        remount(small_tmpfs, "rw")


def test_cleanly_closed_diary_on_a_read_only_mount_is_refused_untouched(small_tmpfs, catalogue):
    db_path = small_tmpfs / "tyokirja.sqlite"
    close_diary(open_diary(db_path))
    before = fingerprint(small_tmpfs)
    remount(small_tmpfs, "ro")
    try:
        with pytest.raises(ReadOnlyError):  # said as read-only, not as "could not be opened"
            open_diary(db_path)
        assert fingerprint(small_tmpfs) == before
    finally:
        remount(small_tmpfs, "rw")


def test_mode_ro_uri_refuses_saves_with_a_typed_error(db_path, catalogue):
    db = open_diary(db_path)
    EncounterRepository(db).save(Encounter(occurred_at=datetime(2026, 5, 1, tzinfo=HELSINKI), title="Vanha"))
    close_diary(db)
    before = fingerprint(db_path.parent)
    conn = sqlcipher3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    try:
        diary = service_over(sqlite_utils.Database(conn), catalogue)
        assert diary.count() == 1
        with pytest.raises(ReadOnlyError):
            diary.save(Encounter(occurred_at=datetime(2026, 5, 2, tzinfo=HELSINKI), title="Uusi"))
        with pytest.raises(ReadOnlyError):
            diary.delete(diary.summaries()[0].id)
    finally:
        conn.close()
    after = fingerprint(db_path.parent)
    assert after["tyokirja.sqlite"] == before["tyokirja.sqlite"]
