"""Import from another journal: a jrnl export made by the real jrnl, imported as a user would (issue 12).

    python bench/run_import_bench.py --jrnl JRNL [--entries 20000] [--check 2000]

JRNL is the `jrnl` program (pip install jrnl into a throwaway venv outside the repository). The journal
is written in jrnl's plain-text format (tests/fixtures/importers/make_fixtures.py: Finnish, Sámi,
emoji, @tags, #tags, starred entries) and exported by jrnl with --format json. Then, each in a fresh
process so its peak memory is its own:

- import: read and check the export, plan, write into an empty diary (exchange.importers + the
  workbook's TransferService, as `tyokirja import --from jrnl` does);
- gui: the same through File → Import from another journal… (offscreen Qt), preview then import in
  the worker, while a 5 ms timer on the GUI thread records the longest gap between its ticks (a stall);
  once in a fresh process (the import's first index write loads Voikko's transducer, about a second
  with the GIL held, as the first save or search of any session does) and once with it preloaded;
- search (`--check N`): a journal of N entries imported, then every entry's title and body searched as
  exact phrases; counts the entries found by both.

Writes the "Import from jrnl" section of bench/results.md. Targets (issue 12): 20,000 entries in
≤ 10 s, no GUI stall over 100 ms, memory ≤ 300 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
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

from tests.fixtures.importers.make_fixtures import journal_text, jrnl_export  # noqa: E402

ZONE = ZoneInfo("Europe/Helsinki")
WORK = BENCH / "work"
# What profiling found (py-spy --gil, gc.callbacks; 2026-12-03, load average 6-9 on 2 cores), kept with the figures.
NOTES = """Where the time goes (cProfile of the write): about half is SQLite's own inserts, most of it the
trigram full-text index of every text field; the rest is the row building (the search keys of each
entry's words, the text digest) and reading the export. The Finnish word analyser (Voikko) runs in
a process of its own (storage/analyser_worker.py), started when the file is read: it no longer holds
the GIL while it loads, and its ~280 MB are not in the app's figures above (that process ends with
the app). While any background task runs the cyclic garbage collector is paused
(services/longwork.py): its full collections over the import's objects were the 130–310 ms stalls
measured before."""


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _fresh(path: Path) -> Path:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return path


def child_import(source: Path, db: Path) -> dict:
    from tyokirja.services.workbook import open_workbook

    book = open_workbook(_fresh(db), create=True)
    try:
        t0 = time.perf_counter()
        found = book.transfer.read_source("jrnl", source)
        t1 = time.perf_counter()
        plan = book.transfer.plan_import(found.bundle)
        t2 = time.perf_counter()
        book.transfer.import_bundle(found.bundle)
        t3 = time.perf_counter()
        again = book.transfer.plan_import(book.transfer.read_source("jrnl", source).bundle)
    finally:
        book.close()
    return {"entries": found.read, "new": plan.new, "read_s": t1 - t0, "plan_s": t2 - t1, "write_s": t3 - t2,
            "total_s": t3 - t0, "again_new": again.new, "again_same": again.same, "peak_mb": _peak_mb()}


def child_gui(source: Path, db: Path, warm: bool = False) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if warm:  # what the app has done after its first save or search: Voikko's transducer is read
        from tyokirja.storage.wordforms import preload

        preload()
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from tyokirja.services.workbook import open_workbook
    from tyokirja.ui.dialogs.foreign_import_dialog import ForeignImportDialog

    app = QApplication([])
    book = open_workbook(_fresh(db), create=True)
    dialog = ForeignImportDialog(book.transfer)
    dialog.show()
    gaps: list[float] = []
    clock = QElapsedTimer()
    timer = QTimer()
    timer.setInterval(5)
    last = [0.0]

    def tick() -> None:
        now = clock.nsecsElapsed() / 1e6
        gaps.append(now - last[0])
        last[0] = now

    timer.timeout.connect(tick)

    def wait_task() -> float:
        began = time.perf_counter()
        while dialog.task is not None:
            app.processEvents()
            time.sleep(0.001)
        return time.perf_counter() - began

    dialog.set_source("jrnl", source)
    clock.start()
    timer.start()
    dialog.preview()
    preview_s = wait_task()
    dialog.run_import()
    import_s = wait_task()
    timer.stop()
    count = book.diary.count()
    dialog.done(0)
    book.close()
    app.processEvents()
    ordered = sorted(gaps)
    return {"preview_s": preview_s, "import_s": import_s, "stored": count, "max_gap_ms": ordered[-1],
            "p99_gap_ms": ordered[int(len(ordered) * 0.99)], "ticks": len(gaps), "peak_mb": _peak_mb()}


def child_baseline(source: Path, db: Path) -> dict:
    """The peak memory of a process that opened a diary and had the search analyser load (importing
    nothing), and that of the analyser's own process (VmHWM, read before it ends)."""
    from tyokirja.services.workbook import open_workbook
    from tyokirja.storage import wordforms

    book = open_workbook(_fresh(db), create=True)
    wordforms.preload()
    wordforms.query_keys("asiakkaan")  # answered once the analyser has loaded
    book.diary.count()
    book.close()
    analyser_mb = 0.0
    proc = wordforms._process._proc
    if proc is not None:
        for line in Path(f"/proc/{proc.pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                analyser_mb = int(line.split()[1]) / 1024
    return {"peak_mb": _peak_mb(), "analyser_mb": analyser_mb}


def child_search(source: Path, db: Path) -> dict:
    from tyokirja.services.workbook import open_workbook

    entries = json.loads(source.read_text(encoding="utf-8"))["entries"]
    book = open_workbook(_fresh(db), create=True)
    try:
        found = book.transfer.read_source("jrnl", source)
        book.transfer.import_bundle(found.bundle)
        by_text = {(e.title, e.facts): e.id for e in found.entries}
        search = book.search("fi")
        missing = []
        t0 = time.perf_counter()
        for entry in entries:
            wanted = by_text[(entry["title"], entry["body"])]
            first_line = entry["body"].split("\n")[0]
            title_hits = {h.id for h in search.search_all(f'"{entry["title"]}"')}
            body_hits = {h.id for h in search.search_all(f'"{first_line}"')}
            if wanted not in title_hits or wanted not in body_hits:
                missing.append(entry["date"] + " " + entry["time"])
        seconds = time.perf_counter() - t0
        stored = book.diary.count()
    finally:
        book.close()
    return {"entries": len(entries), "stored": stored, "found": len(entries) - len(missing),
            "missing": missing[:10], "searches": 2 * len(entries), "search_s": seconds}


def _child(kind: str, source: Path, db: Path) -> dict:
    done = subprocess.run([sys.executable, str(Path(__file__)), "--child", kind, "--source", str(source),
                           "--db", str(db)], capture_output=True, text=True, cwd=ROOT, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def _export(jrnl: str, count: int) -> tuple[Path, float]:
    WORK.mkdir(exist_ok=True)
    target = WORK / f"jrnl-{count}.json"
    t0 = time.perf_counter()
    target.write_text(jrnl_export(jrnl, journal_text(count)), encoding="utf-8")
    return target, time.perf_counter() - t0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Benchmark importing a jrnl export made by the real jrnl.")
    parser.add_argument("--jrnl", help="the jrnl program")
    parser.add_argument("--entries", type=int, default=20000)
    parser.add_argument("--check", type=int, default=2000, help="entries of the search check (0: skip)")
    parser.add_argument("--results", type=Path, default=BENCH / "results.md")
    parser.add_argument("--child", choices=("import", "gui", "gui-warm", "search", "baseline"), help=argparse.SUPPRESS)
    parser.add_argument("--source", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        run = {"import": child_import, "gui": child_gui, "search": child_search, "baseline": child_baseline,
               "gui-warm": lambda source, db: child_gui(source, db, warm=True)}[args.child]
        print(json.dumps(run(args.source, args.db)))
        return 0
    if not args.jrnl:
        parser.error("--jrnl is required")
    version = subprocess.run([args.jrnl, "--version"], capture_output=True, text=True).stdout.splitlines()[0]
    source, export_s = _export(args.jrnl, args.entries)
    baseline = _child("baseline", source, WORK / "jrnl-baseline.sqlite")
    imported = _child("import", source, WORK / "jrnl-import.sqlite")
    cold = _child("gui", source, WORK / "jrnl-gui.sqlite")
    gui = _child("gui-warm", source, WORK / "jrnl-gui.sqlite")
    check = None
    if args.check:
        check_source, _ = _export(args.jrnl, args.check)
        check = _child("search", check_source, WORK / "jrnl-search.sqlite")
    load = ", ".join(f"{v:.1f}" for v in os.getloadavg())
    info = machine()

    def verdict(ok: bool) -> str:
        return "met" if ok else "MISSED"

    lines = [
        "## Import from jrnl",
        "",
        f"{datetime.now(ZONE):%Y-%m-%d %H:%M} · {info['cores']} cores, {info['ram_gib']} GiB, {info['cpu']} · "
        f"Python {info['python']}, SQLite {info['sqlite']} · {version}",
        "",
        f"`bench/run_import_bench.py --entries {args.entries} --check {args.check}`: a journal of "
        f"{args.entries:,} entries in jrnl's text format, exported by the real jrnl with --format json "
        f"({source.stat().st_size / 1024 / 1024:.1f} MB, {export_s:.1f} s in jrnl), imported into an empty "
        "diary. Each measurement in a fresh process.",
        "",
        "| what | figure | target |",
        "| --- | --- | --- |",
        f"| read and check the export (exchange/importers/jrnl.py) | {imported['read_s']:.2f} s | – |",
        f"| plan (new / already there) | {imported['plan_s']:.2f} s | – |",
        f"| write {imported['new']:,} entries in one transaction (with the search index) | "
        f"{imported['write_s']:.2f} s | – |",
        f"| import in all | {imported['total_s']:.2f} s | ≤ 10 s: {verdict(imported['total_s'] <= 10)} |",
        f"| peak memory of that process | {imported['peak_mb']:.0f} MB | ≤ 300 MB: "
        f"{verdict(imported['peak_mb'] <= 300)} |",
        f"| peak memory of a process that only opened a diary and had the search analyser load | "
        f"{baseline['peak_mb']:.0f} MB | – |",
        f"| peak memory of the word analyser's own process (Voikko; runs beside the app, ends with it) | "
        f"{baseline.get('analyser_mb', 0):.0f} MB | – |",
        f"| the same export again: new / already there | {imported['again_new']} / "
        f"{imported['again_same']:,} | 0 new |",
    ]
    for label, run in (("first use: the search analyser is loaded by the import", cold),
                       ("analyser already loaded (after any save or search)", gui)):
        lines += [
            f"| GUI, {label}: preview / import in the worker | {run['preview_s']:.2f} s / "
            f"{run['import_s']:.2f} s | – |",
            f"| GUI, {label}: longest gap between 5 ms timer ticks (p99) | {run['max_gap_ms']:.0f} ms "
            f"({run['p99_gap_ms']:.0f} ms) | ≤ 100 ms: {verdict(run['max_gap_ms'] <= 100)} |",
            f"| GUI, {label}: process peak memory | {run['peak_mb']:.0f} MB | ≤ 300 MB: "
            f"{verdict(run['peak_mb'] <= 300)} |",
        ]
    if check is not None:
        lines.append(f"| search check: {check['entries']:,} jrnl entries imported, each title and body searched "
                     f"as an exact phrase ({check['searches']:,} searches, {check['search_s']:.0f} s) | "
                     f"{check['found']:,} of {check['entries']:,} found by both | all |")
    lines += ["", f"Load average at the end (1, 5, 15 min): {load} on {info['cores']} cores.", "", NOTES]
    write_section(args.results, "import-jrnl", "\n".join(lines))
    print("\n".join(lines))
    if check is not None and check["missing"]:
        print("not found:", check["missing"], file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
