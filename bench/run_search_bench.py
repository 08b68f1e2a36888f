"""Finnish-aware search at scale: query times, re-index time and index size on a generated diary.

    python bench/run_search_bench.py --db bench/work/diary.sqlite [--runs 30]

The diary comes from generate_diary.py. Prints a markdown table (medians over --runs of count +
first page of 200, as the diary list does per search), the time to re-analyse every entry and
rebuild the word-form index (what migration 0009 does on an existing diary), and the index size.
Figures are reported, never asserted.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH.parent))
sys.path.insert(0, str(BENCH))

from phrases_fi import RARE_WORD  # noqa: E402

from tyokirja.domain.content import Catalogue  # noqa: E402
from tyokirja.domain.encounter import EncounterFilter  # noqa: E402
from tyokirja.services.diary import DiaryService  # noqa: E402
from tyokirja.storage.connection import close_diary, open_diary  # noqa: E402
from tyokirja.storage.drafts import DraftRepository  # noqa: E402
from tyokirja.storage.encounters import EncounterRepository  # noqa: E402

QUERIES = [
    RARE_WORD,
    "asiakas",
    "asiakkaan",
    "asiakas palaute",
    "kuunnella",
    "as",
    '"soitin takaisin"',
    "puhelu OR sähköposti",
    "asiakas -kiire",
]


def timings(repo: EncounterRepository, text: str, runs: int, order: str = "date") -> tuple[int, float, float]:
    flt = EncounterFilter(text=text)
    repo.count(flt)
    repo.summaries(flt, limit=200, order=order)  # warm the analyser's cache and the file pages
    samples = []
    for _ in range(runs):
        repo._hits_state = None  # a new search each time, not the list's next page of the same one
        start = time.perf_counter()
        n = repo.count(flt)
        repo.summaries(flt, limit=200, order=order)
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return n, statistics.median(samples), samples[int(len(samples) * 0.95) - 1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--no-reindex", action="store_true", help="query times only (a migrated copy)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "diary.sqlite"
        shutil.copy(args.db, copy)
        start = time.perf_counter()
        db = open_diary(copy)  # a diary made before the newest migrations is re-indexed here, as at a user's open
        opened = time.perf_counter() - start
        newest = db.execute("SELECT name FROM _sqlite_migrations ORDER BY rowid DESC LIMIT 1").fetchone()[0]
        print(f"Open of the copy (safety copy and any pending migrations; newest now {newest}): {opened:.1f} s\n")
        repo = EncounterRepository(db)
        entries = db.execute("SELECT count(*) FROM encounters").fetchone()[0]
        print(f"{entries} entries\n")
        print("| query | hits | count + first 200 by date, median / p95 | by relevance, median / p95 |\n"
              "| --- | --- | --- | --- |")
        for text in QUERIES:
            n, med, p95 = timings(repo, text, args.runs)
            _, rmed, rp95 = timings(repo, text, args.runs, order="relevance")
            print(f"| `{text}` | {n} | {med:.1f} / {p95:.1f} ms | {rmed:.1f} / {rp95:.1f} ms |")
        diary = DiaryService(repo, DraftRepository(db), Catalogue.load_default())
        for text in ("asiakas", "kuunnella", "asiakas palaute"):
            ids = [e.id for e in repo.summaries(EncounterFilter(text=text), limit=200)]
            samples = []
            for _ in range(5):
                start = time.perf_counter()
                diary.snippets(text, ids)
                samples.append((time.perf_counter() - start) * 1000)
            print(f"Snippets for the first 200 hits of `{text}`: median {statistics.median(samples):.1f} ms")
        pages = {name: db.execute("SELECT count(*) FROM dbstat WHERE name LIKE ?", [name + "%"]).fetchone()[0]
                 for name in ("encounters_terms", "encounters_fts")} if _has_dbstat(db) else {}
        page_size = db.execute("PRAGMA page_size").fetchone()[0]
        terms_bytes = db.execute("SELECT sum(length(title_terms) + length(facts_terms) + length(search_terms)) "
                                 "FROM encounters").fetchone()[0] or 0
        close_diary(db)
        if args.no_reindex:
            return

        undo_search_terms(copy)
        start = time.perf_counter()
        db = open_diary(copy)  # runs migration 0009 (after its VACUUM INTO safety copy), as a user's app does
        reindex = time.perf_counter() - start
        close_diary(db)
    print(f"\nRe-index of {entries} entries (analyse every entry, rebuild the word-form index, one process "
          f"with a cold word cache): {reindex:.1f} s")
    per_k = 1000 / entries / 1e6
    if pages:
        print(f"Word-form index: {pages['encounters_terms'] * page_size * per_k:.2f} MB per 1,000 entries "
              f"(+ {terms_bytes * per_k:.2f} MB of keys in encounters' *_terms columns); the trigram index: "
              f"{pages['encounters_fts'] * page_size * per_k:.2f} MB per 1,000 entries")


def undo_search_terms(path: Path) -> None:
    """Turn the diary back into one made before migration 0009 (as an older app left it); the open
    after it runs 0009 and 0013 (the word-form index by field) one after the other."""
    db = open_diary(path)
    for trigger in ("encounters_terms_ai", "encounters_terms_ad", "encounters_terms_au"):
        db.execute(f"DROP TRIGGER {trigger}")
    db.execute("DROP TABLE encounters_terms")
    for column in ("search_terms", "title_terms", "facts_terms"):
        db.execute(f"ALTER TABLE encounters DROP COLUMN {column}")
    db.execute("DELETE FROM _sqlite_migrations WHERE name IN ('0009_search_terms', '0013_field_terms')")
    db.execute("VACUUM")
    close_diary(db)


def _has_dbstat(db) -> bool:
    try:
        db.execute("SELECT count(*) FROM dbstat").fetchone()
    except Exception:  # noqa: BLE001 - dbstat is a compile-time option
        return False
    return True


if __name__ == "__main__":
    main()
