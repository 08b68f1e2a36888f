"""`make install-desktop`: the launcher, icons and AppStream metainfo land in the user's XDG folders, valid.

desktop-file-validate and appstreamcli come from Debian (desktop-file-utils, appstream; .ci/run installs
them). The PNG icons are rendered from the SVG with QtSvg, so this runs with the offscreen Qt app.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from configparser import ConfigParser

import pytest
from PySide6.QtGui import QColor, QImage

import tyokirja
from tyokirja import APP_ID
from tyokirja.devtools import desktop
from tyokirja.devtools.desktop import PACKAGING, PNG_SIZES

DESKTOP = PACKAGING / f"{APP_ID}.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"


def validate(*command: str) -> subprocess.CompletedProcess:
    return subprocess.run(list(command), capture_output=True, text=True, timeout=60)


def entry(path) -> dict[str, str]:
    parser = ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def exec_arguments(value: str) -> list[str]:
    """An Exec value read as the desktop entry specification says: string escapes, then quoting, then %%."""
    text = value.replace("\\\\", "\\")  # the string type's escape comes first
    arguments, current, quoted, i = [], "", False, 0
    while i < len(text):
        char = text[i]
        if quoted and char == "\\" and i + 1 < len(text) and text[i + 1] in '"`$\\':
            current, i = current + text[i + 1], i + 2
            continue
        if char == '"':
            quoted = not quoted
        elif char == " " and not quoted:
            arguments.append(current)
            current = ""
        else:
            current += char
        i += 1
    arguments.append(current)
    return [argument.replace("%%", "%") for argument in arguments if argument]


def test_the_packaged_desktop_entry_and_metainfo_pass_their_validators():
    done = validate("desktop-file-validate", str(DESKTOP))
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr
    done = validate("appstreamcli", "validate", "--no-net", "--no-color", str(METAINFO))
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_launcher_icon_and_metainfo_name_each_other():
    """A software centre finds the launcher from the metainfo, and the launcher finds its icon by name."""
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == DESKTOP.name  # type: ignore[union-attr]
    assert root.find("content_rating").get("type") == "oars-1.1"  # type: ignore[union-attr]
    assert entry(DESKTOP)["Icon"] == APP_ID
    assert (PACKAGING / "icons" / f"{APP_ID}.svg").is_file()
    versions = [r.get("version") for r in root.iter("release")]
    assert versions[0] == tyokirja.__version__  # AppStream lists releases newest first
    assert versions == sorted(versions, key=lambda v: tuple(map(int, v.split("."))), reverse=True)
    assert {"0.1.0", "0.2.0"} <= set(versions)


@pytest.mark.parametrize("command", ["/opt/tyokirja/bin/tyokirja", "/home/Äiti Öberg/työ $kirja/100%/.venv/bin/tyokirja"])
def test_install_puts_a_valid_launcher_running_the_command_icons_and_metainfo_in_xdg_data_home(
        qapp, tmp_path, monkeypatch, command):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    assert desktop.main(["install", "--exec", command]) == 0
    share = tmp_path / "share"

    launcher = share / "applications" / f"{APP_ID}.desktop"
    done = validate("desktop-file-validate", str(launcher))
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr
    keys = entry(launcher)
    assert keys["Name"] == "Työkirja" and keys["Icon"] == APP_ID
    assert exec_arguments(keys["Exec"]) == [command]  # what a launcher runs
    assert keys["TryExec"] == command

    done = validate("appstreamcli", "validate", "--no-net", "--no-color", str(share / "metainfo" / f"{APP_ID}.metainfo.xml"))
    assert done.returncode == 0, done.stdout + done.stderr

    icons = share / "icons" / "hicolor"
    assert (icons / "scalable" / "apps" / f"{APP_ID}.svg").read_bytes() == (PACKAGING / "icons" / f"{APP_ID}.svg").read_bytes()
    for size in PNG_SIZES:
        image = QImage(str(icons / f"{size}x{size}" / "apps" / f"{APP_ID}.png"))
        assert (image.width(), image.height()) == (size, size)
        assert image.pixelColor(0, 0).alpha() == 0  # the corner stays transparent
        cover = image.pixelColor(size * 20 // 128, size * 64 // 128)  # the book's cover, #2f5d62
        assert cover.alpha() == 255 and max(abs(cover.red() - 0x2f), abs(cover.green() - 0x5d),
                                            abs(cover.blue() - 0x62)) <= 8, QColor(cover).name()


def test_uninstall_removes_what_install_wrote_and_nothing_else(qapp, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    neighbour = tmp_path / "share" / "applications" / "other.desktop"
    neighbour.parent.mkdir(parents=True)
    neighbour.write_text("[Desktop Entry]\n", encoding="utf-8")
    written = desktop.install("/usr/bin/tyokirja")
    assert all(path.is_file() for path in written) and len(written) == 3 + len(PNG_SIZES)

    assert sorted(desktop.uninstall()) == sorted(written)
    assert not any(path.exists() for path in written)
    assert neighbour.read_text(encoding="utf-8") == "[Desktop Entry]\n"


def test_install_refuses_a_relative_command(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    with pytest.raises(SystemExit) as stopped:
        desktop.main(["install", "--exec", ".venv/bin/tyokirja"])
    assert stopped.value.code == 2 and "absolute path" in capsys.readouterr().err
    assert not (tmp_path / "share").exists()


def test_make_install_desktop_runs_the_checkouts_own_command():
    done = subprocess.run(["make", "-n", "install-desktop", f"VENV={sys.prefix}"], cwd=PACKAGING.parent,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert f'-m tyokirja.devtools.desktop install --exec "{sys.prefix}/bin/tyokirja"' in done.stdout
