"""The one way into the diary file: checks, pragmas, owner-only permissions, migrations.

Opening never turns an existing file into a fresh diary: an empty, foreign, truncated or damaged
file is refused with a typed error and left byte for byte as it was.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Callable, Generator, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, cast

import sqlcipher3
import sqlite_utils

from . import wal_guard
from .errors import (
    DamagedRecordError,
    DiaryUnavailableError,
    ReadOnlyError,
    UnsupportedSqliteError,
    classify,
)
from .files import fsync_dir as _fsync_dir
from .sqlite_file import APPLICATION_ID as APPLICATION_ID  # re-exported: storage and tests import it from here
from .sqlite_file import SQLITE_HEADER as SQLITE_HEADER  # re-exported likewise
from .sqlite_file import _connect as _connect  # re-exported: encryption and backup import it from here
from .sqlite_file import apply_key as apply_key  # re-exported likewise
from .sqlite_file import is_encrypted as is_encrypted  # re-exported likewise

if TYPE_CHECKING:
    import sqlite3

    from .inspection import HealthReport

_T = TypeVar("_T")


def sqlite_is_safe(version: tuple[int, int, int]) -> bool:
    """False for SQLite releases with the WAL-reset corruption bug (3.7.0–3.51.2, bar backports)."""
    if version >= (3, 51, 3):
        return True
    if (3, 50, 7) <= version < (3, 51, 0) or (3, 44, 6) <= version < (3, 45, 0):
        return True
    return version < (3, 7, 0)


def inspect(path: Path, passphrase: str | None = None) -> HealthReport:
    """Refuse a file that is not a healthy Työkirja diary, without writing to it (see inspection)."""
    from .inspection import inspect as _inspect

    return _inspect(Path(path), passphrase)


def secure_permissions(path: Path) -> None:
    """Owner-only mode on the diary and its -wal/-shm companions.

    The folder is never touched here: it may be the user's home or /tmp. A folder the app
    creates is made 0700 when it is created (see _create_folder).
    """
    for suffix in ("", "-wal", "-shm", "-journal"):
        companion = Path(f"{path}{suffix}")
        if companion.exists():
            with contextlib.suppress(OSError):
                os.chmod(companion, 0o600)


@contextlib.contextmanager
def private_umask() -> Iterator[None]:
    old = os.umask(0o077)
    try:
        yield
    finally:
        os.umask(old)


def _configure(conn: sqlcipher3.Connection) -> None:
    conn.execute("PRAGMA foreign_keys = ON")
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        raise DiaryUnavailableError(f"journal_mode stayed {mode}")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA temp_store = MEMORY")
    # Checkpoints happen only where the app makes them (truncate_wal, close_diary), so that every
    # WAL generation begins with the wal_parent stamp (see storage/wal_guard.py).
    conn.execute("PRAGMA wal_autocheckpoint = 0")


WAL_CHECKPOINT_BYTES = 32 * 1024 * 1024  # a long session checkpoints when its WAL passes this


class DiaryDatabase(sqlite_utils.Database):
    """The open diary: sqlite-utils' Database whose transactions stamp each WAL generation.

    The first write transaction after each checkpoint also records `wal_parent` = the main file's
    `wal_base`, so a -wal left beside the file can later be told from a stranger's.
    """

    def __init__(self, conn: sqlcipher3.Connection, path: Path | None = None) -> None:
        # No sqlite-utils plugins: none is used, and finding them scans every installed package's
        # metadata (a tenth of a second or more at every start and CLI command)
        super().__init__(conn, execute_plugins=False)
        self.path = path
        self.wal_parent: str | None = None  # the main file's wal_base; None for an old diary
        self.wal_stamped = False
        self.wrote = False
        self.closed = False  # set by close_diary: this connection is gone for good
        # Called by a long migration as (done, total) while it runs (open_diary's `progress`), else None.
        self.migration_progress: Callable[[int, int], None] | None = None

    @contextlib.contextmanager
    def atomic(self) -> Generator[DiaryDatabase, None, None]:
        outer = not self.conn.in_transaction
        with super().atomic():
            if outer and self.wal_parent is not None and not self.wal_stamped:
                _put_setting(self.conn, wal_guard.WAL_PARENT_KEY, self.wal_parent)
            yield self
        if outer:
            self.wal_stamped = self.wal_stamped or self.wal_parent is not None
            self.wrote = True
            if self.path is not None and _wal_size(self.path) > WAL_CHECKPOINT_BYTES:
                truncate_wal(self)


    def execute(self, sql: str, parameters: Sequence[Any] | dict[str, Any] | None = None) -> sqlite3.Cursor:
        """sqlite-utils' execute, with stored text that is not UTF-8 reported as DamagedRecordError."""
        try:
            # A cursor in all but its class: fetches and iteration are guarded, the rest is delegated.
            return cast("sqlite3.Cursor", _DecodeGuard(super().execute(sql, parameters), getattr(self, "path", None)))
        except sqlcipher3.dbapi2.OperationalError as exc:
            _raise_if_undecodable(exc, getattr(self, "path", None))
            raise


