"""Is a file's schema exactly what its applied migrations make? (Nothing missing, nothing extra.)

The expected schema is built by running the same named migrations on an in-memory database, so
it can never drift from the code that makes real diaries. Compared: every table (ordinary,
virtual and FTS shadow tables) with its columns (name, declared type, NOT NULL, primary key),
every index and every trigger. SQLite's own objects (sqlite_*) are left out.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import sqlcipher3
import sqlite_utils

from .migrations import migrations

MIGRATIONS_TABLE = "_sqlite_migrations"


@dataclass(frozen=True)
class SchemaProblem:
    """One difference between a file's schema and the expected one."""

    kind: str  # missing_table | extra_table | missing_column | extra_column | changed_column |
    #            missing_index | extra_index | missing_trigger | extra_trigger
    name: str  # "table", "table.column", or the index/trigger name


Column = tuple[str, str, int, int]  # (name, declared type in capitals, not null, primary key position)


@dataclass(frozen=True)
class Schema:
    tables: dict[str, tuple[Column, ...]]
    indexes: frozenset[str]
    triggers: frozenset[str]
    views: frozenset[str] = frozenset()


def read_schema(conn: sqlcipher3.Connection, schema: str = "main") -> Schema:
    rows = conn.execute(
        f"SELECT type, name FROM {schema}.sqlite_schema WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
    ).fetchall()
    tables, indexes, triggers, views = {}, set(), set(), set()
    for kind, name in rows:
        if kind == "table":
            quoted = name.replace('"', '""')
            columns = conn.execute(f'PRAGMA {schema}.table_xinfo("{quoted}")').fetchall()
            tables[name] = tuple((c[1], str(c[2]).upper(), int(c[3]), int(c[5])) for c in columns)
        elif kind == "index":
            indexes.add(name)
        elif kind == "trigger":
            triggers.add(name)
        elif kind == "view":
            views.add(name)
    return Schema(tables, frozenset(indexes), frozenset(triggers), frozenset(views))


def known_migrations() -> list[str]:
    """Every migration name this version knows, in the order they are applied."""
    return [m.name for m in migrations._migrations]


@functools.lru_cache(maxsize=8)
def expected_schema(applied: frozenset[str]) -> Schema:
    """The schema that exactly the migrations in `applied` produce."""
    conn = sqlcipher3.connect(":memory:", isolation_level=None)
    try:
        db = sqlite_utils.Database(conn, execute_plugins=False)
        migrations.ensure_migrations_table(db)
        for migration in migrations._migrations:
            if migration.name in applied:
                migration.fn(db)
        return read_schema(conn)
    finally:
        conn.close()


def compare(actual: Schema, expected: Schema) -> list[SchemaProblem]:
    """Every difference, missing things first."""
    problems = [SchemaProblem("missing_table", t) for t in sorted(expected.tables.keys() - actual.tables.keys())]
    for table in sorted(expected.tables.keys() & actual.tables.keys()):
        want = {c[0]: c for c in expected.tables[table]}
        have = {c[0]: c for c in actual.tables[table]}
        problems += [SchemaProblem("missing_column", f"{table}.{c}") for c in want if c not in have]
        problems += [SchemaProblem("changed_column", f"{table}.{c}") for c in want if c in have and have[c] != want[c]]
        problems += [SchemaProblem("extra_column", f"{table}.{c}") for c in have if c not in want]
    problems += [SchemaProblem("missing_index", i) for i in sorted(expected.indexes - actual.indexes)]
    problems += [SchemaProblem("missing_trigger", t) for t in sorted(expected.triggers - actual.triggers)]
    problems += [SchemaProblem("extra_table", t) for t in sorted(actual.tables.keys() - expected.tables.keys())]
    problems += [SchemaProblem("extra_index", i) for i in sorted(actual.indexes - expected.indexes)]
    problems += [SchemaProblem("extra_trigger", t) for t in sorted(actual.triggers - expected.triggers)]
    problems += [SchemaProblem("missing_view", v) for v in sorted(expected.views - actual.views)]
    problems += [SchemaProblem("extra_view", v) for v in sorted(actual.views - expected.views)]
    return problems


def applied_migrations(conn: sqlcipher3.Connection, schema: str = "main") -> list[str] | None:
    """The names recorded in the migrations table, or None when that table is missing."""
    exists = conn.execute(
        f"SELECT 1 FROM {schema}.sqlite_schema WHERE type = 'table' AND name = ?", [MIGRATIONS_TABLE]
    ).fetchone()
    if not exists:
        return None
    return [
        r[0]
        for r in conn.execute(
            f"SELECT name FROM {schema}.{MIGRATIONS_TABLE} WHERE migration_set = ? ORDER BY rowid",
            [migrations.name],
        )
    ]


def check_schema(conn: sqlcipher3.Connection, schema: str = "main") -> tuple[list[str], list[SchemaProblem]]:
    """(applied migration names, schema problems). A missing migrations table is itself a problem."""
    applied = applied_migrations(conn, schema)
    if applied is None:
        return [], [SchemaProblem("missing_table", MIGRATIONS_TABLE)]
    unknown = set(applied) - set(known_migrations())
    if unknown:
        return applied, []  # a newer version's diary: the caller says so
    if not applied:
        expected = expected_schema(frozenset(known_migrations()))
        return applied, [SchemaProblem("missing_table", t) for t in expected.tables]
    return applied, compare(read_schema(conn, schema), expected_schema(frozenset(applied)))
