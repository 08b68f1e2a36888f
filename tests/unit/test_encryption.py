"""Encryption at rest: turning on, changing the passphrase, turning off, wrong passphrases, KDF strength."""

from __future__ import annotations

import hashlib
import random
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlcipher3

from tyokirja.domain.encounter import Encounter
from tyokirja.services.diary import DiaryService
from tyokirja.services.security import passphrase_strength
from tyokirja.services.workbook import WorkbookKeeper, open_workbook
from tyokirja.storage import errors
from tyokirja.storage.connection import (
    SQLITE_HEADER,
    close_diary,
    inspect,
    is_encrypted,
    open_diary,
)
from tyokirja.storage.encounters import EncounterRepository

PASS = "kaksi kuusta ja kolme kissaa"
OWASP_PBKDF2_SHA512_FLOOR = 210_000


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.fixture
def opened(db_path, catalogue):
    """The app's way in: a WorkbookKeeper over a new diary (lock, unlock and encryption go through it)."""
    keeper = WorkbookKeeper(open_workbook(db_path, create=True, catalogue=catalogue))
    yield keeper
    keeper.close()


def add(service: DiaryService, n: int) -> list[str]:
    when = datetime(2026, 3, 2, 9, 0, tzinfo=UTC).astimezone()
    titles = [f"Kohtaaminen {i}: asiakkaan palaute ääneen" for i in range(n)]
    service.encounters.insert_many([Encounter(occurred_at=when, title=t, facts="Tapahtui näin.") for t in titles])
    return titles


def test_turn_on_change_and_off_keeps_every_entry(opened, db_path):
    keeper = opened
    first = keeper.workbook
    titles = add(first.diary, 25)
    assert not keeper.is_encrypted()

    keeper.turn_encryption_on(PASS)
    assert keeper.is_encrypted()
    assert db_path.read_bytes()[:16] != SQLITE_HEADER
    with pytest.raises(sqlcipher3.ProgrammingError):
        first.diary.count()  # the old workbook's connection is closed, not swapped under its services
    encrypted = keeper.workbook
    assert encrypted is not first and encrypted.diary.count() == 25
    encrypted.diary.encounters.save(Encounter(occurred_at=datetime.now(UTC).astimezone(), title="Salattu uusi"))

    encrypted.security.change_passphrase(PASS, "uusi tunnuslause 2026")  # re-keys the same connection
    with pytest.raises(errors.WrongPassphraseError):
        inspect(db_path, PASS)
    inspect(db_path, "uusi tunnuslause 2026")
    assert keeper.workbook is encrypted and encrypted.diary.count() == 26

    keeper.turn_encryption_off("uusi tunnuslause 2026")
    assert not keeper.is_encrypted()
    assert db_path.read_bytes()[:16] == SQLITE_HEADER
    got = sorted(s.title for s in keeper.workbook.diary.summaries(limit=100))
    assert got == sorted([*titles, "Salattu uusi"])
    keeper.lock()  # closes the diary; the fixture's close is then a no-op
    plain = open_diary(db_path)  # opens without any passphrase again
    assert EncounterRepository(plain).count() == 26
    close_diary(plain)


def test_no_converting_leftovers_and_owner_only_files(opened, db_path):
    add(opened.workbook.diary, 3)
    opened.turn_encryption_on(PASS)
    assert not [n for n in names(db_path.parent) if "converting" in n]
    for path in db_path.parent.iterdir():
        if path.is_file():
            assert path.stat().st_mode & 0o077 == 0, path.name


