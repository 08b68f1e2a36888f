"""With encryption on, no diary text appears as plain bytes in any file of the app-data folder.

Markers go into every text field of an entry and into a draft; a backup is made with VACUUM INTO and
fresh writes are left in the -wal file (no checkpoint). Then every file is scanned byte for byte.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from tyokirja.domain.encounter import Encounter, EncounterFilter, FollowUp
from tyokirja.services.diary import DiaryService
from tyokirja.services.workbook import WorkbookKeeper, open_workbook
from tyokirja.storage.connection import SQLITE_HEADER, close_diary, open_diary
from tyokirja.storage.drafts import DraftRepository
from tyokirja.storage.encounters import EncounterRepository

PASS = "Kanarialintu laulaa 7 kertaa"
FIELDS = (
    "title", "facts", "my_feelings_text", "their_feelings_text", "impact_on_other",
    "went_well", "do_differently", "notes",
)


def markers(tag: str) -> dict[str, str]:
    """Distinct markers per field: ASCII, Finnish and Northern Sámi letters."""
    out = {}
    for n, name in enumerate(FIELDS + ("follow_up",)):
        out[name] = f"{tag}{n}Qzx Äänekoski{tag}Mörkö{n} Čáhce{tag}gáttiŋŧđžš{n}"
    return out


def entry(tag: str) -> tuple[Encounter, dict[str, str]]:
    texts = markers(tag)
    enc = Encounter(
        occurred_at=datetime(2026, 5, 4, 10, 30, tzinfo=UTC).astimezone(),
        **{name: texts[name] for name in FIELDS},
        follow_up=FollowUp(text=texts["follow_up"]),
    )
    return enc, texts


def scan(folder: Path, needles: list[str]) -> list[tuple[str, str]]:
    hits = []
    files = [p for p in folder.rglob("*") if p.is_file()]
    assert files
    for path in files:
        data = path.read_bytes()
        for needle in needles:
            for form in {needle, *needle.split()}:
                if form.encode("utf-8") in data:
                    hits.append((str(path.relative_to(folder)), form))
    return hits


@pytest.fixture
def encrypted(db_path, catalogue):
    keeper = WorkbookKeeper(open_workbook(db_path, create=True, catalogue=catalogue))
    keeper.turn_encryption_on(PASS)
    yield keeper
    keeper.close()


def test_no_marker_appears_as_plain_bytes_in_any_file(encrypted, db_path):
    keeper = encrypted
    db, service = keeper.workbook.db, keeper.workbook.diary
    saved, saved_texts = entry("SAVEDCANARY")
    service.encounters.save(saved)
    draft, draft_texts = entry("DRAFTCANARY")
    service.save_draft(draft, is_new=True)

    backups = db_path.parent / "backups"
    backups.mkdir(mode=0o700, exist_ok=True)
    db.conn.execute("VACUUM INTO ?", [str(backups / "tyokirja-20260504T103000Z.sqlite")])

    # Writes that only live in the -wal file until a checkpoint.
    db.conn.execute("PRAGMA wal_autocheckpoint = 0")
    late, late_texts = entry("WALCANARY")
    service.encounters.save(late)
    service.save_draft(late, is_new=False)
    wal = Path(f"{db_path}-wal")
    assert wal.exists() and wal.stat().st_size > 0
    assert Path(f"{db_path}-shm").exists()

    needles = [*saved_texts.values(), *draft_texts.values(), *late_texts.values()]
    assert scan(db_path.parent, needles) == []
    for path in (db_path, backups / "tyokirja-20260504T103000Z.sqlite"):
        assert path.read_bytes()[:16] != SQLITE_HEADER

    # Search still works: the FTS index lives inside the encrypted file.
    for word in ("SAVEDCANARY3Qzx", "ÄänekoskiSAVEDCANARYMörkö5", "ČáhceWALCANARYgáttiŋŧđžš8", "WALCANARY0Qzx"):
        hits = service.summaries(EncounterFilter(text=word))
        assert len(hits) == 1, word
    assert [d.key for d, _enc in service.pending_drafts()] != []

    keeper.lock()  # closes the diary: the scan then sees the files as they stay at rest
    assert scan(db_path.parent, needles) == []


def test_the_markers_are_found_in_a_plaintext_diary(db_path, catalogue):
    """Positive control: the same scan does find the markers when encryption is off."""
    db = open_diary(db_path)
    service = DiaryService(EncounterRepository(db), DraftRepository(db), catalogue)
    saved, texts = entry("PLAINCANARY")
    service.encounters.save(saved)
    hits = scan(db_path.parent, list(texts.values()))
    close_diary(db)
    assert {form for _file, form in hits} >= {"PLAINCANARY0Qzx", "ČáhcePLAINCANARYgáttiŋŧđžš8"}