def _raise_if_undecodable(exc: BaseException, path: Path | None) -> None:
    err = classify(exc, path)  # the one place that recognises the driver's decoding failure
    if isinstance(err, DamagedRecordError):
        # The driver quotes the stored text in its message: keep it out of the error's chain.
        raise err from None


class _DecodeGuard:
    """A cursor whose fetches turn the driver's UTF-8 decoding failure into DamagedRecordError."""

    __slots__ = ("_cursor", "_path")

    def __init__(self, cursor: sqlite3.Cursor, path: Path | None) -> None:
        self._cursor = cursor
        self._path = path

    def _guarded(self, method: Callable[..., _T], *args: int) -> _T:
        try:
            return method(*args)
        except sqlcipher3.dbapi2.OperationalError as exc:
            _raise_if_undecodable(exc, self._path)
            raise

    def fetchone(self) -> Any:
        return self._guarded(self._cursor.fetchone)

    def fetchall(self) -> list[Any]:
        return self._guarded(self._cursor.fetchall)

    def fetchmany(self, *args: int) -> list[Any]:
        return self._guarded(self._cursor.fetchmany, *args)

    def __iter__(self) -> _DecodeGuard:
        return self

    def __next__(self) -> Any:
        return self._guarded(self._cursor.__next__)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._cursor, name)


def _put_setting(conn: sqlcipher3.Connection, key: str, value: str) -> None:
    conn.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [key, value],
    )


def _wal_size(path: Path) -> int:
    try:
        return os.stat(f"{path}-wal").st_size
    except OSError:
        return 0


def truncate_wal(db: sqlite_utils.Database) -> tuple[int, int, int]:
    """Checkpoint the WAL into the main file and truncate it; returns SQLite's (busy, log, done).

    The next write starts a new WAL generation, which stamps wal_parent again.
    """
    row = db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    if isinstance(db, DiaryDatabase):
        db.wal_stamped = False
    return tuple(row)


