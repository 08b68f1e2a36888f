"""Deleting an entry removes its text from the file, the WAL, the search index and the drafts."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from tyokirja.domain.encounter import Encounter, FollowUp
from tyokirja.storage.migrations import ENCOUNTER_TEXT_COLUMNS

HELSINKI = timezone(timedelta(hours=2))
CANARY = "qzxjvwkq"  # letters no Finnish test text here uses, so its trigrams are its own
CANARY_TRIGRAMS = {CANARY[i : i + 3] for i in range(len(CANARY) - 2)}


def files_holding(db_path: Path, needle: bytes) -> list[str]:
    """Names of the diary's files (db, -wal, -shm) whose raw bytes contain `needle`."""
    hits = []
    for suffix in ("", "-wal", "-shm", "-journal"):
        path = Path(f"{db_path}{suffix}")
        if path.exists() and needle in path.read_bytes():
            hits.append(path.name)
    return hits


def index_terms(db) -> set[str]:
    """Every term the full-text index holds (fts5vocab reads the index itself, not the entries)."""
    db.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.fts_terms USING fts5vocab(main, encounters_fts, row)")
    return {row[0] for row in db.execute("SELECT term FROM temp.fts_terms")}


def index_blocks_holding(db, needles) -> set[str]:
    """Which needles occur in the raw index segments (encounters_fts_data blocks)."""
    blocks = [bytes(r[0]) for r in db.execute("SELECT block FROM encounters_fts_data") if r[0]]
    return {n for n in needles if any(n.encode() in b for b in blocks)}


def canary_entry() -> Encounter:
    fields = {name: f"{name} {CANARY}" for name in ENCOUNTER_TEXT_COLUMNS if name != "follow_up_text"}
    return Encounter(
        occurred_at=datetime(2026, 3, 2, 9, 30, tzinfo=HELSINKI),
        follow_up=FollowUp(text=f"soita {CANARY}", due=date(2026, 3, 9)),
        **fields,
    )


def test_canary_entry_really_fills_every_text_field():
    enc = canary_entry()
    for name in ENCOUNTER_TEXT_COLUMNS:
        value = enc.follow_up.text if name == "follow_up_text" else getattr(enc, name)
        assert CANARY in value


def test_delete_leaves_no_canary_bytes_in_db_wal_shm_or_index(diary, db_path):
    db = diary.encounters.db
    keep = diary.save(Encounter(occurred_at=datetime(2026, 3, 1, 8, tzinfo=HELSINKI), title="Toinen merkintä pysyy",
                                facts="Palaveri meni hyvin."))
    saved = diary.save(canary_entry())
    diary.save_draft(saved.copy(notes=f"luonnos {CANARY} muokattu"), is_new=False)

    # positive controls: each probe finds the canary before the delete
    assert files_holding(db_path, CANARY.encode())
    assert index_terms(db) >= CANARY_TRIGRAMS
    assert index_blocks_holding(db, CANARY_TRIGRAMS)
    assert db.execute("SELECT count(*) FROM encounters_fts WHERE encounters_fts MATCH ?", [CANARY]).fetchone()[0] == 1

    removed = diary.delete(saved.id)

    assert removed.facts == f"facts {CANARY}"  # undo still has it in memory, nowhere else
    assert files_holding(db_path, CANARY.encode()) == []
    assert files_holding(db_path, CANARY.upper().encode()) == []
    assert Path(f"{db_path}-wal").stat().st_size == 0  # the TRUNCATE checkpoint emptied the WAL
    assert db.execute("SELECT count(*) FROM encounters_fts WHERE encounters_fts MATCH ?", [CANARY]).fetchone()[0] == 0
    assert not CANARY_TRIGRAMS & index_terms(db)
    assert index_blocks_holding(db, CANARY_TRIGRAMS) == set()
    assert db.execute("SELECT count(*) FROM drafts").fetchone()[0] == 0
    # the other entry is untouched and still found by search
    assert diary.get(keep.id).title == "Toinen merkintä pysyy"
    assert db.execute("SELECT integrity_check FROM pragma_integrity_check").fetchone()[0] == "ok"
    db.execute("INSERT INTO encounters_fts(encounters_fts, rank) VALUES ('integrity-check', 1)")


def test_undo_after_delete_puts_the_entry_back(diary):
    saved = diary.save(canary_entry())
    removed = diary.delete(saved.id)
    assert not diary.encounters.exists(saved.id)
    diary.restore(removed)
    assert diary.get(saved.id).notes == f"notes {CANARY}"


def test_erasure_pragmas_are_on(diary):
    db = diary.encounters.db
    assert db.execute("PRAGMA secure_delete").fetchone()[0] == 1
    assert db.execute("SELECT v FROM encounters_fts_config WHERE k = 'secure-delete'").fetchone()[0] == 1
