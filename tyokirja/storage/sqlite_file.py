"""What a diary file is on disk, and the raw connection to one: no opening rules, no migrations.

Shared by connection.py (opening a diary) and inspection.py (examining one without writing to it),
so that neither has to import the other to reach the file format.
"""

from __future__ import annotations

from pathlib import Path

import sqlcipher3

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


# Magic numbers of common files that are not diaries (an encrypted diary starts with random bytes).
FOREIGN_MAGIC = (b"%PDF", b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08", b"\x1f\x8b", b"\x89PNG", b"\xff\xd8\xff",
                 b"GIF8", b"BZh", b"\xfd7zXZ", b"7z\xbc\xaf", b"Rar!", b"\x03\xd9\xa2\x9a", b"\xd0\xcf\x11\xe0",
                 b"{\\rtf", b"\x7fELF", b"MZ", b"OggS", b"RIFF", b"ID3", b"\x00\x00\x01\x00")


def looks_encrypted(size: int, head: bytes) -> bool:
    """Does this look like a SQLCipher file: whole pages of what looks like random bytes?

    SQLCipher encrypts the header too, so the file is a multiple of its page size and page 1 is
    uniformly random from its first byte (a 16-byte salt). A damaged plain SQLite file (flipped
    magic bytes, a zeroed page), text, a PDF or a ZIP does not look like that. A file of random
    bytes does; only a passphrase can tell those apart.
    """
    if size < CIPHER_PAGE_SIZE or size % CIPHER_PAGE_SIZE:
        return False
    if head.startswith(SQLITE_HEADER) or _near_sqlite_header(head) or head.startswith(FOREIGN_MAGIC):
        return False
    sample = head[:CIPHER_PAGE_SIZE]
    if len(sample) < CIPHER_PAGE_SIZE or _reads_as_text(sample[:16]):
        return False
    # 4,096 random bytes take about 256 distinct values with ~16 zeros; a database page, text or
    # a zeroed page is far from that.
    return len(set(sample)) >= 200 and sample.count(0) <= 64


def _near_sqlite_header(head: bytes) -> bool:
    return sum(a == b for a, b in zip(head[:16], SQLITE_HEADER, strict=False)) >= 10


def header_damage(size: int, head: bytes) -> str | None:
    """Why a file that was once a plain SQLite database no longer opens as one, or None.

    A header with a few flipped bytes, or a first page of zeros in a file made of whole pages
    whose second page is a database page, is a damaged diary (restore a backup), not a foreign file.
    """
    if head.startswith(SQLITE_HEADER):
        return None  # see plain_header_damage, checked once the file is known to be ours
    if _near_sqlite_header(head):
        return "the SQLite header is damaged"
    if len(head) >= 512 and not any(head[:100]) and size >= 1024 and size % 512 == 0:
        return "the start of the file is blank"
    return None


def plain_header_damage(size: int, head: bytes) -> str | None:
    """Checks of a plain SQLite header that SQLite itself only makes when it reaches the page.

    The file must be made of whole pages, at least as many as the header says it has (when that
    count is current), and the format fields must be the ones SQLite writes (a write version above
    2 would silently open the diary read-only).
    """
    if len(head) < 100:
        return "the SQLite header is cut short"
    raw = int.from_bytes(head[16:18], "big")
    page_size = 65536 if raw == 1 else raw
    if page_size < 512 or page_size > 65536 or page_size & (page_size - 1):
        return "the page size in the header is damaged"
    if head[18] not in (1, 2) or head[19] not in (1, 2) or head[21:24] != b"\x40\x20\x20":
        return "the format fields in the header are damaged"
    if size % page_size:
        return "the file ends in the middle of a page"
    pages = int.from_bytes(head[28:32], "big")
    counter_is_current = head[24:28] == head[92:96]
    if counter_is_current and pages and size < pages * page_size:
        return "the file is shorter than its header says"
    return None


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
            head = handle.read(CIPHER_PAGE_SIZE)
        return looks_encrypted(Path(path).stat().st_size, head)
    except OSError:
        return False
