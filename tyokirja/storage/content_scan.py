"""Find records the app could not read: undecodable text, unparsable times and dates, broken JSON.

quick_check and integrity_check look at b-trees, not at what is inside a row: a flipped byte in a
title passes them, and then search, export or the list fail on that row. This scan reads every row
of every table the way the repositories will, mostly in SQL (a few milliseconds per thousand
records), and names each damaged record by table and id. It never writes.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeAlias

import sqlcipher3

from tyokirja.domain.timeutil import MAX_YEAR, MIN_YEAR, from_storage

from .migrations import ENCOUNTER_TEXT_COLUMNS, text_digest

# Columns holding a calendar date (YYYY-MM-DD); every *_utc column holds a stored timestamp.
DATE_COLUMNS = frozenset({"follow_up_due", "due_on", "start", "review_at", "refers_to_date", "period_start",
                          "period_end"})
# JSON columns are those with a JSON default ('[]', '{}', 'null') plus these (by the default they
# would have). A '[]' column must hold an array and a '{}' column an object: the repositories
# rely on it ("null" in a feelings list, or a list of answers, fails far from the scan).
JSON_COLUMNS = {"payload": "'{}'", "sections": "'[]'"}
_JSON_DEFAULTS = ("'[]'", "'{}'", "'null'")
_JSON_SHAPES = {"'[]'": "array", "'{}'": "object"}
_MAX_OFFSET = 24 * 60 - 1  # a UTC offset is less than a day either way
_TIMESTAMP_GLOB = "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]*"
_DATE_GLOB = "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]"
# Tables that hold no records of their own: FTS indexes and their shadow tables are checked by
# integrity_check; the migrations table by the schema check.
_SKIPPED_PREFIXES = ("encounters_fts", "encounters_terms", "practice_fts", "_sqlite_migrations")
LIMIT_PER_KIND = 1000
SqlValue: TypeAlias = int | float | str | bytes | None  # what SQLite hands back


@dataclass(frozen=True)
class DamagedRecord:
    """One record whose stored value cannot be read back."""

    table: str
    record_id: str
    column: str
    kind: str  # "text" (not UTF-8) | "timestamp" | "date" | "json" | "integer"


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _tables(conn: sqlcipher3.Connection, schema: str) -> list[str]:
    rows = conn.execute(
        f"SELECT name FROM {schema}.sqlite_schema WHERE type = 'table' "
        f"AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND sql NOT LIKE 'CREATE VIRTUAL%'"
    ).fetchall()
    return [r[0] for r in rows if not r[0].startswith(_SKIPPED_PREFIXES)]


def _id_expr(columns: list[str]) -> str:
    for name in ("id", "key"):
        if name in columns:
            return f"CAST({_q(name)} AS BLOB)"
    return "rowid"


def _label(value: object) -> str:
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    return str(value)


def _checks(info: list[Any], columns: list[str]) -> list[tuple[str, str, str, str]]:
    """(column, kind, SQL that is true for a suspicious value, SQL for the companion offset).

    `info` is PRAGMA table_xinfo's rows: (cid, name, type, notnull, dflt_value, pk, hidden).
    """
    checks: list[tuple[str, str, str, str]] = []
    for c in info:
        name, declared, default = c[1], str(c[2]).upper(), c[4]
        col = _q(name)
        if name.endswith("_utc"):
            offset = name[: -len("_utc")] + "_offset"
            off = _q(offset) if offset in columns else "0"
            bad = (f"({col} IS NOT NULL AND NOT (typeof({col}) = 'text' AND {col} GLOB '{_TIMESTAMP_GLOB}' "
                   f"AND julianday({col}) IS NOT NULL AND typeof({off}) = 'integer' "
                   f"AND {off} BETWEEN -{_MAX_OFFSET} AND {_MAX_OFFSET} "
                   f"AND substr({col}, 1, 4) BETWEEN '{MIN_YEAR:04d}' AND '{MAX_YEAR:04d}'))")
            checks.append((name, "timestamp", bad, off))
        elif name in DATE_COLUMNS:
            bad = (f"({col} IS NOT NULL AND {col} != '' AND NOT (typeof({col}) = 'text' "
                   f"AND {col} GLOB '{_DATE_GLOB}' AND date({col}) = {col}))")
            checks.append((name, "date", bad, "0"))
        elif name in JSON_COLUMNS or default in _JSON_DEFAULTS:
            shape = _JSON_SHAPES.get(JSON_COLUMNS.get(name, default))
            # CASE: json_type() raises on invalid JSON, and SQLite may evaluate it before json_valid()
            want = f" AND CASE WHEN json_valid({col}) THEN json_type({col}) END = '{shape}'" if shape else ""
            checks.append((name, "json",
                           f"({col} IS NOT NULL AND NOT (typeof({col}) = 'text' AND json_valid({col}){want}))", "0"))
        elif "INT" in declared:
            checks.append((name, "integer", f"(typeof({col}) NOT IN ('integer', 'null'))", "0"))
    return checks


_PARSERS: dict[str, Callable[[SqlValue, SqlValue], bool]] = {}  # filled below: kind -> (value, offset) -> bool


def scan(conn: sqlcipher3.Connection, schema: str = "main") -> list[DamagedRecord]:
    """Every damaged value in the diary (at most LIMIT_PER_KIND per table).

    One pass per table: SQL flags suspicious rows (text that is not UTF-8, a time or date that
    does not look like one, invalid JSON, a non-integer in an integer column), and the app's own
    parsers confirm each flagged value, so nothing the app can read is reported.
    """
    found: list[DamagedRecord] = []
    for table in _tables(conn, schema):
        info = conn.execute(f"PRAGMA {schema}.table_xinfo({_q(table)})").fetchall()
        columns = [c[1] for c in info]
        ident = _id_expr(columns)
        text_cols = [c[1] for c in info if "TEXT" in str(c[2]).upper()]
        checks = _checks(info, columns)
        flags = [bad for _n, _k, bad, _o in checks]
        if text_cols:
            joined = " || ".join(f"coalesce(CAST({_q(c)} AS BLOB), x'')" for c in text_cols)
            flags.insert(0, f"(NOT _tk_utf8(CAST({joined} AS BLOB)))")
        if not flags:
            continue
        selected = ", ".join(flags)
        where = " OR ".join(flags)
        rows = conn.execute(f"SELECT {ident}, {selected} FROM {schema}.{_q(table)} WHERE {where} "
                            f"LIMIT {LIMIT_PER_KIND}").fetchall()
        for row in rows:
            record_id, marks = row[0], list(row[1:])
            damaged = _confirm_row(conn, schema, table, ident, record_id, text_cols, checks, marks)
            found.extend(DamagedRecord(table, _label(record_id), column, kind) for column, kind in damaged)
        if table == "encounters" and "text_digest" in columns:
            flagged = {r.record_id for r in found if r.table == table}
            found += [r for r in _digest_mismatches(conn, schema) if r.record_id not in flagged]
    return found


def _digest_mismatches(conn: sqlcipher3.Connection, schema: str) -> list[DamagedRecord]:
    """Entries whose free text no longer matches the checksum written with it (a changed letter)."""
    cols = ", ".join(f"CAST({_q(c)} AS BLOB)" for c in ENCOUNTER_TEXT_COLUMNS)
    found = []
    for record_id, digest, *values in conn.execute(
            f"SELECT CAST(id AS BLOB), text_digest, {cols} FROM {schema}.encounters WHERE text_digest IS NOT NULL"):
        try:
            texts = [v.decode("utf-8") if isinstance(v, bytes) else v for v in values]
        except UnicodeDecodeError:
            continue  # reported by the text check
        if text_digest(texts) != digest:
            found.append(DamagedRecord("encounters", _label(record_id), "text", "digest"))
            if len(found) >= LIMIT_PER_KIND:
                break
    return found


def _confirm_row(conn: sqlcipher3.Connection, schema: str, table: str, ident: str, record_id: object,
                 text_cols: list[str], checks: list[tuple[str, str, str, str]],
                 marks: list[object]) -> list[tuple[str, str]]:
    """The (column, kind) pairs of one flagged row that the app's parsers really cannot read."""
    source = f"{schema}.{_q(table)}"
    damaged: list[tuple[str, str]] = []
    if text_cols:
        text_flag = marks.pop(0)
        if text_flag:
            values = conn.execute(f"SELECT {', '.join(f'CAST({_q(c)} AS BLOB)' for c in text_cols)} FROM {source} "
                                  f"WHERE {ident} IS ?", [record_id]).fetchone() or ()
            bad = [n for n, v in zip(text_cols, values, strict=False) if isinstance(v, bytes) and not _is_utf8(v)]
            damaged += [(n, "text") for n in bad[:1]]
    for (name, kind, _bad, off), flagged in zip(checks, marks, strict=True):
        if not flagged:
            continue
        if kind == "integer":
            damaged.append((name, kind))
            continue
        value, extra = conn.execute(f"SELECT CAST({_q(name)} AS BLOB), {off} FROM {source} WHERE {ident} IS ?",
                                    [record_id]).fetchone() or (None, 0)
        if not _PARSERS[kind](value, extra):
            damaged.append((name, kind))
    return damaged


