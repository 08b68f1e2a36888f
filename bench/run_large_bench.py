"""Flat at 100,000 entries (issue 16): the issue's table re-measured at 2k / 20k / 100k beside each goal.

    python bench/run_large_bench.py [--sizes 2000,20000,100000] [--runs 3] [--cache DIR]

The diaries are generated once (bench/generate_diary.py) and cached outside the repository, in
$TYOKIRJA_BENCH_CACHE or ~/.cache/tyokirja-bench: 2,000 entries over ten years, 20,000 over ten
years running five years into the future (an imported or clock-skewed diary), 100,000 over fifty
years. Each run measures a fresh copy. Every figure comes from a separate process of the real app
or CLI (wall time, and the kernel's peak RSS of that process):

- window shown / list usable: the app with TYOKIRJA_STARTUP_PROBE (median of warm starts);
- open-time check: storage.inspection.inspect() of the diary the app last closed cleanly, and the
  table check it leaves for after start-up (verify_tables), in-process medians;
- CLI search: `tyokirja search WORD` for a common word (first line out, total, hits) and a rare one
  (process CPU time);
- export JSON / Markdown / CSV through the CLI, and importing the JSON export into an empty diary
  (time and peak memory), then exporting that diary again and comparing the two files (apart from
  the line saying when each was exported).

Writes the "Flat at 100,000 entries" section of bench/results.md. Figures are reported, never asserted.
"""

from __future__ import annotations

import argparse
import hashlib
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

from run_bench import machine, startup, write_section  # noqa: E402

COMMON, RARE = "asiakas", "sähkösanomapalvelin"
SHAPES = {2000: ["--years", "10"], 20000: ["--years", "10", "--until", "2031-06-30"],
          100000: ["--years", "50"]}
GOALS = {"window": 0.6, "list": 0.65, "open_check_ms": 30, "rare_cpu": 0.3, "first_line": 0.25,
         "export_json": 12.0, "export_mb": 150, "import_s": 60.0, "import_mb": 300}


def cache_dir(given: Path | None) -> Path:
    folder = given or Path(os.environ.get("TYOKIRJA_BENCH_CACHE") or Path.home() / ".cache" / "tyokirja-bench")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def cached_diary(folder: Path, entries: int) -> Path:
    """The generated diary of this size, made once (seed 1)."""
    shape = SHAPES.get(entries, ["--years", "10"])
    path = folder / f"diary-{entries}-{'-'.join(shape[1::2])}.sqlite"
    if not path.exists():
        print(f"generating {entries} entries into {path} (once)", file=sys.stderr)
        subprocess.run([sys.executable, str(BENCH / "generate_diary.py"), "--entries", str(entries), "--db", str(path),
                        "--seed", "1", *shape], check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
        _checkpoint(path)
    return path


def _checkpoint(path: Path) -> None:
    code = ("import sys; from tyokirja.storage.connection import open_diary, close_diary; "
            "close_diary(open_diary(__import__('pathlib').Path(sys.argv[1])))")
    subprocess.run([sys.executable, "-c", code, str(path)], check=True, cwd=ROOT)


def run(args: list[str], env: dict[str, str] | None = None, first_line: bool = False) -> dict:
    """One process: wall time, peak RSS, CPU time, output lines, and when the first line came."""
    began = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT, env=env)
    assert proc.stdout is not None
    first = None
    lines = 0
    for _ in proc.stdout:
        if first is None:
            first = time.perf_counter() - began
        lines += 1
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - began
    err = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        raise RuntimeError(f"{args[3:6]} exited {code}: {err[-400:]}")
    return {"wall_s": wall, "first_s": first, "lines": lines, "rss_mb": usage.ru_maxrss / 1024,
            "cpu_s": usage.ru_utime + usage.ru_stime}


def cli(db: Path, *words: str) -> list[str]:
    return [sys.executable, "-m", "tyokirja", "--lang", "fi", "--db", str(db), *words]


