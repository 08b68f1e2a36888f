"""Telling a crash leftover -wal of this diary from a stranger's -wal, and reading WAL frames.

SQLite applies whatever `<diary>-wal` lies beside the file when it opens it. A sync folder that
copies `diary.sqlite` and `diary.sqlite-wal` separately can put another copy's WAL next to a newer
file, and SQLite would then roll back (or scramble) later edits without a word. The app therefore
keeps two tokens in its `settings` table:

- `wal_base`: written just before every checkpoint the app makes at a clean close (and whenever
  it truncates the WAL on purpose), so the main file always holds the token of its own state;
- `wal_parent`: written by the first write transaction after each checkpoint (see
  connection.DiaryDatabase.atomic): every WAL generation the app writes starts by naming the
  `wal_base` of the file it was written against.

A leftover WAL belongs to this file when its view of `wal_parent` equals the main file's
`wal_base`, or when it carries the close-time rotation itself (a crash during the final
checkpoint). A WAL whose valid frames never touch the settings page cannot be told apart: it is
treated as a stranger unless the file predates the tokens (no `wal_base`), where SQLite's own
behaviour is kept. Page numbers and salts in WAL frame headers are not encrypted by SQLCipher, so
the frame walk works for encrypted diaries too.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

WAL_BASE_KEY = "wal_base"
WAL_PARENT_KEY = "wal_parent"
WAL_HEADER_SIZE = 32
FRAME_HEADER_SIZE = 24
_MAGIC = (0x377F0682, 0x377F0683)


@dataclass(frozen=True)
class WalFrames:
    """What the valid, committed part of a WAL file holds."""

    page_size: int
    pages: frozenset[int]  # page numbers written by committed frames
    commits: int  # number of committed transactions

    @property
    def empty(self) -> bool:
        return self.commits == 0


def _checksum(data: bytes, s0: int, s1: int, big_endian: bool) -> tuple[int, int]:
    fmt = (">" if big_endian else "<") + f"{len(data) // 4}I"
    words = struct.unpack(fmt, data)
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & 0xFFFFFFFF
        s1 = (s1 + words[i + 1] + s0) & 0xFFFFFFFF
    return s0, s1


def read_wal(path: Path) -> WalFrames | None:
    """Walk the WAL at `path` the way SQLite's recovery does; None when it is not a WAL at all.

    Only frames whose salts match the header and whose checksums chain are counted, and only up
    to the last commit frame: exactly the part SQLite would apply.
    """
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError:
        return None
    if len(data) < WAL_HEADER_SIZE:
        return WalFrames(0, frozenset(), 0) if not data else None
    magic, _version, page_size, _ckpt, salt1, salt2, c0, c1 = struct.unpack(">8I", data[:WAL_HEADER_SIZE])
    if magic not in _MAGIC or page_size < 512 or page_size > 65536 or page_size & (page_size - 1):
        return None
    big_endian = magic & 1 == 1
    s0, s1 = _checksum(data[:24], 0, 0, big_endian)
    if (s0, s1) != (c0, c1):
        return WalFrames(page_size, frozenset(), 0)  # SQLite ignores a WAL with a bad header
    pages: set[int] = set()
    pending: set[int] = set()
    commits = 0
    offset = WAL_HEADER_SIZE
    frame_size = FRAME_HEADER_SIZE + page_size
    while offset + frame_size <= len(data):
        pgno, commit_size, fs1, fs2, fc0, fc1 = struct.unpack(">6I", data[offset : offset + FRAME_HEADER_SIZE])
        if (fs1, fs2) != (salt1, salt2) or pgno == 0:
            break
        s0, s1 = _checksum(data[offset : offset + 8], s0, s1, big_endian)
        s0, s1 = _checksum(data[offset + FRAME_HEADER_SIZE : offset + frame_size], s0, s1, big_endian)
        if (s0, s1) != (fc0, fc1):
            break
        pending.add(pgno)
        if commit_size:
            pages |= pending
            pending.clear()
            commits += 1
        offset += frame_size
    return WalFrames(page_size, frozenset(pages), commits)


@dataclass(frozen=True)
class WalVerdict:
    """Whether a leftover WAL may be applied to the file it lies beside."""

    belongs: bool
    reason: str  # "none" | "empty" | "parent" | "rotation" | "legacy" | "stranger" | "not_wal"
    commits: int = 0


def judge(
    frames: WalFrames | None,
    settings_page: int | None,
    main_base: str | None,
    wal_base: str | None,
    wal_parent: str | None,
) -> WalVerdict:
    """Decide about a leftover WAL from what the main file alone and the WAL view say.

    `main_base` is the main file's `wal_base` read without the WAL; `wal_base`/`wal_parent` are
    read through the WAL. `settings_page` is the settings table's root page in the main file.
    """
    if frames is None:
        return WalVerdict(False, "not_wal")
    if frames.empty:
        return WalVerdict(True, "empty")
    if main_base is None:
        return WalVerdict(True, "legacy", frames.commits)
    touched = settings_page is not None and settings_page in frames.pages
    if touched and wal_parent == main_base:
        return WalVerdict(True, "parent", frames.commits)
    if touched and wal_base == main_base and wal_base != wal_parent:
        return WalVerdict(True, "rotation", frames.commits)  # crash inside the close-time checkpoint
    return WalVerdict(False, "stranger", frames.commits)
