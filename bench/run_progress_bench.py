"""Progress benchmark: building the progress page's data (and showing the real page) on a large diary.

    python bench/run_progress_bench.py [--entries 20000] [--runs 5] [--no-gui]

Copies the diary a `run_bench.py --keep` run left in bench/work/diary-<entries>/ (or generates one),
adds ten years of practice and ratings — a monthly rating session every month, a weekly focus
rating most weeks, a retrospective each quarter, ~2,600 completed exercise sessions (listening
levels among them) and 300 feedback requests — then measures:

- ProgressService.progress(period) for 3 months, 12 months and all (median of `runs`, plus the
  first, cold call);
- offscreen, the real ProgressPage: from construction to shown with its charts filled (median).

Writes the "Progress" section of bench/results.md (<!-- bench:progress:start --> … end). Figures
are reported, never asserted. The target is < 0.5 s for the page to open.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(ROOT))

from run_bench import machine, write_section  # noqa: E402

TARGET_S = 0.5
ZONE = ZoneInfo("Europe/Helsinki")
PERIOD_NAMES = {"3m": "3 months", "12m": "12 months", "all": "all (10 years)"}
EXERCISES = ["daily_reflection"] * 10 + ["weekly_review"] * 3 + ["deep_reflection"] * 2 + [
    "listening_level"] * 3 + ["listening_mirror", "empathy_map", "ofnr", "feedforward", "presence_transition"]
LEVEL_OPTIONS = ("downloading", "factual", "empathic", "generative")
EVIDENCE = ("Tein yhteenvedon asiakkaan huolesta ja hän vahvisti sen.",
            "Pysäytin ja kysyin, mitä hän tarkoitti.", "Huomasin ärtymykseni ja hengitin ennen vastausta.")


def source_diary(entries: int, work: Path) -> Path:
    kept = BENCH / "work" / f"diary-{entries}" / "diary.sqlite"
    if kept.exists() and not Path(f"{kept}-wal").exists():
        return kept
    from generate_diary import generate_diary

    fresh = work / "source.sqlite"
    if not fresh.exists():
        generate_diary(fresh, entries, seed=1)
    return fresh


def work_copy(entries: int, name: str) -> Path:
    """A fresh copy of the large diary in bench/work/<name>-<entries>/diary.sqlite (no WAL, no backups)."""
    work = BENCH / "work" / f"{name}-{entries}"
    work.mkdir(parents=True, exist_ok=True)
    src = source_diary(entries, work)
    target = work / "diary.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    shutil.rmtree(work / "backups", ignore_errors=True)
    shutil.copyfile(src, target)
    return target


def add_practice_and_ratings(db, catalogue, end: datetime, seed: int = 7) -> dict:
    """Ten years of practice records and rating sessions before `end`, in one transaction."""
    from tyokirja.domain.practice import ExerciseSession, FeedbackRequest
    from tyokirja.domain.rating import RatingSession, SkillRating, load_default_instrument, months_before
    from tyokirja.storage.feedback import FeedbackRepository
    from tyokirja.storage.ratings import RatingRepository
    from tyokirja.storage.sessions import SessionRepository

    rng = random.Random(seed)
    instrument = load_default_instrument(catalogue)
    start = end - timedelta(days=3650)
    sessions, feedback, ratings = [], [], []
    day = start
    while day < end:
        if rng.random() < 0.7:
            ex = rng.choice(EXERCISES)
            when = day.replace(hour=rng.randint(7, 20), minute=rng.randint(0, 59))
            responses = {"level": rng.choice(LEVEL_OPTIONS)} if ex == "listening_level" else {"note": "x"}
            sessions.append(ExerciseSession(ex, 1, when, updated_at=when, completed_at=when + timedelta(minutes=5),
                                            status="completed", responses=responses))
        if rng.random() < 0.082:
            status = rng.choice(("planned", "asked", "asked", "received", "processed", "closed"))
            feedback.append(FeedbackRequest("Miten selkeä olin palaverissa?", status=status,
                                            created_at=day.replace(hour=10), updated_at=day.replace(hour=10)))
        if day.weekday() == 4 and rng.random() < 0.6:
            item = rng.choice(instrument.ids())
            ratings.append(RatingSession("weekly_focus", day.replace(hour=15),
                                         [SkillRating(item, rng.randint(1, 5), rng.choice(EVIDENCE), confidence=2)]))
        if day.day == 1:
            levels = [SkillRating(i, rng.choice((0, 1, 2, 3, 3, 4, 5))) for i in instrument.ids()]
            for r in levels:
                r.evidence_text = rng.choice(EVIDENCE) if r.level else ""
            ratings.append(RatingSession("monthly", day.replace(hour=16), levels))
            if day.month in (1, 4, 7, 10):
                retro = [SkillRating(i, rng.randint(1, 4), rng.choice(EVIDENCE)) for i in instrument.ids()]
                ratings.append(RatingSession("retrospective", day.replace(hour=17), retro,
                                             refers_to_date=months_before(day.date(), 3)))
        day += timedelta(days=1)
    with db.atomic():
        SessionRepository(db).insert_many(sessions)
        FeedbackRepository(db).insert_many(feedback)
        RatingRepository(db).insert_many(ratings)
    return {"exercise_sessions": len(sessions), "feedback_requests": len(feedback),
            "rating_sessions": len(ratings)}


def timed(fn, runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        began = time.perf_counter()
        fn()
        out.append(time.perf_counter() - began)
    return out


def gui_times(db, catalogue, progress, runs: int) -> tuple[list[float], list[float]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from tyokirja.services.diary import DiaryService
    from tyokirja.storage.drafts import DraftRepository
    from tyokirja.storage.encounters import EncounterRepository
    from tyokirja.ui.pages.progress_page import ProgressPage

    app = QApplication.instance() or QApplication([])
    diary = DiaryService(EncounterRepository(db), DraftRepository(db), catalogue)
    out, switch = [], []
    for _ in range(runs):
        began = time.perf_counter()
        page = ProgressPage(progress, diary, catalogue, "fi")
        page.resize(1100, 800)
        page.show()
        app.processEvents()
        if page.data is None:
            raise RuntimeError("the progress page showed no data")
        out.append(time.perf_counter() - began)
        began = time.perf_counter()
        page.period.set_value("all")
        if page.data.period != "all":
            page.refresh()
        app.processEvents()
        switch.append(time.perf_counter() - began)
        page.close()
        page.deleteLater()
        app.processEvents()
    return out, switch


def verdict(seconds: float) -> str:
    return "meets" if seconds < TARGET_S else "MISSES"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Benchmark the progress page on a large diary.")
    parser.add_argument("--entries", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-gui", action="store_true", help="measure the data only")
    parser.add_argument("--results", type=Path, default=BENCH / "results.md")
    args = parser.parse_args(argv)

    from tyokirja.domain.content import Catalogue
    from tyokirja.services.progress import ProgressService
    from tyokirja.storage.connection import close_diary, open_diary

    target = work_copy(args.entries, "progress")
    catalogue = Catalogue.load_default()
    db = open_diary(target, create=False)
    try:
        last = db.execute("SELECT max(occurred_utc) FROM encounters").fetchone()[0]
        end = datetime.fromisoformat(last[:19] + "+00:00").astimezone(ZONE)
        added = add_practice_and_ratings(db, catalogue, end)
        today = end.date()
        progress = ProgressService.open(db, catalogue, clock=lambda: end)
        figures = {}
        for period in ("3m", "12m", "all"):
            cold = timed(lambda p=period: progress.progress(p, today), 1)[0]
            warm = timed(lambda p=period: progress.progress(p, today), args.runs)
            figures[period] = (cold, statistics.median(warm))
        data = progress.progress("all", today)
        gui = None if args.no_gui else gui_times(db, catalogue, progress, args.runs)
    finally:
        close_diary(db)

    info = machine()
    lines = [
        "## Progress page",
        "",
        f"{datetime.now(ZONE):%Y-%m-%d %H:%M} · {info['cores']} cores, {info['ram_gib']} GiB, {info['cpu']} · "
        f"Python {info['python']}, SQLite {info['sqlite']}",
        "",
        f"Diary: {args.entries:,} entries over ten years plus {added['exercise_sessions']:,} completed exercise "
        f"sessions, {added['feedback_requests']} feedback requests and {added['rating_sessions']} rating sessions "
        f"(monthly, weekly focus, quarterly retrospective); last day {today}. "
        f"`bench/run_progress_bench.py --entries {args.entries} --runs {args.runs}`.",
        "",
        "| what | first call | median of " + str(args.runs) + " | target < 0.5 s |",
        "| --- | --- | --- | --- |",
    ]
    for period, (cold, warm) in figures.items():
        lines.append(f"| ProgressService.progress({PERIOD_NAMES[period]}) | {cold * 1000:.0f} ms | "
                     f"{warm * 1000:.0f} ms | {verdict(warm)} |")
    if gui is not None:
        shown, switched = gui
        lines.append(f"| progress page constructed → shown with charts (3 months, offscreen) | {shown[0] * 1000:.0f} ms | "
                     f"{statistics.median(shown) * 1000:.0f} ms | {verdict(statistics.median(shown))} |")
        lines.append(f"| switching the shown page to all (10 years) | {switched[0] * 1000:.0f} ms | "
                     f"{statistics.median(switched) * 1000:.0f} ms | {verdict(statistics.median(switched))} |")
    lines += ["", f"All-time data: {data.elements_n:,} entries, {len(data.weeks)} weeks "
                  f"(active {data.active[0]}/{data.active[1]}), {data.listening.n} listening levels, "
                  f"{data.funnel.n} feedback requests, {data.sessions_n} rating sessions in the series.",
              "Data comes from column-light SQL (times, element JSON, statuses; no entry bodies) and the pure "
              "functions of tyokirja/domain/progress.py."]
    body = "\n".join(lines)
    write_section(args.results, "progress", body)
    print(body)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
