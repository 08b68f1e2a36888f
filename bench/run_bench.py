"""Diary benchmark: start-up, search, paging and memory with a generated large diary.

    python bench/run_bench.py --entries 20000 [--keep] [--reuse]

Generates the diary under bench/work/ (gitignored), measures, and writes the "Diary" section of
bench/results.md (between <!-- bench:diary:start --> and <!-- bench:diary:end -->). Figures are
reported, never asserted: a missed target is a finding, not a failure of this script.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import threading
import time
from datetime import datetime
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))

from generate_diary import COMMON_WORD, RARE_COUNT  # noqa: E402
from phrases_fi import RARE_WORD  # noqa: E402

TARGET_WINDOW_S = 0.6
TARGET_SEARCH_MS = 30.0
TARGET_MEMORY_MB = 200.0
PAGE = 200
COMPARISON = (
    "For comparison, on this kind of machine with the same 20,000 entries RedNotebook needs 1.6 s to "
    "show its window, 3 s to become interactive, 610 ms per search and 459 MiB; jrnl needs 0.94 s to search."
)
QUERIES = [  # (label, text)
    ("rare word", RARE_WORD),
    ("common word", COMMON_WORD),
    ("two words", "asiakas palaute"),
    ("short (2 letters)", "as"),
]


# -- results.md --------------------------------------------------------------------------------

def replace_section(text: str, name: str, body: str) -> str:
    """Put `body` between this benchmark's markers in `text`, leaving other sections alone."""
    start, end = f"<!-- bench:{name}:start -->", f"<!-- bench:{name}:end -->"
    block = f"{start}\n{body.rstrip()}\n{end}"
    if start in text and end in text:
        head, rest = text.split(start, 1)
        return head + block + rest.split(end, 1)[1]
    if not text.strip():
        text = "# Benchmark results\n\nWritten by the scripts in bench/; each benchmark owns one section.\n"
    return text.rstrip() + "\n\n" + block + "\n"


def write_section(path: Path, name: str, body: str) -> None:
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    path.write_text(replace_section(old, name, body), encoding="utf-8")


# -- measuring helpers -------------------------------------------------------------------------

def median(values):
    return statistics.median(values) if values else None


