"""Does typing into the diary's search box stall the GUI? (Issue 13: no stall over 50 ms.)

    python bench/run_typing_bench.py --db DIARY [--text kuuntelemaan] [--order date|relevance]
                                     [--interval-ms 120] [--runs 3]

Builds the real main window over a copy of DIARY (Qt offscreen), types the text into the search
box one key every --interval-ms (a steady typist), and keeps a 5 ms heartbeat timer running: every
gap between two heartbeats longer than 50 ms is a stall the user would feel. The search runs after
the filter bar's pause (250 ms): on a worker thread with its own connection for a large plaintext
diary (ui/list_search.py), else on the GUI thread, with the list's first page and snippets. The
watch lasts until the list shows the search's rows (and 0.3 s more for drawing them); "results
after" is the time from the last key to then. Prints markdown; figures are reported, never asserted.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QEvent, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from tyokirja.app import build_main_window  # noqa: E402
from tyokirja.domain.content import Catalogue  # noqa: E402
from tyokirja.i18n import install_translators  # noqa: E402
from tyokirja.services.workbook import open_workbook  # noqa: E402

STALL_MS = 50


def _settle(app: QApplication, page, seconds: float) -> None:
    """Run the event loop for `seconds`, and on until the list shows what was asked for."""
    until = time.perf_counter() + seconds
    while time.perf_counter() < until or getattr(page.model, "pending", lambda: False)():
        app.processEvents()
        time.sleep(0.001)


def type_and_watch(app: QApplication, window, text: str, interval_ms: int) -> tuple[list[float], float]:
    """Type `text` into the diary's search box; return every heartbeat gap in ms, and the time from
    the last key until the list showed the search's rows (ms)."""
    page = window.diary_page
    search = page.filter_bar.search
    search.clear()
    _settle(app, page, 0.4)
    shown: list[float] = []
    page.model.modelReset.connect(lambda: shown.append(time.perf_counter()))
    search.setFocus()
    clock = QElapsedTimer()
    clock.start()
    gaps: list[float] = []
    last = [clock.nsecsElapsed()]

    def beat() -> None:
        now = clock.nsecsElapsed()
        gaps.append((now - last[0]) / 1e6)
        last[0] = now

    heart = QTimer()
    heart.setTimerType(Qt.TimerType.PreciseTimer)
    heart.setInterval(5)
    heart.timeout.connect(beat)
    heart.start()
    last_key = 0.0
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.postEvent(search, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))
        last_key = time.perf_counter()
        until = last_key + interval_ms / 1000
        while time.perf_counter() < until:
            app.processEvents()
            time.sleep(0.001)
    # the pause (250 ms), the search, and the list's drawing after the last key
    until = time.perf_counter() + 10.0
    while not shown and time.perf_counter() < until:
        app.processEvents()
        time.sleep(0.001)
    _settle(app, page, 0.3)
    heart.stop()
    return gaps, (shown[-1] - last_key) * 1000 if shown else float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--text", default="kuuntelemaan")
    parser.add_argument("--order", choices=("date", "relevance"), default="date",
                        help="the list's order of search hits: newest first, or best match first")
    parser.add_argument("--interval-ms", type=int, default=120)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_translators(app, "fi")
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["TYOKIRJA_CACHE_DIR"] = tmp
        copy = Path(tmp) / "diary.sqlite"
        shutil.copy(args.db, copy)
        workbook = open_workbook(copy, create=False, catalogue=Catalogue.load_default())
        window = build_main_window(workbook, "fi")
        window.resize(1200, 800)
        window.show()
        window.show_area("diary")
        bar = window.diary_page.filter_bar
        bar.order.setCurrentIndex(bar.order.findData(args.order))
        app.processEvents()
        entries = workbook.diary.count()
        workbook.diary.count(window.diary_page.filter_bar.current_filter())
        from tyokirja.storage.wordforms import preload

        preload()  # the app loads it 1.5 s after start; typing comes later than that
        rows = []
        for run in range(args.runs):
            gaps, after = type_and_watch(app, window, args.text, args.interval_ms)
            stalls = [g for g in gaps if g > STALL_MS]
            rows.append(f"| {run + 1} | {max(gaps):.0f} ms | {len(stalls)} | "
                        f"{', '.join(f'{g:.0f}' for g in sorted(stalls, reverse=True)[:5]) or '–'} | {after:.0f} ms |")
        window.close()
        workbook.close()
    print(f"{entries:,} entries; typing `{args.text}` ({len(args.text)} letters, {args.order} order), one key every "
          f"{args.interval_ms} ms; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores\n")
    print("| run | longest stall | stalls over 50 ms | the longest ones (ms) | results after |\n"
          "| --- | --- | --- | --- | --- |")
    print("\n".join(rows))


if __name__ == "__main__":
    main()
