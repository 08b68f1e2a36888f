"""The open-time check of a diary the app last closed cleanly costs the same at any size; the
per-table check it leaves out runs after start-up (verify_after_start) and finds the same damage."""

from __future__ import annotations

import os
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from tyokirja.domain.encounter import Encounter
from tyokirja.services.transfer import verify_after_start
from tyokirja.storage import inspection
from tyokirja.storage.connection import close_diary, open_diary
from tyokirja.storage.encounters import EncounterRepository
from tyokirja.storage.errors import CorruptDiaryError

from ..helpers.damaged_corpus import PAGE, layout

HKI = timezone(timedelta(hours=2))


def _diary(path: Path) -> None:
    db = open_diary(path)
    repo = EncounterRepository(db)
    for n in range(60):
        repo.save(Encounter(occurred_at=datetime(2026, 1, 1, 9, tzinfo=HKI) + timedelta(days=n),
                            title=f"Palaveri {n}", facts="Pitkä kuvaus tilanteesta. " * 40))
    close_diary(db)  # a clean close: the file is remembered as seen whole


def _rot_silently(path: Path) -> None:
    """Zero the middle of a leaf page of the entries table, keeping size, inode and mtime (bit rot)."""
    leaf = layout(path).leaf_of("encounters")
    stat = path.stat()
    with open(path, "r+b") as handle:
        handle.seek((leaf - 1) * PAGE + 8)
        handle.write(b"\x00" * 64)
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))


def test_an_unchanged_diary_opens_without_the_table_check_and_it_runs_after_start(tmp_path, monkeypatch):
    path = tmp_path / "paivakirja.sqlite"
    _diary(path)
    checked: list[int] = []
    real = inspection._quick_check_tables
    monkeypatch.setattr(inspection, "_quick_check_tables", lambda conn: checked.append(1) or real(conn))
    close_diary(open_diary(path))
    assert checked == []  # the open paid only for the header, application id and schema version
    assert verify_after_start(path) is None and checked == [1]


def test_damage_the_open_no_longer_sees_is_found_after_start_and_refused_at_the_next_open(tmp_path):
    path = tmp_path / "paivakirja.sqlite"
    _diary(path)
    _rot_silently(path)
    close_diary(open_diary(path))  # unchanged by its fingerprint: opens quickly
    problem = verify_after_start(path)
    assert isinstance(problem, CorruptDiaryError)
    before = path.read_bytes()
    with pytest.raises(CorruptDiaryError):  # forgotten as whole: the next open checks fully and refuses
        open_diary(path)
    assert path.read_bytes() == before
