"""CoachExportRepository: the log of coach reports (Raporttivienti), newest first.

Each row says when a report was made, for which period and language, which sections and which
records' own text it carried (by id), the file's name (never its folder) and its SHA-256.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any, cast

import sqlite_utils

from tyokirja.domain.encounter import new_id
from tyokirja.domain.report import CoachExport, ItemRef

from .errors import NotFoundError, reads_record
from .sessions import delete_by_id, dumps, existing_ids, insert_rows, moment, select, stamp, upsert


class CoachExportRepository:
    TABLE = "coach_exports"

    def __init__(self, db: sqlite_utils.Database):
        self.db = db

    def _row(self, export: CoachExport, record_id: str) -> dict[str, object]:
        created_utc, created_offset = stamp(export.created_at)
        return {
            "id": record_id,
            "created_utc": created_utc,
            "created_offset": created_offset,
            "period_start": export.start.isoformat(),
            "period_end": export.end.isoformat(),
            "lang": export.lang,
            "sections": dumps(list(export.sections)),
            "items": dumps([[ref.kind, ref.id] for ref in export.items]),
            "file_name": export.file_name,
            "file_hash": export.file_hash,
        }

    def add(self, export: CoachExport) -> CoachExport:
        record_id = export.id or new_id()
        upsert(self.db, self.TABLE, self._row(export, record_id))
        return self.get(record_id)

    def insert_many(self, exports: list[CoachExport]) -> None:
        """Plain inserts of logged exports with their ids; the caller owns the transaction (imports)."""
        insert_rows(self.db, self.TABLE, [self._row(e, e.id or new_id()) for e in exports])

    def existing(self, ids: list[str]) -> set[str]:
        return existing_ids(self.db, self.TABLE, ids)

    def get_many(self, ids: list[str]) -> dict[str, CoachExport]:
        """The logged exports among `ids`, by id (imports compare them with a file's)."""
        found: dict[str, CoachExport] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ", ".join("?" for _ in chunk)
            found.update((e.id, e) for e in map(_export, select(
                self.db, f"SELECT * FROM {self.TABLE} WHERE id IN ({marks})", chunk)))
        return found

    def get(self, record_id: str) -> CoachExport:
        rows = select(self.db, f"SELECT * FROM {self.TABLE} WHERE id = ?", [record_id])
        if not rows:
            raise NotFoundError(record_id)
        return _export(rows[0])

    def all(self) -> list[CoachExport]:
        """Every logged export, newest first."""
        rows = select(self.db, f"SELECT * FROM {self.TABLE} ORDER BY created_utc DESC, seq DESC")
        return [_export(r) for r in rows]

    def delete(self, record_id: str) -> None:
        delete_by_id(self.db, self.TABLE, record_id)


@reads_record("coach_exports")
def _export(row: dict[str, Any]) -> CoachExport:
    return CoachExport(
        id=row["id"],
        # created_utc is NOT NULL: moment() gives None only for an empty text
        created_at=cast(datetime, moment(row["created_utc"], row["created_offset"])),
        start=date.fromisoformat(row["period_start"]),
        end=date.fromisoformat(row["period_end"]),
        lang=row["lang"],
        sections=tuple(json.loads(row["sections"])),
        items=tuple(ItemRef(kind, ref_id) for kind, ref_id in json.loads(row["items"])),
        file_name=row["file_name"],
        file_hash=row["file_hash"],
    )
