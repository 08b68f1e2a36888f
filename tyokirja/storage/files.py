"""Flushing files and folders to disk: the steps that make a rename or a new file durable."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path


def fsync_path(path: Path) -> None:
    """fsync one file (or folder) by path; OSError propagates."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(folder: Path) -> None:
    """Make a rename or a new name in `folder` durable (not possible on every platform, e.g. Windows)."""
    with contextlib.suppress(OSError):
        fsync_path(folder)
