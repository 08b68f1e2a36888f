"""Backups of the diary file: consistent copies, rotation, and restore that never overwrites.

Copies are made with VACUUM INTO on the open connection, so they are consistent even while the
app writes, and a SQLCipher-encrypted diary gives a copy encrypted with the same key. Every copy is
written under a temporary name in the target folder and moved into place (owner-only, 0600).

Restoring never overwrites anything: the current file (with its -wal/-shm) is first moved aside to
`<name>.damaged-<UTC stamp>` (or `.replaced-<stamp>` when it was healthy), then the backup is copied
in atomically.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlcipher3
import sqlite_utils

from .connection import SQLITE_HEADER, _connect, inspect, private_umask
from .errors import (
    DiaryUnavailableError,
    EnvironmentStorageError,
    StorageError,
    classify,
)
from .files import fsync_dir as _fsync_dir
from .migrations import backups_dir

__all__ = [
    "AUTOMATIC",
    "BEFORE_MIGRATION",
    "BackupInfo",
    "BackupIsDiaryError",
    "backup_entry_count",
    "backups_dir",
    "list_backups",
    "make_automatic_backup",
    "make_backup",
    "newest_good_backup",
    "restore_backup",
    "rotate",
    "set_aside",
]

AUTOMATIC = "automatic"
BEFORE_MIGRATION = "before_migration"
STAMP_FORMAT = "%Y%m%dT%H%M%SZ"
COMPANIONS = ("-wal", "-shm", "-journal")


class BackupIsDiaryError(DiaryUnavailableError):
    """The chosen backup file is the diary itself (or one of its -wal/-shm companions)."""

    code = "backup_is_diary"


@dataclass(frozen=True)
class BackupInfo:
    """One backup file in the diary's backups folder."""

    path: Path
    created: datetime  # UTC, from the file name
    kind: str  # AUTOMATIC | BEFORE_MIGRATION

    @property
    def automatic(self) -> bool:
        return self.kind == AUTOMATIC


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime(STAMP_FORMAT)


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _same_file(a: Path, b: Path) -> bool:
    with contextlib.suppress(OSError):
        if a.exists() and b.exists():
            return os.path.samefile(a, b)
    return os.path.abspath(a) == os.path.abspath(b)


def _diary_file(db: sqlite_utils.Database) -> Path | None:
    with contextlib.suppress(Exception):
        for _seq, name, file in db.execute("PRAGMA database_list").fetchall():
            if name == "main" and file:
                return Path(file)
    return None


def _temp_beside(target: Path, tag: str) -> Path:
    return target.parent / f".{target.name}.{tag}-{secrets.token_hex(4)}"


def _ensure_folder(folder: Path, private: bool) -> None:
    """Create `folder` (0700 under the private umask) if missing; an existing folder is left as it is."""
    del private  # kept for callers: a folder that exists may be the user's own, so it is never chmodded
    try:
        if not folder.exists():
            with private_umask():
                folder.mkdir(parents=True, mode=0o700)
    except OSError as exc:
        raise classify(exc, folder) from exc


def make_backup(db: sqlite_utils.Database, target: Path, *, private_folder: bool = False) -> Path:
    # (`db` may be the app's connection or a snapshot_source(); both see the last commit.)
    """Write a consistent copy of the open diary to `target` (replacing a file there); return it.

    The copy is 0600; a folder created for it is 0700 (`private_folder` also tightens an existing
    one: used for the app's own backups folder, never for a folder the user chose).
    """
    target = Path(target).expanduser()
    diary = _diary_file(db)
    if diary is not None and any(_same_file(target, Path(f"{diary}{s}")) for s in ("", *COMPANIONS)):
        raise BackupIsDiaryError("the backup would replace the diary itself", target)
    if target.exists() and not target.is_file():
        raise DiaryUnavailableError("not a regular file", target)
    _ensure_folder(target.parent, private_folder)
    temp = _temp_beside(target, "part")
    try:
        with private_umask():
            db.conn.execute("VACUUM INTO ?", [str(temp)])
        os.chmod(temp, 0o600)
        _fsync_file(temp)
        os.replace(temp, target)
        _fsync_dir(target.parent)
    except (OSError, sqlcipher3.dbapi2.Error) as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise classify(exc, target) from exc
    return target


