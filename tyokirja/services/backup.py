"""Backup use cases: automatic rotating copies, manual copies, restore and start-up recovery.

BackupService works on the open diary (the UI calls maybe_backup() at start and once an hour).
RecoveryService works on a diary file that could not be opened: it finds the newest good backup,
restores it, or moves the damaged file aside before a new diary is started. Neither ever
overwrites the damaged or current file.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlite_utils

from tyokirja.storage import backup as store
from tyokirja.storage.backup import BackupInfo, BackupIsDiaryError
from tyokirja.storage.errors import StorageError
from tyokirja.storage.settings import BACKUP_KEEP, SettingsRepository

__all__ = [
    "DEFAULT_KEEP",
    "KEEP_RANGE",
    "BackupInfo",
    "BackupIsDiaryError",
    "BackupListing",
    "BackupService",
    "RecoveryService",
]

DEFAULT_KEEP = BACKUP_KEEP.default  # 30
KEEP_RANGE = (1, 365)
DAILY = timedelta(days=1)
# A start within this time of the newest automatic backup makes no new one: quick restarts
# would otherwise rotate a month of history away in an afternoon.
START_INTERVAL = timedelta(hours=1)


def _utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class BackupListing:
    """A backup as the UI lists it: the file, when it was made, and its entry count (None: unreadable)."""

    info: BackupInfo
    entries: int | None

    @property
    def path(self) -> Path:
        return self.info.path

    @property
    def created(self) -> datetime:
        return self.info.created

    @property
    def automatic(self) -> bool:
        return self.info.automatic


def _listing(info: BackupInfo, passphrase: str | None = None) -> BackupListing:
    try:
        return BackupListing(info, store.backup_entry_count(info.path, passphrase))
    except StorageError:
        return BackupListing(info, None)


def _identity(db: sqlite_utils.Database) -> str | None:
    from tyokirja.storage import encryption

    try:
        return encryption.diary_uuid(db)
    except Exception:  # noqa: BLE001 - no identity means: rotate nothing
        return None


class BackupService:
    """Backups of the open diary at `diary_path`. Failures are typed storage errors."""

    def __init__(
        self,
        db: sqlite_utils.Database,
        diary_path: Path,
        settings: SettingsRepository | None = None,
        clock: Callable[[], datetime] = _utc_now,
        passphrase: str | None = None,
    ) -> None:
        self.db = db
        self.diary_path = Path(diary_path)
        self.settings = settings or SettingsRepository(db)
        self.clock = clock
        self.passphrase = passphrase  # an encrypted diary's backups carry its key
        self._uuid = _identity(db)  # read once, on the thread that opened the diary

    # -- settings ----------------------------------------------------------------------------

    def keep(self) -> int:
        """How many automatic backups are kept (1..365, default 30)."""
        return min(max(self.settings.get(BACKUP_KEEP), KEEP_RANGE[0]), KEEP_RANGE[1])

    def set_keep(self, count: int) -> list[Path]:
        """Store the number of kept backups and rotate at once; return the backups removed."""
        if not KEEP_RANGE[0] <= int(count) <= KEEP_RANGE[1]:
            raise ValueError(f"keep must be within {KEEP_RANGE}")
        self.settings.set(BACKUP_KEEP, int(count))
        return store.rotate(self.diary_path, int(count), self._owned)

    # -- making backups ----------------------------------------------------------------------

    def maybe_backup(self, at_start: bool = False, keep: int | None = None) -> BackupInfo | None:
        """Make an automatic backup when one is due (a day since the last; at start, an hour).

        Safe to call from a worker thread when `keep` is given (read keep() on the app's thread):
        the copy is taken through a connection of its own.
        """
        now = self.clock()
        if not store.automatic_backup_due(self.diary_path, now, START_INTERVAL if at_start else DAILY):
            return None
        return self.backup_now(now, keep)

    def backup_now(self, now: datetime | None = None, keep: int | None = None) -> BackupInfo:
        """An automatic-style backup right now, then rotation."""
        keep = self.keep() if keep is None else keep
        with self._source() as source:
            info = store.make_automatic_backup(source, self.diary_path, now or self.clock())
        store.rotate(self.diary_path, keep, self._owned)
        return info

    def backup_to(self, target: Path) -> Path:
        """A manual backup to a file the user chose (not rotated, never in the count)."""
        target = Path(target).expanduser()
        if any(store._same_file(target, Path(f"{self.diary_path}{s}")) for s in ("", *store.COMPANIONS)):
            raise BackupIsDiaryError("the backup would replace the diary itself", target)
        with self._source() as source:
            return store.make_backup(source, target)

    def _owned(self, path: Path) -> bool:
        """Is `path` provably a copy of this diary? Plaintext: the same diary_uuid inside. An encrypted
        diary's backups are encrypted with its key, which this service may not hold: there the file
        must at least look encrypted (a plaintext look-alike is never this diary's backup)."""
        from tyokirja.storage import encryption
        from tyokirja.storage.connection import is_encrypted

        if self._uuid is None:
            return False
        if store._has_plain_header(self.diary_path):
            return encryption.uuid_of_file(Path(path)) == self._uuid
        return is_encrypted(Path(path))

    def _source(self) -> AbstractContextManager[sqlite_utils.Database]:
        """Where a copy is read from: a connection of its own, or, for an encrypted diary whose
        passphrase this service was not given (the app keeps no copy of it), the app's own
        connection, whose VACUUM INTO writes a copy encrypted with the same key."""
        if self.passphrase is None and not store._has_plain_header(self.diary_path):
            return contextlib.nullcontext(self.db)
        return store.snapshot_source(self.diary_path, self.passphrase)

    # -- listing and restoring ---------------------------------------------------------------

    def backups(self) -> list[BackupListing]:
        """Every backup in the diary's backups folder, newest first, with its entry count."""
        return [_listing(info, self.passphrase) for info in store.list_backups(self.diary_path)]

    def recovery(self) -> RecoveryService:
        return RecoveryService(self.diary_path, self.clock, self.passphrase)


class RecoveryService:
    """Restore and set-aside on the diary file itself; the diary must not be open while these run."""

    def __init__(
        self, diary_path: Path, clock: Callable[[], datetime] = _utc_now, passphrase: str | None = None
    ) -> None:
        self.diary_path = Path(diary_path)
        self.clock = clock
        self.passphrase = passphrase

    def backups(self) -> list[BackupListing]:
        return [_listing(info, self.passphrase) for info in store.list_backups(self.diary_path)]

    def newest_good_backup(self) -> BackupListing | None:
        found = store.newest_good_backup(self.diary_path, self.passphrase)
        return None if found is None else BackupListing(*found)

    def check(self, path: Path) -> int:
        """Entry count of a file if it is a healthy Työkirja diary; a typed error otherwise."""
        return store.backup_entry_count(Path(path), self.passphrase)

    def restore(self, backup: Path) -> Path | None:
        """Copy `backup` into the diary's place; return where the previous file was kept (or None)."""
        return store.restore_backup(Path(backup), self.diary_path, self.clock(), self.passphrase)

    def set_aside_wal(self) -> Path | None:
        """Move a -wal that belongs to another copy of the diary aside (renamed, never deleted)."""
        return store.set_aside_wal(self.diary_path, self.clock())

    def set_aside(self) -> Path | None:
        """Move the (damaged) diary file away so a new one can be started; return where it went."""
        return store.set_aside(self.diary_path, self.clock(), passphrase=self.passphrase)
