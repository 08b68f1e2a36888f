"""Named schema migrations. A shipped migration is never edited; add a new one instead.

Before any pending migration runs on an existing diary, a consistent copy is taken with
VACUUM INTO, so an interrupted or faulty upgrade can always be undone.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import uuid
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils
from sqlite_utils import Migrations

from .errors import NotADiaryError

migrations = Migrations("tyokirja")

def text_digest(values: Iterable[object]) -> str:
    """A short checksum of an entry's free text (ENCOUNTER_TEXT_COLUMNS, in order).

    integrity_check cannot see a flipped letter inside a row; the content scan compares this
    digest with the text it reads back. 64 bits: enough to notice damage, not a security hash.
    """
    joined = "\x1f".join("" if v is None else str(v) for v in values)
    return hashlib.sha256(joined.encode("utf-8", "surrogatepass")).hexdigest()[:16]


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


PRACTICE_FTS_SOURCES = (("exercise_sessions", "session"), ("feedback_requests", "feedback"), ("goals", "goal"))


@migrations(name="0002_practice")
def m0002_practice(db: sqlite_utils.Database) -> None:
    """Exercise sessions, follow-ups, feedback requests and goals, with one full-text index.

    Nested values are JSON text; timestamps are UTC text plus the local offset in minutes, as in
    `encounters`. Each searchable table keeps its free text in `search_text` (written by its
    repository); triggers copy it into `practice_fts` (trigram, remove_diacritics 0).
    """
    db.execute(
        """
        CREATE TABLE exercise_sessions (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            exercise_id TEXT NOT NULL,
            exercise_version INTEGER NOT NULL,
            started_utc TEXT NOT NULL,
            started_offset INTEGER NOT NULL,
            updated_utc TEXT NOT NULL,
            updated_offset INTEGER NOT NULL,
            completed_utc TEXT,
            completed_offset INTEGER,
            status TEXT NOT NULL CHECK (status IN ('in_progress', 'paused', 'completed', 'abandoned')),
            current_step INTEGER NOT NULL DEFAULT 0,
            responses TEXT NOT NULL DEFAULT '{}',
            encounter_id TEXT,
            usefulness INTEGER CHECK (usefulness BETWEEN 1 AND 5),
            statement_id TEXT,
            share_with_coach INTEGER NOT NULL DEFAULT 0,
            search_text TEXT NOT NULL DEFAULT ''
        )
        """
    )
    db.execute("CREATE INDEX exercise_sessions_by_time ON exercise_sessions (started_utc DESC, seq DESC)")
    db.execute("CREATE INDEX exercise_sessions_by_status ON exercise_sessions (status, exercise_id)")
    db.execute(
        """
        CREATE TABLE follow_ups (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            session_id TEXT,
            source_kind TEXT NOT NULL CHECK (source_kind IN ('exercise', 'goal_review', 'feedback')),
            ref_id TEXT,
            step_id TEXT,
            due_on TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('due', 'done', 'dismissed')),
            result TEXT NOT NULL DEFAULT 'null',
            created_utc TEXT NOT NULL,
            created_offset INTEGER NOT NULL,
            done_utc TEXT,
            done_offset INTEGER
        )
        """
    )
    db.execute("CREATE INDEX follow_ups_by_due ON follow_ups (status, due_on)")
    db.execute("CREATE INDEX follow_ups_by_session ON follow_ups (session_id)")
    db.execute(
        """
        CREATE TABLE feedback_requests (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            target_behaviour TEXT NOT NULL,
            asked_role TEXT,
            channel TEXT,
            question TEXT NOT NULL DEFAULT '',
            question_template TEXT,
            status TEXT NOT NULL CHECK (status IN ('planned', 'asked', 'received', 'processed', 'closed')),
            asked_utc TEXT, asked_offset INTEGER,
            received_utc TEXT, received_offset INTEGER,
            processed_utc TEXT, processed_offset INTEGER,
            closed_utc TEXT, closed_offset INTEGER,
            content TEXT NOT NULL DEFAULT '',
            sbi TEXT NOT NULL DEFAULT '{}',
            my_reaction TEXT NOT NULL DEFAULT '[]',
            take TEXT NOT NULL DEFAULT '',
            leave TEXT NOT NULL DEFAULT '',
            action TEXT NOT NULL DEFAULT '',
            thanked INTEGER NOT NULL DEFAULT 0,
            skills TEXT NOT NULL DEFAULT '[]',
            session_id TEXT,
            share_with_coach INTEGER NOT NULL DEFAULT 0,
            created_utc TEXT NOT NULL,
            created_offset INTEGER NOT NULL,
            updated_utc TEXT NOT NULL,
            updated_offset INTEGER NOT NULL,
            search_text TEXT NOT NULL DEFAULT ''
        )
        """
    )
    db.execute(
        """
        CREATE TABLE goals (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            skill_id TEXT,
            wish TEXT NOT NULL,
            outcome TEXT NOT NULL DEFAULT '',
            obstacle TEXT NOT NULL DEFAULT '',
            plans TEXT NOT NULL DEFAULT '[]',
            start TEXT,
            review_at TEXT,
            success_signal TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL CHECK (status IN ('active', 'continue', 'adapted', 'ended')),
            encounter_ids TEXT NOT NULL DEFAULT '[]',
            review_notes TEXT NOT NULL DEFAULT '',
            session_id TEXT,
            share_with_coach INTEGER NOT NULL DEFAULT 0,
            created_utc TEXT NOT NULL,
            created_offset INTEGER NOT NULL,
            updated_utc TEXT NOT NULL,
            updated_offset INTEGER NOT NULL,
            search_text TEXT NOT NULL DEFAULT ''
        )
        """
    )
    db.execute(
        """
        CREATE VIRTUAL TABLE practice_fts USING fts5(
            kind UNINDEXED, ref_id UNINDEXED, body,
            tokenize='trigram remove_diacritics 0'
        )
        """
    )
    db.execute("INSERT INTO practice_fts(practice_fts, rank) VALUES ('secure-delete', 1)")
    for table, kind in PRACTICE_FTS_SOURCES:
        db.execute(
            f"""CREATE TRIGGER {table}_ai AFTER INSERT ON {table} BEGIN
                INSERT INTO practice_fts(kind, ref_id, body) VALUES ('{kind}', new.id, new.search_text);
            END"""
        )
        db.execute(
            f"""CREATE TRIGGER {table}_ad AFTER DELETE ON {table} BEGIN
                DELETE FROM practice_fts WHERE kind = '{kind}' AND ref_id = old.id;
            END"""
        )
        db.execute(
            f"""CREATE TRIGGER {table}_au AFTER UPDATE ON {table} BEGIN
                DELETE FROM practice_fts WHERE kind = '{kind}' AND ref_id = old.id;
                INSERT INTO practice_fts(kind, ref_id, body) VALUES ('{kind}', new.id, new.search_text);
            END"""
        )


def backups_dir(path: Path) -> Path:
    return path.parent / "backups"


def copy_before_migration(db: sqlite_utils.Database, path: Path, name: str) -> Path:
    """A consistent, owner-only copy of the diary as it was before migration `name`."""
    folder = backups_dir(path)
    folder.mkdir(mode=0o700, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
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
    report = getattr(db, "migration_progress", None)
    if report is not None and not fresh:
        report(0, 0)  # not counted yet: the safety copy comes first
    if not fresh and applied:
        copy_before_migration(db, path, pending[0].name)
    reindexing = sum(1 for m in pending if m.name in _REINDEXING)
    if report is not None and reindexing > 1:  # one bar from 0 to the end over all of them
        db.migration_progress = _phases(report, reindexing)  # type: ignore[attr-defined]  # DiaryDatabase
    try:
        migrations.apply(db)
    finally:
        if report is not None:
            db.migration_progress = report  # type: ignore[attr-defined]
    return [m.name for m in pending]


# Migrations that analyse every entry and report their progress (done, total) from (0, total) to
# (total, total), each with the same total (entries plus the index build's share).
_REINDEXING = ("0009_search_terms", "0013_field_terms")


def _phases(report: Callable[[int, int], None], phases: int) -> Callable[[int, int], None]:
    """Progress of several re-indexing migrations in a row as one rising count to one total."""
    finished = 0

    def combined(done: int, total: int) -> None:
        nonlocal finished
        report(finished * total + done, phases * total)
        if total and done >= total:
            finished += 1

    return combined


# Registered last on purpose: sqlite-utils applies migrations in registration order.
@migrations(name="0004_ratings")
def m0004_ratings(db: sqlite_utils.Database) -> None:
    """Skill self-rating sessions (domain.md §4) and their per-item ratings.

    The listening-level distribution needs no column here: it comes from completed
    "listening_level" exercise sessions. Per-encounter marks reuse encounters.skills/elements.
    """
    db.execute(
        """
        CREATE TABLE rating_sessions (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL CHECK (kind IN ('monthly', 'weekly_focus', 'retrospective')),
            rated_utc TEXT NOT NULL,
            rated_offset INTEGER NOT NULL,
            instrument_version INTEGER NOT NULL,
            refers_to_date TEXT,
            window_days INTEGER NOT NULL DEFAULT 28,
            note TEXT NOT NULL DEFAULT '',
            created_utc TEXT NOT NULL,
            updated_utc TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX rating_sessions_by_time ON rating_sessions (kind, rated_utc)")
    db.execute(
        """
        CREATE TABLE skill_ratings (
            seq INTEGER PRIMARY KEY,
            session_id TEXT NOT NULL,
            position INTEGER NOT NULL,
            item_id TEXT NOT NULL,
            level INTEGER NOT NULL CHECK (level BETWEEN 0 AND 5),
            evidence_text TEXT NOT NULL DEFAULT '',
            evidence_encounter_id TEXT,
            confidence INTEGER CHECK (confidence BETWEEN 1 AND 3),
            note TEXT NOT NULL DEFAULT '',
            UNIQUE (session_id, item_id)
        )
        """
    )
    db.execute("CREATE INDEX skill_ratings_by_item ON skill_ratings (item_id, level)")
    db.execute("CREATE INDEX skill_ratings_by_encounter ON skill_ratings (evidence_encounter_id)")


@migrations(name="0005_coach_exports")
def m0005_coach_exports(db: sqlite_utils.Database) -> None:
    """The log of coach reports (Raporttivienti): what left the laptop and when. No diary text."""
    db.execute(
        """
        CREATE TABLE coach_exports (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            created_utc TEXT NOT NULL,
            created_offset INTEGER NOT NULL,
            period_start TEXT NOT NULL,
            period_end TEXT NOT NULL,
            lang TEXT NOT NULL,
            sections TEXT NOT NULL,
            items TEXT NOT NULL DEFAULT '[]',
            file_name TEXT NOT NULL,
            file_hash TEXT NOT NULL
        )
        """
    )


@migrations(name="0006_org_metric")
def m0006_org_metric(db: sqlite_utils.Database) -> None:
    """An optional customer metric per entry (Asiakasmittari: nps 0–10, csat 1–5, ces 1–7); NULL for none."""
    db.execute("ALTER TABLE encounters ADD COLUMN org_metric_kind TEXT")
    db.execute("ALTER TABLE encounters ADD COLUMN org_metric_value INTEGER")


@migrations(name="0007_diary_identity")
def m0007_diary_identity(db: sqlite_utils.Database) -> None:
    """A random identity for the diary (settings.diary_uuid), copied into every backup by VACUUM INTO.

    It tells the diary's own old copies apart from other diaries and other programs' files, so that
    cleaning up unencrypted copies can never touch anything else.
    """
    db.execute(
        "INSERT OR IGNORE INTO settings (key, value) VALUES ('diary_uuid', ?)", [str(uuid.uuid4())]
    )


@migrations(name="0008_entry_digests")
def m0008_entry_digests(db: sqlite_utils.Database) -> None:
    """A checksum of each entry's free text (encounters.text_digest), filled for existing entries.

    The full-text update trigger is narrowed to the text columns first, so that writing a digest
    (or a flag) does not re-index the entry.
    """
    cols = ", ".join(ENCOUNTER_TEXT_COLUMNS)
    new_cols = ", ".join(f"new.{c}" for c in ENCOUNTER_TEXT_COLUMNS)
    old_cols = ", ".join(f"old.{c}" for c in ENCOUNTER_TEXT_COLUMNS)
    db.execute("DROP TRIGGER encounters_au")
    db.execute(
        f"""CREATE TRIGGER encounters_au AFTER UPDATE OF {cols} ON encounters BEGIN
            INSERT INTO encounters_fts(encounters_fts, rowid, {cols}) VALUES ('delete', old.seq, {old_cols});
            INSERT INTO encounters_fts(rowid, {cols}) VALUES (new.seq, {new_cols});
        END"""
    )
    db.execute("ALTER TABLE encounters ADD COLUMN text_digest TEXT")
    rows = db.execute(f"SELECT seq, {cols} FROM encounters").fetchall()
    db.conn.executemany("UPDATE encounters SET text_digest = ? WHERE seq = ?",
                        [(text_digest(row[1:]), row[0]) for row in rows])


def fill_search_terms(db: sqlite_utils.Database, progress: Callable[[int, int], None] | None = None) -> int:
    """Write every entry's search keys (wordforms.document_terms) in batches; return entries done.

    Used by migration 0009 (before the terms index and its triggers exist; the migration then
    builds the index in one pass). `progress(done, total)` is called after each batch.
    """
    from .wordforms import document_terms

    cols = ", ".join(ENCOUNTER_TEXT_COLUMNS)
    total = db.execute("SELECT count(*) FROM encounters").fetchone()[0]
    done = 0
    last = -1
    while True:
        rows = db.execute(
            f"SELECT seq, {cols} FROM encounters WHERE seq > ? ORDER BY seq LIMIT 200", [last]
        ).fetchall()
        if not rows:
            break
        db.conn.executemany("UPDATE encounters SET search_terms = ? WHERE seq = ?",
                            [(document_terms(row[1:]), row[0]) for row in rows])
        last = rows[-1][0]
        done += len(rows)
        if progress is not None:
            progress(done, total)
    return done


# The index build after the analysis takes about this share of the analysis's time (bench/results.md).
_INDEX_BUILD_SHARE = 0.1


@migrations(name="0009_search_terms")
def m0009_search_terms(db: sqlite_utils.Database) -> None:
    """Finnish-aware search: each entry's word keys (base forms, compound tails, English stems).

    `encounters.search_terms` holds them (written by the repository from wordforms.py); the FTS5
    table `encounters_terms` indexes them with whole-word tokens beside the trigram index, ä and ö
    kept apart (remove_diacritics 0). Existing entries are analysed here, in this one transaction.
    """
    db.execute("ALTER TABLE encounters ADD COLUMN search_terms TEXT NOT NULL DEFAULT ''")
    report = getattr(db, "migration_progress", None)  # open_diary's progress callback (DiaryDatabase)
    entries = db.execute("SELECT count(*) FROM encounters").fetchone()[0]
    # Progress in entries analysed, plus a share for building the index from their keys at the end.
    total = entries + int(entries * _INDEX_BUILD_SHARE)
    if report is not None:
        report(0, total)
    fill_search_terms(db, None if report is None else (lambda done, _n: report(done, total)))
    db.execute(
        """
        CREATE VIRTUAL TABLE encounters_terms USING fts5(
            search_terms,
            content='encounters', content_rowid='seq',
            tokenize='unicode61 remove_diacritics 0'
        )
        """
    )
    db.execute("INSERT INTO encounters_terms(encounters_terms) VALUES ('rebuild')")
    db.execute("INSERT INTO encounters_terms(encounters_terms, rank) VALUES ('secure-delete', 1)")
    if report is not None:
        report(total, total)
    db.execute(
        """CREATE TRIGGER encounters_terms_ai AFTER INSERT ON encounters BEGIN
            INSERT INTO encounters_terms(rowid, search_terms) VALUES (new.seq, new.search_terms);
        END"""
    )
    db.execute(
        """CREATE TRIGGER encounters_terms_ad AFTER DELETE ON encounters BEGIN
            INSERT INTO encounters_terms(encounters_terms, rowid, search_terms)
                VALUES ('delete', old.seq, old.search_terms);
        END"""
    )
    db.execute(
        """CREATE TRIGGER encounters_terms_au AFTER UPDATE OF search_terms ON encounters BEGIN
            INSERT INTO encounters_terms(encounters_terms, rowid, search_terms)
                VALUES ('delete', old.seq, old.search_terms);
            INSERT INTO encounters_terms(rowid, search_terms) VALUES (new.seq, new.search_terms);
        END"""
    )


@migrations(name="0010_coaching_sessions")
def m0010_coaching_sessions(db: sqlite_utils.Database) -> None:
    """The coaching loop (domain/coaching.py): sessions with their agenda (JSON) and private notes,
    "for my next session" flags, and the agreements a session made (linked to the goal they became).

    Nothing references a session with a foreign key: deleting one leaves its goals, and its
    agreements only lose the link (session_id NULL). Session text is searchable (practice_fts).
    """
    db.execute(
        """
        CREATE TABLE coaching_sessions (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            held_utc TEXT NOT NULL,
            held_offset INTEGER NOT NULL,
            coach_label TEXT NOT NULL DEFAULT '',
            mode TEXT NOT NULL CHECK (mode IN ('face_to_face', 'video', 'phone')),
            status TEXT NOT NULL CHECK (status IN ('planned', 'held', 'followed_up')),
            agenda TEXT NOT NULL DEFAULT '[]',
            coach_reflection TEXT NOT NULL DEFAULT '',
            insights TEXT NOT NULL DEFAULT '',
            share_notes INTEGER NOT NULL DEFAULT 0,
            created_utc TEXT NOT NULL,
            created_offset INTEGER NOT NULL,
            updated_utc TEXT NOT NULL,
            updated_offset INTEGER NOT NULL,
            search_text TEXT NOT NULL DEFAULT ''
        )
        """
    )
    db.execute("CREATE INDEX coaching_sessions_by_time ON coaching_sessions (held_utc, seq)")
    db.execute(
        """
        CREATE TABLE session_flags (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL CHECK (kind IN ('encounter', 'exercise_session', 'rating', 'goal', 'feedback')),
            ref_id TEXT NOT NULL,
            label TEXT NOT NULL DEFAULT '',
            session_id TEXT,
            created_utc TEXT NOT NULL,
            created_offset INTEGER NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX session_flags_by_ref ON session_flags (kind, ref_id)")
    db.execute(
        """
        CREATE TABLE session_agreements (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            session_id TEXT,
            text TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('goal', 'experiment', 'exercise')),
            goal_id TEXT,
            exercise_id TEXT,
            due_on TEXT,
            status TEXT NOT NULL CHECK (status IN ('open', 'done')),
            created_utc TEXT NOT NULL,
            created_offset INTEGER NOT NULL,
            done_utc TEXT,
            done_offset INTEGER
        )
        """
    )
    db.execute("CREATE INDEX session_agreements_by_session ON session_agreements (session_id)")
    db.execute("CREATE INDEX session_agreements_by_goal ON session_agreements (goal_id)")
    for table, kind in (("coaching_sessions", "coaching"),):
        db.execute(
            f"""CREATE TRIGGER {table}_ai AFTER INSERT ON {table} BEGIN
                INSERT INTO practice_fts(kind, ref_id, body) VALUES ('{kind}', new.id, new.search_text);
            END"""
        )
        db.execute(
            f"""CREATE TRIGGER {table}_ad AFTER DELETE ON {table} BEGIN
                DELETE FROM practice_fts WHERE kind = '{kind}' AND ref_id = old.id;
            END"""
        )
        db.execute(
            f"""CREATE TRIGGER {table}_au AFTER UPDATE OF search_text ON {table} BEGIN
                DELETE FROM practice_fts WHERE kind = '{kind}' AND ref_id = old.id;
                INSERT INTO practice_fts(kind, ref_id, body) VALUES ('{kind}', new.id, new.search_text);
            END"""
        )


@migrations(name="0012_encounter_days")
def m0012_encounter_days(db: sqlite_utils.Database) -> None:
    """Indexes for the calendar and the diary's filters, so neither reads every entry's row.

    `encounters_by_day`: the calendar's per-day counts (storage/encounter_days.py) read time and offset
    from it alone (at 100,000 entries a month's count otherwise read ~800 row pages). `encounters_facets`
    holds what the list's filters test (difficulty, skills, elements, role, channel, situation) in list
    order, and the three partial indexes list the entries to complete, shared with the coach and with
    a follow-up: a filter's count walks a few MB of index instead of every row (100+ MB at 20,000).
    The partial indexes' conditions are the ones EncounterRepository writes (_FLAG_CONDITIONS).
    """
    db.execute("CREATE INDEX encounters_by_day ON encounters (occurred_utc, occurred_offset)")
    db.execute("CREATE INDEX encounters_facets ON encounters "
               "(occurred_utc DESC, seq DESC, difficulty, skills, elements, my_role, channel, situation)")
    for name, condition in (
        ("encounters_to_complete", "needs_completion = 1"),
        ("encounters_shared", "share_with_coach = 1"),
        ("encounters_with_follow_up", "(coalesce(follow_up_text, '') <> '' OR follow_up_due IS NOT NULL)"),
    ):
        db.execute(f"CREATE INDEX {name} ON encounters (occurred_utc DESC, seq DESC) WHERE {condition}")


# The word-form index's columns after migration 0013, in bm25's weight order: the title, what happened,
# the rest of the entry's text. encounters.search_terms holds the keys of the rest since then.
TERM_COLUMNS = ("title_terms", "facts_terms", "search_terms")


def field_terms(texts: Iterable[object]) -> tuple[str, str, str]:
    """An entry's search keys by field group (TERM_COLUMNS) from its ENCOUNTER_TEXT_COLUMNS values."""
    from .wordforms import grouped_terms

    title, facts, *rest = texts
    terms = grouped_terms([[title], [facts], rest])
    return terms[0], terms[1], terms[2]


def fill_field_terms(db: sqlite_utils.Database, progress: Callable[[int, int], None] | None = None) -> int:
    """Write every entry's keys by field group (field_terms) in batches; return entries done.

    Used by migration 0013 (with the word-form index and its triggers dropped; the migration then
    builds the new index in one pass). `progress(done, total)` is called after each batch.
    """
    cols = ", ".join(ENCOUNTER_TEXT_COLUMNS)
    sets = ", ".join(f"{c} = ?" for c in TERM_COLUMNS)
    total = db.execute("SELECT count(*) FROM encounters").fetchone()[0]
    done = 0
    last = -1
    while True:
        rows = db.execute(
            f"SELECT seq, {cols} FROM encounters WHERE seq > ? ORDER BY seq LIMIT 200", [last]
        ).fetchall()
        if not rows:
            break
        db.conn.executemany(f"UPDATE encounters SET {sets} WHERE seq = ?",
                            [(*field_terms(row[1:]), row[0]) for row in rows])
        last = rows[-1][0]
        done += len(rows)
        if progress is not None:
            progress(done, total)
    return done


@migrations(name="0013_field_terms")
def m0013_field_terms(db: sqlite_utils.Database) -> None:
    """Best match first with field weights: the word-form index gets a column per field group.

    `encounters_terms` indexed one column (the keys of every field), so bm25 could not tell a word in
    the title from one in the notes. Now it indexes TERM_COLUMNS: the title's keys, what happened's
    (facts) and the rest's (search_terms, which holds only the other fields' keys from here on), and
    `bm25(encounters_terms, 10, 4, 1)` ranks every word form by where it stands. Existing entries are
    analysed again here, in this one transaction, with progress as in 0009.
    """
    for trigger in ("encounters_terms_ai", "encounters_terms_ad", "encounters_terms_au"):
        db.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    db.execute("DROP TABLE IF EXISTS encounters_terms")
    db.execute("ALTER TABLE encounters ADD COLUMN title_terms TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE encounters ADD COLUMN facts_terms TEXT NOT NULL DEFAULT ''")
    report = getattr(db, "migration_progress", None)  # open_diary's progress callback (DiaryDatabase)
    entries = db.execute("SELECT count(*) FROM encounters").fetchone()[0]
    total = entries + int(entries * _INDEX_BUILD_SHARE)  # as 0009: the analysis, then the index build
    if report is not None:
        report(0, total)
    fill_field_terms(db, None if report is None else (lambda done, _n: report(done, total)))
    cols = ", ".join(TERM_COLUMNS)
    new_cols = ", ".join(f"new.{c}" for c in TERM_COLUMNS)
    old_cols = ", ".join(f"old.{c}" for c in TERM_COLUMNS)
    db.execute(
        f"""
        CREATE VIRTUAL TABLE encounters_terms USING fts5(
            {cols},
            content='encounters', content_rowid='seq',
            tokenize='unicode61 remove_diacritics 0'
        )
        """
    )
    db.execute("INSERT INTO encounters_terms(encounters_terms) VALUES ('rebuild')")
    db.execute("INSERT INTO encounters_terms(encounters_terms, rank) VALUES ('secure-delete', 1)")
    if report is not None:
        report(total, total)
    db.execute(
        f"""CREATE TRIGGER encounters_terms_ai AFTER INSERT ON encounters BEGIN
            INSERT INTO encounters_terms(rowid, {cols}) VALUES (new.seq, {new_cols});
        END"""
    )
    db.execute(
        f"""CREATE TRIGGER encounters_terms_ad AFTER DELETE ON encounters BEGIN
            INSERT INTO encounters_terms(encounters_terms, rowid, {cols}) VALUES ('delete', old.seq, {old_cols});
        END"""
    )
    db.execute(
        f"""CREATE TRIGGER encounters_terms_au AFTER UPDATE OF {cols} ON encounters BEGIN
            INSERT INTO encounters_terms(encounters_terms, rowid, {cols}) VALUES ('delete', old.seq, {old_cols});
            INSERT INTO encounters_terms(rowid, {cols}) VALUES (new.seq, {new_cols});
        END"""
    )
