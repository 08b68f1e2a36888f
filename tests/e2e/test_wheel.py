"""The wheel works on its own: built from the checkout, installed into a fresh venv elsewhere, and run there.

A user who installs with pip has no checkout: content, fonts, translations (.qm, compiled while the wheel
is built) and the export schema must come from inside the installed package. Building and installing
takes about half a minute (PySide6-Essentials and the other dependencies come from pip's cache or the
package index), so these tests carry the `wheel` marker: `-m "not wheel"` leaves them out locally.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.e2e.conftest import ROOT, run_cli
from tests.e2e.test_cli import seed
from tyokirja.domain.encounter import Encounter

pytestmark = [pytest.mark.wheel, pytest.mark.timeout(900)]


class Installed:
    """A fresh venv with only the built wheel (and its dependencies) installed, and a private home."""

    def __init__(self, wheel: Path, venv: Path, home: Path) -> None:
        self.wheel, self.venv, self.home = wheel, venv, home

    def env(self, **extra: str) -> dict[str, str]:
        env = {key: value for key, value in os.environ.items()
               if key not in ("PYTHONPATH", "VIRTUAL_ENV", "TYOKIRJA_DB", "TYOKIRJA_RESOURCES")}
        env.update(HOME=str(self.home), XDG_DATA_HOME=str(self.home / "share"),
                   XDG_CONFIG_HOME=str(self.home / "config"), XDG_CACHE_HOME=str(self.home / "cache"),
                   XDG_STATE_HOME=str(self.home / "state"), QT_QPA_PLATFORM="offscreen",
                   PYTHONIOENCODING="utf-8", TZ="Europe/Helsinki")
        env.update(extra)
        return env

    def run(self, *args: str, **extra: str) -> subprocess.CompletedProcess:
        """The `tyokirja` command of the venv, run from the private home (outside the checkout)."""
        return subprocess.run([str(self.venv / "bin" / "tyokirja"), *args], cwd=self.home, env=self.env(**extra),
                              capture_output=True, text=True, encoding="utf-8", timeout=120)

    def python(self, code: str) -> subprocess.CompletedProcess:
        return subprocess.run([str(self.venv / "bin" / "python"), "-c", code], cwd=self.home, env=self.env(),
                              capture_output=True, text=True, encoding="utf-8", timeout=120)


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Installed:
    base = tmp_path_factory.mktemp("wheel")
    dist, venv, home = base / "dist", base / "venv", base / "home"
    home.mkdir()
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(dist), str(ROOT)],
                           capture_output=True, text=True, timeout=600)
    assert built.returncode == 0, built.stderr[-3000:]
    (wheel,) = dist.glob("tyokirja-*.whl")
    made = subprocess.run([sys.executable, "-m", "venv", str(venv)], capture_output=True, text=True, timeout=120)
    assert made.returncode == 0, made.stderr
    done = subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", str(wheel)],
                          cwd=home, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    return Installed(wheel, venv, home)


def test_the_wheel_carries_the_data_and_compiled_translations_but_no_translation_sources(installed):
    names = set(zipfile.ZipFile(installed.wheel).namelist())
    for needed in ("tyokirja/data/content/skills.toml", "tyokirja/data/fonts/DejaVuSans.ttf",
                   "tyokirja/data/i18n/tyokirja_fi.qm", "tyokirja/data/i18n/tyokirja_en.qm",
                   "tyokirja/data/schema/tyokirja-export-v2.schema.json", "tyokirja/data/icons/fi.tyokirja.Tyokirja.svg"):
        assert needed in names
    assert not [name for name in names if name.endswith(".ts") or name.startswith(("tests/", "resources/"))]


def test_the_installed_app_runs_from_the_venv_not_from_the_checkout(installed):
    done = installed.python("import tyokirja, tyokirja.resources as r; print(tyokirja.__file__); print(r.resources_dir())")
    package, data = done.stdout.splitlines()
    assert Path(package).is_relative_to(installed.venv) and Path(data).is_relative_to(installed.venv), done.stdout
    assert not Path(package).is_relative_to(ROOT)


def test_the_install_brings_qt_essentials_without_the_addons(installed):
    """The Addons (QtCharts, WebEngine, 3D…) would add about 160 MB that nothing uses."""
    done = installed.python("import importlib.metadata as m; print(*sorted({d.metadata['Name'].lower().replace('_', '-') "
                            "for d in m.distributions()}))")
    installed_names = done.stdout.split()
    assert "pyside6-essentials" in installed_names and "reportlab" in installed_names, installed_names
    assert "pyside6-addons" not in installed_names and "pyside6" not in installed_names, installed_names


def test_the_installed_window_opens_a_new_diary_offscreen_and_check_finds_it_in_order(installed):
    diary = installed.home / "share" / "Tyokirja" / "tyokirja.sqlite"
    assert not diary.exists()
    # The real entry point: the window is built over a new diary in the default place, shown, and closed.
    shown = installed.run(TYOKIRJA_STARTUP_PROBE="1")
    assert shown.returncode == 0, shown.stderr
    assert "Traceback" not in shown.stderr, shown.stderr
    assert json.loads(shown.stdout.strip().splitlines()[-1])["list_rows"] == 0
    assert diary.is_file()

    checked = installed.run("check")  # Finnish by default: the compiled catalogue came with the wheel
    assert checked.returncode == 0, checked.stderr
    assert "Päiväkirja on kunnossa: 0 merkintää." in checked.stdout
    checked_en = installed.run("--lang", "en", "check")
    assert "The diary is in good order: 0 entries." in checked_en.stdout


def test_the_installed_app_imports_an_export_finds_it_and_writes_a_report_in_its_own_font(installed, tmp_path):
    source = tmp_path / "source.sqlite"
    seed(source, [Encounter(id="w1", occurred_at=datetime.now(UTC) - timedelta(days=2),
                            title="Äänekosken asiakas: Šumppu čđŋ", facts="Puhelu laskusta.")])
    export = tmp_path / "vienti.json"
    assert run_cli("--db", source, "export", "json", "--output", export).returncode == 0
    diary = installed.home / "other" / "tyokirja.sqlite"

    imported = installed.run("--db", str(diary), "import", str(export))  # validated by the shipped JSON Schema
    assert imported.returncode == 0, imported.stderr
    found = installed.run("--db", str(diary), "search", "šumppu")
    assert found.returncode == 0 and "Äänekosken asiakas: Šumppu čđŋ" in found.stdout, found.stderr

    pdf = tmp_path / "raportti.pdf"
    written = installed.run("--db", str(diary), "report", "--output", str(pdf))
    assert written.returncode == 0, written.stderr
    reader = PdfReader(pdf)
    assert "Valmennusraportti" in "".join(page.extract_text() for page in reader.pages)
    fonts = {str(font["/BaseFont"]) for page in reader.pages
             for font in page["/Resources"]["/Font"].values()}  # type: ignore[index]
    assert {"DejaVuSans", "DejaVuSans-Bold"} <= {font.split("+")[-1] for font in fonts}, fonts  # embedded subsets
