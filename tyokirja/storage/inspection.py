"""Looking at a diary file without changing it: what is wrong with it, if anything.

`examine` collects every problem it finds as a typed storage error (the same errors the app
raises), so `tyokirja check` can name them all and `inspect` (run before every open) can refuse
the file with the first one. Nothing here writes: the main file is read as immutable (SQLite
then ignores -wal and creates no -wal/-shm), and a leftover -wal is read through a read-only
connection whose -shm scratch file is removed again if this module created it.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import sqlcipher3

from . import content_scan, migrations, schema_check, verified, wal_guard
from .errors import (
    CorruptDiaryError,
    DamagedRecordError,
    ForeignWalError,
    IncompleteDiaryError,
    NotADiaryError,
    StorageError,
    WrongPassphraseError,
    classify,
)
from .sqlite_file import (
    APPLICATION_ID,
    CIPHER_PAGE_SIZE,
    SQLITE_HEADER,
    _connect,
    apply_key,
    header_damage,
    looks_encrypted,
    plain_header_damage,
)


@dataclass
class HealthReport:
    """What `examine` found. `problems` are typed storage errors, worst first."""

    path: Path
    problems: list[StorageError] = field(default_factory=list)
    entries: int | None = None
    wal: wal_guard.WalVerdict | None = None
    folder_open_to_others: bool = False

    @property
    def healthy(self) -> bool:
        return not self.problems


def _uri(path: Path, query: str) -> str:
    return f"{path.resolve().as_uri()}?{query}"


def folder_open_to_others(path: Path) -> bool:
    """True when other users may list or read the diary's folder (it is left as it is; we only say so)."""
    try:
        return bool(os.stat(Path(path).parent).st_mode & 0o077)
    except OSError:
        return False


@contextlib.contextmanager
def _wal_view(path: Path, passphrase: str | None, encrypted: bool) -> Iterator[sqlcipher3.Connection]:
    """A read-only connection that sees the leftover -wal applied, leaving the folder as it was.

    SQLite rebuilds the -wal's index in the -shm file when it reads a leftover WAL. Without a -shm
    the one it makes is removed again; an existing -shm is never touched: the file and its WAL are
    then read from a private copy (the diary's own bytes, encrypted if the diary is).
    """
    shm = Path(f"{path}-shm")
    if shm.exists():
        with _private_copy(path) as copy, _wal_view(copy, passphrase, encrypted) as conn:
            yield conn
        return
    conn = None
    try:
        conn = _connect(_uri(path, "mode=ro"), uri=True)
        if encrypted:
            apply_key(conn, passphrase or "")  # encrypted: the caller has the (checked) passphrase
        yield conn
    finally:
        if conn is not None:
            conn.close()
        with contextlib.suppress(OSError):
            os.unlink(shm)


@contextlib.contextmanager
def _private_copy(path: Path) -> Iterator[Path]:
    """The diary and its -wal copied into an owner-only temporary folder, removed afterwards."""
    folder = Path(tempfile.mkdtemp(prefix="tyokirja-check-"))  # 0700
    try:
        copy = folder / path.name
        shutil.copyfile(path, copy)
        shutil.copyfile(f"{path}-wal", f"{copy}-wal")
        yield copy
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _setting(conn: sqlcipher3.Connection, key: str) -> str | None:
    with contextlib.suppress(sqlcipher3.dbapi2.Error):
        row = conn.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return None if row is None else str(row[0])
    return None


def _settings_page(conn: sqlcipher3.Connection) -> int | None:
    with contextlib.suppress(sqlcipher3.dbapi2.Error):
        row = conn.execute("SELECT rootpage FROM sqlite_schema WHERE type = 'table' AND name = 'settings'").fetchone()
        return None if row is None else int(row[0])
    return None


def _quick_check_tables(conn: sqlcipher3.Connection) -> list[str]:
    """quick_check of every ordinary table and its indexes (FTS shadow tables included).

    A plain quick_check also runs FTS5's own index self-check, which costs most of a second on a
    large diary; these b-tree checks catch truncation and page damage at a fraction of that.
    `tyokirja check` runs the full integrity_check.
    """
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'")]
    problems: list[str] = []
    for name in names:
        quoted = name.replace('"', '""')
        rows = conn.execute(f'PRAGMA quick_check("{quoted}")').fetchall()
        if rows != [("ok",)]:
            problems.extend(str(r[0]) for r in rows)
    return problems


def _header(path: Path) -> tuple[int, bytes]:
    size = path.stat().st_size
    with open(path, "rb") as handle:
        return size, handle.read(CIPHER_PAGE_SIZE)


