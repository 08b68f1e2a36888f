"""Each area's first show on a big diary (issue 16: "each page's first show ≤ 150 ms").

    python bench/run_pages_bench.py --db DIARY [--runs 3] [--results bench/results.md]

For each run, a fresh process opens a copy of DIARY, builds the real main window (Qt offscreen) and
shows it; then each area is switched to for the first time, in sidebar order, and the time until it
has been laid out and painted (`show_area` + a synchronous repaint) is taken. A second switch to
the same area is measured too (what every later visit costs). Median over the runs; figures are
reported, never asserted. Writes the "Each area's first show" section of bench/results.md.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(ROOT))

from run_bench import machine, write_section  # noqa: E402

GOAL_MS = 150


def child(db: Path) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from tyokirja.app import build_main_window
    from tyokirja.services.workbook import open_workbook

    app = QApplication([])
    book = open_workbook(db)
    window = build_main_window(book, "fi")
    window.show()
    app.processEvents()
    first: dict[str, float] = {}
    again: dict[str, float] = {}
    for key in list(window.pages):
        for store in (first, again):
            began = time.perf_counter()
            window.show_area(key)
            app.processEvents()
            window.repaint()
            store[key] = (time.perf_counter() - began) * 1000
            window.show_area("today" if key != "today" else "diary")
            app.processEvents()
    window.close()
    book.close()
    return {"first_ms": first, "again_ms": again}


def measure(db: Path, runs: int) -> dict:
    results = []
    for _ in range(runs):
        work = Path(tempfile.mkdtemp(prefix="pages-"))
        try:
            copy = work / "diary.sqlite"
            shutil.copy2(db, copy)
            done = subprocess.run([sys.executable, __file__, "--child", str(copy)], capture_output=True, text=True,
                                  cwd=ROOT, check=True)
            results.append(json.loads(done.stdout.strip().splitlines()[-1]))
        finally:
            shutil.rmtree(work, ignore_errors=True)
    keys = list(results[0]["first_ms"])
    kinds = ("first_ms", "again_ms")
    return {kind: {k: statistics.median(r[kind][k] for r in results) for k in keys} for kind in kinds}


def report(rows: list[tuple[str, dict]], info: dict, runs: int) -> str:
    keys = list(rows[0][1]["first_ms"])
    head = "| diary | " + " | ".join(keys) + " |"
    lines = ["## Each area's first show (issue 16)", "",
             f"{time.strftime('%Y-%m-%d %H:%M')} · {info['cores']} cores, {info['cpu']} · Python {info['python']}, "
             f"SQLite {info['sqlite']} · load average at the end "
             f"{', '.join(f'{x:.1f}' for x in os.getloadavg())} (1, 5, 15 min)", "",
             f"`bench/run_pages_bench.py`: the real main window (offscreen, Finnish) over a copy of the diary; each "
             f"area switched to for the first time (built, laid out, painted), then once more. Median of {runs} "
             f"fresh processes, milliseconds; goal ≤ {GOAL_MS} ms for a first show.", "",
             head, "|---" * (len(keys) + 1) + "|"]
    for name, figures in rows:
        first = " | ".join(f"{figures['first_ms'][k]:.0f}{'' if figures['first_ms'][k] <= GOAL_MS else ' ❌'}"
                           for k in keys)
        again = " | ".join(f"{figures['again_ms'][k]:.0f}" for k in keys)
        lines.append(f"| {name}: first show | {first} |")
        lines.append(f"| {name}: shown again | {again} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, action="append", help="a diary (repeat for several sizes)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--results", type=Path, default=BENCH / "results.md")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.child)))
        return 0
    rows = []
    for db in args.db or []:
        from tyokirja.services.workbook import open_workbook

        book = open_workbook(db)
        name = f"{book.diary.count():,} entries"
        book.close()
        rows.append((name, measure(db, args.runs)))
        print(name, rows[-1][1], file=sys.stderr)
    write_section(args.results, "pages", report(rows, machine(), args.runs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
