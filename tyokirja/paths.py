"""Where the diary lives: --db, then TYOKIRJA_DB, then the platform's local app-data folder."""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

import platformdirs

DB_FILENAME = "tyokirja.sqlite"


def data_dir() -> Path:
    """The platform's local (non-roaming) app-data folder for Työkirja."""
    return Path(platformdirs.user_data_dir("Tyokirja", appauthor=False, roaming=False))


def resolve_db_path(cli_value: str | None = None) -> Path:
    if cli_value:
        return Path(cli_value).expanduser()
    env = os.environ.get("TYOKIRJA_DB")
    if env:
        return Path(env).expanduser()
    return data_dir() / DB_FILENAME


def lock_path(db_path: Path) -> str:
    """The one-instance lock of the diary at `db_path`: per user, outside the diary's folder.

    Outside, because a refused file's folder is left untouched. The app and `tyokirja restore`
    take the same lock, so a restore never replaces a diary that is open in a window.
    """
    folder = os.environ.get("XDG_RUNTIME_DIR") or tempfile.gettempdir()
    user = getattr(os, "getuid", lambda: "")()
    digest = hashlib.sha256(str(Path(db_path).expanduser().resolve()).encode("utf-8")).hexdigest()[:20]
    return str(Path(folder) / f"tyokirja-{user}-{digest}.lock")
