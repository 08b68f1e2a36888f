"""Remembering which diary files were last seen whole, so a full content scan runs only when needed.

A scan of every stored value (storage.content_scan) costs about 0.15 s per 20,000 entries. It
runs on every open of a file that changed since the app last saw it whole: a file another program,
a sync folder or a disk error touched is scanned before use. After a clean close the app records
the file's size, modification time and inode as "seen whole" (its own writes are validated on the
way in). The record holds no diary text and no path, only a hash of the path.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from pathlib import Path

import platformdirs

MAX_ENTRIES = 32


def _store() -> Path:
    folder = os.environ.get("TYOKIRJA_CACHE_DIR") or platformdirs.user_cache_dir("Tyokirja", appauthor=False)
    return Path(folder) / "verified.json"


def _key(path: Path) -> str:
    return hashlib.sha256(str(Path(path).resolve()).encode("utf-8")).hexdigest()[:32]


def _fingerprint(path: Path) -> list[int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    if os.path.exists(f"{path}-wal") and os.stat(f"{path}-wal").st_size:
        return None  # a leftover WAL changes what the file holds
    return [st.st_size, st.st_mtime_ns, st.st_ino]


def _load() -> dict[str, object]:  # diary key -> its fingerprint (as read: any JSON)
    with contextlib.suppress(OSError, ValueError):
        with open(_store(), encoding="utf-8") as handle:
            data = json.load(handle)
        if isinstance(data, dict):
            return data
    return {}


def seen_whole(path: Path) -> bool:
    """True when the file is exactly as the app last recorded it after a clean close or full scan."""
    fingerprint = _fingerprint(path)
    return fingerprint is not None and _load().get(_key(path)) == fingerprint


def remember(path: Path) -> None:
    """Record the file as seen whole now (best effort: a read-only cache folder only costs a rescan)."""
    fingerprint = _fingerprint(path)
    if fingerprint is None:
        return
    data = _load()
    data.pop(_key(path), None)
    data[_key(path)] = fingerprint
    while len(data) > MAX_ENTRIES:
        data.pop(next(iter(data)))
    store = _store()
    with contextlib.suppress(OSError):
        store.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        temp = store.with_name(f".{store.name}.{os.getpid()}")
        with open(temp, "w", encoding="utf-8") as handle:
            json.dump(data, handle)
        os.chmod(temp, 0o600)
        os.replace(temp, store)


def forget(path: Path) -> None:
    data = _load()
    if data.pop(_key(path), None) is not None:
        with contextlib.suppress(OSError), open(_store(), "w", encoding="utf-8") as handle:
            json.dump(data, handle)
