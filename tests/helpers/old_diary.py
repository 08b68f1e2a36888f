"""Rows as an older Työkirja wrote them, for tests that open a diary made before a migration.

The repositories always write the current schema; an older file gets its rows here, through the
columns that every version of the `encounters` table has had.
"""

from __future__ import annotations

from datetime import datetime

from tyokirja.domain.timeutil import to_storage


def insert_old_entry(db, entry_id: str, title: str, occurred_at: datetime) -> None:
    utc, offset = to_storage(occurred_at)
    with db.atomic():
        db.execute("INSERT INTO encounters (id, occurred_utc, occurred_offset, title, created_utc, updated_utc) "
                   "VALUES (?, ?, ?, ?, ?, ?)", [entry_id, utc, offset, title, utc, utc])
