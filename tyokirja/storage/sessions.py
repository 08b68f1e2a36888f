"""SessionRepository: exercise sessions (harjoituskerrat), plus helpers the practice repositories share."""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from typing import Any, Generic, Protocol, TypeVar

import sqlcipher3
import sqlite_utils

from tyokirja.domain.practice import ExerciseSession, session_texts
from tyokirja.domain.timeutil import from_storage, to_storage

from .errors import NotFoundError, classify, reads_record

# -- shared by the practice repositories ---------------------------------------------------------


def stamp(moment: datetime | None) -> tuple[str | None, int | None]:
    """(UTC text, offset minutes) for an aware moment, or (None, None)."""
    return to_storage(moment) if moment is not None else (None, None)


def moment(utc_text: str | None, offset: int | None) -> datetime | None:
    return from_storage(utc_text, offset or 0) if utc_text else None


def now_utc() -> datetime:
    return datetime.now(UTC)


def dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def upsert(db: sqlite_utils.Database, table: str, row: dict[str, object]) -> None:
    """Insert `row`, or update every column of the row with the same id (in one transaction)."""
    keys = ", ".join(row)
    values = ", ".join(f":{k}" for k in row)
    sets = ", ".join(f"{k} = excluded.{k}" for k in row if k != "id")
    try:
        with db.atomic():
            db.execute(
                f"INSERT INTO {table} ({keys}) VALUES ({values}) ON CONFLICT(id) DO UPDATE SET {sets}", row
            )
    except sqlcipher3.dbapi2.Error as exc:
        raise classify(exc) from exc


def insert_rows(db: sqlite_utils.Database, table: str, rows: list[dict[str, object]]) -> None:
    """Plain inserts; the caller owns the transaction (imports)."""
    for row in rows:
        keys = ", ".join(row)
        values = ", ".join(f":{k}" for k in row)
        db.execute(f"INSERT INTO {table} ({keys}) VALUES ({values})", row)


def select(db: sqlite_utils.Database, sql: str, params: Iterable[object] = ()) -> list[dict[str, Any]]:
    cursor = db.execute(sql, list(params))
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def delete_by_id(db: sqlite_utils.Database, table: str, record_id: str) -> None:
    try:
        with db.atomic():
            db.execute(f"DELETE FROM {table} WHERE id = ?", [record_id])
    except sqlcipher3.dbapi2.Error as exc:
        raise classify(exc) from exc


def existing_ids(db: sqlite_utils.Database, table: str, ids: list[str]) -> set[str]:
    found: set[str] = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        found.update(r[0] for r in db.execute(f"SELECT id FROM {table} WHERE id IN ({marks})", chunk))
    return found


_TOKEN = re.compile(r"\S+")


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