@contextlib.contextmanager
def snapshot_source(diary_path: Path, passphrase: str | None = None) -> Iterator[sqlite_utils.Database]:
    """A separate connection to the diary for taking a copy (a WAL reader never blocks the app).

    Use it from a worker thread: the app's own connection stays with the GUI thread.
    """
    diary_path = Path(diary_path)
    try:
        conn = _connect(str(diary_path))
        if passphrase is not None and not _has_plain_header(diary_path):
            from .connection import apply_key

            apply_key(conn, passphrase)
    except (OSError, sqlcipher3.dbapi2.Error) as exc:
        raise classify(exc, diary_path) from exc
    try:
        yield sqlite_utils.Database(conn, execute_plugins=False)
    finally:
        conn.close()


def _patterns(diary_path: Path) -> list[tuple[str, re.Pattern[str]]]:
    stem = re.escape(Path(diary_path).stem)
    return [
        (AUTOMATIC, re.compile(rf"^{stem}-(\d{{8}}T\d{{6}}Z)(?:-\d+)?\.sqlite$")),
        (BEFORE_MIGRATION, re.compile(rf"^{stem}-before-.+-(\d{{8}}T\d{{6}}Z)\.sqlite$")),
    ]


def list_backups(diary_path: Path) -> list[BackupInfo]:
    """The diary's backups (automatic ones and pre-migration copies), newest first."""
    folder = backups_dir(Path(diary_path))
    try:
        names = [entry.name for entry in os.scandir(folder) if entry.is_file()]
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise classify(exc, folder) from exc
    found = []
    for name in names:
        for kind, pattern in _patterns(diary_path):
            match = pattern.match(name)
            if match:
                created = datetime.strptime(match.group(1), STAMP_FORMAT).replace(tzinfo=UTC)
                found.append(BackupInfo(folder / name, created, kind))
                break
    found.sort(key=lambda b: (b.created, b.path.name), reverse=True)
    return found


def make_automatic_backup(db: sqlite_utils.Database, diary_path: Path, now: datetime) -> BackupInfo:
    """A rotating backup `<diary stem>-<UTC stamp>.sqlite` in the backups folder beside the diary."""
    diary_path = Path(diary_path)
    folder = backups_dir(diary_path)
    stamp = _stamp(now)
    target = folder / f"{diary_path.stem}-{stamp}.sqlite"
    counter = 2
    while target.exists():  # two in the same second: never replace an older backup
        target = folder / f"{diary_path.stem}-{stamp}-{counter}.sqlite"
        counter += 1
    make_backup(db, target, private_folder=True)
    return BackupInfo(target, now.astimezone(UTC).replace(microsecond=0), AUTOMATIC)


def rotate(diary_path: Path, keep: int, owned: Callable[[Path], bool]) -> list[Path]:
    """Delete automatic backups beyond the `keep` newest; other files are never touched.

    A file counts as one of this diary's backups only when its name has the automatic pattern
    and `owned(path)` proves it is a copy of this diary (see services.backup); a look-alike
    another diary or a person put there is neither counted nor deleted.
    """
    keep = max(1, int(keep))
    automatic = [b for b in list_backups(diary_path) if b.automatic and owned(b.path)]
    removed = []
    for info in automatic[keep:]:
        try:
            info.path.unlink()
        except FileNotFoundError:
            continue
        except OSError as exc:
            raise classify(exc, info.path) from exc
        removed.append(info.path)
    return removed


def _inspect(path: Path, passphrase: str | None) -> None:
    if passphrase is None:
        inspect(path)
    else:
        inspect(path, passphrase)


def _has_plain_header(path: Path) -> bool:
    with open(path, "rb") as handle:
        return handle.read(16) == SQLITE_HEADER


def backup_entry_count(path: Path, passphrase: str | None = None) -> int:
    """Check a backup (or any diary file) without writing to it and return its number of entries.

    Raises NotADiaryError / CorruptDiaryError / DiaryUnavailableError when it is no healthy diary
    (an encrypted one needs the diary's `passphrase`: backups keep the diary's key).
    """
    path = Path(path)
    _inspect(path, passphrase)
    query = "mode=ro" if Path(f"{path}-wal").exists() else "mode=ro&immutable=1"
    try:
        conn = _connect(f"{path.resolve().as_uri()}?{query}", uri=True)
        try:
            if passphrase is not None and not _has_plain_header(path):
                from .connection import apply_key

                apply_key(conn, passphrase)
            return int(conn.execute("SELECT count(*) FROM encounters").fetchone()[0])
        finally:
            conn.close()
    except sqlcipher3.dbapi2.Error as exc:
        raise classify(exc, path) from exc


