"""Erasure helpers: make deleted text leave the disk, not just the tables.

`secure_delete=ON` (connection.py) zeroes freed space and FTS5 `secure-delete` (migration 0001)
drops index entries, but until a checkpoint the old page images still sit in the -wal file and
the main file still holds the pre-delete pages. `checkpoint_truncate` copies everything into the
main file and empties the WAL, so the zeroed pages are what remains on disk.

It also holds the table-driven rewrite used by "Forget a word": every stored free text, listed
in FORGET_TARGETS (a new table with free text is one line there).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass

import sqlcipher3
import sqlite_utils

from .errors import classify
from .migrations import ENCOUNTER_TEXT_COLUMNS, TERM_COLUMNS, field_terms, text_digest
from .wordforms import document_terms


@dataclass(frozen=True)
class TextTarget:
    """One table whose free text "Forget a word" reads and rewrites.

    `text_columns` hold plain text; `json_columns` hold JSON whose string values are text;
    `derived_columns` are rewritten too but not counted (search copies of the other columns).
    With `json_text_key`, only the strings stored under that key in the JSON are text (the rest are
    ids and kinds, never rewritten). Tables or columns that do not exist (yet) are skipped.
    """

    kind: str
    table: str
    key: str
    text_columns: tuple[str, ...] = ()
    json_columns: tuple[str, ...] = ()
    derived_columns: tuple[str, ...] = ()
    json_text_key: str | None = None


FORGET_TARGETS: tuple[TextTarget, ...] = (
    TextTarget("encounter", "encounters", "id", ENCOUNTER_TEXT_COLUMNS),
    TextTarget("draft", "drafts", "key", json_columns=("payload",)),
    # Practice records (migration 0002_practice); skipped in a diary without those tables.
    TextTarget("exercise", "exercise_sessions", "id", (), ("responses",), ("search_text",)),
    TextTarget("follow_up", "follow_ups", "id", (), ("result",)),
    TextTarget("feedback", "feedback_requests", "id", ("question", "content", "take", "leave", "action"),
               ("sbi",), ("search_text",)),
    TextTarget("goal", "goals", "id", ("wish", "outcome", "obstacle", "success_signal", "review_notes"),
               ("plans",), ("search_text",)),
    # Skill ratings (migration 0004_ratings).
    TextTarget("rating", "rating_sessions", "id", ("note",)),
    TextTarget("rating", "skill_ratings", "seq", ("evidence_text", "note")),
    # The coaching loop (migration 0010_coaching_sessions): an agenda line's text, never its kind or link.
    TextTarget("coaching", "coaching_sessions", "id", ("coach_label", "coach_reflection", "insights"),
               ("agenda",), ("search_text",), json_text_key="text"),
    TextTarget("coaching", "session_flags", "id", ("label",)),
    TextTarget("coaching", "session_agreements", "id", ("text",)),
)


def checkpoint_truncate(db: sqlite_utils.Database) -> bool:
    """Move the WAL into the main file and truncate it to zero bytes; True when complete.

    Incomplete (False) only when another connection still reads an older snapshot; the app's only
    other connection (the diary list's read-only one, services.diary.DiaryReader) holds no snapshot
    between its queries, so in practice it always completes.
    """
    try:
        from .connection import truncate_wal

        busy, _log, _done = truncate_wal(db)
    except sqlcipher3.dbapi2.Error as exc:
        raise classify(exc) from exc
    return busy == 0


def _columns(db: sqlite_utils.Database, table: str) -> set[str]:
    return {row[1] for row in db.execute(f'PRAGMA table_info("{table}")').fetchall()}


def present_targets(db: sqlite_utils.Database) -> list[TextTarget]:
    """FORGET_TARGETS narrowed to the tables and columns this diary actually has."""
    result = []
    for target in FORGET_TARGETS:
        columns = _columns(db, target.table)
        if not columns or target.key not in columns:
            continue
        text = tuple(c for c in target.text_columns if c in columns)
        js = tuple(c for c in target.json_columns if c in columns)
        derived = tuple(c for c in target.derived_columns if c in columns)
        if text or js:
            result.append(TextTarget(target.kind, target.table, target.key, text, js, derived, target.json_text_key))
    return result


def _map_json_strings(value: object, fn: Callable[[str], str], only_key: str | None = None,
                      key: str | None = None) -> object:
    """`value` (parsed JSON) with `fn` applied to every string value in it (with `only_key`: only to the
    strings stored under that key)."""
    if isinstance(value, str):
        return fn(value) if only_key is None or key == only_key else value
    if isinstance(value, list):
        return [_map_json_strings(v, fn, only_key, key) for v in value]
    if isinstance(value, dict):
        return {k: _map_json_strings(v, fn, only_key, k) for k, v in value.items()}
    return value


def json_strings(text: str, only_key: str | None = None) -> list[str]:
    """Every string value inside a JSON document (keys are field names, not user text)."""
    found: list[str] = []

    def collect(s: str) -> str:
        found.append(s)
        return s

    try:
        _map_json_strings(json.loads(text), collect, only_key)
    except ValueError:
        found.append(text)
    return found


def scan_texts(db: sqlite_utils.Database, count: Callable[[str], int]) -> dict[tuple[str, str], int]:
    """{(kind, column): occurrences} over every target, using `count(text)` per stored text."""
    totals: dict[tuple[str, str], int] = {}
    for target in present_targets(db):
        columns = target.text_columns + target.json_columns
        cols = ", ".join(f'"{c}"' for c in columns)
        for row in db.execute(f'SELECT {cols} FROM "{target.table}"'):
            for column, value in zip(columns, row, strict=True):
                if not isinstance(value, str) or not value:
                    continue
                texts = json_strings(value, target.json_text_key) if column in target.json_columns else [value]
                hits = sum(count(t) for t in texts)
                if hits:
                    totals[(target.kind, column)] = totals.get((target.kind, column), 0) + hits
    return totals


def rewrite_texts(db: sqlite_utils.Database, rewrite: Callable[[str], str]) -> int:
    """Apply `rewrite` to every stored text in one transaction, then checkpoint; rows changed."""
    changed = 0
    try:
        with db.atomic():
            for target in present_targets(db):
                columns = target.text_columns + target.json_columns + target.derived_columns
                cols = ", ".join(f'"{c}"' for c in columns)
                rows = db.execute(f'SELECT "{target.key}", {cols} FROM "{target.table}"').fetchall()
                for key, *values in rows:
                    updates = {}
                    for column, value in zip(columns, values, strict=True):
                        if not isinstance(value, str) or not value:
                            continue
                        if column in target.json_columns:
                            try:
                                new = json.dumps(_map_json_strings(json.loads(value), rewrite, target.json_text_key),
                                                 ensure_ascii=False)
                            except ValueError:
                                new = rewrite(value)
                        else:
                            new = rewrite(value)
                        if new != value:
                            updates[column] = new
                    if updates and target.table == "encounters":  # keep the entry's text checksum true
                        texts = dict(zip(columns, values, strict=True)) | updates
                        updates["text_digest"] = text_digest(texts.get(c) for c in ENCOUNTER_TEXT_COLUMNS)
                        present = _columns(db, "encounters")  # the forgotten word's keys go too
                        if all(c in present for c in TERM_COLUMNS):  # by field group (migration 0013)
                            updates.update(zip(TERM_COLUMNS, field_terms(texts.get(c) for c in ENCOUNTER_TEXT_COLUMNS),
                                               strict=True))
                        elif "search_terms" in present:  # one column of every field's keys (0009 to 0012)
                            updates["search_terms"] = document_terms(texts.get(c) for c in ENCOUNTER_TEXT_COLUMNS)
                    if updates:
                        sets = ", ".join(f'"{c}" = ?' for c in updates)
                        db.execute(
                            f'UPDATE "{target.table}" SET {sets} WHERE "{target.key}" = ?',
                            [*updates.values(), key],
                        )
                        changed += 1
    except sqlcipher3.dbapi2.Error as exc:
        raise classify(exc) from exc
    checkpoint_truncate(db)
    return changed
