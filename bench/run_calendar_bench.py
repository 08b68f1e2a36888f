"""The diary calendar's month switch, and the one-time re-index at open with its progress window.

    python bench/run_calendar_bench.py --db DIARY --work FOLDER [--months 36]

DIARY is a diary from generate_diary.py (keep large ones outside the repository). It is copied into
FOLDER (kept there, so a later run or run_search_bench.py can reuse the migrated copy). When the copy
still needs migration 0009, it is opened the way the app opens it at start: on the GUI thread with
ui/opening.py's progress window (Qt offscreen), timing the whole open, the progress reports and the
longest pause between two of them (the longest time the window could not paint). Then the index size
(VACUUM INTO copies, before and after) and the calendar: the month query alone (storage) and the
widget's month switch (Page Up in DiaryCalendar: one query, 42 days redrawn, the year strip's query
when the year changes), over --months months back from the newest entry. Prints markdown; figures are
reported, never asserted.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import time
from datetime import date
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from tyokirja.domain.content import Catalogue  # noqa: E402
from tyokirja.services.diary import DiaryService  # noqa: E402
from tyokirja.storage import encounter_days, verified  # noqa: E402
from tyokirja.storage.connection import close_diary, open_diary  # noqa: E402
from tyokirja.storage.drafts import DraftRepository  # noqa: E402
from tyokirja.storage.encounters import EncounterRepository  # noqa: E402
from tyokirja.ui.opening import open_with_progress  # noqa: E402
from tyokirja.ui.widgets.diary_calendar import DiaryCalendar, add_months  # noqa: E402


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, -(-95 * len(ordered) // 100) - 1)]


def vacuumed_mb(db_file: Path, work: Path) -> float:
    target = work / "vacuumed.sqlite"
    target.unlink(missing_ok=True)
    import sqlcipher3

    conn = sqlcipher3.connect(f"file:{db_file}?mode=ro", uri=True)
    conn.execute("VACUUM INTO ?", [str(target)])
    conn.close()
    size = target.stat().st_size / 1e6
    target.unlink()
    return size


def reindex(copy: Path, work: Path) -> list[str]:
    """Open the copy as the app does at start; report time, progress calls and the longest pause."""
    import sqlcipher3

    conn = sqlcipher3.connect(f"file:{copy}?mode=ro", uri=True)
    done = {r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations")}
    entries = conn.execute("SELECT count(*) FROM encounters").fetchone()[0]
    conn.close()
    if "0013_field_terms" in done:  # the newest re-indexing migration
        return [f"- {entries:,} entries; the copy is migrated already (no re-index measured this run)."]
    before = vacuumed_mb(copy, work)
    # As a user's own diary after an update: the app saw it whole at its last close, so the open does
    # not scan a file it does not know first (that scan is the same with or without a migration).
    verified.remember(copy)
    stamps: list[float] = []

    def opener(progress):
        def noted(d: int, t: int) -> None:
            stamps.append(time.perf_counter())
            progress(d, t)
        return open_diary(copy, create=False, progress=noted)

    began = time.perf_counter()
    db = open_with_progress(opener)
    opened = time.perf_counter() - began
    close_diary(db)
    gaps = [b - a for a, b in zip([began, *stamps], [*stamps, began + opened], strict=True)]
    after = vacuumed_mb(copy, work)
    return [
        f"- {entries:,} entries. First open after the update (checks, safety copy, analysing every entry, "
        f"building the word-form index) with the progress window: **{opened:.1f} s**; "
        f"{len(stamps)} progress reports, the first after {stamps[0] - began:.1f} s, the longest pause between "
        f"two paints {max(gaps):.2f} s (the first batch waits for the word analyser to load).",
        f"- Size, vacuumed: {before:.1f} MB before, {after:.1f} MB after: **{(after - before) / entries * 1000:.2f} "
        f"MB per 1,000 entries** for the word-form keys and their index.",
    ]


def calendar_figures(copy: Path, months: int) -> list[str]:
    db = open_diary(copy, create=False)
    try:
        newest = db.execute("SELECT max(occurred_utc) FROM encounters").fetchone()[0]
        last = date.fromisoformat(newest[:10])
        query_ms: list[float] = []
        for back in range(months):
            first = add_months(last.replace(day=1), -back)
            end = add_months(first, 1).toordinal() - 1
            began = time.perf_counter()
            encounter_days.day_counts(db, first, date.fromordinal(end))
            query_ms.append((time.perf_counter() - began) * 1000)
        year_began = time.perf_counter()
        encounter_days.day_counts(db, date(last.year, 1, 1), date(last.year, 12, 31))
        year_ms = (time.perf_counter() - year_began) * 1000

        service = DiaryService(EncounterRepository(db), DraftRepository(db), Catalogue.load_default())
        cal = DiaryCalendar(service, today=lambda: last)
        cal.resize(360, 300)
        cal.show()
        QApplication.processEvents()
        switch_ms: list[float] = []
        for _ in range(months):
            began = time.perf_counter()
            cal.show_day(add_months(cal.current_day(), -1))
            QApplication.processEvents()  # the repaint of the new month
            switch_ms.append((time.perf_counter() - began) * 1000)
        cal.close()
    finally:
        close_diary(db)
    return [
        f"- Calendar, {months} months back from {last:%Y-%m}: month query (one GROUP BY) median "
        f"{statistics.median(query_ms):.2f} ms, p95 {p95(query_ms):.2f} ms; a whole year's query (year strip) "
        f"{year_ms:.1f} ms; **month switch in the widget (Page Up, with repaint) median "
        f"{statistics.median(switch_ms):.1f} ms, p95 {p95(switch_ms):.1f} ms, max {max(switch_ms):.1f} ms** "
        "(target ≤ 20 ms).",
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--work", type=Path, required=True, help="a folder outside the repository")
    parser.add_argument("--months", type=int, default=36)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    args.work.mkdir(parents=True, exist_ok=True)
    os.environ["TYOKIRJA_CACHE_DIR"] = str(args.work)  # the "seen whole" record stays in the work folder
    copy = args.work / f"calendar-{args.db.stem}.sqlite"
    if not copy.exists():
        shutil.copy(args.db, copy)
    lines = reindex(copy, args.work) + calendar_figures(copy, args.months)
    stamp = time.strftime("%H:%M UTC", time.gmtime())
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores, {stamp}")
    print("\n".join(lines))
    del app


if __name__ == "__main__":
    main()
