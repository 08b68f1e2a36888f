"""Typed storage failures. Environment errors are explained to the user; anything else is a bug.

Storage raises these and never exits the process or shows UI. Messages here are for logs and
developers; the user-facing sentences live in tyokirja/errortext.py (translated).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, Concatenate, ParamSpec, TypeVar, overload

import sqlcipher3


class StorageError(Exception):
    """Base for every failure the storage layer reports on purpose."""

    code = "storage"

    def __init__(self, message: str = "", path: Path | None = None):
        super().__init__(message or self.code)
        self.path = path


class EnvironmentStorageError(StorageError):
    """Something about the machine or the file, not a bug: the user can act on it."""


class NotADiaryError(EnvironmentStorageError):
    """The file exists but is not a Työkirja diary (text, another program's database, empty)."""

    code = "not_a_diary"

    def __init__(self, message: str = "", path: Path | None = None, reason: str = "foreign"):
        super().__init__(message, path)
        self.reason = reason  # "empty" | "not_sqlite" | "foreign" | "encrypted" | "newer"


class WrongPassphraseError(EnvironmentStorageError):
    """The passphrase does not open this encrypted-looking file (or it is random bytes, not a diary).

    Nothing was written to the file. The two cases cannot be told apart without the right key.
    """

    code = "wrong_passphrase"


class CorruptDiaryError(EnvironmentStorageError):
    code = "corrupt"


class IncompleteDiaryError(CorruptDiaryError):
    """The file carries Työkirja's application id but its schema is not a complete diary of ours.

    `problems` lists the differences (schema_check.SchemaProblem); nothing was written to the file.
    """

    code = "incomplete"

    # schema_check.SchemaProblem items (not imported here: schema_check sits above this module)
    def __init__(self, message: str = "", path: Path | None = None, problems: Iterable[Any] = ()):
        super().__init__(message, path)
        self.problems = tuple(problems)


class DamagedRecordError(CorruptDiaryError):
    """A stored record cannot be read back (undecodable text, an unparsable time, broken JSON).

    Names the table and the record id (never the record's text).
    """

    code = "damaged_record"

    def __init__(self, message: str = "", path: Path | None = None, table: str = "", record_id: str | None = None,
                 records: Iterable[Any] = ()):  # content_scan.DamagedRecord items (content_scan imports this module)
        super().__init__(message, path)
        self.table = table
        self.record_id = record_id
        self.records = tuple(records)  # content_scan.DamagedRecord, when a scan found them


class ForeignWalError(EnvironmentStorageError):
    """A -wal file beside the diary that was not written against this file (e.g. another copy's).

    SQLite would apply it and roll back or scramble later edits, so the diary is not opened; the
    file and the -wal are left as they are.
    """

    code = "foreign_wal"


class DiskFullError(EnvironmentStorageError):
    code = "disk_full"


class ReadOnlyError(EnvironmentStorageError):
    code = "read_only"


class DiaryLockedError(EnvironmentStorageError):
    code = "locked"


class DiaryUnavailableError(EnvironmentStorageError):
    """The file or its folder cannot be opened or created (missing folder, permissions, I/O)."""

    code = "unavailable"


class UnsupportedSqliteError(EnvironmentStorageError):
    """The SQLite library is one with known corruption bugs in WAL mode."""

    code = "unsupported_sqlite"


_Row = TypeVar("_Row")
_P = ParamSpec("_P")
_T = TypeVar("_T")


def reads_record(
    table: str,
) -> Callable[[Callable[Concatenate[_Row, _P], _T]], Callable[Concatenate[_Row, _P], _T]]:
    """Decorator for a repository's row-to-object function: a value it cannot parse becomes a
    DamagedRecordError naming the table and record id, instead of a ValueError deep in a view."""
    import functools

    def wrap(fn: Callable[Concatenate[_Row, _P], _T]) -> Callable[Concatenate[_Row, _P], _T]:
        @functools.wraps(fn)
        def inner(row: _Row, /, *args: _P.args, **kwargs: _P.kwargs) -> _T:
            try:
                return fn(row, *args, **kwargs)
            except (ValueError, TypeError, KeyError, AttributeError, OverflowError, RecursionError) as exc:
                record_id = None
                any_row: Any = row  # a dict row has an id; a tuple row raises TypeError here
                with contextlib.suppress(KeyError, IndexError, TypeError):
                    record_id = any_row["id"]
                raise DamagedRecordError(f"a stored {table} record cannot be read", table=table,
                                         record_id=None if record_id is None else str(record_id)) from exc

        return inner

    return wrap


class NotFoundError(StorageError):
    """A record asked for by id does not exist (anymore)."""

    code = "not_found"


_BY_SQLITE_CODE = {
    "SQLITE_FULL": DiskFullError,
    "SQLITE_READONLY": ReadOnlyError,
    "SQLITE_BUSY": DiaryLockedError,
    "SQLITE_LOCKED": DiaryLockedError,
    "SQLITE_CORRUPT": CorruptDiaryError,
    "SQLITE_NOTADB": NotADiaryError,
    "SQLITE_CANTOPEN": DiaryUnavailableError,
    "SQLITE_IOERR": DiaryUnavailableError,
    "SQLITE_PERM": ReadOnlyError,
}


@overload
def classify(exc: OSError, path: Path | None = None) -> StorageError: ...


@overload
def classify(exc: BaseException, path: Path | None = None) -> BaseException: ...


def classify(exc: BaseException, path: Path | None = None) -> BaseException:
    """Map a driver exception to a typed storage error; unknown ones are returned unchanged."""
    if isinstance(exc, StorageError):
        return exc
    if isinstance(exc, OSError):
        import errno

        if exc.errno == errno.ENOSPC:
            return DiskFullError(str(exc), path)
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return ReadOnlyError(str(exc), path)
        return DiaryUnavailableError(str(exc), path)
    if isinstance(exc, sqlcipher3.dbapi2.Error):
        if "could not decode to utf-8" in str(exc).lower():
            # The driver's message quotes the stored text: keep it out of the error.
            damaged = DamagedRecordError("stored text is not valid UTF-8", path)
            damaged.__cause__ = None
            return damaged
        name = getattr(exc, "sqlite_errorname", "") or ""
        base = name.split("_")
        primary = "_".join(base[:2]) if len(base) >= 2 else name
        cls = _BY_SQLITE_CODE.get(name) or _BY_SQLITE_CODE.get(primary)
        if cls is None:
            text = str(exc).lower()
            if "disk is full" in text:
                cls = DiskFullError
            elif "readonly" in text or "read-only" in text:
                cls = ReadOnlyError
            elif "malformed" in text:
                cls = CorruptDiaryError
            elif "not a database" in text:
                cls = NotADiaryError
        if cls is not None:
            err = cls(f"{name}: {exc}", path)
            err.__cause__ = exc
            return err
    return exc
