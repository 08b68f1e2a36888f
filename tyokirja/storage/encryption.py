"""Turning encryption at rest on and off, and changing the passphrase (SQLCipher).

Turning on or off writes a complete copy next to the diary with sqlcipher_export, checks that
copy, flushes it to disk and only then moves it over the original in one atomic rename. A crash
at any moment leaves either the old file or the new one, never a half-written diary.
"""

from __future__ import annotations

import contextlib
import os
import stat
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import sqlcipher3
import sqlite_utils

from .connection import (
    APPLICATION_ID,
    SQLITE_HEADER,
    _connect,
    apply_key,
    close_diary,
    inspect,
    is_encrypted,
    private_umask,
    truncate_wal,
)
from .errors import CorruptDiaryError, StorageError, classify
from .files import fsync_dir as _fsync_dir
from .files import fsync_path as _fsync
from .settings import DIARY_UUID, SettingsRepository

COMPANIONS = ("-wal", "-shm", "-journal")


def diary_path(db: sqlite_utils.Database) -> Path:
    """The file behind an open diary connection."""
    for _seq, name, file in db.conn.execute("PRAGMA database_list").fetchall():
        if name == "main":
            return Path(file)
    raise CorruptDiaryError("no main database")  # pragma: no cover


def check_passphrase(path: Path, passphrase: str) -> None:
    """Raise WrongPassphraseError unless `passphrase` opens the encrypted diary at `path` (read only)."""
    inspect(Path(path), passphrase)


