"""RatingRepository (rating_sessions + skill_ratings) and ProgressQueries: light aggregates for charts.

ProgressQueries reads only the columns a chart needs (times, ids, short JSON fields), never entry
bodies, so the progress page stays fast on a 20,000-entry diary. Times come back as
(utc_text, offset_minutes) pairs; tyokirja.services.progress turns them into aware datetimes.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime
from typing import Any

import sqlcipher3
import sqlite_utils

from tyokirja.domain.rating import RatingSession, SkillRating
from tyokirja.domain.timeutil import from_storage, to_storage

from .errors import NotFoundError, classify, reads_record

REFLECTION_EXERCISES = ("daily_reflection", "deep_reflection", "weekly_review")
LISTENING_EXERCISE = "listening_level"

Stamp = tuple[str, int]
TitleRow = tuple[str, str, int, str]  # (id, occurred_utc, occurred_offset, title) of an entry


def _select(db: sqlite_utils.Database, sql: str, params: Iterable[object] = ()) -> list[dict[str, Any]]:
    try:
        cursor = db.execute(sql, list(params))
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
    except sqlcipher3.dbapi2.Error as exc:
        raise classify(exc) from exc


def _rows(db: sqlite_utils.Database, sql: str, params: Iterable[object] = ()) -> list[Any]:
    """The rows as fetched: each caller names the tuple its query selects."""
    try:
        return db.execute(sql, list(params)).fetchall()
    except sqlcipher3.dbapi2.Error as exc:
        raise classify(exc) from exc


def _range(column: str, lo: str | None, hi: str | None) -> tuple[str, list[object]]:
    """SQL and params for lo <= column < hi (either bound optional)."""
    clauses: list[str] = []
    params: list[object] = []
    if lo is not None:
        clauses.append(f"{column} >= ?")
        params.append(lo)
    if hi is not None:
        clauses.append(f"{column} < ?")
        params.append(hi)
    return (" AND ".join(clauses) or "1"), params


class RatingRepository:
    """Owns `rating_sessions` and `skill_ratings`. A session and its ratings are saved together."""

    def __init__(self, db: sqlite_utils.Database):
        self.db = db

    def _insert_ratings(self, session: RatingSession) -> None:
        for position, r in enumerate(session.ratings):
            self.db.execute(
                "INSERT INTO skill_ratings (session_id, position, item_id, level, evidence_text, "
                "evidence_encounter_id, confidence, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [session.id, position, r.item_id, r.level, r.evidence_text, r.evidence_encounter_id,
                 r.confidence, r.note],
            )

    def _session_row(self, session: RatingSession, now: datetime) -> dict[str, object]:
        rated_utc, rated_offset = to_storage(session.rated_at)
        stamp = to_storage(now.astimezone(UTC))[0]
        return {
            "id": session.id,
            "kind": session.kind,
            "rated_utc": rated_utc,
            "rated_offset": rated_offset,
            "instrument_version": session.instrument_version,
            "refers_to_date": session.refers_to_date.isoformat() if session.refers_to_date else None,
            "window_days": session.window_days,
            "note": session.note,
            "created_utc": stamp,
            "updated_utc": stamp,
        }

    def save(self, session: RatingSession, *, now: datetime | None = None) -> RatingSession:
        """Insert or replace the session and all its ratings in one transaction."""
        row = self._session_row(session, now or datetime.now(UTC))
        keys = ", ".join(row)
        values = ", ".join(f":{k}" for k in row)
        sets = ", ".join(f"{k} = excluded.{k}" for k in row if k not in ("id", "created_utc"))
        try:
            with self.db.atomic():
                self.db.execute(
                    f"INSERT INTO rating_sessions ({keys}) VALUES ({values}) "
                    f"ON CONFLICT(id) DO UPDATE SET {sets}",
                    row,
                )
                self.db.execute("DELETE FROM skill_ratings WHERE session_id = ?", [session.id])
                self._insert_ratings(session)
        except sqlcipher3.dbapi2.Error as exc:
            raise classify(exc) from exc
        return session

    def insert_many(self, sessions: list[RatingSession], *, now: datetime | None = None) -> None:
        """Plain inserts; the caller owns the transaction (imports)."""
        stamp_now = now or datetime.now(UTC)
        for s in sessions:
            row = self._session_row(s, stamp_now)
            keys = ", ".join(row)
            values = ", ".join(f":{k}" for k in row)
            self.db.execute(f"INSERT INTO rating_sessions ({keys}) VALUES ({values})", row)
            self._insert_ratings(s)

    def existing(self, ids: list[str]) -> set[str]:
        found: set[str] = set()
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ", ".join("?" for _ in chunk)
            found.update(r[0] for r in _rows(self.db, f"SELECT id FROM rating_sessions WHERE id IN ({marks})", chunk))
        return found

    def delete(self, session_id: str) -> RatingSession:
        session = self.get(session_id)
        try:
            with self.db.atomic():
                self.db.execute("DELETE FROM skill_ratings WHERE session_id = ?", [session_id])
                self.db.execute("DELETE FROM rating_sessions WHERE id = ?", [session_id])
        except sqlcipher3.dbapi2.Error as exc:
            raise classify(exc) from exc
        return session

    def _load(
        self, where: str, params: Iterable[object] = (), order: str = "rated_utc, seq", limit: int | None = None
    ) -> list[RatingSession]:
        sql = f"SELECT * FROM rating_sessions WHERE {where} ORDER BY {order}"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        heads = _select(self.db, sql, params)
        if not heads:
            return []
        by_id: dict[str, list[SkillRating]] = {h["id"]: [] for h in heads}
        ids = list(by_id)
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ", ".join("?" for _ in chunk)
            for r in _select(self.db, f"SELECT * FROM skill_ratings WHERE session_id IN ({marks}) "
                                      "ORDER BY session_id, position", chunk):
                by_id[r["session_id"]].append(SkillRating(
                    item_id=r["item_id"], level=r["level"], evidence_text=r["evidence_text"],
                    evidence_encounter_id=r["evidence_encounter_id"], confidence=r["confidence"], note=r["note"],
                ))
        return [_session(h, by_id[h["id"]]) for h in heads]

    def get_many(self, ids: list[str]) -> dict[str, RatingSession]:
        """The sessions among `ids` the diary holds, by id (imports compare them with a file's)."""
        found: dict[str, RatingSession] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ", ".join("?" for _ in chunk)
            found.update((s.id, s) for s in self._load(f"id IN ({marks})", chunk))
        return found

    def get(self, session_id: str) -> RatingSession:
        found = self._load("id = ?", [session_id])
        if not found:
            raise NotFoundError("rating session not found")
        return found[0]

    def exists(self, session_id: str) -> bool:
        return bool(_rows(self.db, "SELECT 1 FROM rating_sessions WHERE id = ?", [session_id]))

    def all(self, kind: str | None = None) -> list[RatingSession]:
        """Every session (optionally of one kind), oldest first."""
        if kind is None:
            return self._load("1")
        return self._load("kind = ?", [kind])

    def latest(self, kind: str | None = None, *, before_utc: str | None = None,
               exclude_id: str | None = None, limit: int = 1) -> list[RatingSession]:
        """The newest sessions (optionally of a kind, before a UTC stamp, not `exclude_id`), newest first."""
        clauses, params = ["1"], []
        if kind is not None:
            clauses.append("kind = ?")
            params.append(kind)
        if before_utc is not None:
            clauses.append("rated_utc < ?")
            params.append(before_utc)
        if exclude_id is not None:
            clauses.append("id != ?")
            params.append(exclude_id)
        return self._load(" AND ".join(clauses), params, order="rated_utc DESC, seq DESC", limit=limit)

    def last_rated_at(self, kind: str) -> datetime | None:
        rows = _rows(self.db, "SELECT rated_utc, rated_offset FROM rating_sessions WHERE kind = ? "
                              "ORDER BY rated_utc DESC LIMIT 1", [kind])
        return from_storage(rows[0][0], rows[0][1]) if rows else None

    def level_rows(self, item_id: str | None = None) -> list[tuple[str, str, str, int, str | None, str, int]]:
        """(session_id, kind, rated_utc, rated_offset, refers_to_date, item_id, level), oldest first."""
        sql = ("SELECT s.id, s.kind, s.rated_utc, s.rated_offset, s.refers_to_date, r.item_id, r.level "
               "FROM skill_ratings r JOIN rating_sessions s ON s.id = r.session_id")
        params: list[object] = []
        if item_id is not None:
            sql += " WHERE r.item_id = ?"
            params.append(item_id)
        return _rows(self.db, sql + " ORDER BY s.rated_utc, s.seq, r.position", params)

    def session_heads(self, ids: list[str]) -> list[tuple[str, str, str, int]]:
        """(id, kind, rated_utc, rated_offset) for the given session ids, oldest first."""
        out: list[tuple[str, str, str, int]] = []
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ", ".join("?" for _ in chunk)
            out.extend(_rows(self.db, f"SELECT id, kind, rated_utc, rated_offset FROM rating_sessions "
                                      f"WHERE id IN ({marks})", chunk))
        return sorted(out, key=lambda r: r[2])


@reads_record("rating_sessions")
def _session(head: dict[str, Any], ratings: list[SkillRating]) -> RatingSession:
    ref = head["refers_to_date"]
    return RatingSession(
        id=head["id"],
        kind=head["kind"],
        rated_at=from_storage(head["rated_utc"], head["rated_offset"]),
        instrument_version=head["instrument_version"],
        refers_to_date=date.fromisoformat(ref) if ref else None,
        window_days=head["window_days"],
        note=head["note"],
        ratings=ratings,
    )


class ProgressQueries:
    """Read-only, column-light queries over the diary for the progress page and its drill-downs.

    `lo`/`hi` are UTC storage strings (lo inclusive, hi exclusive; None = open).
    """

    def __init__(self, db: sqlite_utils.Database):
        self.db = db

    def _has(self, table: str) -> bool:
        return bool(_rows(self.db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [table]))

    # -- event times ------------------------------------------------------------------------------

    def first_use(self) -> Stamp | None:
        """(UTC text, offset) of the diary's earliest record of any kind, or None for an empty diary."""
        sources = [("encounters", "occurred_utc", "occurred_offset"),
                   ("exercise_sessions", "started_utc", "started_offset"),
                   ("feedback_requests", "created_utc", "created_offset"),
                   ("goals", "created_utc", "created_offset"),
                   ("rating_sessions", "rated_utc", "rated_offset")]
        found: list[Stamp] = []
        for table, utc, offset in sources:
            if self._has(table):
                found += _rows(self.db, f"SELECT {utc}, {offset} FROM {table} ORDER BY {utc} LIMIT 1")
        return min(found) if found else None

    def encounter_times(self, lo: str | None, hi: str | None) -> list[Stamp]:
        where, params = _range("occurred_utc", lo, hi)
        return _rows(self.db, f"SELECT occurred_utc, occurred_offset FROM encounters WHERE {where}", params)

    def exercise_times(self, lo: str | None, hi: str | None) -> list[tuple[str, str, int]]:
        """(exercise_id, completed_utc, completed_offset) of completed exercise sessions."""
        if not self._has("exercise_sessions"):
            return []
        where, params = _range("completed_utc", lo, hi)
        return _rows(self.db, "SELECT exercise_id, completed_utc, completed_offset FROM exercise_sessions "
                              f"WHERE status = 'completed' AND completed_utc IS NOT NULL AND {where}", params)

    def feedback_times(self, lo: str | None, hi: str | None) -> list[Stamp]:
        """When each feedback request was made (created)."""
        if not self._has("feedback_requests"):
            return []
        where, params = _range("created_utc", lo, hi)
        return _rows(self.db, f"SELECT created_utc, created_offset FROM feedback_requests WHERE {where}", params)

    # -- chart inputs -----------------------------------------------------------------------------

    def element_values(self, lo: str | None, hi: str | None) -> list[str]:
        """The `elements` JSON text of each encounter in the period."""
        where, params = _range("occurred_utc", lo, hi)
        return [r[0] for r in _rows(self.db, f"SELECT elements FROM encounters WHERE {where}", params)]

    def listening_levels(self, lo: str | None, hi: str | None) -> list[str | None]:
        """The chosen option id of each completed listening-level session in the period."""
        if not self._has("exercise_sessions"):
            return []
        where, params = _range("completed_utc", lo, hi)
        rows = _rows(self.db, "SELECT json_extract(responses, '$.level') FROM exercise_sessions "
                              f"WHERE status = 'completed' AND exercise_id = ? AND {where}",
                     [LISTENING_EXERCISE, *params])
        return [r[0] for r in rows]

    def feedback_statuses(self, lo: str | None, hi: str | None) -> list[str]:
        """The status of each feedback request created in the period."""
        if not self._has("feedback_requests"):
            return []
        where, params = _range("created_utc", lo, hi)
        return [r[0] for r in _rows(self.db, f"SELECT status FROM feedback_requests WHERE {where}", params)]

    # -- drill-down -------------------------------------------------------------------------------

    def encounters_between(self, lo: str | None, hi: str | None) -> list[TitleRow]:
        """(id, occurred_utc, occurred_offset, title) in the period, oldest first."""
        where, params = _range("occurred_utc", lo, hi)
        return _rows(self.db, "SELECT id, occurred_utc, occurred_offset, title FROM encounters "
                              f"WHERE {where} ORDER BY occurred_utc, seq", params)

    def encounters_with_element(self, element_id: str, value: str | None, lo: str | None,
                                hi: str | None) -> list[TitleRow]:
        """(id, occurred_utc, occurred_offset, title) whose element is `value` (None = not set)."""
        where, params = _range("occurred_utc", lo, hi)
        path = '$."' + element_id.replace('"', "") + '"'
        test = "IS NULL" if value is None else "= ?"
        extra = [] if value is None else [value]
        return _rows(self.db, "SELECT id, occurred_utc, occurred_offset, title FROM encounters "
                              f"WHERE {where} AND json_extract(elements, ?) {test} ORDER BY occurred_utc, seq",
                     [*params, path, *extra])

    def exercises_between(self, lo: str | None, hi: str | None, exercise_ids: tuple[str, ...] | None = None,
                          exclude: tuple[str, ...] = ()) -> list[tuple[str, str, int, str, str | None]]:
        """(id, completed_utc, completed_offset, exercise_id, level) of completed sessions, oldest first.

        `level` is the listening-level answer (an option id), None for other exercises.
        """
        if not self._has("exercise_sessions"):
            return []
        where, params = _range("completed_utc", lo, hi)
        sql = ("SELECT id, completed_utc, completed_offset, exercise_id, json_extract(responses, '$.level') "
               f"FROM exercise_sessions WHERE status = 'completed' AND completed_utc IS NOT NULL AND {where}")
        if exercise_ids is not None:
            sql += f" AND exercise_id IN ({', '.join('?' for _ in exercise_ids)})"
            params += list(exercise_ids)
        if exclude:
            sql += f" AND exercise_id NOT IN ({', '.join('?' for _ in exclude)})"
            params += list(exclude)
        return _rows(self.db, sql + " ORDER BY completed_utc, seq", params)

    def feedback_between(self, lo: str | None, hi: str | None) -> list[tuple[str, str, int, str, str]]:
        """(id, created_utc, created_offset, target_behaviour, status), oldest first."""
        if not self._has("feedback_requests"):
            return []
        where, params = _range("created_utc", lo, hi)
        return _rows(self.db, "SELECT id, created_utc, created_offset, target_behaviour, status "
                              f"FROM feedback_requests WHERE {where} ORDER BY created_utc, seq", params)

    def encounter_titles(self, ids: list[str]) -> list[TitleRow]:
        """(id, occurred_utc, occurred_offset, title) for the given encounter ids."""
        out: list[TitleRow] = []
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ", ".join("?" for _ in chunk)
            out.extend(_rows(self.db, "SELECT id, occurred_utc, occurred_offset, title FROM encounters "
                                      f"WHERE id IN ({marks})", chunk))
        return out