def examine(path: Path, passphrase: str | None = None, *, full: bool = False,
            scan_content: bool = True) -> HealthReport:
    # scan_content=False: the file is exactly as the app last left it (storage.verified), so the
    # schema comparison and the content scan, which only external changes could fail, are skipped.
    """Look at the diary file at `path` (read only) and report every problem found.

    `full` (tyokirja check) runs integrity_check (b-trees and the full-text indexes) and the
    foreign-key check instead of the quick per-table check used before every open. Problems
    that make the rest meaningless (not a diary, wrong passphrase, unreadable) end the look early.
    """
    path = Path(path)
    report = HealthReport(path, folder_open_to_others=folder_open_to_others(path))
    try:
        size, head = _header(path)
    except OSError as exc:
        report.problems.append(classify(exc, path))
        return report
    if size == 0:
        report.problems.append(NotADiaryError("the file is empty", path, reason="empty"))
        return report
    encrypted = looks_encrypted(size, head)
    if encrypted and passphrase is None:
        report.problems.append(NotADiaryError("the file is encrypted or not a database", path, reason="encrypted"))
        return report
    if not encrypted:
        damage = header_damage(size, head)
        if damage:
            report.problems.append(CorruptDiaryError(damage, path))
            return report
        if not head.startswith(SQLITE_HEADER):
            report.problems.append(NotADiaryError("the file is not an SQLite database", path, reason="not_sqlite"))
            return report
        app_id = int.from_bytes(head[68:72], "big")
        if app_id != APPLICATION_ID:
            report.problems.append(NotADiaryError(f"application_id is {app_id:#x}", path, reason="foreign"))
            return report
        damage = plain_header_damage(size, head)
        if damage:
            report.problems.append(CorruptDiaryError(damage, path))
            return report
    try:
        _examine_contents(path, passphrase if encrypted else None, encrypted, full, report, scan_content)
    except StorageError as exc:
        report.problems.insert(0, exc)
    except sqlcipher3.dbapi2.Error as exc:
        err = classify(exc, path)
        if isinstance(err, NotADiaryError) or not isinstance(err, StorageError):
            err = CorruptDiaryError(f"{type(exc).__name__}", path)
        report.problems.insert(0, err)
    return report


def _examine_contents(path: Path, passphrase: str | None, encrypted: bool, full: bool, report: HealthReport,
                      scan_content: bool) -> None:
    main = _connect(_uri(path, "mode=ro&immutable=1"), uri=True)
    try:
        if encrypted:
            _check_key(main, passphrase, path)
        main_base = _setting(main, wal_guard.WAL_BASE_KEY)
        settings_page = _settings_page(main)
    finally:
        main.close()
    wal = Path(f"{path}-wal")
    wal_size = wal.stat().st_size if wal.is_file() else 0
    if wal_size:
        frames = wal_guard.read_wal(wal)
        if frames is not None and not frames.empty:
            with _wal_view(path, passphrase, encrypted) as view:
                wal_base = _setting(view, wal_guard.WAL_BASE_KEY)
                wal_parent = _setting(view, wal_guard.WAL_PARENT_KEY)
        else:
            wal_base = wal_parent = None
        report.wal = wal_guard.judge(frames, settings_page, main_base, wal_base, wal_parent)
        if not report.wal.belongs:
            report.problems.append(ForeignWalError(f"leftover -wal: {report.wal.reason}", Path(f"{path}-wal")))
    use_wal = report.wal is not None and report.wal.belongs and report.wal.reason != "empty"
    view_cm = _wal_view(path, passphrase, encrypted) if use_wal else _immutable(path, passphrase, encrypted)
    with view_cm as conn:
        _check_structure(conn, path, full, report, scan_content)


@contextlib.contextmanager
def _immutable(path: Path, passphrase: str | None, encrypted: bool) -> Iterator[sqlcipher3.Connection]:
    conn = _connect(_uri(path, "mode=ro&immutable=1"), uri=True)
    try:
        if encrypted:
            apply_key(conn, passphrase or "")  # encrypted: the caller has the (checked) passphrase
        yield conn
    finally:
        conn.close()


def _check_structure(conn: sqlcipher3.Connection, path: Path, full: bool, report: HealthReport,
                     scan_content: bool) -> None:
    if scan_content:
        applied, differences = schema_check.check_schema(conn)
    else:  # exactly as the app last left it: only ask whether a newer version has written it since
        applied, differences = schema_check.applied_migrations(conn) or [], []
    if set(applied) - set(schema_check.known_migrations()):
        report.problems.append(NotADiaryError("made by a newer Työkirja", path, reason="newer"))
        return
    if differences:
        report.problems.append(IncompleteDiaryError(
            "; ".join(f"{d.kind} {d.name}" for d in differences[:8]), path, problems=differences))
    if full:
        rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check").fetchall()]
        broken = [] if rows == ["ok"] else rows
    elif scan_content:
        broken = _quick_check_tables(conn)
    else:
        # Exactly as the app last left it: the header, application id and schema version above
        # are what an open must know, at a cost that does not grow with the diary. The b-tree
        # check (which does) runs after start-up off the GUI thread: verify_tables().
        return
    if broken:
        report.problems.append(CorruptDiaryError("; ".join(broken[:5]), path))
        return
    damaged = []
    if scan_content:
        content_scan.register(conn)
        damaged = content_scan.scan(conn)
    if damaged:
        first = damaged[0]
        report.problems.append(DamagedRecordError(
            f"{len(damaged)} damaged value(s)", path, table=first.table, record_id=first.record_id,
            records=tuple(damaged)))
    if full and not differences:
        stale = _fts_mismatches(conn)
        if stale:
            report.problems.append(CorruptDiaryError(f"the search index disagrees with {stale} record(s)", path))
    if full:
        orphans = conn.execute("PRAGMA foreign_key_check").fetchall()
        if orphans:
            report.problems.append(CorruptDiaryError(f"{len(orphans)} foreign key problem(s)", path))
    if not differences or "encounters" not in {d.name for d in differences}:
        with contextlib.suppress(sqlcipher3.dbapi2.Error):
            report.entries = int(conn.execute("SELECT count(*) FROM encounters").fetchone()[0])


