"""Files that are not a healthy diary are refused and left byte for byte as they were (storage level).

The same files go through the command line in tests/e2e/test_cli_bad_input.py, which imports the
makers below.
"""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from tyokirja.domain.encounter import Encounter
from tyokirja.services.transfer import check_diary
from tyokirja.storage.connection import close_diary, open_diary
from tyokirja.storage.encounters import EncounterRepository
from tyokirja.storage.errors import CorruptDiaryError, NotADiaryError

BAD_KINDS = ("text", "foreign_sqlite", "truncated_diary", "empty")
COMPANIONS = ("-wal", "-shm", "-journal")


def make_bad_file(kind: str, path: Path) -> Path:
    """Write one kind of file that must never be taken for (or replaced by) a diary."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if kind == "text":
        path.write_text("Tämä on tekstitiedosto, ei päiväkirja. Čđŋšŧž 🙂\n" * 200, encoding="utf-8")
    elif kind == "foreign_sqlite":
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")
        conn.execute("INSERT INTO recipes (name) VALUES ('karjalanpiirakka')")
        conn.commit()
        conn.close()
    elif kind == "truncated_diary":
        db = open_diary(path)
        start = datetime(2025, 1, 1, 9, tzinfo=timezone(timedelta(hours=2)))
        with db.atomic():
            EncounterRepository(db).insert_many([
                Encounter(occurred_at=start + timedelta(hours=n), title=f"Kohtaaminen {n}",
                          facts="Asiakas soitti laskusta ja kertoi tilanteesta. " * 15)
                for n in range(300)
            ])
        close_diary(db)
        size = path.stat().st_size
        assert size > 200_000
        with open(path, "r+b") as handle:
            handle.truncate(size // 2)
    elif kind == "empty":
        path.write_bytes(b"")
    else:  # pragma: no cover
        raise ValueError(kind)
    assert not any(Path(f"{path}{s}").exists() for s in COMPANIONS)
    return path


def fingerprint(path: Path) -> tuple[int, str]:
    data = path.read_bytes()
    return len(data), hashlib.sha256(data).hexdigest()


def companions(path: Path) -> list[str]:
    return [s for s in COMPANIONS if Path(f"{path}{s}").exists()]


EXPECTED = {
    "text": (NotADiaryError, "not_sqlite"),
    "foreign_sqlite": (NotADiaryError, "foreign"),
    "truncated_diary": (CorruptDiaryError, None),
    "empty": (NotADiaryError, "empty"),
}


@pytest.fixture(params=BAD_KINDS)
def bad_file(request, tmp_path) -> tuple[str, Path]:
    return request.param, make_bad_file(request.param, tmp_path / "kansio" / "tyokirja.sqlite")


@pytest.mark.parametrize("create", [True, False])
def test_opening_refuses_and_leaves_the_file_untouched(bad_file, create):
    kind, path = bad_file
    before = fingerprint(path)
    error_type, reason = EXPECTED[kind]
    with pytest.raises(error_type) as info:
        open_diary(path, create=create)
    if reason:
        assert info.value.reason == reason
    assert fingerprint(path) == before
    assert companions(path) == []


def test_full_check_refuses_and_leaves_the_file_untouched(bad_file):
    kind, path = bad_file
    before = fingerprint(path)
    with pytest.raises(EXPECTED[kind][0]):
        check_diary(path)
    assert fingerprint(path) == before
    assert companions(path) == []


def test_the_refusal_reads_as_a_clear_sentence(bad_file):
    from tyokirja.errortext import describe

    kind, path = bad_file
    with pytest.raises(EXPECTED[kind][0]) as info:
        open_diary(path)
    message = describe(info.value)
    assert str(path) in message and "left untouched" in message
    assert "Traceback" not in message


def test_a_healthy_diary_passes_the_full_check(diary, db_path):
    diary.quick_entry("Lyhyt merkintä", "Havainto", None)
    assert check_diary(db_path) == 1

