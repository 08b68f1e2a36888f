"""Hatchling build hook: the wheel carries resources/ as package data under tyokirja/data/.

A checkout keeps resources/ at the top (make run and make test read it there); an installed wheel
has no checkout, so the content, fonts, icons and schema are copied into the package and the Qt
Linguist catalogues are compiled (.ts -> .qm) with PySide6's lrelease while the wheel is built.
tyokirja.resources finds either place. An editable install gets nothing here: it reads the checkout.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

PACKAGE_DATA = "tyokirja/data"
# resources/ folders shipped as they are; i18n/ ships only the compiled .qm catalogues
SHIPPED_FOLDERS = ("content", "fonts", "icons", "schema")


def lrelease_command() -> list[str]:
    """PySide6's lrelease binary (PySide6-Essentials is a build requirement of the wheel)."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("Building the wheel needs PySide6-Essentials (its lrelease compiles the translations).")
    folder = Path(next(iter(spec.submodule_search_locations)))
    binary = folder / ("lrelease.exe" if sys.platform == "win32" else "lrelease")
    if not binary.is_file():
        raise RuntimeError(f"PySide6 has no lrelease at {binary}.")
    return [str(binary)]


class ResourcesBuildHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version == "editable":
            return
        resources = Path(self.root) / "resources"
        forced = build_data["force_include"]
        for name in SHIPPED_FOLDERS:
            forced[str(resources / name)] = f"{PACKAGE_DATA}/{name}"
        self._built = Path(tempfile.mkdtemp(prefix="tyokirja-qm-"))
        sources = sorted((resources / "i18n").glob("*.ts"))
        if not sources:
            raise RuntimeError(f"No translations (*.ts) under {resources / 'i18n'}.")
        for source in sources:
            target = self._built / f"{source.stem}.qm"
            subprocess.run([*lrelease_command(), "-silent", str(source), "-qm", str(target)], check=True)
            if not target.is_file() or target.stat().st_size == 0:
                raise RuntimeError(f"lrelease wrote no catalogue for {source.name}.")
            forced[str(target)] = f"{PACKAGE_DATA}/i18n/{target.name}"

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        built = getattr(self, "_built", None)
        if built is not None:
            shutil.rmtree(built, ignore_errors=True)
