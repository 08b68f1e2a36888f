"""The diary's own settings: one repository, every key declared with its type and default."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils

import tyokirja
from tyokirja.storage.connection import close_diary, open_diary
from tyokirja.storage.settings import (
    BACKUP_KEEP,
    DIARY_UUID,
    LOCK_IDLE_MINUTES,
    RATING_SNOOZED_UNTIL,
    SETTINGS,
    WAL_BASE,
    WAL_PARENT,
    ReadOnlySettingError,
    Setting,
    SettingsRepository,
    UnknownSettingError,
)


@pytest.fixture
def db(db_path: Path) -> Iterator[sqlite_utils.Database]:
    opened = open_diary(db_path, create=True)
    yield opened
    close_diary(opened)


def stored(db: sqlite_utils.Database, key: str) -> str | None:
    row = db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return None if row is None else str(row[0])


def put_raw(db: sqlite_utils.Database, key: str, value: str) -> None:
    with db.atomic():
        db.execute("INSERT INTO settings (key, value) VALUES (?, ?) "
                   "ON CONFLICT (key) DO UPDATE SET value = excluded.value", [key, value])


def test_every_key_has_its_type_and_default() -> None:
    assert {key: (s.type, s.default, s.writable) for key, s in SETTINGS.items()} == {
        "backup_keep": (int, 30, True),
        "lock_idle_minutes": (int, 10, True),
        "rating_snoozed_until": (date, None, True),
        "diary_uuid": (str, None, False),
        "wal_base": (str, None, False),
        "wal_parent": (str, None, False),
    }


def test_unset_keys_read_as_their_defaults(db: sqlite_utils.Database) -> None:
    settings = SettingsRepository(db)
    assert settings.get(BACKUP_KEEP) == 30
    assert settings.get(LOCK_IDLE_MINUTES) == 10
    assert settings.get(RATING_SNOOZED_UNTIL) is None


def test_values_round_trip_as_their_types_and_are_stored_as_text(db: sqlite_utils.Database, db_path: Path) -> None:
    settings = SettingsRepository(db)
    settings.set(BACKUP_KEEP, 14)
    settings.set(LOCK_IDLE_MINUTES, 0)
    settings.set(RATING_SNOOZED_UNTIL, date(2026, 3, 17))
    assert (stored(db, "backup_keep"), stored(db, "lock_idle_minutes"), stored(db, "rating_snoozed_until")) == (
        "14", "0", "2026-03-17")
    close_diary(db)
    again = open_diary(db_path)
    try:
        settings = SettingsRepository(again)
        assert (settings.get(BACKUP_KEEP), settings.get(LOCK_IDLE_MINUTES), settings.get(RATING_SNOOZED_UNTIL)) == (
            14, 0, date(2026, 3, 17))
    finally:
        close_diary(again)


def test_clear_and_none_forget_the_value(db: sqlite_utils.Database) -> None:
    settings = SettingsRepository(db)
    settings.set(RATING_SNOOZED_UNTIL, date(2026, 3, 17))
    settings.set(RATING_SNOOZED_UNTIL, None)
    assert stored(db, "rating_snoozed_until") is None
    settings.set(BACKUP_KEEP, 3)
    settings.clear(BACKUP_KEEP)
    assert stored(db, "backup_keep") is None and settings.get(BACKUP_KEEP) == 30


@pytest.mark.parametrize(("setting", "text"), [
    (BACKUP_KEEP, "many"), (BACKUP_KEEP, ""), (LOCK_IDLE_MINUTES, "10.5"),
    (RATING_SNOOZED_UNTIL, "ensi viikolla"), (RATING_SNOOZED_UNTIL, ""),
])
def test_a_value_that_cannot_be_read_as_its_type_reads_as_the_default(
        db: sqlite_utils.Database, setting: Setting[object], text: str) -> None:
    put_raw(db, setting.key, text)
    assert SettingsRepository(db).get(setting) == setting.default


def test_keys_written_elsewhere_are_read_but_never_written(db: sqlite_utils.Database) -> None:
    settings = SettingsRepository(db)
    uuid = settings.get(DIARY_UUID)
    assert uuid and uuid == stored(db, "diary_uuid")  # stamped by the migrations
    assert settings.get(WAL_BASE) == stored(db, "wal_base")
    assert settings.get(WAL_PARENT) == stored(db, "wal_parent")
    for setting in (DIARY_UUID, WAL_BASE, WAL_PARENT):
        with pytest.raises(ReadOnlySettingError):
            settings.set(setting, "x")
        with pytest.raises(ReadOnlySettingError):
            settings.clear(setting)
    assert settings.get(DIARY_UUID) == uuid


def test_an_undeclared_key_is_refused(db: sqlite_utils.Database) -> None:
    settings = SettingsRepository(db)
    unknown: list[Setting[Any]] = [Setting("marker", str, None), Setting("backup_keep", int, 5)]  # and a look-alike
    for setting in unknown:
        with pytest.raises(UnknownSettingError):
            settings.get(setting)
        with pytest.raises(UnknownSettingError):
            settings.set(setting, 1)
        with pytest.raises(UnknownSettingError):
            settings.clear(setting)
    assert stored(db, "marker") is None and stored(db, "backup_keep") is None


def test_a_value_of_the_wrong_type_is_refused(db: sqlite_utils.Database) -> None:
    settings = SettingsRepository(db)
    with pytest.raises(TypeError):
        settings.set(BACKUP_KEEP, "14")  # type: ignore[misc]
    with pytest.raises(TypeError):
        settings.set(RATING_SNOOZED_UNTIL, "2026-03-17")  # type: ignore[misc]
    assert stored(db, "backup_keep") is None and stored(db, "rating_snoozed_until") is None


def test_every_settings_key_the_code_names_is_declared() -> None:
    """No part of the program touches a settings key that the repository does not declare."""
    package = Path(tyokirja.__file__).parent
    named: set[str] = set()
    for source in package.rglob("*.py"):
        text = source.read_text(encoding="utf-8")
        named.update(re.findall(r"settings \(key, value\) VALUES \('(\w+)'", text))
        named.update(re.findall(r"^\w*KEY = \"(\w+)\"", text, re.MULTILINE))
        named.update(re.findall(r"Setting\(\"(\w+)\"", text))
    assert named and named <= set(SETTINGS)
