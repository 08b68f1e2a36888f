"""The one way into the diary file: checks, pragmas, owner-only permissions, migrations.

Opening never turns an existing file into a fresh diary: an empty, foreign, truncated or damaged
file is refused with a typed error and left byte for byte as it was.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import sqlcipher3
import sqlite_utils

from .errors import (
    CorruptDiaryError,
    DiaryUnavailableError,
    NotADiaryError,
    ReadOnlyError,
    UnsupportedSqliteError,
    WrongPassphraseError,
    classify,
)

APPLICATION_ID = 0x544B4A41  # "TKJA"
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
CIPHER_PAGE_SIZE = 4096
# SQLCipher 4 defaults, stated explicitly so that a future library default can never weaken them.
# 256,000 PBKDF2-HMAC-SHA512 iterations is above OWASP's floor of 210,000 for HMAC-SHA512.
KDF_ITERATIONS = 256_000
CIPHER_SETTINGS = (
    ("cipher_page_size", str(CIPHER_PAGE_SIZE)),
    ("kdf_iter", str(KDF_ITERATIONS)),
    ("cipher_hmac_algorithm", "HMAC_SHA512"),
    ("cipher_kdf_algorithm", "PBKDF2_HMAC_SHA512"),
)


def sqlite_is_safe(version: tuple[int, int, int]) -> bool:
    """False for SQLite releases with the WAL-reset corruption bug (3.7.0–3.51.2, bar backports)."""
    if version >= (3, 51, 3):
        return True
    if (3, 50, 7) <= version < (3, 51, 0) or (3, 44, 6) <= version < (3, 45, 0):
        return True
    return version < (3, 7, 0)


def _connect(target: str, uri: bool = False) -> sqlcipher3.Connection:
    # isolation_level=None: sqlite-utils manages transactions explicitly (db.atomic()).
    conn = sqlcipher3.connect(target, uri=uri, isolation_level=None, check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return conn


def apply_key(conn: sqlcipher3.Connection, passphrase: str, schema: str = "main") -> None:
    """Give SQLCipher the passphrase and the fixed cipher settings, before the file is read."""
    conn.execute("PRAGMA cipher_log_level = NONE")  # a wrong key would otherwise log to stderr
    if schema == "main":
        conn.set_key(passphrase)
    for name, value in CIPHER_SETTINGS:
        conn.execute(f"PRAGMA {schema}.{name} = {value}")


def looks_encrypted(size: int, header: bytes) -> bool:
    """SQLCipher encrypts the header too: at least one page of what looks like random bytes.

    A file of random bytes looks the same; only a passphrase can tell them apart.
    """
    if size < CIPHER_PAGE_SIZE or header.startswith(SQLITE_HEADER):
        return False
    # SQLCipher's first 16 bytes are a random salt; text, PDF, ZIP and the like start with readable text.
    return not _reads_as_text(header[:16])


def _reads_as_text(start: bytes) -> bool:
    for cut in range(4):  # a multi-byte character may be cut at the end
        try:
            text = start[: len(start) - cut].decode("utf-8")
        except UnicodeDecodeError:
            continue
        return all(c.isprintable() or c in "\t\n\r" for c in text)
    return False


def is_encrypted(path: Path) -> bool:
    """True when the diary file at `path` is SQLCipher-encrypted (no plaintext SQLite header)."""
    try:
        with open(path, "rb") as handle:
            header = handle.read(100)
        return looks_encrypted(Path(path).stat().st_size, header)
    except OSError:
        return False


def inspect(path: Path, passphrase: str | None = None) -> None:
    """Refuse a file that is not a healthy Työkirja diary, without writing to it.

    An encrypted file needs `passphrase`: without it NotADiaryError(reason="encrypted") is raised
    (the UI then asks for it); a wrong one raises WrongPassphraseError.
    """
    try:
        size = path.stat().st_size
        with open(path, "rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        raise classify(exc, path) from exc
    if size == 0:
        raise NotADiaryError("the file is empty", path, reason="empty")
    encrypted = looks_encrypted(size, header)
    if encrypted and passphrase is None:
        raise NotADiaryError("the file is encrypted or not a database", path, reason="encrypted")
    if not encrypted:
        if not header.startswith(SQLITE_HEADER):
            raise NotADiaryError("the file is not an SQLite database", path, reason="not_sqlite")
        app_id = int.from_bytes(header[68:72], "big")
        if app_id != APPLICATION_ID:
            raise NotADiaryError(f"application_id is {app_id:#x}", path, reason="foreign")
    # Without a -wal beside it the file holds everything: read it as immutable so that not even
    # -wal/-shm companions are created next to a file we may be about to refuse.
    has_wal = Path(f"{path}-wal").exists()
    query = "mode=ro" if has_wal else "mode=ro&immutable=1"
    try:
        conn = _connect(f"{path.resolve().as_uri()}?{query}", uri=True)
    except sqlcipher3.dbapi2.Error as exc:
        raise classify(exc, path) from exc
    try:
        if encrypted:
            _check_key(conn, passphrase, path)
        rows = _quick_check_tables(conn)
    except sqlcipher3.dbapi2.Error as exc:
        err = classify(exc, path)
        if isinstance(err, NotADiaryError):
            err = CorruptDiaryError(str(exc), path)
        raise err from exc
    finally:
        conn.close()
    if rows != [("ok",)]:
        raise CorruptDiaryError("; ".join(str(r[0]) for r in rows[:5]), path)


def _check_key(conn: sqlcipher3.Connection, passphrase: str, path: Path) -> None:
    """Key the connection and prove the key by reading page 1 (about 0.1 s: one key derivation)."""
    apply_key(conn, passphrase)
    try:
        conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
    except sqlcipher3.dbapi2.DatabaseError as exc:
        if "not a database" in str(exc).lower():
            raise WrongPassphraseError("the key does not open the file", path) from None
        raise
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    if app_id != APPLICATION_ID:
        raise NotADiaryError(f"application_id is {app_id:#x}", path, reason="foreign")


def _quick_check_tables(conn: sqlcipher3.Connection) -> list[tuple]:
    """quick_check of every ordinary table and its indexes (FTS shadow tables included).

    A plain quick_check also runs FTS5's own index self-check, which costs most of a second on a
    large diary; the b-tree checks here catch truncation and page damage at a fraction of that.
    `tyokirja check` runs the full integrity_check.
    """
    names = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"
        )
    ]
    problems = []
    for name in names:
        quoted = name.replace('"', '""')
        rows = conn.execute(f'PRAGMA quick_check("{quoted}")').fetchall()
        if rows != [("ok",)]:
            problems.extend(rows)
    return problems or [("ok",)]


def secure_permissions(path: Path) -> None:
    """Owner-only mode on the diary, its -wal/-shm companions and its folder."""
    with contextlib.suppress(OSError):
        os.chmod(path.parent, 0o700)
    for suffix in ("", "-wal", "-shm", "-journal"):
        companion = Path(f"{path}{suffix}")
        if companion.exists():
            with contextlib.suppress(OSError):
                os.chmod(companion, 0o600)


@contextlib.contextmanager
def private_umask():
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


def open_diary(path: Path, *, create: bool = True, passphrase: str | None = None) -> sqlite_utils.Database:
    """Open (or, if the file does not exist yet and `create`, make) the diary at `path`.

    An encrypted diary needs `passphrase` (a new file made with one is encrypted from the start;
    a plaintext diary ignores it). Raises a typed EnvironmentStorageError for anything the user
    must act on, WrongPassphraseError for a key that does not open the file.
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
        encrypted = passphrase is not None and (not exists or is_encrypted(path))
        if exists:
            inspect(path, passphrase if encrypted else None)
        else:
            try:
                if not path.parent.exists():
                    path.parent.mkdir(parents=True, mode=0o700)
            except OSError as exc:
                raise classify(exc, path) from exc
        conn = None
        try:
            conn = _connect(str(path))
            if encrypted:
                apply_key(conn, passphrase)
            if not exists:
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            _configure(conn)
        except (sqlcipher3.dbapi2.Error, DiaryUnavailableError) as exc:
            if conn is not None:
                conn.close()
            err = classify(exc, path)
            # WAL needs to write beside the file: on a read-only mount or folder, say exactly that.
            if not (os.access(path.parent, os.W_OK) and (not exists or os.access(path, os.W_OK))):
                err = ReadOnlyError(str(exc), path)
            raise err from exc
        secure_permissions(path)
        db = sqlite_utils.Database(conn)
        try:
            migrate(db, path, fresh=not exists)
        except Exception as exc:
            conn.close()
            if not exists:
                for suffix in ("", "-wal", "-shm"):
                    with contextlib.suppress(OSError):
                        os.unlink(f"{path}{suffix}")
            raise classify(exc, path) from exc
        secure_permissions(path)
    return db


def close_diary(db: sqlite_utils.Database) -> None:
    """Checkpoint the WAL into the main file and close the connection."""
    with contextlib.suppress(sqlcipher3.dbapi2.Error):
        db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()
