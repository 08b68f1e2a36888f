"""Start-up and search of two checkouts, measured alternately in the same minutes (a shared machine).

    python bench/compare_trees.py OLD_CHECKOUT NEW_CHECKOUT [--rounds 6] [--search-runs 25]

Each checkout needs its own generated diary at bench/work/diary-20000/diary.sqlite (made with
`PYTHONPATH=CHECKOUT python CHECKOUT/bench/generate_diary.py --entries 20000 --db …`; an older
checkout refuses a newer schema). Each round starts the app of each checkout once with
TYOKIRJA_STARTUP_PROBE=1 (offscreen) and runs that checkout's `run_bench.searches()` in a fresh
process. Prints medians; nothing is written.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
from pathlib import Path

DIARY = Path("bench/work/diary-20000/diary.sqlite")
SEARCH = """
import json, sys
from pathlib import Path
sys.path.insert(0, "bench")
import run_bench
r = run_bench.searches(Path({db!r}), {runs})
print(json.dumps({{q["label"]: run_bench.median(q["ms"]) for q in r["queries"]}}))
"""


def _env(tree: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("TYOKIRJA_DB", "PYTHONDONTWRITEBYTECODE")}
    env.update(TYOKIRJA_STARTUP_PROBE="1", QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(tree))
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        folder = tree / DIARY.parent / "xdg" / var.lower()
        folder.mkdir(parents=True, exist_ok=True)
        env[var] = str(folder)
    return env


def start_once(tree: Path) -> tuple[float, float, float]:
    """(window shown s, list shown s, process CPU s) of one start of the app in `tree`."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run([sys.executable, "-m", "tyokirja", "--db", str(tree / DIARY)], cwd=tree, env=_env(tree),
                          capture_output=True, text=True, timeout=120)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if not lines:
        raise SystemExit(f"{tree}: no start-up probe line ({done.stderr.strip()[-300:]})")
    probe = json.loads(lines[-1])
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return probe["window_shown_s"], probe["list_shown_s"], cpu


def search_once(tree: Path, runs: int) -> dict[str, float]:
    code = SEARCH.format(db=str(tree / DIARY), runs=runs)
    done = subprocess.run([sys.executable, "-c", code], cwd=tree, env=_env(tree), capture_output=True, text=True,
                          check=True, timeout=600)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old", type=Path)
    parser.add_argument("new", type=Path)
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--search-runs", type=int, default=25)
    args = parser.parse_args(argv)
    trees = {"old": args.old.resolve(), "new": args.new.resolve()}
    starts: dict[str, list[tuple[float, float, float]]] = {name: [] for name in trees}
    searches: dict[str, dict[str, list[float]]] = {name: {} for name in trees}
    for tree in trees.values():
        start_once(tree)  # warm the file cache and bytecode once
    for _ in range(args.rounds):
        for name, tree in trees.items():
            starts[name].append(start_once(tree))
            for label, ms in search_once(tree, args.search_runs).items():
                searches[name].setdefault(label, []).append(ms)
    for name in trees:
        window, listed, cpu = (statistics.median(x) for x in zip(*starts[name], strict=True))
        found = ", ".join(f"{label} {statistics.median(v):.1f} ms" for label, v in searches[name].items())
        print(f"{name}: window {window:.3f} s, list {listed:.3f} s, process CPU {cpu:.3f} s; search {found}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