def _remove(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.unlink(path)


def _table_counts(conn: sqlcipher3.Connection, schema: str) -> dict[str, int]:
    names = [
        r[0]
        for r in conn.execute(
            f"SELECT name FROM {schema}.sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"
        )
    ]
    counts = {}
    for name in names:
        quoted = name.replace('"', '""')
        counts[name] = conn.execute(f'SELECT count(*) FROM {schema}."{quoted}"').fetchone()[0]
    return counts


def _export(db: sqlite_utils.Database, target: Path, passphrase: str | None) -> None:
    """Write the whole diary into `target` (encrypted with `passphrase`, or plaintext for None)."""
    conn = db.conn
    for suffix in ("", *COMPANIONS):
        _remove(Path(f"{target}{suffix}"))  # leftovers of an interrupted earlier attempt
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    user_version = conn.execute("PRAGMA main.user_version").fetchone()[0]
    with private_umask():
        conn.execute("ATTACH DATABASE ? AS target KEY ?", [str(target), passphrase or ""])
    try:
        if passphrase:
            apply_key(conn, passphrase, schema="target")
        conn.execute("SELECT sqlcipher_export('target')")
        conn.execute(f"PRAGMA target.application_id = {APPLICATION_ID}")
        conn.execute(f"PRAGMA target.user_version = {int(user_version)}")
        source_counts = _table_counts(conn, "main")
    finally:
        conn.execute("DETACH DATABASE target")
    _verify(target, passphrase, source_counts)
    _fsync(target)


def _verify(target: Path, passphrase: str | None, expected: dict[str, int]) -> None:
    """The new file must open with the key, pass integrity_check and hold every row of the original."""
    check = _connect(str(target))
    try:
        if passphrase:
            apply_key(check, passphrase)
        rows = check.execute("PRAGMA integrity_check").fetchall()
        if rows != [("ok",)]:
            raise CorruptDiaryError("the converted copy failed integrity_check", target)
        if check.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            raise CorruptDiaryError("the converted copy lost its application_id", target)
        if _table_counts(check, "main") != expected:
            raise CorruptDiaryError("the converted copy does not hold every row", target)
    finally:
        check.close()


def _convert(db: sqlite_utils.Database, path: Path, passphrase: str | None) -> None:
    path = Path(path)
    target = path.with_name(path.name + ".converting")
    try:
        _export(db, target, passphrase)
    except BaseException as exc:
        for suffix in ("", *COMPANIONS):
            _remove(Path(f"{target}{suffix}"))
        if isinstance(exc, sqlcipher3.dbapi2.Error):
            raise classify(exc, path) from exc
        raise
    # The original stays whole until the rename: close it (checkpoint, -wal/-shm go away) first.
    close_diary(db)
    try:
        os.replace(target, path)
    except OSError as exc:
        _remove(target)  # the original is untouched; the caller reopens it
        raise classify(exc, path) from exc
    for suffix in COMPANIONS:  # the old file's -wal/-shm (empty after the checkpoint) must not meet the new file
        _remove(Path(f"{path}{suffix}"))
    _fsync_dir(path.parent)


@dataclass(frozen=True)
class PlainCopy:
    """One unencrypted copy of the open diary found on disk (offered for deletion, never deleted unasked)."""

    path: Path
    modified: datetime  # aware, UTC
    size: int  # bytes


def diary_uuid(db: sqlite_utils.Database) -> str | None:
    """The open diary's identity (read only); None only for a diary that has not been migrated yet."""
    return SettingsRepository(db).get(DIARY_UUID)


def _candidate_folders(path: Path) -> tuple[Path, Path]:
    folder = Path(os.path.abspath(path.parent))
    return folder, folder / "backups"


def uuid_of_file(candidate: Path) -> str | None:
    """settings.diary_uuid of a plaintext Työkirja file, or None for anything else or any error.

    The file is opened read only and immutable: nothing is written, no -wal/-shm is made beside it.
    """
    try:
        conn = _connect(f"{candidate.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    except Exception:  # noqa: BLE001 (any file that cannot be opened is simply not a copy: None, as documented)
        return None
    try:
        if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            return None
        view = sqlite_utils.Database(conn, recursive_triggers=False, execute_plugins=False)
        return SettingsRepository(view).get(DIARY_UUID)
    except Exception:  # noqa: BLE001 (a stranger's or damaged file is simply not a copy: None, as documented)
        return None
    finally:
        conn.close()


def own_plaintext_copy(path: Path, candidate: Path, uuid: str | None) -> PlainCopy | None:
    """`candidate` as a PlainCopy when it is provably an unencrypted copy of the diary at `path`.

    Provably: a regular file in the diary's folder or its backups/ folder (not the diary itself),
    with the plaintext SQLite header, our application_id and settings.diary_uuid equal to `uuid`.
    Another diary, another program's database, a damaged file or one without the identity is None.
    """
    if not uuid:
        return None
    path, candidate = Path(path), Path(candidate)
    folder, backups = _candidate_folders(path)
    parent = Path(os.path.abspath(candidate.parent))
    if parent not in (folder, backups):
        return None
    if parent == folder and candidate.name in {f"{path.name}{suffix}" for suffix in ("", *COMPANIONS)}:
        return None  # the diary and its own -wal/-shm
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        if not stat.S_ISREG(os.lstat(candidate).st_mode):
            return None  # symlinks, folders, pipes, devices, sockets
        fd = os.open(candidate, flags)  # no symlink followed, never blocks on a pipe swapped in
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode):
                return None
            header = os.read(fd, 100)
        finally:
            os.close(fd)
        if path.exists() and os.path.samefile(candidate, path):
            return None  # a hard link to the diary itself
    except OSError:
        return None
    if not header.startswith(SQLITE_HEADER) or int.from_bytes(header[68:72], "big") != APPLICATION_ID:
        return None
    if uuid_of_file(candidate) != uuid:
        return None
    return PlainCopy(candidate, datetime.fromtimestamp(info.st_mtime, UTC), info.st_size)


def plaintext_copies(path: Path, uuid: str | None) -> list[PlainCopy]:
    """The diary's own unencrypted copies in its folder and its backups/ folder (see own_plaintext_copy).

    `uuid` is the open diary's identity (diary_uuid()); other files in those folders are never listed.
    """
    path = Path(path)
    found = []
    for folder in _candidate_folders(path):
        try:
            entries = sorted(folder.iterdir())
        except OSError:
            continue
        for candidate in entries:
            copy = own_plaintext_copy(path, candidate, uuid)
            if copy is not None:
                found.append(copy)
    return found


def delete_plaintext_copy(path: Path, candidate: Path, uuid: str | None) -> bool:
    """Delete `candidate` (then its -wal/-shm/-journal) if it is still one of the diary's own copies.

    Returns False, touching nothing, when it is not (any more) provably the diary's copy: the list
    the user picked from may be stale. Raises a StorageError when the deletion itself fails.
    """
    candidate = Path(candidate)
    if own_plaintext_copy(path, candidate, uuid) is None:
        return False
    try:
        os.unlink(candidate)
    except FileNotFoundError:
        return False
    except OSError as exc:
        raise classify(exc, candidate) from exc
    for suffix in COMPANIONS:  # only now that the main file is gone; best effort
        with contextlib.suppress(OSError):
            os.unlink(f"{candidate}{suffix}")
    _fsync_dir(candidate.parent)
    return True


def encrypt_diary(db: sqlite_utils.Database, path: Path, passphrase: str) -> None:
    """Encrypt the open plaintext diary at `path` with `passphrase`.

    An error before the checked copy exists leaves `db` open and the file as it was. Once the copy is
    checked, `db` is closed: on return the file is encrypted; on an error it is the untouched
    original. Either way the caller opens the file again (is_encrypted tells which key it needs);
    services.workbook.WorkbookKeeper does that and builds new services over the new connection.
    """
    if not passphrase:
        raise ValueError("an empty passphrase")
    if is_encrypted(path):
        raise StorageError("the diary is already encrypted", path)
    _convert(db, path, passphrase)


def decrypt_diary(db: sqlite_utils.Database, path: Path) -> None:
    """Store the open encrypted diary at `path` as plaintext again (`db` is closed as in encrypt_diary)."""
    if not is_encrypted(path):
        raise StorageError("the diary is not encrypted", path)
    _convert(db, path, None)


def change_passphrase(db: sqlite_utils.Database, new: str) -> None:
    """Re-encrypt the open encrypted diary under `new` (PRAGMA rekey, one transaction)."""
    if not new:
        raise ValueError("an empty passphrase")
    path = diary_path(db)
    try:
        truncate_wal(db)
        cipher: sqlcipher3.Connection = db.conn  # sqlite-utils types it as sqlite3's; this one is SQLCipher's
        cipher.reset_key(new)
        truncate_wal(db)
    except sqlcipher3.dbapi2.Error as exc:
        raise classify(exc, path) from exc
    check_passphrase(path, new)
