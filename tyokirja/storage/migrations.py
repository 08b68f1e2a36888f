"""Named schema migrations. A shipped migration is never edited; add a new one instead.

Before any pending migration runs on an existing diary, a consistent copy is taken with
VACUUM INTO, so an interrupted or faulty upgrade can always be undone.
"""

from __future__ import annotations

import contextlib
import os
from datetime import datetime, timezone
from pathlib import Path

import sqlite_utils
from sqlite_utils import Migrations

from .errors import NotADiaryError

migrations = Migrations("tyokirja")

ENCOUNTER_TEXT_COLUMNS = (
    "title",
    "facts",
    "my_feelings_text",
    "their_feelings_text",
    "impact_on_other",
    "went_well",
    "do_differently",
    "follow_up_text",
    "notes",
)


@migrations(name="0001_encounters")
def m0001_encounters(db: sqlite_utils.Database) -> None:
    db.execute(
        """
        CREATE TABLE encounters (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            occurred_utc TEXT NOT NULL,
            occurred_offset INTEGER NOT NULL,
            title TEXT NOT NULL,
            my_role TEXT,
            counterpart_role TEXT,
            scope TEXT,
            channel TEXT,
            situation TEXT,
            difficulty INTEGER CHECK (difficulty BETWEEN 1 AND 5),
            facts TEXT NOT NULL DEFAULT '',
            my_feelings TEXT NOT NULL DEFAULT '[]',
            my_feelings_text TEXT NOT NULL DEFAULT '',
            their_feelings TEXT NOT NULL DEFAULT '[]',
            their_feelings_text TEXT NOT NULL DEFAULT '',
            impact_on_other TEXT NOT NULL DEFAULT '',
            went_well TEXT NOT NULL DEFAULT '',
            do_differently TEXT NOT NULL DEFAULT '',
            elements TEXT NOT NULL DEFAULT '{}',
            follow_up_text TEXT NOT NULL DEFAULT '',
            follow_up_due TEXT,
            follow_up_done INTEGER NOT NULL DEFAULT 0,
            notes TEXT NOT NULL DEFAULT '',
            skills TEXT NOT NULL DEFAULT '[]',
            needs_completion INTEGER NOT NULL DEFAULT 0,
            share_with_coach INTEGER NOT NULL DEFAULT 0,
            created_utc TEXT NOT NULL,
            updated_utc TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX encounters_by_time ON encounters (occurred_utc DESC, seq DESC)")
    cols = ", ".join(ENCOUNTER_TEXT_COLUMNS)
    new_cols = ", ".join(f"new.{c}" for c in ENCOUNTER_TEXT_COLUMNS)
    old_cols = ", ".join(f"old.{c}" for c in ENCOUNTER_TEXT_COLUMNS)
    # Trigram tokens give substring matching ("asiak" finds "asiakaskohtaamisessa") and keep
    # ä distinct from a (remove_diacritics 0); case folding stays on.
    db.execute(
        f"""
        CREATE VIRTUAL TABLE encounters_fts USING fts5(
            {cols},
            content='encounters', content_rowid='seq',
            tokenize='trigram remove_diacritics 0'
        )
        """
    )
    db.execute("INSERT INTO encounters_fts(encounters_fts, rank) VALUES ('secure-delete', 1)")
    db.execute(
        f"""CREATE TRIGGER encounters_ai AFTER INSERT ON encounters BEGIN
            INSERT INTO encounters_fts(rowid, {cols}) VALUES (new.seq, {new_cols});
        END"""
    )
    db.execute(
        f"""CREATE TRIGGER encounters_ad AFTER DELETE ON encounters BEGIN
            INSERT INTO encounters_fts(encounters_fts, rowid, {cols}) VALUES ('delete', old.seq, {old_cols});
        END"""
    )
    db.execute(
        f"""CREATE TRIGGER encounters_au AFTER UPDATE ON encounters BEGIN
            INSERT INTO encounters_fts(encounters_fts, rowid, {cols}) VALUES ('delete', old.seq, {old_cols});
            INSERT INTO encounters_fts(rowid, {cols}) VALUES (new.seq, {new_cols});
        END"""
    )
    db.execute(
        """
        CREATE TABLE drafts (
            key TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            payload TEXT NOT NULL,
            updated_utc TEXT NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        )
        """
    )


def backups_dir(path: Path) -> Path:
    return path.parent / "backups"


def copy_before_migration(db: sqlite_utils.Database, path: Path, name: str) -> Path:
    """A consistent, owner-only copy of the diary as it was before migration `name`."""
    folder = backups_dir(path)
    folder.mkdir(mode=0o700, exist_ok=True)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    target = folder / f"{path.stem}-before-{name}-{stamp}.sqlite"
    db.conn.execute("VACUUM INTO ?", [str(target)])
    with contextlib.suppress(OSError):
        os.chmod(target, 0o600)
    return target


def migrate(db: sqlite_utils.Database, path: Path, *, fresh: bool) -> list[str]:
    """Apply pending migrations (copy first unless the diary is brand new); return their names."""
    applied = {m.name for m in migrations.applied(db)}
    known = {m.name for m in migrations._migrations}
    if applied - known:
        raise NotADiaryError("made by a newer Työkirja", path, reason="newer")
    pending = migrations.pending(db)
    if not pending:
        return []
    if not fresh and applied:
        copy_before_migration(db, path, pending[0].name)
    migrations.apply(db)
    return [m.name for m in pending]