def verify_tables(path: Path, passphrase: str | None = None) -> StorageError | None:
    """The per-table b-tree check an open of a file seen whole skips, for after start-up: on a
    read-only connection of its own (any thread; the open diary may keep writing: the check reads
    one consistent snapshot). A CorruptDiaryError when it finds damage (and the file is then no
    longer remembered as whole, so the next open checks it fully), else None."""
    path = Path(path)
    try:
        conn = _connect(_uri(path, "mode=ro"), uri=True)
        try:
            if passphrase is not None:
                apply_key(conn, passphrase)
            broken = _quick_check_tables(conn)
        finally:
            conn.close()
    except sqlcipher3.dbapi2.Error as exc:
        err = classify(exc, path)
        if not isinstance(err, StorageError):
            raise
        if isinstance(err, CorruptDiaryError):
            verified.forget(path)
        return err
    if not broken:
        return None
    verified.forget(path)
    return CorruptDiaryError("; ".join(broken[:5]), path)


def _fts_mismatches(conn: sqlcipher3.Connection) -> int:
    """Records the full-text indexes disagree with, read only (FTS5's 'integrity-check' needs a write).

    encounters_fts and encounters_terms index encounters by rowid: each docsize table has one row
    per indexed entry.
    practice_fts holds (kind, ref_id, body) copies of each practice record's search_text.
    """
    count = conn.execute(
        "SELECT (SELECT count(*) FROM encounters_fts_docsize WHERE id NOT IN (SELECT seq FROM encounters))"
        " + (SELECT count(*) FROM encounters WHERE seq NOT IN (SELECT id FROM encounters_fts_docsize))"
    ).fetchone()[0]
    present = {r[0] for r in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")}
    if "encounters_terms" in present:  # the word-form index (migration 0009) has one row per entry too
        count += conn.execute(
            "SELECT (SELECT count(*) FROM encounters_terms_docsize WHERE id NOT IN (SELECT seq FROM encounters))"
            " + (SELECT count(*) FROM encounters WHERE seq NOT IN (SELECT id FROM encounters_terms_docsize))"
        ).fetchone()[0]
    for table, kind in migrations.PRACTICE_FTS_SOURCES:
        if table not in present or "practice_fts" not in present:
            continue  # an older diary, before the practice tables: its schema was checked already
        count += conn.execute(
            f"SELECT (SELECT count(*) FROM practice_fts p WHERE p.kind = ? AND NOT EXISTS "
            f"(SELECT 1 FROM {table} t WHERE t.id = p.ref_id AND t.search_text = p.body))"
            f" + (SELECT count(*) FROM {table} t WHERE NOT EXISTS "
            f"(SELECT 1 FROM practice_fts p WHERE p.kind = ? AND p.ref_id = t.id))", [kind, kind]).fetchone()[0]
    return int(count)


def _check_key(conn: sqlcipher3.Connection, passphrase: str | None, path: Path) -> None:
    """Key the connection and prove the key by reading page 1 (about 0.1 s: one key derivation)."""
    apply_key(conn, passphrase or "")
    try:
        conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
    except sqlcipher3.dbapi2.DatabaseError as exc:
        if "not a database" in str(exc).lower():
            raise WrongPassphraseError("the key does not open the file", path) from None
        raise
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    if app_id != APPLICATION_ID:
        raise NotADiaryError(f"application_id is {app_id:#x}", path, reason="foreign")


def inspect(path: Path, passphrase: str | None = None) -> HealthReport:
    """Refuse a file that is not a healthy Työkirja diary, without writing to it.

    An encrypted file needs `passphrase`: without it NotADiaryError(reason="encrypted") is raised
    (the UI then asks for it); a wrong one raises WrongPassphraseError. Returns the report.
    """
    path = Path(path)
    whole = verified.seen_whole(path)
    # A file changed outside the app (or after a crash) gets the full check once: integrity_check
    # sees index, freelist and FTS damage that the quick per-table check does not.
    report = examine(path, passphrase, full=not whole, scan_content=not whole)
    if report.problems:
        raise report.problems[0]
    if not whole:
        verified.remember(path)
    return report
