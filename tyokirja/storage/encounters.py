"""EncounterRepository: every query on the encounter diary, returning domain dataclasses."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
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
from tyokirja.domain.search_query import SearchQuery, Term, parse_query
from tyokirja.domain.timeutil import from_storage, local_day_bounds_utc, to_storage

from .erasure import checkpoint_truncate
from .errors import NotFoundError, classify, reads_record
from .migrations import ENCOUNTER_TEXT_COLUMNS, TERM_COLUMNS, field_terms, text_digest
from .wordforms import query_keys, words

_SUMMARY_COLUMNS = (
    "id, occurred_utc, occurred_offset, title, my_role, counterpart_role, channel, situation, "
    "difficulty, needs_completion"
)
# The columns above: id, occurred_utc, occurred_offset, title, my_role, counterpart_role, channel,
# situation, difficulty, needs_completion.
_SummaryRow = tuple[str, str, int, str, str | None, str | None, str | None, str | None, int | None, int]
_EVERY_ENTRY = EncounterFilter()
# The yes/no filters: EncounterFilter field -> the SQL test on an encounters row.
_FLAG_CONDITIONS = (
    ("to_complete", "needs_completion = 1"),
    ("shared_with_coach", "share_with_coach = 1"),
    ("has_follow_up", "(coalesce(follow_up_text, '') <> '' OR follow_up_due IS NOT NULL)"),
)  # the default filter: no condition (frozen, so one is shared)


def _json(value: list[str] | dict[str, str]) -> str:
    """A list or mapping column as stored (keys sorted); the empty ones, most of an import, without json."""
    if not value:
        return "{}" if isinstance(value, dict) else "[]"
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _parsed(text: str) -> Any:
    """A list or mapping column read back (the empty ones, most rows, without json)."""
    if text == "[]":
        return []
    if text == "{}":
        return {}
    return json.loads(text)


def _now_utc() -> datetime:
    return datetime.now(UTC)


def _phrase(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _like_condition(text: str) -> tuple[str, list[object]]:
    """A test on an encounters row: its text contains `text` (for strings below a trigram)."""
    # LIKE folds ASCII case itself; capitalised forms cover Ä, Č and the rest.
    term = text.casefold()
    variants = sorted({term, term.upper(), term.capitalize()})
    escaped = [v.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") for v in variants]
    ors = [f"{col} LIKE ? ESCAPE '\\'" for col in ENCOUNTER_TEXT_COLUMNS for _ in escaped]
    return "(" + " OR ".join(ors) + ")", [f"%{v}%" for _ in ENCOUNTER_TEXT_COLUMNS for v in escaped]


def _substring_sql(text: str) -> tuple[str, list[object]]:
    """Ids of entries whose text contains `text` (case-insensitive, ä distinct from a)."""
    if len(text) >= 3:
        return "SELECT rowid AS id FROM encounters_fts WHERE encounters_fts MATCH ?", [_phrase(text)]
    condition, params = _like_condition(text)
    return "SELECT seq AS id FROM encounters WHERE " + condition, params


def _combine(op: str, parts: list[tuple[str, list[object]]]) -> tuple[str, list[object]]:
    """One compound SELECT of ids (UNION, INTERSECT, EXCEPT), each part kept whole."""
    if len(parts) == 1:
        return parts[0]
    sql = f" {op} ".join(f"SELECT id FROM ({p})" for p, _ in parts)
    return sql, [x for _, ps in parts for x in ps]


def _word_sql(word: str) -> tuple[str, list[object]]:
    """One word: as written (substring), or any form of it (its keys in the word-form index)."""
    substring = _substring_sql(word)
    keys = query_keys(word)
    if not keys:
        return substring
    forms: tuple[str, list[object]] = ("SELECT rowid AS id FROM encounters_terms WHERE encounters_terms MATCH ?",
                                       [" OR ".join(_phrase(k) for k in sorted(keys))])
    return _combine("UNION", [substring, forms])


def _term_sql(term: Term) -> tuple[str, list[object]]:
    """A phrase matches letter for letter; a word by its forms; "IT-tuki" needs each of its parts."""
    if term.phrase:
        return _substring_sql(term.text)
    parts = words(term.text)
    if not parts:
        return _substring_sql(term.text)
    if term.text.casefold() in parts:
        return _word_sql(parts[0])
    each = _combine("INTERSECT", [_word_sql(part) for part in parts])
    return _combine("UNION", [_substring_sql(term.text), each])


def query_sql(query: SearchQuery) -> tuple[str, list[object]] | None:
    """A SELECT of the ids of entries matching a parsed query (column `id`); None for no query."""
    if query.is_empty():
        return None
    groups = [_combine("UNION", [_term_sql(t) for t in group]) for group in query.groups]
    if not groups:
        groups = [("SELECT seq AS id FROM encounters", [])]
    matched = _combine("INTERSECT", groups)
    if not query.excluded:
        return matched
    return _combine("EXCEPT", [matched, *(_term_sql(t) for t in query.excluded)])


ORDERS = ("date", "relevance")
# Relevance: bm25 of the word-form index with a weight per column (migration 0013): a word form in the
# title counts 10, in "what happened" 4, elsewhere 1. A phrase, or a word the analyser gives no keys
# (a name, a fragment), is ranked by a bonus for being written in the title or in "what happened"
# (a substring test on that column of the trigram index), as before 0013.
TERM_WEIGHTS = (10.0, 4.0, 1.0)  # bm25 weights of TERM_COLUMNS: title, facts, the rest
_FIELD_BONUS = (("title", 10.0), ("facts", 4.0))


def _relevance_sql(query: SearchQuery) -> tuple[str, list[object]]:
    """SELECT id, score for the entries the query's words touch (lower score = better match)."""
    substrings: list[str] = []
    keys: set[str] = set()
    for term in query.positive_terms():
        term_keys: set[str] = set()
        if not term.phrase:
            for part in words(term.text):
                term_keys |= query_keys(part)
        keys |= term_keys
        if not term_keys:  # no word form to weigh: the written form's place decides
            pieces = [term.text] if term.phrase else [term.text, *words(term.text)]
            substrings.extend(_phrase(p) for p in pieces if len(p) >= 3)
    selects: list[str] = []
    params: list[object] = []
    if keys:
        weights = ", ".join(str(w) for w in TERM_WEIGHTS)
        selects.append(f"SELECT rowid AS id, bm25(encounters_terms, {weights}) AS score FROM encounters_terms "
                       "WHERE encounters_terms MATCH ?")
        params.append(" OR ".join(_phrase(k) for k in sorted(keys)))
    for needle in dict.fromkeys(substrings):
        for column, bonus in _FIELD_BONUS:
            selects.append(f"SELECT rowid AS id, -{bonus} AS score FROM encounters_fts WHERE encounters_fts MATCH ?")
            params.append(f"{column} : {needle}")
    if not selects:
        return "SELECT NULL AS id, 0.0 AS score WHERE 0", []
    if len(selects) == 1:  # one index query gives each entry once
        return selects[0], params
    return "SELECT id, sum(score) AS score FROM (" + " UNION ALL ".join(selects) + ") GROUP BY id", params