def search_ids(db: sqlite_utils.Database, kind: str, text: str) -> list[str]:
    """Ids of practice records of `kind` ("session", "feedback", "goal") whose text has every word.

    Words of 3+ letters go through the trigram index (substring match, ä distinct from a); shorter
    ones are matched by substring on the indexed text.
    """
    long_terms, short_terms = fts_query(text)
    if not long_terms and not short_terms:
        return []
    clauses, params = ["kind = ?"], [kind]
    if long_terms:
        clauses.append("practice_fts MATCH ?")
        params.append(" AND ".join(long_terms))
    for term in short_terms:
        variants = sorted({term, term.upper(), term.capitalize()})
        escaped = [v.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") for v in variants]
        clauses.append("(" + " OR ".join("body LIKE ? ESCAPE '\\'" for _ in escaped) + ")")
        params.extend(f"%{v}%" for v in escaped)
    rows = db.execute(f"SELECT ref_id FROM practice_fts WHERE {' AND '.join(clauses)}", params)
    return [r[0] for r in rows]


class _Record(Protocol):
    @property
    def id(self) -> str: ...


_R = TypeVar("_R", bound=_Record)


class RecordRepository(Generic[_R]):
    """The id-keyed operations every practice repository shares.

    A subclass names its TABLE and ORDER_BY (for all()) and converts with _row(record) and
    _record(row); the writes classify driver errors into typed storage errors.
    """

    TABLE = ""
    ORDER_BY = "created_utc, seq"

    def __init__(self, db: sqlite_utils.Database):
        self.db = db

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """One transaction around several repositories' writes (the same diary file): all or none."""
        try:
            with self.db.atomic():
                yield
        except sqlcipher3.dbapi2.Error as exc:
            raise classify(exc) from exc

    def _row(self, record: _R) -> dict[str, object]:
        raise NotImplementedError

    def _record(self, row: dict[str, Any]) -> _R:
        raise NotImplementedError

    def save(self, record: _R) -> _R:
        """Insert or update the record durably, exactly as given; return it as stored."""
        upsert(self.db, self.TABLE, self._row(record))
        return self.get(record.id)

    def insert_many(self, records: list[_R]) -> None:
        insert_rows(self.db, self.TABLE, [self._row(r) for r in records])

    def existing(self, ids: list[str]) -> set[str]:
        return existing_ids(self.db, self.TABLE, ids)

    def delete(self, record_id: str) -> _R:
        """Remove a record and return it as it was."""
        record = self.get(record_id)
        delete_by_id(self.db, self.TABLE, record_id)
        return record

    def get(self, record_id: str) -> _R:
        rows = select(self.db, f"SELECT * FROM {self.TABLE} WHERE id = ?", [record_id])
        if not rows:
            raise NotFoundError(record_id)
        return self._record(rows[0])

    def get_many(self, ids: list[str]) -> dict[str, _R]:
        """The records among `ids` the diary holds, by id (imports compare them with a file's)."""
        found: dict[str, _R] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ", ".join("?" for _ in chunk)
            for row in select(self.db, f"SELECT * FROM {self.TABLE} WHERE id IN ({marks})", chunk):
                record = self._record(row)
                found[record.id] = record
        return found

    def all(self) -> list[_R]:
        """Every record, in the table's natural order (ORDER_BY)."""
        return [self._record(r) for r in select(self.db, f"SELECT * FROM {self.TABLE} ORDER BY {self.ORDER_BY}")]


# -- sessions -------------------------------------------------------------------------------------


class SessionRepository(RecordRepository[ExerciseSession]):
    """Owns the `exercise_sessions` table. A session row is also its own autosaved draft."""

    ORDER_BY = "started_utc, seq"
    TABLE = "exercise_sessions"


    def _row(self, s: ExerciseSession) -> dict[str, object]:
        started_utc, started_offset = to_storage(s.started_at)
        updated_utc, updated_offset = to_storage(s.updated_at or s.started_at)
        completed_utc, completed_offset = stamp(s.completed_at)
        return {
            "id": s.id,
            "exercise_id": s.exercise_id,
            "exercise_version": s.exercise_version,
            "started_utc": started_utc,
            "started_offset": started_offset,
            "updated_utc": updated_utc,
            "updated_offset": updated_offset,
            "completed_utc": completed_utc,
            "completed_offset": completed_offset,
            "status": s.status,
            "current_step": s.current_step,
            "responses": dumps(s.responses),
            "encounter_id": s.encounter_id,
            "usefulness": s.usefulness,
            "statement_id": s.statement_id,
            "share_with_coach": int(s.share_with_coach),
            "search_text": "\n".join(session_texts(s.responses)),
        }

    def _record(self, row: dict[str, Any]) -> ExerciseSession:
        return _session(row)


    def open_sessions(self) -> list[ExerciseSession]:
        """In-progress and paused sessions, most recently touched first."""
        rows = select(
            self.db,
            f"SELECT * FROM {self.TABLE} WHERE status IN ('in_progress', 'paused') "
            "ORDER BY updated_utc DESC, seq DESC",
        )
        return [_session(r) for r in rows]

    def completed(self, exercise_id: str | None = None, limit: int | None = None) -> list[ExerciseSession]:
        """Completed sessions, most recently completed first (optionally of one exercise)."""
        sql = f"SELECT * FROM {self.TABLE} WHERE status = 'completed'"
        params: list[object] = []
        if exercise_id is not None:
            sql += " AND exercise_id = ?"
            params.append(exercise_id)
        sql += " ORDER BY completed_utc DESC, seq DESC"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return [_session(r) for r in select(self.db, sql, params)]

    def completion_times(self) -> list[tuple[str, datetime]]:
        """(exercise id, completed_at) of every completed session, oldest first."""
        rows = self.db.execute(
            f"SELECT exercise_id, completed_utc, completed_offset FROM {self.TABLE} "
            "WHERE status = 'completed' AND completed_utc IS NOT NULL ORDER BY completed_utc"
        ).fetchall()
        return [(r[0], from_storage(r[1], r[2] or 0)) for r in rows]

    def recent_statements(self, limit: int = 10) -> list[str]:
        """Listening statements used most recently first (no repeats)."""
        rows = self.db.execute(
            f"SELECT statement_id FROM {self.TABLE} WHERE statement_id IS NOT NULL "
            "ORDER BY started_utc DESC, seq DESC"
        ).fetchall()
        seen: list[str] = []
        for (sid,) in rows:
            if sid not in seen:
                seen.append(sid)
            if len(seen) >= limit:
                break
        return seen

    def search(self, text: str) -> list[ExerciseSession]:
        ids = search_ids(self.db, "session", text)
        return [s for s in (self._maybe(i) for i in ids) if s is not None]

    def _maybe(self, session_id: str) -> ExerciseSession | None:
        rows = select(self.db, f"SELECT * FROM {self.TABLE} WHERE id = ?", [session_id])
        return _session(rows[0]) if rows else None


@reads_record("exercise_sessions")
def _session(row: dict[str, Any]) -> ExerciseSession:
    return ExerciseSession(
        id=row["id"],
        exercise_id=row["exercise_id"],
        exercise_version=row["exercise_version"],
        started_at=from_storage(row["started_utc"], row["started_offset"]),
        updated_at=from_storage(row["updated_utc"], row["updated_offset"]),
        completed_at=moment(row["completed_utc"], row["completed_offset"]),
        status=row["status"],
        current_step=row["current_step"],
        responses=json.loads(row["responses"]),
        encounter_id=row["encounter_id"],
        usefulness=row["usefulness"],
        statement_id=row["statement_id"],
        share_with_coach=bool(row["share_with_coach"]),
    )
