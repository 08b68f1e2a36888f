"""DraftRepository: autosaved editor state, kept in the same (private) file as the diary."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import sqlcipher3
import sqlite_utils

from tyokirja.domain.timeutil import from_storage, to_storage

from .errors import classify, reads_record


@dataclass(frozen=True)
class Draft:
    key: str  # "encounter:new" or "encounter:<id>"
    kind: str  # "encounter"
    payload: dict[str, Any]
    updated_at: datetime


class DraftRepository:
    def __init__(self, db: sqlite_utils.Database):
        self.db = db

    def put(self, key: str, kind: str, payload: dict[str, Any]) -> None:
        stamp = to_storage(datetime.now(UTC))[0]
        try:
            with self.db.atomic():
                self.db.execute(
                    "INSERT INTO drafts (key, kind, payload, updated_utc) VALUES (?, ?, ?, ?) "
                    "ON CONFLICT(key) DO UPDATE SET kind = excluded.kind, payload = excluded.payload, "
                    "updated_utc = excluded.updated_utc",
                    [key, kind, json.dumps(payload, ensure_ascii=False), stamp],
                )
        except sqlcipher3.dbapi2.Error as exc:
            raise classify(exc) from exc

    def discard(self, key: str) -> None:
        try:
            with self.db.atomic():
                self.db.execute("DELETE FROM drafts WHERE key = ?", [key])
        except sqlcipher3.dbapi2.Error as exc:
            raise classify(exc) from exc

    def all(self) -> list[Draft]:
        rows = self.db.execute(
            "SELECT key, kind, payload, updated_utc FROM drafts ORDER BY updated_utc DESC"
        ).fetchall()
        return [_draft(r) for r in rows]


@reads_record("drafts")
def _draft(r: tuple[str, str, str, str]) -> Draft:  # (key, kind, payload, updated_utc)
    return Draft(r[0], r[1], json.loads(r[2]), from_storage(r[3], 0))
