"""Opening and checking never change a file that is not a complete, healthy diary (issue 10).

Each test builds the situation that once destroyed or changed data, and asserts on the bytes,
modes and names on disk afterwards.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlcipher3

from tyokirja.domain.encounter import Encounter
from tyokirja.services.transfer import check_diary, examine_diary
from tyokirja.storage import errors, migrations
from tyokirja.storage.connection import APPLICATION_ID, close_diary, open_diary
from tyokirja.storage.encounters import EncounterRepository

WHEN = datetime(2026, 5, 4, 8, 15, tzinfo=UTC)


def snapshot(folder: Path) -> dict[str, tuple[str, int]]:
    return {p.name: (hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "dir", p.stat().st_mode)
            for p in sorted(folder.iterdir())}


def diary(path: Path, titles=("Asiakas soitti",)) -> Path:
    db = open_diary(path)
    for title in titles:
        EncounterRepository(db).save(Encounter(occurred_at=WHEN, title=title))
    close_diary(db)
    return path


def raw(path: Path) -> sqlcipher3.Connection:
    return sqlcipher3.connect(str(path), isolation_level=None)


def test_our_application_id_without_tables_is_refused_not_filled(tmp_path):
    path = tmp_path / "hollow.sqlite"
    conn = raw(path)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("CREATE TABLE x (a)")  # a page so the header is written
    conn.execute("DROP TABLE x")
    conn.close()
    before = snapshot(tmp_path)
    with pytest.raises(errors.IncompleteDiaryError):
        open_diary(path)
    with pytest.raises(errors.IncompleteDiaryError):
        check_diary(path)
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("damage", [
    "DROP TABLE _sqlite_migrations",
    "DROP TABLE goals",
    "DROP TABLE encounters_fts",
    "ALTER TABLE encounters DROP COLUMN org_metric_value",
    "ALTER TABLE encounters ADD COLUMN surprise TEXT",
    "CREATE TABLE stranger (a)",
    "DROP TRIGGER encounters_ai",
    "DROP INDEX encounters_by_time",
])
def test_a_diary_with_missing_or_extra_schema_is_refused_and_left_as_it_was(tmp_path, damage):
    path = diary(tmp_path / "d.sqlite")
    conn = raw(path)
    conn.execute(damage)
    conn.close()
    before = snapshot(tmp_path)
    with pytest.raises(errors.IncompleteDiaryError) as caught:
        open_diary(path)
    assert caught.value.problems  # names what differs
    report = examine_diary(path)
    assert not report.healthy and isinstance(report.problems[0], errors.IncompleteDiaryError)
    assert snapshot(tmp_path) == before  # no migrations re-run, no backups/ folder, no -wal left


def test_check_does_not_run_pending_migrations_or_make_backups(tmp_path, monkeypatch):
    path = tmp_path / "old.sqlite"
    with monkeypatch.context() as patch:
        patch.setattr(migrations, "migrate", lambda db, p, *, fresh: migrations.migrations.apply(
            db, stop_before="0006_org_metric"))
        close_diary(open_diary(path))
    before = snapshot(tmp_path)
    assert check_diary(path) == 0
    assert snapshot(tmp_path) == before
    assert not (tmp_path / "backups").exists()


def test_undecodable_text_and_bad_times_are_named_by_record_not_crashed_on(tmp_path):
    path = diary(tmp_path / "d.sqlite", ("Yksi", "Kaksi", "Kolme"))
    conn = raw(path)
    ids = [r[0] for r in conn.execute("SELECT id FROM encounters ORDER BY seq")]
    conn.execute("UPDATE encounters SET facts = CAST(x'41c328ff' AS TEXT) WHERE id = ?", [ids[0]])
    conn.execute("UPDATE encounters SET occurred_utc = 'eilen' WHERE id = ?", [ids[1]])
    conn.execute("UPDATE encounters SET elements = '{rikki' WHERE id = ?", [ids[2]])
    conn.close()
    before = snapshot(tmp_path)
    with pytest.raises(errors.DamagedRecordError) as caught:
        open_diary(path)
    found = {(r.record_id, r.column, r.kind) for r in caught.value.records}
    assert found == {(ids[0], "facts", "text"), (ids[1], "occurred_utc", "timestamp"), (ids[2], "elements", "json")}
    assert snapshot(tmp_path) == before


def _open_and_write(path: Path, title: str):
    db = open_diary(path)
    EncounterRepository(db).save(Encounter(occurred_at=WHEN, title=title))
    return db


def test_a_crash_leftover_wal_of_this_file_is_applied(tmp_path):
    path = diary(tmp_path / "a" / "d.sqlite")
    db = _open_and_write(path, "Kirjoitettu ennen kaatumista")
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    for suffix in ("", "-wal"):
        shutil.copy(f"{path}{suffix}", crashed / f"d.sqlite{suffix}")  # what a crash leaves on disk
    close_diary(db)
    copy = crashed / "d.sqlite"
    assert check_diary(copy) == 2
    reopened = open_diary(copy)
    try:
        assert {e.title for e in EncounterRepository(reopened).all()} == {"Asiakas soitti",
                                                                           "Kirjoitettu ennen kaatumista"}
    finally:
        close_diary(reopened)


def test_a_stranger_wal_is_refused_and_changes_nothing(tmp_path):
    a = diary(tmp_path / "a" / "d.sqlite")
    b = tmp_path / "b" / "d.sqlite"
    b.parent.mkdir()
    shutil.copy(a, b)
    for n in range(50):  # fifty later edits in A, closed cleanly
        db = _open_and_write(a, f"A {n}")
        close_diary(db)
    db_b = _open_and_write(b, "B")
    shutil.copy(f"{b}-wal", f"{a}-wal")  # the sync folder brings B's -wal beside A
    close_diary(db_b)
    before = snapshot(a.parent)
    with pytest.raises(errors.ForeignWalError):
        open_diary(a)
    report = examine_diary(a)
    assert isinstance(report.problems[0], errors.ForeignWalError)
    assert snapshot(a.parent) == before
    os.unlink(f"{a}-wal")
    db = open_diary(a)
    try:
        assert len(EncounterRepository(db).all()) == 51  # none of the fifty edits rolled back
    finally:
        close_diary(db)


def test_a_crash_inside_the_closing_checkpoint_still_belongs(tmp_path):
    """The close rotates wal_base, then checkpoints; a copy taken between the two still opens."""
    from tyokirja.storage import connection

    path = diary(tmp_path / "a" / "d.sqlite")
    db = _open_and_write(path, "Viimeinen")
    connection._rotate_base(db.conn)
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    for suffix in ("", "-wal"):
        shutil.copy(f"{path}{suffix}", crashed / f"d.sqlite{suffix}")
    close_diary(db)
    reopened = open_diary(crashed / "d.sqlite")
    try:
        assert "Viimeinen" in {e.title for e in EncounterRepository(reopened).all()}
    finally:
        close_diary(reopened)


def test_a_session_that_writes_nothing_leaves_the_file_byte_identical(tmp_path):
    path = diary(tmp_path / "d.sqlite")
    before = snapshot(tmp_path)
    db = open_diary(path)
    EncounterRepository(db).all()
    close_diary(db)
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("kind", ["flipped magic", "zeroed page 1", "pdf", "zip"])
def test_damaged_or_foreign_files_are_not_called_encrypted(tmp_path, kind):
    path = diary(tmp_path / "d.sqlite", [f"Merkintä {n}" for n in range(30)])
    data = bytearray(path.read_bytes())
    if kind == "flipped magic":
        data[0:4] = b"SQLi"[::-1]
    elif kind == "zeroed page 1":
        data[:4096] = bytes(4096)
    elif kind == "pdf":
        data = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + os.urandom(8178))
    else:
        data = bytearray(b"PK\x03\x04" + os.urandom(8188))
    path.write_bytes(bytes(data))
    with pytest.raises((errors.NotADiaryError, errors.CorruptDiaryError)) as caught:
        open_diary(path)
    assert getattr(caught.value, "reason", "corrupt") != "encrypted"


def test_a_value_damaged_while_open_is_a_typed_error_naming_the_record(tmp_path):
    """Damage the scan at open could not see (it came later) still surfaces as DamagedRecordError."""
    from tyokirja.storage.goals import GoalRepository

    path = diary(tmp_path / "d.sqlite")
    db = open_diary(path)
    try:
        entry_id = db.execute("SELECT id FROM encounters").fetchone()[0]
        db.execute("UPDATE encounters SET occurred_utc = 'ei aika' WHERE id = ?", [entry_id])
        with pytest.raises(errors.DamagedRecordError) as caught:
            EncounterRepository(db).get(entry_id)
        assert caught.value.table == "encounters" and caught.value.record_id == entry_id
        with pytest.raises(errors.DamagedRecordError):
            EncounterRepository(db).summaries()
        db.execute("UPDATE encounters SET occurred_utc = '2026-05-04T08:15:00.000000Z', "
                   "title = CAST(x'c328' AS TEXT) WHERE id = ?", [entry_id])
        with pytest.raises(errors.DamagedRecordError) as caught:
            EncounterRepository(db).summaries()
        assert "\ufffd" not in str(caught.value) and "(" not in str(caught.value)  # no stored text quoted
        assert GoalRepository(db).all() == []
    finally:
        close_diary(db)


def test_a_changed_letter_in_an_entry_is_caught_by_its_checksum(tmp_path):
    """integrity_check cannot see a letter that changed inside a row; the entry's text digest does."""
    path = diary(tmp_path / "d.sqlite", ("Asiakas soitti aamulla",))
    data = bytearray(path.read_bytes())
    at = data.find(b"Asiakas soitti aamulla")
    assert at > 0
    data[at] = ord("B")  # still valid text, still a valid page
    path.write_bytes(bytes(data))
    before = snapshot(tmp_path)
    with pytest.raises(errors.DamagedRecordError) as caught:
        open_diary(path)
    assert [(r.table, r.kind) for r in caught.value.records] == [("encounters", "digest")]
    assert snapshot(tmp_path) == before


def test_forgetting_a_word_keeps_the_checksums_true(tmp_path):
    from tyokirja.storage.erasure import rewrite_texts

    path = diary(tmp_path / "d.sqlite", ("Marjatta soitti", "Toinen"))
    db = open_diary(path)
    rewrite_texts(db, lambda text: text.replace("Marjatta", "asiakas"))
    close_diary(db)
    assert check_diary(path) == 2