def newest_good_backup(diary_path: Path, passphrase: str | None = None) -> tuple[BackupInfo, int] | None:
    """The newest backup that passes the start-up check, with its entry count (damaged ones skipped)."""
    for info in list_backups(diary_path):
        try:
            return info, backup_entry_count(info.path, passphrase)
        except StorageError:
            continue
    return None


def _is_healthy(path: Path, passphrase: str | None = None) -> bool:
    try:
        _inspect(path, passphrase)
    except StorageError:
        return False
    return True


def set_aside(
    diary_path: Path, now: datetime, label: str | None = None, passphrase: str | None = None
) -> Path | None:
    """Move the diary file and its -wal/-shm companions to `<name>.<label>-<stamp>`; return the new path.

    `label` defaults to "damaged", or "replaced" when the file passes the start-up check. Nothing is
    overwritten; returns None when there was no file to move.
    """
    diary_path = Path(diary_path)
    if not diary_path.exists():
        return None
    if label is None:
        label = "replaced" if _is_healthy(diary_path, passphrase) else "damaged"
    base = f"{diary_path.name}.{label}-{_stamp(now)}"
    aside = diary_path.with_name(base)
    counter = 2
    while any(Path(f"{aside}{s}").exists() for s in ("", *COMPANIONS)):
        aside = diary_path.with_name(f"{base}-{counter}")
        counter += 1
    try:
        for suffix in COMPANIONS:  # companions first: the main file is moved last
            companion = Path(f"{diary_path}{suffix}")
            if companion.exists():
                os.rename(companion, f"{aside}{suffix}")
        os.rename(diary_path, aside)
        _fsync_dir(diary_path.parent)
    except OSError as exc:
        raise classify(exc, diary_path) from exc
    return aside


def set_aside_wal(diary_path: Path, now: datetime) -> Path | None:
    """Move a -wal that does not belong to the diary (and its -shm) to `<name>-wal.other-copy-<stamp>`.

    Nothing is deleted: the other copy's changes stay in the renamed file. Returns its new path,
    or None when there was no -wal. The diary must not be open.
    """
    wal = Path(f"{Path(diary_path)}-wal")
    if not wal.exists():
        return None
    base = f"{wal.name}.other-copy-{_stamp(now)}"
    aside = wal.with_name(base)
    counter = 2
    while aside.exists():
        aside = wal.with_name(f"{base}-{counter}")
        counter += 1
    try:
        os.rename(wal, aside)
        shm = Path(f"{diary_path}-shm")
        if shm.exists():  # scratch index of the stranger's frames: rebuilt by SQLite when needed
            os.rename(shm, Path(f"{aside}-shm"))
        _fsync_dir(wal.parent)
    except OSError as exc:
        raise classify(exc, wal) from exc
    return aside


def restore_backup(
    backup: Path, diary_path: Path, now: datetime | None = None, passphrase: str | None = None
) -> Path | None:
    """Put a copy of `backup` in the diary's place; return where the previous file was kept (or None).

    The backup is checked first (a file that is no healthy Työkirja diary is refused with its typed
    error and nothing is changed), copied beside the diary and synced, and only then is the current
    file moved aside and the copy moved into place.
    """
    backup, diary_path = Path(backup).expanduser(), Path(diary_path).expanduser()
    now = now or datetime.now(UTC)
    if any(_same_file(backup, Path(f"{diary_path}{s}")) for s in ("", *COMPANIONS)):
        raise BackupIsDiaryError("the backup is the diary itself", backup)
    backup_entry_count(backup, passphrase)
    _ensure_folder(diary_path.parent, private=False)
    temp = _temp_beside(diary_path, "restore")
    try:
        with private_umask(), open(backup, "rb") as src, open(temp, "xb") as dst:
            shutil.copyfileobj(src, dst, 1024 * 1024)
            dst.flush()
            os.fsync(dst.fileno())
        os.chmod(temp, 0o600)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise classify(exc, diary_path) from exc
    try:
        aside = set_aside(diary_path, now, passphrase=passphrase)
        if diary_path.exists():  # appeared in between: never overwrite it
            raise DiaryUnavailableError("the diary file reappeared during restore", diary_path)
        os.replace(temp, diary_path)
        _fsync_dir(diary_path.parent)
    except (OSError, EnvironmentStorageError) as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise classify(exc, diary_path) from exc
    return aside


def automatic_backup_due(diary_path: Path, now: datetime, interval: timedelta) -> bool:
    """True when no automatic backup is younger than `interval`."""
    newest = next((b for b in list_backups(diary_path) if b.automatic), None)
    return newest is None or now.astimezone(UTC) - newest.created >= interval
