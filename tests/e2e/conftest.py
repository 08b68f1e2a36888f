"""Running the real command line in a subprocess, as a user or a script would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def cli_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("TYOKIRJA_DB", None)
    env.update(QT_QPA_PLATFORM="offscreen", TZ="Europe/Helsinki", PYTHONIOENCODING="utf-8")
    env.update(extra)
    return env


def run_cli(*args: object, env: dict[str, str] | None = None, lang: str = "en") -> subprocess.CompletedProcess:
    """`python -m tyokirja --lang LANG ARGS...`, text in and out as UTF-8."""
    command = [sys.executable, "-m", "tyokirja", "--lang", lang, *map(str, args)]
    return subprocess.run(command, cwd=ROOT, env=env or cli_env(), capture_output=True,
                          text=True, encoding="utf-8", timeout=60)


@pytest.fixture
def cli():
    return run_cli