class EncounterRepository:
    """Owns the `encounters` table and its full-text index."""

    def __init__(self, db: sqlite_utils.Database):
        self.db = db
        self._hits_state: tuple[str, int, int] | None = None
        self._scored = False

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
            "my_feelings": _json(enc.my_feelings),
            "my_feelings_text": enc.my_feelings_text,
            "their_feelings": _json(enc.their_feelings),
            "their_feelings_text": enc.their_feelings_text,
            "impact_on_other": enc.impact_on_other,
            "went_well": enc.went_well,
            "do_differently": enc.do_differently,
            "elements": _json(enc.elements),
            "follow_up_text": enc.follow_up.text,
            "follow_up_due": enc.follow_up.due.isoformat() if enc.follow_up.due else None,
            "follow_up_done": int(enc.follow_up.done),
            "notes": enc.notes,
            "skills": _json(enc.skills),
            "needs_completion": int(enc.needs_completion),
            "share_with_coach": int(enc.share_with_coach),
            "org_metric_kind": enc.org_metric.kind if enc.org_metric else None,
            "org_metric_value": enc.org_metric.value if enc.org_metric else None,
        }
        row["text_digest"] = text_digest(row[c] for c in ENCOUNTER_TEXT_COLUMNS)
        row.update(zip(TERM_COLUMNS, field_terms(row[c] for c in ENCOUNTER_TEXT_COLUMNS), strict=True))
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

    def moments(self, flt: EncounterFilter = _EVERY_ENTRY, tz: tzinfo | None = None) -> list[datetime]:
        """When each entry matching `flt` happened (its own offset), newest first: the day counts
        of the Today page need nothing else."""
        where, params = self._where(flt, tz)
        rows = self.db.execute(
            f"SELECT occurred_utc, occurred_offset FROM encounters{where} ORDER BY occurred_utc DESC", params)
        return [from_storage(utc, offset) for utc, offset in rows]

    def iter_matching(self, flt: EncounterFilter = _EVERY_ENTRY, tz: tzinfo | None = None) -> Iterator[Encounter]:
        """matching() one entry at a time, by moment then id (readable exports of any size)."""
        where, params = self._where(flt, tz)
        cursor = self.db.execute(f"SELECT * FROM encounters{where} ORDER BY occurred_utc, id", params)
        names = [d[0] for d in cursor.description]
        while rows := cursor.fetchmany(256):
            for row in rows:
                yield _encounter(dict(zip(names, row, strict=True)))

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

    def iter_export_order(self) -> Iterator[Encounter]:
        """Every entry by its moment (UTC instant), then id, one at a time: what an export writes,
        in its order, without holding the diary in memory."""
        cursor = self.db.execute("SELECT * FROM encounters ORDER BY occurred_utc, id")
        names = [d[0] for d in cursor.description]
        while rows := cursor.fetchmany(256):
            for row in rows:
                yield _encounter(dict(zip(names, row, strict=True)))

    def _matches(self, text: str) -> tuple[str, list[object], str | None] | None:
        """(SQL test on an encounters row, its parameters, a SELECT of the matching ids or None).

        None for no text. The list asks for the count and then page after page of the same search: the ids are
        found once into a temporary in-memory table, reused while the text and the diary stay the
        same (this connection's change counter and SQLite's data_version for other connections).
        """
        query = parse_query(text)
        matched = query_sql(query)
        if matched is None:
            return None
        if len(query.groups) == 1 and len(query.groups[0]) == 1 and not query.excluded \
                and len(query.groups[0][0].text) < 3:
            # One or two letters (typing has just begun): a scan that stops at the first page is
            # cheaper than collecting every match of so short a string.
            return (*_like_condition(query.groups[0][0].text), None)
        if self.db.conn.in_transaction:
            return f"+seq IN ({matched[0]})", matched[1], None
        version = self.db.execute("PRAGMA data_version").fetchone()[0]
        if self._hits_state != (text, self.db.conn.total_changes, version):
            # Only the connection's own temp schema is written: not db.atomic(), which stamps the
            # diary itself and would make a search session count as one that wrote.
            self.db.execute("CREATE TEMP TABLE IF NOT EXISTS search_hits (id INTEGER PRIMARY KEY)")
            self.db.execute("DELETE FROM temp.search_hits")
            self.db.execute(f"INSERT INTO temp.search_hits (id) {matched[0]}", matched[1])
            self._hits_state = (text, self.db.conn.total_changes, version)
            self._scored = False
        return "+seq IN (SELECT id FROM temp.search_hits)", [], "SELECT id FROM temp.search_hits"

    def _where(self, flt: EncounterFilter, tz: tzinfo | None = None) -> tuple[str, list[object]]:
        clauses: list[str] = []
        params: list[object] = []
        matched = self._matches(flt.text)
        if matched is not None:
            # "+seq": walk the time index newest first and stop at the page size, instead of fetching
            # every match and sorting them all (a common word matches thousands).
            clauses.append(matched[0])
            params.extend(matched[1])
        lo, hi = local_day_bounds_utc(flt.date_from, flt.date_to, tz)
        if lo:
            clauses.append("occurred_utc >= ?")
            params.append(lo)
        if hi:
            clauses.append("occurred_utc < ?")
            params.append(hi)
        for column in ("my_role", "channel", "situation", "difficulty"):
            value = getattr(flt, column)
            if value:
                clauses.append(f"{column} = ?")
                params.append(value)
        if flt.skill:
            prefix = flt.skill + "."
            clauses.append("EXISTS (SELECT 1 FROM json_each(skills) WHERE value = ? OR substr(value, 1, ?) = ?)")
            params.extend([flt.skill, len(prefix), prefix])
        if flt.element:
            path = '$."' + flt.element.replace('"', "") + '"'
            if flt.element_level:
                clauses.append("json_extract(elements, ?) = ?")
                params.extend([path, flt.element_level])
            else:
                clauses.append("json_extract(elements, ?) IS NOT NULL")
                params.append(path)
        for flag, condition in _FLAG_CONDITIONS:
            if getattr(flt, flag):
                clauses.append(condition)
        where = " WHERE " + " AND ".join(clauses) if clauses else ""
        return where, params

    def count(self, flt: EncounterFilter = _EVERY_ENTRY, tz: tzinfo | None = None) -> int:
        n: int
        matched = self._matches(flt.text)
        if matched is not None and matched[2] is not None and flt == EncounterFilter(text=flt.text):
            # Text alone: the ids are known without visiting the entries.
            n = self.db.execute(f"SELECT count(*) FROM ({matched[2]})").fetchone()[0]
            return n
        where, params = self._where(flt, tz)
        n = self.db.execute(f"SELECT count(*) FROM encounters{where}", params).fetchone()[0]
        return n

    def summaries(
        self, flt: EncounterFilter = _EVERY_ENTRY, *, offset: int = 0, limit: int = 200, tz: tzinfo | None = None,
        order: str = "date", after: str | None = None,
    ) -> list[EncounterSummary]:
        """One page of list rows matching every part of `flt`: newest first, or best match first.

        order="relevance" ranks a text search by bm25 (title > what happened > the rest, plus the
        word forms); without search text, or for one or two letters, it is the date order.
        `after` (the id of the last row of the previous page) pages by key: the next page starts
        right after that row through the index, where an `offset` would find and skip every
        earlier row again (use offset 0 with it).
        """
        where, params = self._where(flt, tz)
        if order == "relevance" and self._score_hits(flt.text):
            score = "top.hit_score"
            key = None if after is None else self.db.execute(
                "SELECT coalesce(s.score, 0.0), e.occurred_utc, e.seq FROM encounters AS e "
                "LEFT JOIN temp.search_scores AS s ON s.id = e.seq WHERE e.id = ?", [after]).fetchone()
            if key is not None:  # after it in (score, newest first): a worse score, or the same and older
                where += (" AND " if where else " WHERE ") + (
                    f"({score} > ? OR ({score} = ? AND (occurred_utc, seq) < (?, ?)))")
                params.extend([key[0], key[0], key[1], key[2]])
            bound, bound_params = "", []
            if key is None and flt == EncounterFilter(text=flt.text):
                # The text alone: the page's rows are among the hits scoring at most the page's last
                # score, so only those are looked up and sorted (not every hit's row).
                last = self.db.execute(
                    "SELECT s.score FROM temp.search_hits AS h JOIN temp.search_scores AS s ON s.id = h.id "
                    "ORDER BY s.score LIMIT 1 OFFSET ?", [offset + limit - 1]).fetchone()
                if last is not None:
                    bound, bound_params = " WHERE coalesce(s.score, 0.0) <= ?", [last[0]]
            # From the hits to their rows (CROSS JOIN keeps that order): never a scan of every entry.
            rows = self.db.execute(
                f"SELECT encounters.{_SUMMARY_COLUMNS} FROM "
                f"(SELECT h.id AS hit_id, coalesce(s.score, 0.0) AS hit_score FROM temp.search_hits AS h "
                f"LEFT JOIN temp.search_scores AS s ON s.id = h.id{bound}) AS top "
                f"CROSS JOIN encounters ON seq = top.hit_id{where} "
                f"ORDER BY {score}, occurred_utc DESC, seq DESC LIMIT ? OFFSET ?",
                [*bound_params, *params, limit, offset],
            ).fetchall()
        else:
            if after is not None:
                where += (" AND " if where else " WHERE ") + (
                    "(occurred_utc, seq) < (SELECT occurred_utc, seq FROM encounters WHERE id = ?)")
                params.append(after)
            rows = self.db.execute(
                f"SELECT {_SUMMARY_COLUMNS} FROM encounters{where} "
                "ORDER BY occurred_utc DESC, seq DESC LIMIT ? OFFSET ?",
                [*params, limit, offset],
            ).fetchall()
        return [_summary(r) for r in rows]

    def to_complete(self, limit: int = 5) -> list[EncounterSummary]:
        """Quick entries still marked "complete later", newest first (Today lists them)."""
        rows = self.db.execute(
            f"SELECT {_SUMMARY_COLUMNS} FROM encounters WHERE needs_completion = 1 "
            "ORDER BY occurred_utc DESC, seq DESC LIMIT ?", [limit]).fetchall()
        return [_summary(r) for r in rows]

    def _score_hits(self, text: str) -> bool:
        """Give the kept ids of search `text` their relevance score; False when there are none kept."""
        matched = self._matches(text)
        if matched is None or matched[2] is None:
            return False
        if not self._scored:
            score_sql, score_params = _relevance_sql(parse_query(text))
            self.db.execute("CREATE TEMP TABLE IF NOT EXISTS search_scores (id INTEGER PRIMARY KEY, score REAL)")
            self.db.execute("DELETE FROM temp.search_scores")
            self.db.execute(f"INSERT INTO temp.search_scores (id, score) {score_sql}", score_params)
            version = self.db.execute("PRAGMA data_version").fetchone()[0]
            self._hits_state = (text, self.db.conn.total_changes, version)
            self._scored = True
        return True

    def texts(self, ids: list[str]) -> dict[str, tuple[str, ...]]:
        """The free text of each entry in `ids` (ENCOUNTER_TEXT_COLUMNS order), for snippets."""
        found: dict[str, tuple[str, ...]] = {}
        cols = ", ".join(ENCOUNTER_TEXT_COLUMNS)
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ", ".join("?" for _ in chunk)
            for row in self.db.execute(f"SELECT id, {cols} FROM encounters WHERE id IN ({marks})", chunk):
                found[row[0]] = tuple(v or "" for v in row[1:])
        return found

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
        my_feelings=_parsed(row["my_feelings"]),
        my_feelings_text=row["my_feelings_text"],
        their_feelings=_parsed(row["their_feelings"]),
        their_feelings_text=row["their_feelings_text"],
        impact_on_other=row["impact_on_other"],
        went_well=row["went_well"],
        do_differently=row["do_differently"],
        elements=_parsed(row["elements"]),
        follow_up=FollowUp(
            text=row["follow_up_text"],
            due=date.fromisoformat(due) if due else None,
            done=bool(row["follow_up_done"]),
        ),
        notes=row["notes"],
        skills=_parsed(row["skills"]),
        needs_completion=bool(row["needs_completion"]),
        share_with_coach=bool(row["share_with_coach"]),
        org_metric=(OrgMetric(row["org_metric_kind"], row["org_metric_value"])
                    if row["org_metric_kind"] is not None else None),
        created_at=from_storage(row["created_utc"], 0),
        updated_at=from_storage(row["updated_utc"], 0),
    )