def p95(values):
    """Nearest-rank 95th percentile."""
    ordered = sorted(values)
    return ordered[max(0, -(-95 * len(ordered) // 100) - 1)] if ordered else None


def timed(fn, runs: int) -> list[float]:
    """Milliseconds of each of `runs` calls."""
    out = []
    for _ in range(runs):
        began = time.perf_counter()
        fn()
        out.append((time.perf_counter() - began) * 1000)
    return out


def machine() -> dict:
    import sqlcipher3

    mem_kb = 0
    model = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem_kb = int(line.split()[1])
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {"cores": os.cpu_count(), "ram_gib": round(mem_kb / 1024 / 1024, 1), "cpu": model,
            "python": platform.python_version(), "sqlite": sqlcipher3.sqlite_version,
            "os": platform.platform()}


# -- the steps ---------------------------------------------------------------------------------

def generate(db: Path, entries: int, seed: int) -> dict:
    cmd = [sys.executable, str(BENCH / "generate_diary.py"), "--entries", str(entries), "--db", str(db),
           "--seed", str(seed), "--force", "--json"]
    done = subprocess.run(cmd, check=True, capture_output=True, text=True, cwd=ROOT)
    return json.loads(done.stdout.strip().splitlines()[-1])


def _probe_once(db: Path, env: dict, timeout: float) -> dict:
    out_path, err_path = db.parent / "probe.out", db.parent / "probe.err"
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        began = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-m", "tyokirja", "--db", str(db)], stdout=out, stderr=err,
                                stdin=subprocess.DEVNULL, env=env, cwd=ROOT)
        killer = threading.Timer(timeout, proc.kill)
        killer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            killer.cancel()
        wall = time.perf_counter() - began
        proc.returncode = os.waitstatus_to_exitcode(status)
    result = {"wall_s": wall, "rc": proc.returncode, "child_maxrss_mb": usage.ru_maxrss / 1024}
    for line in reversed(out_path.read_text(encoding="utf-8", errors="replace").splitlines()):
        line = line.strip()
        if line.startswith("{") and "window_shown_s" in line:
            result.update(json.loads(line))
            break
    else:
        if proc.returncode < 0 or wall >= timeout:
            result["error"] = f"no probe line within {timeout:.0f} s (process killed)"
        else:
            result["error"] = f"the app printed no startup probe line (exit code {proc.returncode})"
    return result


def startup(db: Path, runs: int, timeout: float = 60.0) -> dict:
    """One cold run, then `runs` warm runs of the real app with TYOKIRJA_STARTUP_PROBE=1."""
    if not (ROOT / "tyokirja" / "app.py").exists():
        return {"error": "tyokirja/app.py does not exist yet"}
    # An installed app keeps its compiled bytecode; some shells here set PYTHONDONTWRITEBYTECODE,
    # which would add the compile time of every module to each start.
    env = {k: v for k, v in os.environ.items() if k not in ("TYOKIRJA_DB", "PYTHONDONTWRITEBYTECODE")}
    env.update(TYOKIRJA_STARTUP_PROBE="1", QT_QPA_PLATFORM="offscreen")
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[var] = str(db.parent / "xdg" / var.lower())
        Path(env[var]).mkdir(parents=True, exist_ok=True)
    cold = _probe_once(db, env, timeout)
    if "error" in cold:
        return {"error": cold["error"]}
    warm = [_probe_once(db, env, timeout) for _ in range(runs)]
    failed = [w for w in warm if "error" in w]
    if failed:
        return {"error": failed[0]["error"]}

    def pick(key):
        return median([w[key] for w in warm if w.get(key) is not None])

    return {"cold": cold, "runs": runs, "window_shown_s": pick("window_shown_s"),
            "list_shown_s": pick("list_shown_s"), "wall_s": pick("wall_s"), "list_rows": warm[0].get("list_rows"),
            "peak_rss_mb": max((w.get("peak_rss_mb") or 0) for w in [cold, *warm]) or None,
            "child_maxrss_mb": max(w["child_maxrss_mb"] for w in [cold, *warm])}


def searches(db: Path, runs: int) -> dict:
    """What the list does per search (count + first page), and plain paging, through DiaryService."""
    from tyokirja.domain.content import Catalogue
    from tyokirja.domain.encounter import EncounterFilter
    from tyokirja.services.diary import DiaryService
    from tyokirja.storage.connection import close_diary, open_diary
    from tyokirja.storage.drafts import DraftRepository
    from tyokirja.storage.encounters import EncounterRepository

    db_handle = open_diary(db, create=False)
    try:
        service = DiaryService(EncounterRepository(db_handle), DraftRepository(db_handle), Catalogue.load_default())
        result = {"queries": []}
        for label, text in QUERIES:
            flt = EncounterFilter(text=text)
            hits = service.count(flt)
            total = timed(lambda: (service.count(flt), service.summaries(flt, 0, PAGE)), runs)
            count_ms = timed(lambda: service.count(flt), runs)
            page_ms = timed(lambda: service.summaries(flt, 0, PAGE), runs)
            result["queries"].append({"label": label, "text": text, "hits": hits, "ms": total,
                                      "count_ms": median(count_ms), "page_ms": median(page_ms)})
        everything = EncounterFilter()
        result["first_page_ms"] = timed(lambda: service.summaries(everything, 0, PAGE), runs)
        result["page50_ms"] = timed(lambda: service.summaries(everything, 49 * PAGE, PAGE), runs)
        result["count_all_ms"] = timed(lambda: service.count(everything), runs)
    finally:
        close_diary(db_handle)
    result["maxrss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return result


# -- the report --------------------------------------------------------------------------------

def verdict(value, target) -> str:
    if value is None:
        return "—"
    return "pass" if value < target else "**miss**"


def report(info: dict, gen: dict, start: dict, search: dict, entries: int) -> str:
    m = info
    lines = [
        "## Diary: start-up, search and memory",
        "",
        f"Run {datetime.now().astimezone().strftime('%Y-%m-%d %H:%M %Z')} by `bench/run_bench.py --entries {entries}`"
        f" on {m['cores']} cores, {m['ram_gib']} GiB RAM ({m['cpu']}), {m['os']}, Python {m['python']},"
        f" SQLite {m['sqlite']} (sqlcipher3).",
        "",
        f"Diary: {entries:,} entries over ten years generated by `bench/generate_diary.py` (seed {gen['seed']})"
        f" in {gen['seconds']:.1f} s, one transaction; file {gen['file_bytes'] / 1e6:.1f} MB.",
        "",
        "| Measure | Result | Target | Pass/miss |",
        "| --- | --- | --- | --- |",
    ]
    if "error" in start:
        why = f"not measured ({start['error']})"
        lines += [f"| Usable window (list shown) | {why} | < {TARGET_WINDOW_S} s | — |",
                  f"| Peak memory, app | {why} | < {TARGET_MEMORY_MB:.0f} MB | — |"]
    else:
        cold = start["cold"]
        n = start["runs"]
        lines += [
            f"| Usable window: list shown, median of {n} warm starts | {start['list_shown_s']:.3f} s "
            f"({start['list_rows']} rows) | < {TARGET_WINDOW_S} s | {verdict(start['list_shown_s'], TARGET_WINDOW_S)} |",
            f"| Window shown, median of {n} warm starts | {start['window_shown_s']:.3f} s | < {TARGET_WINDOW_S} s"
            f" | {verdict(start['window_shown_s'], TARGET_WINDOW_S)} |",
            f"| Cold (first) start: window / list shown | {cold['window_shown_s']:.3f} s / "
            f"{cold.get('list_shown_s') or 0:.3f} s | < {TARGET_WINDOW_S} s | "
            f"{verdict(cold.get('list_shown_s'), TARGET_WINDOW_S)} |",
            f"| Whole process, launch to exit (wall), median | {start['wall_s']:.3f} s | — | — |",
            f"| Peak memory, app (probe; kernel max RSS {start['child_maxrss_mb']:.0f} MB) | "
            f"{start['peak_rss_mb'] or start['child_maxrss_mb']:.0f} MB | < {TARGET_MEMORY_MB:.0f} MB | "
            f"{verdict(start['peak_rss_mb'] or start['child_maxrss_mb'], TARGET_MEMORY_MB)} |",
        ]
    for q in search["queries"]:
        med, top = median(q["ms"]), p95(q["ms"])
        lines.append(f"| Search, {q['label']} “{q['text']}” ({q['hits']:,} hits): count + first {PAGE}, median / p95 "
                     f"| {med:.1f} / {top:.1f} ms | < {TARGET_SEARCH_MS:.0f} ms | {verdict(med, TARGET_SEARCH_MS)} |")
    lines += [
        f"| First {PAGE} summaries, unfiltered, median / p95 | {median(search['first_page_ms']):.1f} / "
        f"{p95(search['first_page_ms']):.1f} ms | — | — |",
        f"| Page 50 (rows 9,801–10,000), median / p95 | {median(search['page50_ms']):.1f} / "
        f"{p95(search['page50_ms']):.1f} ms | — | — |",
        f"| Count of all entries, median | {median(search['count_all_ms']):.1f} ms | — | — |",
        f"| Peak memory, search benchmark process | {search['maxrss_mb']:.0f} MB | < {TARGET_MEMORY_MB:.0f} MB | "
        f"{verdict(search['maxrss_mb'], TARGET_MEMORY_MB)} |",
        f"| Diary file size | {gen['file_bytes'] / 1e6:.1f} MB | — | — |",
        "",
        "Search time split (medians): " + "; ".join(
            f"{q['label']}: count {q['count_ms']:.1f} ms + first page {q['page_ms']:.1f} ms" for q in search["queries"]
        ) + ".",
        "",
        f"Searches run {len(search['first_page_ms'])} times each through DiaryService (count + first page, "
        "what the list does per search); pass/miss is judged on the median. Start-up figures come from the app's "
        "own probe (TYOKIRJA_STARTUP_PROBE=1, offscreen); \"cold\" is the first start after generating the diary "
        "(file pages may still be in the OS cache).",
        "",
        COMPARISON,
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Benchmark the diary with a generated large diary.")
    parser.add_argument("--entries", type=int, default=20000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--runs", type=int, default=5, help="warm app starts")
    parser.add_argument("--search-runs", type=int, default=30)
    parser.add_argument("--keep", action="store_true", help="keep the generated diary in bench/work/")
    parser.add_argument("--reuse", action="store_true", help="use a diary kept by an earlier --keep run")
    parser.add_argument("--results", type=Path, default=BENCH / "results.md")
    args = parser.parse_args(argv)

    work = BENCH / "work" / f"diary-{args.entries}"
    db = work / "diary.sqlite"
    work.mkdir(parents=True, exist_ok=True)
    if args.reuse and db.exists():
        gen = {"seed": args.seed, "seconds": 0.0, "file_bytes": db.stat().st_size}
        print(f"reusing {db}")
    else:
        print(f"generating {args.entries} entries ...", flush=True)
        gen = generate(db, args.entries, args.seed)
        print(f"  {gen['seconds']:.1f} s, {gen['file_bytes'] / 1e6:.1f} MB, {gen['rare_entries']} with the rare word"
              f" (expected {min(RARE_COUNT, args.entries)})", flush=True)
    try:
        print("starting the app ...", flush=True)
        start = startup(db, args.runs)
        print("  " + (start["error"] if "error" in start else
                      f"list shown {start['list_shown_s']:.3f} s, window {start['window_shown_s']:.3f} s"), flush=True)
        print("searching ...", flush=True)
        search = searches(db, args.search_runs)
        gen["file_bytes"] = db.stat().st_size
        body = report(machine(), gen, start, search, args.entries)
        write_section(args.results, "diary", body)
        print(body)
        print(f"\nwritten to {args.results}")
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
