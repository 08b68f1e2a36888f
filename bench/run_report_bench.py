"""Coach report benchmark: a 12-month PDF from the large diary, end to end.

    python bench/run_report_bench.py [--entries 20000] [--runs 5]

Uses the same diary as run_progress_bench.py (20,000 entries over ten years plus ten years of
practice and ratings), adds a few goals, marks 60 entries of the last year "share with coach", and
measures ReportService.export() — gathering the data, building every chart, rendering the PDF with
embedded fonts, writing it owner-only and logging the export:

- the default sections for the last 12 months;
- every section, with the 60 marked entries as excerpts;
- the preview (document + name check, no PDF) the wizard shows before anything is written.

Writes the "Coach report" section of bench/results.md. Figures are reported, never asserted; the
target is < 3 s for the 12-month report.
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(ROOT))

from run_bench import machine, write_section  # noqa: E402
from run_progress_bench import add_practice_and_ratings, work_copy  # noqa: E402

TARGET_S = 3.0
ZONE = ZoneInfo("Europe/Helsinki")
SHARED = 60


def timed(fn, runs: int) -> tuple[list[float], object]:
    out, result = [], None
    for _ in range(runs):
        t0 = time.perf_counter()
        result = fn()
        out.append(time.perf_counter() - t0)
    return out, result


def add_goals_and_marks(db, end: datetime) -> None:
    from tyokirja.domain.practice import Goal, IfThen
    from tyokirja.storage.goals import GoalRepository

    repo = GoalRepository(db)
    for n, skill in enumerate(("listening", "presence", "eq.empathy")):
        repo.save(Goal(wish=f"Kuuntelen asiakkaan huolen loppuun ennen ratkaisua ({n + 1}).", skill_id=skill,
                       plans=[IfThen("asiakas alkaa kertoa ongelmasta", "teen ensin yhteenvedon")],
                       start=(end - timedelta(days=40 * (n + 1))).date(), success_signal="Asiakas sanoo: juuri niin.",
                       created_at=end - timedelta(days=40 * (n + 1))))
    with db.atomic():
        db.execute("UPDATE encounters SET share_with_coach = 0")
        db.execute("UPDATE encounters SET share_with_coach = 1 WHERE id IN (SELECT id FROM encounters "
                   "WHERE occurred_utc >= ? ORDER BY occurred_utc DESC LIMIT ?)",
                   [(end - timedelta(days=365)).astimezone(ZoneInfo("UTC")).isoformat()[:19], SHARED])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Benchmark the coach report on a large diary.")
    parser.add_argument("--entries", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--results", type=Path, default=BENCH / "results.md")
    args = parser.parse_args(argv)

    from pypdf import PdfReader

    from tyokirja.domain.content import Catalogue
    from tyokirja.domain.report import SECTIONS
    from tyokirja.services.progress import ProgressService
    from tyokirja.services.reporting import ReportService
    from tyokirja.storage.connection import close_diary, open_diary

    target = work_copy(args.entries, "report")
    work = target.parent
    catalogue = Catalogue.load_default()
    db = open_diary(target, create=False)
    try:
        last = db.execute("SELECT max(occurred_utc) FROM encounters").fetchone()[0]
        end = datetime.fromisoformat(last[:19] + "+00:00").astimezone(ZONE)
        added = add_practice_and_ratings(db, catalogue, end)
        add_goals_and_marks(db, end)
        clock = lambda: end  # noqa: E731
        service = ReportService.open(db, catalogue, ProgressService.open(db, catalogue, clock=clock), clock=clock)
        default = service.options("12m", today=end.date())
        chosen = [c.ref for c in service.choices(default.start, default.end) if c.preselected]
        full = service.options("12m", today=end.date(), sections=frozenset(SECTIONS), items=chosen,
                               agenda="Miten pidän rauhallisen äänen reklamaatiossa?\nMitä kuuntelun tasolle 3 vaatii?")
        out = work / "report.pdf"
        rows = []
        for label, options in (("12 months, default sections", default),
                               (f"12 months, every section, {len(chosen)} excerpts", full)):
            times, _ = timed(lambda o=options: service.export(o, out), args.runs)
            pages = len(PdfReader(io.BytesIO(out.read_bytes())).pages)
            rows.append((label, times, pages, out.stat().st_size))
        preview, _ = timed(lambda: service.name_check(full, service.document(full)), args.runs)
    finally:
        close_diary(db)
    import subprocess

    command = [sys.executable, "-m", "tyokirja", "--db", str(target), "report", "-o", str(work / "cli.pdf"),
               "--lang", "fi", "--from", str(default.start), "--to", str(default.end)]
    cli, _ = timed(lambda: subprocess.run(command, cwd=ROOT, check=True, capture_output=True,
                                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}), args.runs)

    info = machine()
    lines = [
        "## Coach report",
        "",
        f"{datetime.now(ZONE):%Y-%m-%d %H:%M} · {info['cores']} cores, {info['ram_gib']} GiB, {info['cpu']} · "
        f"Python {info['python']}, SQLite {info['sqlite']}",
        "",
        f"Diary: {args.entries:,} entries over ten years plus {added['exercise_sessions']:,} completed exercise "
        f"sessions, {added['feedback_requests']} feedback requests, {added['rating_sessions']} rating sessions "
        f"and 3 goals; {len(chosen)} entries of the last year marked for the coach. Last day {end.date()}. "
        f"`bench/run_report_bench.py --entries {args.entries} --runs {args.runs}`. ReportService.export(): "
        "data, charts, PDF with embedded DejaVu, owner-only atomic write and the export log.",
        "",
        f"| what | first run | median of {args.runs} | pages | size | target < 3 s |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for label, times, pages, size in rows:
        med = statistics.median(times)
        lines.append(f"| {label} | {times[0]:.2f} s | {med:.2f} s | {pages} | {size / 1024:.0f} KiB | "
                     f"{'met' if med < TARGET_S else 'MISSED'} |")
    lines.append(f"| `tyokirja report`, 12 months, default sections: a new process, start-up included | "
                 f"{cli[0]:.2f} s | {statistics.median(cli):.2f} s | – | – | "
                 f"{'met' if statistics.median(cli) < TARGET_S else 'MISSED'} |")
    lines.append(f"| preview (document + name check, no PDF), every section | {preview[0]:.2f} s | "
                 f"{statistics.median(preview):.2f} s | – | – | – |")
    body = "\n".join(lines)
    write_section(args.results, "report", body)
    print(body)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
