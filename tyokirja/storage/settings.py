"""The diary's own settings (the `settings` table, inside the encrypted file when encryption is on).

One repository, and every key it may touch is declared here with its type and default:

    settings = SettingsRepository(db)
    settings.get(BACKUP_KEEP)            -> int (the default when unset or unreadable)
    settings.set(BACKUP_KEEP, 14)
    settings.clear(RATING_SNOOZED_UNTIL) -> back to the default

A key that is not declared in SETTINGS is refused with UnknownSettingError (a programming error,
never a user's). Keys written elsewhere are declared too, read only here: `diary_uuid` (stamped
once by migration 0007_diary_identity) and `wal_base` / `wal_parent` (written with raw SQL by
storage.connection inside its own transactions, see storage.wal_guard). storage.inspection keeps
its own small reader for files that are examined, not opened as a diary.

A stored value that cannot be read as its type (text where a number belongs, a damaged date)
reads as the default: settings are preferences, and a bad one must not keep the diary closed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any, Generic, TypeVar, cast

import sqlcipher3
import sqlite_utils

from .errors import classify
from .wal_guard import WAL_BASE_KEY, WAL_PARENT_KEY

__all__ = [
    "BACKUP_KEEP",
    "DIARY_UUID",
    "LOCK_IDLE_MINUTES",
    "RATING_SNOOZED_UNTIL",
    "SETTINGS",
    "WAL_BASE",
    "WAL_PARENT",
    "ReadOnlySettingError",
    "Setting",
    "SettingsRepository",
    "UnknownSettingError",
]

T = TypeVar("T")


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One declared key: its name in the table, the type of its value and the value when unset.

    `writable=False`: the key is written elsewhere (a migration, storage.connection); this
    repository only reads it.
    """

    key: str
    type: type[Any]  # int, str or date: how the stored text is read and written
    default: T
    writable: bool = True


BACKUP_KEEP: Setting[int] = Setting("backup_keep", int, 30)  # automatic backups kept (services.backup clamps)
LOCK_IDLE_MINUTES: Setting[int] = Setting("lock_idle_minutes", int, 10)  # idle minutes before the lock; 0 = never
RATING_SNOOZED_UNTIL: Setting[date | None] = Setting("rating_snoozed_until", date, None)  # rating reminder quiet
DIARY_UUID: Setting[str | None] = Setting("diary_uuid", str, None, writable=False)  # migration 0007
WAL_BASE: Setting[str | None] = Setting(WAL_BASE_KEY, str, None, writable=False)  # storage.connection
WAL_PARENT: Setting[str | None] = Setting(WAL_PARENT_KEY, str, None, writable=False)  # storage.connection

SETTINGS: dict[str, Setting[Any]] = {
    s.key: s for s in (BACKUP_KEEP, LOCK_IDLE_MINUTES, RATING_SNOOZED_UNTIL, DIARY_UUID, WAL_BASE, WAL_PARENT)
}


def _text(value: object) -> str:
    return str(value)


def _date(value: object) -> date:
    return date.fromisoformat(str(value))


def _date_text(value: object) -> str:
    if not isinstance(value, date):
        raise TypeError(f"a date setting needs a date, not {type(value).__name__}")
    return value.isoformat()


def _int_text(value: object) -> str:
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"a number setting needs an int, not {type(value).__name__}")
    return str(value)


# type -> (stored text to value, value to stored text)
_CODECS: dict[type[Any], tuple[Callable[[Any], Any], Callable[[Any], str]]] = {
    int: (int, _int_text),
    str: (_text, _text),
    date: (_date, _date_text),
}


class UnknownSettingError(LookupError):
    """A key that is not declared in SETTINGS (a programming error)."""


class ReadOnlySettingError(ValueError):
    """A write to a key that something else owns (a programming error)."""


def _declared(setting: Setting[T]) -> Setting[T]:
    if SETTINGS.get(setting.key) is not setting:
        raise UnknownSettingError(f"{setting.key!r} is not a declared diary setting")
    return setting


class SettingsRepository:
    """Owns the `settings` table: typed reads and writes of the declared keys. Failures are typed
    storage errors (storage.errors)."""

    def __init__(self, db: sqlite_utils.Database):
        self.db = db

    def get(self, setting: Setting[T]) -> T:
        """The stored value, or the setting's default when it is unset or cannot be read as its type."""
        raw = self._read(_declared(setting).key)
        if raw is None:
            return setting.default
        parse = _CODECS[setting.type][0]
        try:
            return cast(T, parse(raw))
        except (ValueError, TypeError, OverflowError):
            return setting.default

    def set(self, setting: Setting[T], value: T) -> None:
        """Store `value` (None: forget the key, as clear())."""
        if not _declared(setting).writable:
            raise ReadOnlySettingError(f"{setting.key!r} is not written through SettingsRepository")
        if value is None:
            self.clear(setting)
            return
        text = _CODECS[setting.type][1](value)
        self._write("INSERT INTO settings (key, value) VALUES (?, ?) "
                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value", [setting.key, text])

    def chosen(self) -> dict[str, Any]:
        """Every writable setting that holds a readable value of its own (not its default), by key:
        what the user chose, and so what an export carries."""
        out: dict[str, Any] = {}
        for setting in SETTINGS.values():
            if setting.writable and self._read(setting.key) is not None:
                value = self.get(setting)
                if value is not None:
                    out[setting.key] = value
        return out

    def set_key(self, key: str, value: Any) -> None:
        """set() by key (imports): UnknownSettingError for a key that is not declared."""
        setting = SETTINGS.get(key)
        if setting is None:
            raise UnknownSettingError(f"{key!r} is not a declared diary setting")
        self.set(setting, value)

    def clear(self, setting: Setting[Any]) -> None:
        """Forget the stored value: get() returns the default again."""
        if not _declared(setting).writable:
            raise ReadOnlySettingError(f"{setting.key!r} is not written through SettingsRepository")
        self._write("DELETE FROM settings WHERE key = ?", [setting.key])

    def _read(self, key: str) -> object | None:
        try:
            row = self.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        except sqlcipher3.dbapi2.Error as exc:
            raise classify(exc) from exc
        return None if row is None else cast(object, row[0])

    def _write(self, sql: str, params: list[str]) -> None:
        try:
            with self.db.atomic():
                self.db.execute(sql, params)
        except sqlcipher3.dbapi2.Error as exc:
            raise classify(exc) from exc