def test_encrypted_diary_needs_the_passphrase_and_refuses_a_wrong_one_fast(opened, db_path, monkeypatch):
    add(opened.workbook.diary, 5)
    opened.turn_encryption_on(PASS)
    opened.lock()  # closes the diary
    before, listing = sha(db_path), names(db_path.parent)

    with pytest.raises(errors.NotADiaryError) as caught:
        open_diary(db_path)
    assert caught.value.reason == "encrypted"

    # "fast": a key derivation (256,000 PBKDF2 rounds) is the cost of a keyed connection, so count them
    derivations = _count_key_derivations(monkeypatch)
    with pytest.raises(errors.WrongPassphraseError):
        open_diary(db_path, passphrase="väärä tunnuslause")
    assert len(derivations) == 1  # refused at the first key that does not fit: no retries
    assert sha(db_path) == before and names(db_path.parent) == listing

    derivations.clear()
    again = open_diary(db_path, passphrase=PASS)
    # the read-only inspection of the file and of its WAL, then the connection that stays open
    assert len(derivations) <= 3, derivations
    assert EncounterRepository(again).count() == 5
    close_diary(again)


def _count_key_derivations(monkeypatch) -> list[str]:
    """Every apply_key call (one key derivation each) from now on, whichever storage module makes it."""
    import sys

    from tyokirja.storage import sqlite_file

    real = sqlite_file.apply_key
    calls: list[str] = []

    def counted(conn, passphrase, schema="main"):
        calls.append(schema)
        return real(conn, passphrase, schema)

    for name, module in list(sys.modules.items()):
        if name.startswith("tyokirja.storage") and getattr(module, "apply_key", None) is real:
            monkeypatch.setattr(module, "apply_key", counted)
    return calls


def test_key_derivation_is_at_least_owasps_floor(opened, db_path):
    opened.turn_encryption_on(PASS)
    db = opened.workbook.db
    settings = dict(
        row[0].removeprefix("PRAGMA ").rstrip(";").split(" = ") for row in db.execute("PRAGMA cipher_settings")
    )
    assert settings["cipher_kdf_algorithm"] == "PBKDF2_HMAC_SHA512"
    assert settings["cipher_hmac_algorithm"] == "HMAC_SHA512"
    assert int(settings["kdf_iter"]) >= OWASP_PBKDF2_SHA512_FLOOR
    assert int(db.execute("PRAGMA kdf_iter").fetchone()[0]) == 256_000
    # A fresh connection using the library's own defaults (no explicit settings) must also open it.
    conn = sqlcipher3.connect(str(db_path))
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.set_key(PASS)
    assert conn.execute("SELECT count(*) FROM encounters").fetchone()[0] == 0
    conn.close()


def test_a_random_bytes_file_reads_as_wrong_passphrase_and_stays_untouched(tmp_path):
    path = tmp_path / "random.sqlite"
    path.write_bytes(random.Random(7).randbytes(16384))  # 16 KiB of bytes that look random
    before = sha(path)
    with pytest.raises(errors.NotADiaryError) as caught:
        open_diary(path)
    assert caught.value.reason == "encrypted"
    with pytest.raises(errors.WrongPassphraseError):
        open_diary(path, passphrase=PASS)
    assert sha(path) == before and names(tmp_path) == ["random.sqlite"]


def test_a_new_diary_can_be_encrypted_from_the_start(db_path):
    db = open_diary(db_path, passphrase=PASS)
    close_diary(db)
    assert is_encrypted(db_path)
    reopened = open_diary(db_path, passphrase=PASS)
    close_diary(reopened)


def test_change_and_turn_off_require_the_current_passphrase(opened, db_path):
    add(opened.workbook.diary, 2)
    opened.turn_encryption_on(PASS)
    workbook = opened.workbook
    before = sha(db_path)
    with pytest.raises(errors.WrongPassphraseError):
        workbook.security.change_passphrase("väärä", "jotain aivan muuta")
    with pytest.raises(errors.WrongPassphraseError):
        opened.turn_encryption_off("väärä")
    assert opened.is_encrypted() and sha(db_path) == before
    assert opened.workbook is workbook and workbook.diary.count() == 2  # nothing was closed or reopened
    workbook.security.check_passphrase(PASS)


