"""Importers from other journals (jrnl, Day One, RedNotebook): one module each, no Qt.

`read_source(kind, path)` checks a whole source and returns a ForeignImport whose bundle goes
through the same all-or-nothing merge import as a Työkirja export (services.transfer).
"""

from __future__ import annotations

from datetime import tzinfo
from pathlib import Path

from .common import KINDS, ForeignImport, SourceRejected

__all__ = ["KINDS", "ForeignImport", "SourceRejected", "read_source"]


def read_source(kind: str, path: Path, tz: tzinfo | None = None) -> ForeignImport:
    """Read and check a source of `kind` (one of KINDS); SourceRejected or OSError, nothing written.

    `tz` is the zone of sources that keep no zone (jrnl, RedNotebook): this computer's when None.
    """
    if kind == "jrnl":
        from . import jrnl

        return jrnl.read(Path(path), tz)
    if kind == "dayone":
        from . import dayone

        return dayone.read(Path(path))
    if kind == "rednotebook":
        from . import rednotebook

        return rednotebook.read(Path(path), tz)
    raise ValueError(f"unknown source kind {kind!r}")
