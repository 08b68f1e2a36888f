"""Refresh resources/i18n/*.ts from the Python sources (run by `make lupdate`)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS_FILES = ("tyokirja_fi.ts", "tyokirja_en.ts")


def source_files(root: Path = ROOT) -> list[str]:
    """Every module that may hold translatable strings (everything Qt-aware)."""
    package = root / "tyokirja"
    return sorted(str(p.relative_to(root)) for p in package.rglob("*.py") if "devtools" not in p.parts)


def run_lupdate(ts_paths: list[Path], root: Path = ROOT, extra: tuple[str, ...] = ()) -> str:
    exe = Path(sys.executable).with_name("pyside6-lupdate")
    cmd = [str(exe), "-no-obsolete", "-locations", "none", *extra, *source_files(root), "-ts", *map(str, ts_paths)]
    done = subprocess.run(cmd, cwd=root, capture_output=True, text=True, check=True)
    return done.stdout + done.stderr


def main() -> None:
    print(run_lupdate([ROOT / "resources" / "i18n" / name for name in TS_FILES]))


if __name__ == "__main__":
    main()
