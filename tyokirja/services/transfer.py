"""Moving the diary in and out: JSON export, all-or-nothing JSON import, and a full health check."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import tyokirja
from tyokirja.domain.content import Catalogue
from tyokirja.domain.encounter import Encounter, now_local
from tyokirja.exchange import json_format
from tyokirja.exchange.json_format import ImportRejected
from tyokirja.storage.connection import close_diary, inspect, open_diary
from tyokirja.storage.encounters import EncounterRepository
from tyokirja.storage.errors import CorruptDiaryError, classify

__all__ = ["ImportRejected", "TransferService", "check_diary"]


class TransferService:
    """Export the whole diary to the JSON exchange format and import such a file back.

    Takes the EncounterRepository (or a DiaryService, whose repository it uses) and the catalogue
    that imported content ids are checked against. Storage failures surface as typed storage
    errors; a refused import file as ImportRejected, with the diary unchanged.
    """

    def __init__(self, encounters, catalogue: Catalogue, clock: Callable[[], datetime] = now_local):
        self.encounters: EncounterRepository = getattr(encounters, "encounters", encounters)
        self.catalogue = catalogue
        self.clock = clock

    def export_document(self) -> dict:
        """The export document for the diary as it is now (drafts are not exported)."""
        try:
            encounters = self.encounters.all()
        except Exception as exc:
            _raise_typed(exc)
        return json_format.build_document(
            encounters,
            exported_at=self.clock(),
            app_version=tyokirja.__version__,
            content_version=self.catalogue.version,
        )

    def export_json(self, path: Path) -> int:
        """Write every entry to `path` (atomically, owner-only); return how many were written.

        OSError (disk full, no such folder, no permission) propagates; no partial file is left.
        """
        document = self.export_document()
        json_format.write_atomically(Path(path), json_format.dumps(document))
        return len(document["encounters"])

    def import_encounters(self, encounters: list[Encounter]) -> int:
        """Insert already checked entries in one transaction; refuse all if any id exists."""
        self.encounters.insert_all_or_none(
            encounters, check=lambda existing: json_format.refuse_existing(encounters, existing)
        )
        return len(encounters)

    def import_json(self, path: Path) -> int:
        """Check the whole file, then insert every entry or none; return how many were added.

        Raises ImportRejected (file refused, diary unchanged), OSError (file unreadable) or a
        typed storage error.
        """
        return self.import_encounters(json_format.load_document(Path(path), self.catalogue))


def check_diary(path: Path, passphrase: str | None = None) -> int:
    """Fully check an existing diary file and return its number of entries.

    Refuses a missing, foreign, empty or damaged file with a typed storage error and without
    writing to it; then opens it the normal way and runs PRAGMA integrity_check and the
    full-text index's own integrity check.
    """
    path = Path(path)
    inspect(path, passphrase)
    db = open_diary(path, create=False, passphrase=passphrase)
    try:
        try:
            rows = db.execute("PRAGMA integrity_check").fetchall()
            if rows != [("ok",)]:
                raise CorruptDiaryError("; ".join(str(r[0]) for r in rows[:5]), path)
            db.execute("INSERT INTO encounters_fts(encounters_fts, rank) VALUES ('integrity-check', 1)")
            return EncounterRepository(db).count()
        except Exception as exc:
            _raise_typed(exc, path)
    finally:
        close_diary(db)


def _raise_typed(exc: Exception, path: Path | None = None):
    """Re-raise a driver error as its typed storage error (unknown ones unchanged: bugs)."""
    err = classify(exc, path)
    if err is exc:
        raise exc
    raise err from exc
