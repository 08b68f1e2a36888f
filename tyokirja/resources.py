"""Where the shipped data files (content, translations, fonts, icons, schema) live."""

from __future__ import annotations

import os
import sys
from importlib import resources
from pathlib import Path

PACKAGE_DATA = "data"  # tyokirja/data/ in an installed wheel (packaging/hatch_build.py puts it there)


def resources_dir() -> Path:
    """The shipped data folder, first of: $TYOKIRJA_RESOURCES; the package data of an installed wheel
    (read through importlib.resources); a frozen bundle's resources/; resources/ beside the package in
    a checkout (make run, make test, an editable install).
    """
    override = os.environ.get("TYOKIRJA_RESOURCES")
    if override:
        return Path(override)
    packaged = resources.files("tyokirja") / PACKAGE_DATA
    if packaged.is_dir():
        if not isinstance(packaged, Path):
            # Qt and reportlab open fonts and catalogues by file name: a zipped install cannot serve them
            raise RuntimeError(f"Työkirja's data must be installed as files, not inside an archive ({packaged}).")
        return packaged
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"
