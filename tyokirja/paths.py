"""Where the diary lives: --db, then TYOKIRJA_DB, then the platform's local app-data folder."""

from __future__ import annotations

import os
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