def _is_utf8(value: bytes) -> bool:
    try:
        value.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _utf8_sql(value: SqlValue) -> int:
    return 1 if not isinstance(value, bytes) or _is_utf8(value) else 0


def register(conn: sqlcipher3.Connection) -> None:
    """Give `conn` the SQL function the scan uses (deterministic, no side effects)."""
    conn.create_function("_tk_utf8", 1, _utf8_sql, deterministic=True)


def _text(value: SqlValue) -> str:
    if isinstance(value, bytes):
        return value.decode("utf-8")  # undecodable text is reported by the text check
    if isinstance(value, str):
        return value
    raise TypeError(f"{type(value).__name__} is not text")  # as the parsers themselves would


def _parses_timestamp(value: SqlValue, offset: SqlValue) -> bool:
    if offset is None:
        return False  # int(None) raises TypeError
    try:
        moment = from_storage(_text(value), int(offset))
        moment.astimezone()  # the views show it in the computer's zone too
    except (ValueError, TypeError, OverflowError, UnicodeDecodeError):
        return False
    return MIN_YEAR <= moment.year <= MAX_YEAR


def _parses_date(value: SqlValue, _offset: SqlValue) -> bool:
    try:
        date.fromisoformat(_text(value))
    except (ValueError, TypeError, UnicodeDecodeError):
        return False
    return True


def _parses_json(value: SqlValue, _offset: SqlValue) -> bool:
    """SQL flagged it (invalid, or the wrong shape): only a value Python does read is let through."""
    try:
        json.loads(_text(value))
    except (ValueError, TypeError, UnicodeDecodeError, RecursionError):
        return False
    return False  # valid JSON of the wrong shape (a list where an object belongs, or null)


_PARSERS.update(timestamp=_parses_timestamp, date=_parses_date, json=_parses_json)