def _rotate_base(conn: sqlcipher3.Connection) -> None:
    """Give the main file a new wal_base token (written just before a checkpoint)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        _put_setting(conn, wal_guard.WAL_BASE_KEY, secrets.token_hex(16))
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def _create_folder(folder: Path) -> list[Path]:
    """Create `folder` and any missing parents owner-only (0700); return the ones created."""
    created = []
    current = folder
    while not current.exists():
        created.append(current)
        current = current.parent
    for new in reversed(created):
        new.mkdir(mode=0o700)
        os.chmod(new, 0o700)
    return created


def _create_new(path: Path, passphrase: str | None) -> None:
    """Make a complete new diary at `path`, or nothing at all.

    The diary is built under a temporary name in its folder (schema, application id, first
    wal_base), checkpointed, synced and only then linked to `path` (never over an existing file).
    Folders created for it are removed again if anything fails.
    """
    created = _create_folder(path.parent)
    temp = path.with_name(f".{path.name}.new-{secrets.token_hex(4)}")
    conn = None
    try:
        conn = _connect(str(temp))
        if passphrase is not None:
            apply_key(conn, passphrase)
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        _configure(conn)
        from .migrations import migrate

        migrate(sqlite_utils.Database(conn, execute_plugins=False), temp, fresh=True)
        _rotate_base(conn)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()
        conn = None
        with open(temp, "rb") as handle:
            os.fsync(handle.fileno())
        os.chmod(temp, 0o600)
        try:
            os.link(temp, path)  # fails if `path` appeared meanwhile: never replace a file
        except FileExistsError:
            raise
        except OSError:  # file systems without hard links
            if path.exists():
                raise FileExistsError(str(path)) from None
            os.rename(temp, path)
        _fsync_dir(path.parent)
    except BaseException:
        if conn is not None:
            conn.close()
        for suffix in ("", "-wal", "-shm", "-journal"):
            with contextlib.suppress(OSError):
                os.unlink(f"{temp}{suffix}")
        for folder in created:
            with contextlib.suppress(OSError):
                folder.rmdir()
        raise
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(OSError):
            os.unlink(f"{temp}{suffix}")


def open_diary(path: Path, *, create: bool = True, passphrase: str | None = None,
               progress: Callable[[int, int], None] | None = None) -> DiaryDatabase:
    """Open (or, if the file does not exist yet and `create`, make) the diary at `path`.

    An encrypted diary needs `passphrase` (a new file made with one is encrypted from the start;
    a plaintext diary ignores it). The file is examined read-only first (storage.inspection), and
    anything that is not a complete, healthy diary of ours is refused with a typed
    EnvironmentStorageError and left as it was; WrongPassphraseError for a key that does not open it.
    `progress(done, total)` hears from a migration that takes long (re-indexing every entry), on
    this thread, so a window can show how far it is; an ordinary open never calls it.
    """
    from .migrations import migrate

    version = sqlcipher3.sqlite_version_info
    if not sqlite_is_safe(version):
        raise UnsupportedSqliteError(".".join(map(str, version)))
    path = Path(path).expanduser()
    exists = path.exists()
    if exists and not path.is_file():
        raise DiaryUnavailableError("not a regular file", path)
    if not exists and not create:
        raise DiaryUnavailableError("no such file", path)
    with private_umask():
        if not exists:
            try:
                _create_new(path, passphrase)
            except (OSError, sqlcipher3.dbapi2.Error) as exc:
                raise classify(exc, path) from exc
        encrypted = passphrase is not None and is_encrypted(path)
        inspect(path, passphrase if encrypted else None)
        conn = None
        try:
            conn = _connect(str(path))
            if passphrase is not None and encrypted:
                apply_key(conn, passphrase)
            _configure(conn)
            db = DiaryDatabase(conn, path)
            db.wal_parent = _read_setting(conn, wal_guard.WAL_BASE_KEY)
        except (sqlcipher3.dbapi2.Error, DiaryUnavailableError) as exc:
            if conn is not None:
                conn.close()
            err = classify(exc, path)
            # WAL needs to write beside the file: on a read-only mount or folder, say exactly that.
            if not (os.access(path.parent, os.W_OK) and os.access(path, os.W_OK)):
                err = ReadOnlyError(str(exc), path)
            raise err from exc
        secure_permissions(path)
        db.migration_progress = progress
        try:
            migrate(db, path, fresh=False)
        except Exception as exc:
            conn.close()
            raise classify(exc, path) from exc
        finally:
            db.migration_progress = None
        secure_permissions(path)
    return db


def _read_setting(conn: sqlcipher3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return None if row is None else str(row[0])


def close_diary(db: sqlite_utils.Database) -> None:
    """Checkpoint the WAL into the main file (with a new wal_base if anything was written) and close.

    A session that wrote nothing leaves the main file byte for byte as it was. Closing twice is harmless.
    """
    if getattr(db, "closed", False):
        return
    with contextlib.suppress(sqlcipher3.dbapi2.Error):
        path = getattr(db, "path", None)
        if path is not None and (getattr(db, "wrote", False) or _wal_size(path) > 0):
            _rotate_base(db.conn)
        db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()
    if isinstance(db, DiaryDatabase):
        db.closed = True
    path = getattr(db, "path", None)
    if path is not None and getattr(db, "wrote", False):
        from . import verified

        verified.remember(path)  # the app's own writes: no need to rescan at the next open


def open_reader(path: Path) -> DiaryDatabase:
    """A second, read-only connection to the open plaintext diary at `path`, for reading on another
    thread while the app's own connection writes (WAL lets readers and the writer run side by side).

    It never writes the diary (mode=ro: a search writes only its own in-memory temp tables), never
    migrates and never checkpoints; close it before the app's connection closes. An encrypted diary
    is refused with DiaryUnavailableError: the app keeps no passphrase to key a second connection.
    """
    path = Path(path)
    if is_encrypted(path):
        raise DiaryUnavailableError("an encrypted diary has no second connection", path)
    conn = None
    try:
        conn = _connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        conn.execute("PRAGMA temp_store = MEMORY")  # the search's temp tables stay in memory
        if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            raise DiaryUnavailableError("not a diary", path)
    except sqlcipher3.dbapi2.Error as exc:
        if conn is not None:
            conn.close()
        raise classify(exc, path) from exc
    except DiaryUnavailableError:
        if conn is not None:
            conn.close()
        raise
    return DiaryDatabase(conn, path)
