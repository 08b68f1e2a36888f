"""Every damaged, foreign or leftover file, through every command-line command (issue 10, "What it must show").

The corpus (tests/helpers/damaged_corpus.py) is generated at test time. Each case runs `check`,
`search asiak`, `export json` and `report` in-process through `tyokirja.cli.main`, each on a fresh
copy of the case's folder, and asserts: no traceback; a non-zero exit for a file that is not a
healthy diary (zero for a healthy one); the folder byte- and mode-identical afterwards unless a
healthy diary was legitimately written; no fresh diary anywhere; a message that names the file
and the problem. A small sample also goes through the real entry point, `python -m tyokirja`.

The figures are written to <pytest basetemp>/damaged_files_summary.json and printed (run with -s).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import traceback
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from tests.helpers import damaged_corpus as dc

COMMANDS = {
    "check": lambda out: ["check"],
    "search": lambda out: ["search", "asiak"],
    "export": lambda out: ["export", "json", "--output", str(out / "vienti.json")],
    "report": lambda out: ["report", "--output", str(out / "raportti.pdf"), "--names-checked"],
}


def _param(case: dc.Case):
    return dc.param(case, case.cli_bug)


@pytest.fixture(scope="module", autouse=True)
def figures(tmp_path_factory):
    started = time.monotonic()
    yield
    dc.timed_summary("cli", tmp_path_factory.getbasetemp(), started)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, qapp):
    return dc.corpus(tmp_path_factory)


def run_cli(args: list[str], capsys) -> dc.Run:
    """tyokirja.cli.main in this process; the translators it installs are removed again afterwards."""
    app = QCoreApplication.instance()
    assert app is not None  # the qapp fixture made it: cli.main must not make a bare QCoreApplication
    had = set(app.findChildren(QTranslator))
    capsys.readouterr()
    code, exception = None, ""
    try:
        code = dc_main(args)
    except SystemExit as exc:  # argparse; never expected here
        code = exc.code if isinstance(exc.code, int) else 2
    except BaseException:  # noqa: BLE001 - an uncaught exception is exactly what this suite counts
        exception = traceback.format_exc()
    finally:
        for translator in set(app.findChildren(QTranslator)) - had:
            app.removeTranslator(translator)
            translator.setParent(None)
    out, err = capsys.readouterr()
    return dc.Run("cli", "", code, out, err, exception)


def dc_main(args: list[str]) -> int:
    from tyokirja import cli

    return cli.main(args)


@pytest.mark.parametrize("case", [_param(c) for c in dc.CASES])
def test_every_command_refuses_a_damaged_file_and_leaves_it_as_it_was(case, corpus, capsys):
    problems: list[tuple[str, str]] = []
    check_ok = False
    for command, extra in COMMANDS.items():
        folder, out = corpus.fresh(case, command)
        before = dc.snapshot(folder)
        run = run_cli(["--lang", "fi", "--db", str(folder / dc.DIARY), *extra(out)], capsys)
        run.command = command
        if command == "check":
            check_ok = run.code == 0
        found = dc.judge(case, run, folder, out, before, check_ok, corpus.facts)
        if check_ok and command != "check" and run.code != 0:
            detail = f"cli {command}: exit {run.code} where check found the file healthy: {run.err.strip()[:300]}"
            found.append(("inconsistent_verdicts", detail))
        dc.record(case, run, found, bool(case.cli_bug))
        problems += found
        if not found:
            corpus.discard(folder)
    assert not problems, "\n".join(f"{kind}: {detail}" for kind, detail in problems)


SUBPROCESS_SAMPLE = [
    ("truncation:minus-last-page", "check"), ("flip:header-0-magic-S", "search"),
    ("zeroed:page-1", "export"), ("foreign:browser-history", "report"), ("foreign:missing-goals", "check"),
    ("undecodable:encounters.title", "search"), ("bad-value:entry-time-word", "export"),
    ("wal:diverged-copy", "check"), ("wal:crash-leftover", "search"), ("file:empty", "report"),
]


@pytest.mark.parametrize("case_id,command", SUBPROCESS_SAMPLE, ids=[f"{c}-{m}" for c, m in SUBPROCESS_SAMPLE])
def test_the_real_entry_point_behaves_the_same(case_id, command, corpus):
    case = next(c for c in dc.CASES if c.id == case_id)
    folder, out = corpus.fresh(case, f"subprocess-{command}")
    before = dc.snapshot(folder)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    env.pop("TYOKIRJA_DB", None)
    argv = [sys.executable, "-m", "tyokirja", "--lang", "fi", "--db", str(folder / dc.DIARY), *COMMANDS[command](out)]
    done = subprocess.run(argv,
                          check=False, capture_output=True, text=True, env=env, timeout=60,
                          stdin=subprocess.DEVNULL)
    run = dc.Run("subprocess", command, done.returncode, done.stdout, done.stderr)
    found = dc.judge(case, run, folder, out, before, case.expect == "healthy", corpus.facts)
    dc.record(case, run, found, bool(case.cli_bug))
    if not found:
        corpus.discard(folder)
    assert done.returncode in (0, 1, 2)  # never a signal or an interpreter abort
    assert not found, "\n".join(f"{kind}: {detail}" for kind, detail in found)