def test_lock_closes_the_connection_and_unlock_opens_a_new_workbook(opened, db_path):
    add(opened.workbook.diary, 4)
    opened.turn_encryption_on(PASS)
    before = opened.workbook
    library = before.library  # the exercises were loaded while the diary was open
    opened.lock()
    assert opened.is_locked()
    with pytest.raises(sqlcipher3.ProgrammingError):
        before.db.conn.execute("SELECT 1")
    with pytest.raises(RuntimeError, match="locked"):
        opened.workbook  # noqa: B018 (nothing hands out services while locked)
    with pytest.raises(errors.WrongPassphraseError):
        opened.unlock("väärä")
    assert opened.is_locked()
    after = opened.unlock(PASS)
    assert not opened.is_locked() and opened.workbook is after and after is not before
    assert after.diary.count() == 4
    assert after.library is library  # the shipped content is not loaded again


def test_lock_idle_minutes_lives_in_the_diary(opened):
    security = opened.workbook.security
    assert security.lock_idle_minutes() == 10
    security.set_lock_idle_minutes(0)
    assert security.lock_idle_minutes() == 0
    security.set_lock_idle_minutes(25)
    assert security.lock_idle_minutes() == 25


def test_old_plaintext_copies_are_listed_and_can_be_deleted(opened, db_path):
    add(opened.workbook.diary, 2)
    backups = db_path.parent / "backups"
    backups.mkdir(mode=0o700)
    old = backups / "tyokirja-20260101T000000Z.sqlite"
    opened.workbook.db.conn.execute("VACUUM INTO ?", [str(old)])
    left = opened.turn_encryption_on(PASS)
    db, security = opened.workbook.db, opened.workbook.security
    assert [c.path for c in left] == [old]
    assert security.delete_copies([c.path for c in left]).deleted == [old]
    assert not old.exists()
    assert security.plaintext_copies() == []
    new = backups / "tyokirja-after.sqlite"
    db.conn.execute("VACUUM INTO ?", [str(new)])
    assert new.read_bytes()[:16] != SQLITE_HEADER  # new backups keep the key
    assert security.plaintext_copies() == []


def test_strength_hint_prefers_long_passphrases():
    assert passphrase_strength("lyhyt") == 0
    assert passphrase_strength("aaaaaaaaaaaaaaaaaaaaaaa") == 1
    assert passphrase_strength("kaksi kuusta ja kolme kissaa") >= 3


@pytest.mark.parametrize("direction", ["on", "off"])
def test_a_failed_final_rename_leaves_the_original_open_and_whole(opened, db_path, monkeypatch, direction):
    from tyokirja.storage import encryption

    add(opened.workbook.diary, 6)
    if direction == "off":
        opened.turn_encryption_on(PASS)
    before = opened.workbook

    def refuse(src, dst):
        raise PermissionError(13, "refused by the test")

    monkeypatch.setattr(encryption.os, "replace", refuse)
    with pytest.raises(errors.ReadOnlyError):
        if direction == "on":
            opened.turn_encryption_on(PASS)
        else:
            opened.turn_encryption_off(PASS)
    assert opened.is_encrypted() == (direction == "off")
    assert not [n for n in names(db_path.parent) if "converting" in n]
    diary = opened.workbook.diary  # the untouched original, opened again as a new workbook
    assert opened.workbook is not before and diary.count() == 6
    diary.encounters.save(Encounter(occurred_at=datetime.now(UTC).astimezone(), title="Vielä yksi"))
    assert diary.count() == 7


def test_the_wrong_passphrase_sentence_names_both_possibilities(tmp_path):
    from tyokirja.errortext import describe

    text = describe(errors.WrongPassphraseError("", tmp_path / "tyokirja.sqlite"))
    assert "passphrase is wrong" in text and "not a Työkirja diary" in text and "Nothing was changed" in text
    assert str(tmp_path / "tyokirja.sqlite") in text
