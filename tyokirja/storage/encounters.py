"""EncounterRepository: every query on the encounter diary, returning domain dataclasses."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import UTC, date, datetime, tzinfo
from typing import Any

import sqlcipher3
import sqlite_utils

from tyokirja.domain.encounter import (
    Encounter,
    EncounterFilter,
    EncounterSummary,
    FollowUp,
    OrgMetric,
)
from tyokirja.domain.timeutil import from_storage, local_day_bounds_utc, to_storage

from .erasure import checkpoint_truncate
from .errors import NotFoundError, classify, reads_record
from .migrations import ENCOUNTER_TEXT_COLUMNS, text_digest

_SUMMARY_COLUMNS = (
    "id, occurred_utc, occurred_offset, title, my_role, counterpart_role, channel, situation, "
    "difficulty, needs_completion"
)
# The columns above: id, occurred_utc, occurred_offset, title, my_role, counterpart_role, channel,
# situation, difficulty, needs_completion.
_SummaryRow = tuple[str, str, int, str, str | None, str | None, str | None, str | None, int | None, int]
_TOKEN = re.compile(r"\S+")
_EVERY_ENTRY = EncounterFilter()  # the default filter: no condition (frozen, so one is shared)


def _now_utc() -> datetime:
    return datetime.now(UTC)


def fts_query(text: str) -> tuple[list[str], list[str]]:
    """Split search text into FTS5 phrases (3+ letters) and short terms matched by substring."""
    long_terms, short_terms = [], []
    for token in _TOKEN.findall(text.strip()):
        token = token.strip('"')
        if not token:
            continue
        if len(token) >= 3:
            long_terms.append('"' + token.replace('"', '""') + '"')
        else:
            short_terms.append(token.casefold())
    return long_terms, short_terms


class EncounterRepository:
    """Owns the `encounters` table and its full-text index."""

    def __init__(self, db: sqlite_utils.Database):
        self.db = db

    # -- writing -----------------------------------------------------------------------------

    def _row(self, enc: Encounter) -> dict[str, object]:
        occurred_utc, offset = to_storage(enc.occurred_at)
        row: dict[str, object] = {
            "id": enc.id,
            "occurred_utc": occurred_utc,
            "occurred_offset": offset,
            "title": enc.title,
            "my_role": enc.my_role,
            "counterpart_role": enc.counterpart_role,
            "scope": enc.scope,
            "channel": enc.channel,
            "situation": enc.situation,
            "difficulty": enc.difficulty,
            "facts": enc.facts,
            "my_feelings": json.dumps(enc.my_feelings, ensure_ascii=False),
            "my_feelings_text": enc.my_feelings_text,
            "their_feelings": json.dumps(enc.their_feelings, ensure_ascii=False),
            "their_feelings_text": enc.their_feelings_text,
            "impact_on_other": enc.impact_on_other,
            "went_well": enc.went_well,
            "do_differently": enc.do_differently,
            "elements": json.dumps(enc.elements, ensure_ascii=False, sort_keys=True),
            "follow_up_text": enc.follow_up.text,
            "follow_up_due": enc.follow_up.due.isoformat() if enc.follow_up.due else None,
            "follow_up_done": int(enc.follow_up.done),
            "notes": enc.notes,
            "skills": json.dumps(enc.skills, ensure_ascii=False),
            "needs_completion": int(enc.needs_completion),
            "share_with_coach": int(enc.share_with_coach),
            "org_metric_kind": enc.org_metric.kind if enc.org_metric else None,
            "org_metric_value": enc.org_metric.value if enc.org_metric else None,
        }
        row["text_digest"] = text_digest(row[c] for c in ENCOUNTER_TEXT_COLUMNS)
        return row

    def save(self, enc: Encounter, *, now: datetime | None = None) -> Encounter:
        """Insert or update `enc` durably; return it with its stored timestamps."""
        now = now or _now_utc()
        stamp = to_storage(now)[0]
        row = self._row(enc)
        try:
            with self.db.atomic():
                existing = self.db.execute(
                    "SELECT created_utc FROM encounters WHERE id = ?", [enc.id]
                ).fetchone()
                if existing:
                    row["updated_utc"] = stamp
                    sets = ", ".join(f"{k} = :{k}" for k in row if k != "id")
                    self.db.execute(f"UPDATE encounters SET {sets} WHERE id = :id", row)
                    created = existing[0]
                else:
                    created = to_storage(enc.created_at)[0] if enc.created_at else stamp
                    row["created_utc"] = created
                    row["updated_utc"] = to_storage(enc.updated_at)[0] if enc.updated_at else stamp
                    keys = ", ".join(row)
                    values = ", ".join(f":{k}" for k in row)
                    self.db.execute(f"INSERT INTO encounters ({keys}) VALUES ({values})", row)
        except sqlcipher3.dbapi2.Error as exc:
            raise classify(exc) from exc
        return self.get(enc.id)

    def insert_many(self, encounters: list[Encounter]) -> None:
        """Insert records as they are (timestamps kept); the caller owns the transaction."""
        now = _now_utc()
        for enc in encounters:
            row = self._row(enc)
            row["created_utc"] = to_storage(enc.created_at or now)[0]
            row["updated_utc"] = to_storage(enc.updated_at or enc.created_at or now)[0]
            keys = ", ".join(row)
            values = ", ".join(f":{k}" for k in row)
            self.db.execute(f"INSERT INTO encounters ({keys}) VALUES ({values})", row)

    def delete(self, encounter_id: str) -> Encounter:
        """Remove an entry and its draft from the file, WAL and index; return it as it was (for undo).

        secure_delete and FTS5 secure-delete zero the freed bytes; the TRUNCATE checkpoint then
        moves the zeroed pages into the main file and empties the WAL that still held the text.
        """
        enc = self.get(encounter_id)
        try:
            with self.db.atomic():
                self.db.execute("DELETE FROM encounters WHERE id = ?", [encounter_id])
                self.db.execute("DELETE FROM drafts WHERE key = ?", [f"encounter:{encounter_id}"])
        except sqlcipher3.dbapi2.Error as exc:
            raise classify(exc) from exc
        checkpoint_truncate(self.db)
        return enc

    # -- reading -----------------------------------------------------------------------------

    def get(self, encounter_id: str) -> Encounter:
        cursor = self.db.execute("SELECT * FROM encounters WHERE id = ?", [encounter_id])
        row = cursor.fetchone()
        if row is None:
            raise NotFoundError(encounter_id)
        names = [d[0] for d in cursor.description]
        return _encounter(dict(zip(names, row, strict=True)))

    def exists(self, encounter_id: str) -> bool:
        return bool(self.db.execute("SELECT 1 FROM encounters WHERE id = ?", [encounter_id]).fetchone())

    def matching(self, flt: EncounterFilter = _EVERY_ENTRY, tz: tzinfo | None = None) -> list[Encounter]:
        """Every entry matching `flt` (text, local days, roles…), oldest first (readable exports)."""
        where, params = self._where(flt, tz)
        cursor = self.db.execute(f"SELECT * FROM encounters{where} ORDER BY occurred_utc, seq", params)
        names = [d[0] for d in cursor.description]
        return [_encounter(dict(zip(names, row, strict=True))) for row in cursor]

    def get_many(self, ids: list[str]) -> dict[str, Encounter]:
        """The entries among `ids` the diary holds, by id (imports compare them with a file's)."""
        found: dict[str, Encounter] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ", ".join("?" for _ in chunk)
            cursor = self.db.execute(f"SELECT * FROM encounters WHERE id IN ({marks})", chunk)
            names = [d[0] for d in cursor.description]
            for row in cursor:
                enc = _encounter(dict(zip(names, row, strict=True)))
                found[enc.id] = enc
        return found

    def all(self) -> list[Encounter]:
        """Every entry, oldest first (for export)."""
        cursor = self.db.execute("SELECT * FROM encounters ORDER BY occurred_utc, seq")
        names = [d[0] for d in cursor.description]
        return [_encounter(dict(zip(names, row, strict=True))) for row in cursor]

    def _where(self, flt: EncounterFilter, tz: tzinfo | None = None) -> tuple[str, list[object]]:
        clauses: list[str] = []
        params: list[object] = []
        long_terms, short_terms = fts_query(flt.text)
        if long_terms:
            # "+seq": walk the time index newest first and stop at the page size, instead of
            # fetching every match and sorting them all (a common word matches thousands).
            clauses.append("+seq IN (SELECT rowid FROM encounters_fts WHERE encounters_fts MATCH ?)")
            params.append(" AND ".join(long_terms))
        for term in short_terms:
            # Below a trigram: LIKE folds ASCII case itself; capitalised forms cover Ä, Č and the rest.
            variants = sorted({term, term.upper(), term.capitalize()})
            escaped = [v.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") for v in variants]
            ors = [f"{col} LIKE ? ESCAPE '\\'" for col in ENCOUNTER_TEXT_COLUMNS for _ in escaped]
            clauses.append("(" + " OR ".join(ors) + ")")
            params.extend(f"%{v}%" for _ in ENCOUNTER_TEXT_COLUMNS for v in escaped)
        lo, hi = local_day_bounds_utc(flt.date_from, flt.date_to, tz)
        if lo:
            clauses.append("occurred_utc >= ?")
            params.append(lo)
        if hi:
            clauses.append("occurred_utc < ?")
            params.append(hi)
        for column in ("my_role", "channel", "situation"):
            value = getattr(flt, column)
            if value:
                clauses.append(f"{column} = ?")
                params.append(value)
        where = " WHERE " + " AND ".join(clauses) if clauses else ""
        return where, params

    def count(self, flt: EncounterFilter = _EVERY_ENTRY, tz: tzinfo | None = None) -> int:
        long_terms, short_terms = fts_query(flt.text)
        n: int
        if long_terms and not short_terms and flt == EncounterFilter(text=flt.text):
            # Text alone: the index knows the answer without visiting the entries.
            n = self.db.execute(
                "SELECT count(*) FROM encounters_fts WHERE encounters_fts MATCH ?", [" AND ".join(long_terms)]
            ).fetchone()[0]
            return n
        where, params = self._where(flt, tz)
        n = self.db.execute(f"SELECT count(*) FROM encounters{where}", params).fetchone()[0]
        return n

    def summaries(
        self, flt: EncounterFilter = _EVERY_ENTRY, *, offset: int = 0, limit: int = 200, tz: tzinfo | None = None
    ) -> list[EncounterSummary]:
        """One page of list rows, newest first, matching every part of `flt`."""
        where, params = self._where(flt, tz)
        rows = self.db.execute(
            f"SELECT {_SUMMARY_COLUMNS} FROM encounters{where} "
            "ORDER BY occurred_utc DESC, seq DESC LIMIT ? OFFSET ?",
            [*params, limit, offset],
        ).fetchall()
        return [_summary(r) for r in rows]

    # -- import ------------------------------------------------------------------------------

    def insert_all_or_none(
        self, encounters: list[Encounter], check: Callable[[set[str]], None] | None = None
    ) -> None:
        """Insert every record in one transaction, or none at all (imports).

        `check(existing_ids)` runs inside the transaction before anything is written, with the ids
        among `encounters` the diary already holds; raising there refuses the whole batch.
        """
        ids = [enc.id for enc in encounters]
        try:
            with self.db.atomic():
                existing: set[str] = set()
                for start in range(0, len(ids), 500):
                    chunk = ids[start : start + 500]
                    marks = ", ".join("?" for _ in chunk)
                    rows = self.db.execute(f"SELECT id FROM encounters WHERE id IN ({marks})", chunk)
                    existing.update(r[0] for r in rows)
                if check is not None:
                    check(existing)
                self.insert_many(encounters)
        except sqlcipher3.dbapi2.Error as exc:
            raise classify(exc) from exc


@reads_record("encounters")
def _summary(r: _SummaryRow) -> EncounterSummary:
    return EncounterSummary(
        id=r[0],
        occurred_at=from_storage(r[1], r[2]),
        title=r[3],
        my_role=r[4],
        counterpart_role=r[5],
        channel=r[6],
        situation=r[7],
        difficulty=r[8],
        needs_completion=bool(r[9]),
    )


@reads_record("encounters")
def _encounter(row: dict[str, Any]) -> Encounter:
    due = row["follow_up_due"]
    return Encounter(
        id=row["id"],
        occurred_at=from_storage(row["occurred_utc"], row["occurred_offset"]),
        title=row["title"],
        my_role=row["my_role"],
        counterpart_role=row["counterpart_role"],
        scope=row["scope"],
        channel=row["channel"],
        situation=row["situation"],
        difficulty=row["difficulty"],
        facts=row["facts"],
        my_feelings=json.loads(row["my_feelings"]),
        my_feelings_text=row["my_feelings_text"],
        their_feelings=json.loads(row["their_feelings"]),
        their_feelings_text=row["their_feelings_text"],
        impact_on_other=row["impact_on_other"],
        went_well=row["went_well"],
        do_differently=row["do_differently"],
        elements=json.loads(row["elements"]),
        follow_up=FollowUp(
            text=row["follow_up_text"],
            due=date.fromisoformat(due) if due else None,
            done=bool(row["follow_up_done"]),
        ),
        notes=row["notes"],
        skills=json.loads(row["skills"]),
        needs_completion=bool(row["needs_completion"]),
        share_with_coach=bool(row["share_with_coach"]),
        org_metric=(OrgMetric(row["org_metric_kind"], row["org_metric_value"])
                    if row["org_metric_kind"] is not None else None),
        created_at=from_storage(row["created_utc"], 0),
        updated_at=from_storage(row["updated_utc"], 0),
    )
