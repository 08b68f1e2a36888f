"""Export and merge-import benchmark on the large diary (issue 12).

    python bench/run_export_bench.py [--entries 20000] [--runs 3]

Uses the same diary as run_progress_bench.py (20,000 entries over ten years plus ten years of
practice records and rating sessions) and measures, through the workbook's TransferService:

- the JSON export (format 3, every record kind), the Markdown export (one file) and the CSV export;
- importing that JSON into an empty diary (check the file, plan, write in one transaction);
- importing it again into the same diary: everything already there, nothing written.

Writes the "Export and import" section of bench/results.md. Figures are reported, never asserted;
the targets are the issue's: JSON ≤ 1.5 s, Markdown ≤ 2 s, CSV ≤ 1 s at 20,000 entries.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import time
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(ROOT))

from run_bench import machine, write_section  # noqa: E402
from run_progress_bench import add_practice_and_ratings, work_copy  # noqa: E402

ZONE = ZoneInfo("Europe/Helsinki")
TARGETS = {"json": 1.5, "markdown": 2.0, "csv": 1.0}


def timed(fn, runs: int) -> tuple[list[float], object]:
    out, result = [], None
    for _ in range(runs):
        t0 = time.perf_counter()
        result = fn()
        out.append(time.perf_counter() - t0)
    return out, result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Benchmark the exports and the merge import on a large diary.")
    parser.add_argument("--entries", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--results", type=Path, default=BENCH / "results.md")
    args = parser.parse_args(argv)

    from tyokirja.domain.content import Catalogue
    from tyokirja.services.workbook import open_workbook
    from tyokirja.storage.connection import close_diary, open_diary

    target = work_copy(args.entries, "export")
    work = target.parent
    catalogue = Catalogue.load_default()
    db = open_diary(target, create=False)
    try:
        last = db.execute("SELECT max(occurred_utc) FROM encounters").fetchone()[0]
        end = datetime.fromisoformat(last[:19] + "+00:00").astimezone(ZONE)
        added = add_practice_and_ratings(db, catalogue, end)
    finally:
        close_diary(db)

    rows = []
    book = open_workbook(target, catalogue=catalogue)
    try:
        transfer = book.transfer
        everything = transfer.selection()
        outputs = {"json": work / "export.json", "markdown": work / "export.md", "csv": work / "export.csv"}
        runs = {
            "json": lambda: transfer.export_json(outputs["json"]),
            "markdown": lambda: transfer.export_markdown(outputs["markdown"], "fi", transfer.selection()),
            "csv": lambda: transfer.export_csv(outputs["csv"], "fi", transfer.selection()),
        }
        for kind, fn in runs.items():
            times, _ = timed(fn, args.runs)
            rows.append((kind, times, outputs[kind].stat().st_size))
    finally:
        book.close()

    fresh = work / "imported.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{fresh}{suffix}").unlink(missing_ok=True)
    into = open_workbook(fresh, create=True, catalogue=catalogue)
    try:
        t0 = time.perf_counter()
        plan = into.transfer.import_bundle(into.transfer.read_file(outputs["json"]))
        first_import = time.perf_counter() - t0
        t0 = time.perf_counter()
        again = into.transfer.import_bundle(into.transfer.read_file(outputs["json"]))
        second_import = time.perf_counter() - t0
    finally:
        into.close()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    load = ", ".join(f"{v:.1f}" for v in os.getloadavg())  # a shared machine: say how busy it was

    info = machine()
    lines = [
        "## Export and import",
        "",
        f"{datetime.now(ZONE):%Y-%m-%d %H:%M} · {info['cores']} cores, {info['ram_gib']} GiB, {info['cpu']} · "
        f"Python {info['python']}, SQLite {info['sqlite']}",
        "",
        f"Diary: {len(everything.encounters):,} entries over ten years plus {added['exercise_sessions']:,} exercise "
        f"sessions, {added['feedback_requests']} feedback requests and {added['rating_sessions']} rating sessions. "
        f"`bench/run_export_bench.py --entries {args.entries} --runs {args.runs}`, through the workbook's "
        "TransferService: build, write owner-only and atomically.",
        "",
        f"| what | first run | median of {args.runs} | file | target |",
        "| --- | --- | --- | --- | --- |",
    ]
    for kind, times, size in rows:
        med = statistics.median(times)
        verdict = "met" if med <= TARGETS[kind] else "MISSED"
        lines.append(f"| export {kind} | {times[0]:.2f} s | {med:.2f} s | {size / 1024 / 1024:.1f} MB | "
                     f"≤ {TARGETS[kind]} s: {verdict} |")
    lines.append(f"| import that JSON into an empty diary ({plan.new:,} new records and settings) | "
                 f"{first_import:.2f} s | – | – | – |")
    lines.append(f"| import it again ({again.same:,} already there, {again.new} new: nothing written) | "
                 f"{second_import:.2f} s | – | – | – |")
    lines.append("")
    lines.append(f"Peak memory of the benchmark process (everything above in one process): {peak_mb:.0f} MB. "
                 f"Load average at the end (1, 5, 15 min): {load} on {info['cores']} cores.")
    write_section(args.results, "export", "\n".join(lines))
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
