"""When Qt cannot load its platform plugin, the app says what is missing in one sentence instead of aborting.

On a bare Linux the window needs system libraries that pip cannot bring (Qt 6.5+ needs libxcb-cursor0 for
xcb), or there is no display at all. Qt's own reaction is a few English lines and abort() (a core dump).
"""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from tests.e2e.conftest import ROOT, cli_env
from tyokirja.ui.platform_guard import missing_packages


def start_window(tmp_path, lang: str, wrapper: list[str] | None = None) -> subprocess.CompletedProcess:
    env = cli_env(QT_QPA_PLATFORM="xcb")
    for name in ("DISPLAY", "WAYLAND_DISPLAY"):
        env.pop(name, None)
    command = [sys.executable, "-m", "tyokirja", "--lang", lang, "--db", str(tmp_path / "tyokirja.sqlite")]
    return subprocess.run([*(wrapper or []), *command], cwd=ROOT, env=env, capture_output=True, text=True,
                          encoding="utf-8", timeout=60)


def assert_one_sentence_and_no_abort(done: subprocess.CompletedProcess, tmp_path) -> str:
    assert done.returncode == 1, (done.returncode, done.stderr)  # not -6 (SIGABRT) nor 134
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr  # none of Qt's English lines
    assert not (tmp_path / "tyokirja.sqlite").exists()  # nothing was created on the way out
    return lines[0]


@pytest.mark.parametrize(("lang", "expected"), [
    ("fi", "Työkirja ei voi avata ikkunaansa, koska tässä ei ole graafista istuntoa (DISPLAY-muuttujaa ei ole asetettu)"),
    ("en", "Työkirja cannot open its window because there is no graphical session here (the DISPLAY variable is not set)"),
])
def test_no_display_is_said_in_one_sentence_in_the_users_language(tmp_path, lang, expected):
    if missing_packages():
        pytest.fail(f"this machine lacks xcb libraries ({missing_packages()}); .ci/run installs them")
    sentence = assert_one_sentence_and_no_abort(start_window(tmp_path, lang), tmp_path)
    assert sentence.startswith(expected), sentence
    assert "tyokirja --help" in sentence


def test_a_missing_xcb_library_is_named_with_its_package(tmp_path):
    """libxcb-cursor.so.0 is hidden (an empty file mounted over it in a private mount namespace)."""
    listed = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, check=True).stdout
    paths = [line.rsplit("=>", 1)[1].strip() for line in listed.splitlines()
             if line.strip().startswith("libxcb-cursor.so.0 ") and "=>" in line]
    assert shutil.which("unshare"), "util-linux's unshare is needed to hide a library from one process"
    hide = " && ".join(f"mount --bind /dev/null {path}" for path in paths) or "true"
    wrapper = ["unshare", "--mount", "--propagation", "private", "sh", "-c", f'{hide} && exec "$@"', "hide"]

    sentence = assert_one_sentence_and_no_abort(start_window(tmp_path, "fi", wrapper), tmp_path)
    assert sentence.startswith("Työkirja ei voi avata ikkunaansa, koska Qt:n näyttöliitännäinen ”xcb” tarvitsee "
                               "järjestelmän kirjastoja, jotka puuttuvat"), sentence
    named = sentence.split("sudo apt install ", 1)[1].rstrip(").").split()
    # exactly what is missing here: the hidden library's package, and any other this machine lacks
    assert set(named) == {"libxcb-cursor0", *missing_packages()}, sentence