def open_check(db: Path, runs: int) -> dict:
    code = """
import json, statistics, sys, time
from pathlib import Path
from tyokirja.storage.connection import close_diary, open_diary
from tyokirja.storage.inspection import inspect, verify_tables
path = Path(sys.argv[1]); runs = int(sys.argv[2])
close_diary(open_diary(path))  # a clean close: seen whole
opens, checks, tables = [], [], []
for _ in range(runs):
    t = time.perf_counter(); inspect(path); checks.append(time.perf_counter() - t)
    t = time.perf_counter(); close_diary(open_diary(path)); opens.append(time.perf_counter() - t)
    t = time.perf_counter(); assert verify_tables(path) is None; tables.append(time.perf_counter() - t)
print(json.dumps({"check_ms": statistics.median(checks) * 1000, "open_ms": statistics.median(opens) * 1000,
                  "tables_ms": statistics.median(tables) * 1000}))
"""
    done = subprocess.run([sys.executable, "-c", code, str(db), str(runs)], check=True, capture_output=True,
                          text=True, cwd=ROOT)
    return json.loads(done.stdout.strip().splitlines()[-1])


def _without_stamp(path: Path) -> bytes:
    """The SHA-256 of the file's lines but the one saying when it was exported (read a line at a time:
    holding two 195 MB files here made this process big, and a child forked from a big process
    reports its parent's peak memory as its own)."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for line in handle:
            if not line.startswith(b'  "exported_at": '):
                digest.update(line)
    return digest.digest()


def measure(entries: int, folder: Path, runs: int, app_runs: int) -> dict:
    source = cached_diary(folder, entries)
    work = Path(tempfile.mkdtemp(prefix=f"large-{entries}-", dir=folder))
    try:
        db = work / "diary.sqlite"
        shutil.copy2(source, db)
        out: dict = {"entries": entries}
        env = {**os.environ, "XDG_CACHE_HOME": str(work / "cache")}
        out["start"] = startup(db, app_runs)
        out["open"] = open_check(db, 5)
        common = [run(cli(db, "search", COMMON), env) for _ in range(runs)]
        rare = [run(cli(db, "search", RARE), env) for _ in range(runs)]
        out["common"] = {"first_s": statistics.median(r["first_s"] or 0 for r in common),
                         "wall_s": statistics.median(r["wall_s"] for r in common), "hits": common[0]["lines"]}
        out["rare"] = {"cpu_s": statistics.median(r["cpu_s"] for r in rare),
                       "wall_s": statistics.median(r["wall_s"] for r in rare), "hits": rare[0]["lines"]}
        first = work / "eka.json"
        for fmt, name in (("json", first), ("markdown", work / "v.md"), ("csv", work / "v.csv")):
            out[fmt] = run(cli(db, "export", fmt, "--output", str(name)), env)
        out["json"]["file_mb"] = first.stat().st_size / 1e6
        empty = work / "uusi.sqlite"
        out["import"] = run(cli(empty, "import", str(first)), env)
        second = work / "toka.json"
        run(cli(empty, "export", "json", "--output", str(second)), env)
        out["identical"] = _without_stamp(first) == _without_stamp(second)
        return out
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _mark(value: float | None, goal: float) -> str:
    if value is None:
        return "—"
    return "✅" if value <= goal else "❌"


def report(results: list[dict], info: dict) -> str:
    g = GOALS
    rows = ["| N entries | window shown (goal ≤ 0.6 s) | list usable (≤ 0.65 s) | open-time check (≤ 30 ms) "
            "| CLI search, common word: first line (≤ 0.25 s) / total | CLI rare word, CPU (≤ 0.3 s) "
            "| export JSON (≤ 12 s) | export peak memory (≤ 150 MB) | Markdown / CSV: time, peak "
            "| import JSON: time (≤ 60 s), peak (≤ 300 MB) | re-export identical |",
            "|---|---|---|---|---|---|---|---|---|---|---|"]
    for r in results:
        s = r["start"]
        window = s.get("window_shown_s")
        listed = s.get("list_shown_s")
        if window is None or listed is None:  # the probe failed: say why in the first column
            window_text = listed_text = f"not measured ({s.get('error', 'no probe line')})"
        else:
            window_text = f"{window:.2f} s {_mark(window, g['window'])}"
            listed_text = f"{listed:.2f} s {_mark(listed, g['list'])}"
        o, c, rare, j, m, v, i = r["open"], r["common"], r["rare"], r["json"], r["markdown"], r["csv"], r["import"]
        rows.append(
            f"| {r['entries']:,} | {window_text} | {listed_text} "
            f"| {o['check_ms']:.1f} ms {_mark(o['check_ms'], g['open_check_ms'])} (table check after start-up: "
            f"{o['tables_ms']:.0f} ms) "
            f"| {c['first_s']:.2f} s {_mark(c['first_s'], g['first_line'])} / {c['wall_s']:.2f} s ({c['hits']:,} hits) "
            f"| {rare['cpu_s']:.2f} s {_mark(rare['cpu_s'], g['rare_cpu'])} "
            f"| {j['wall_s']:.1f} s {_mark(j['wall_s'], g['export_json'])} (CPU {j['cpu_s']:.1f} s; "
            f"{j['file_mb']:.0f} MB file) "
            f"| {j['rss_mb']:.0f} MB {_mark(j['rss_mb'], g['export_mb'])} "
            f"| {m['wall_s']:.1f} s (CPU {m['cpu_s']:.1f} s), {m['rss_mb']:.0f} MB / {v['wall_s']:.1f} s "
            f"(CPU {v['cpu_s']:.1f} s), {v['rss_mb']:.0f} MB "
            f"| {i['wall_s']:.1f} s {_mark(i['wall_s'], g['import_s'])} (CPU {i['cpu_s']:.1f} s), "
            f"{i['rss_mb']:.0f} MB {_mark(i['rss_mb'], g['import_mb'])} | {'yes' if r['identical'] else '**no**'} |")
    return "\n".join([
        "## Flat at 100,000 entries (issue 16)",
        "",
        f"Measured {time.strftime('%Y-%m-%d')} with `make bench-large` on {info['cores']} cores ({info['cpu']}), "
        f"Python {info['python']}, SQLite {info['sqlite']}; load average at the end "
        f"{', '.join(f'{x:.1f}' for x in os.getloadavg())} (1, 5, 15 min): other work shares the machine, so "
        "times are noisy. Peak memory is the kernel's max RSS of the whole process.",
        "",
        *rows,
        "",
        "Diaries: 2,000 entries over ten years; 20,000 over ten years running five years into the future; "
        "100,000 over fifty years (generated once, cached outside the repository). *Re-export identical*: the "
        "JSON export imported into an empty diary and exported again gives the same file but for the "
        "`exported_at` line. The import's peak memory is that of the CLI process *and* the word analyser's "
        "process it starts and waits for (Voikko, about 277 MB on its own; the kernel reports the larger of the "
        "two; the app process alone is in the section on importing from jrnl).",
    ])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="The issue 16 table at several diary sizes.")
    parser.add_argument("--sizes", default="2000,20000,100000")
    parser.add_argument("--runs", type=int, default=3, help="CLI search runs")
    parser.add_argument("--app-runs", type=int, default=3, help="warm app starts")
    parser.add_argument("--cache", type=Path)
    parser.add_argument("--results", type=Path, default=BENCH / "results.md")
    parser.add_argument("--from-log", type=Path, help="only write the table from the JSON lines of an earlier run")
    args = parser.parse_args(argv)
    folder = cache_dir(args.cache)
    results = []
    if args.from_log:
        results = [json.loads(line) for line in args.from_log.read_text("utf-8").splitlines() if line.startswith("{")]
    for size in () if args.from_log else (int(s) for s in args.sizes.split(",")):
        print(f"measuring {size} entries", file=sys.stderr)
        results.append(measure(size, folder, args.runs, args.app_runs))
        print(json.dumps(results[-1], default=str), file=sys.stderr)
    body = report(results, machine())
    write_section(args.results, "large", body)
    print(body)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
