"""Install Työkirja's desktop integration into the user's XDG folders (run by `make install-desktop`).

What goes where, under $XDG_DATA_HOME (default ~/.local/share):
  applications/fi.tyokirja.Tyokirja.desktop     the launcher, its Exec made the given command
  icons/hicolor/scalable/apps/<id>.svg          the icon, and 48, 128 and 256 px PNG renderings of it
  icons/hicolor/<n>x<n>/apps/<id>.png
  metainfo/fi.tyokirja.Tyokirja.metainfo.xml    the AppStream description (software centres read it)
`uninstall` removes exactly these files and nothing else.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path

from tyokirja import APP_ID

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
PNG_SIZES = (48, 128, 256)


def data_home() -> Path:
    """$XDG_DATA_HOME, or ~/.local/share as the XDG base directory specification says."""
    value = os.environ.get("XDG_DATA_HOME", "")
    return Path(value) if os.path.isabs(value) else Path.home() / ".local" / "share"


def targets(data: Path) -> dict[str, Path]:
    """Every file the integration installs, by what it is."""
    icons = data / "icons" / "hicolor"
    files = {
        "desktop": data / "applications" / f"{APP_ID}.desktop",
        "metainfo": data / "metainfo" / f"{APP_ID}.metainfo.xml",
        "svg": icons / "scalable" / "apps" / f"{APP_ID}.svg",
    }
    for size in PNG_SIZES:
        files[f"png{size}"] = icons / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    return files


def quote_exec(command: str) -> str:
    """`command` as one argument of a desktop entry's Exec key: % doubled, quoted when it has other characters.

    Inside quotes ", `, $ and \\ take a backslash; the Exec value is also a string, whose own escaping
    doubles every backslash again.
    """
    text = command.replace("%", "%%")
    if re.fullmatch(r"[A-Za-z0-9_@+=:,./-]+", command):
        return text
    inner = "".join("\\" + c if c in '"`$\\' else c for c in text)
    return '"' + inner.replace("\\", "\\\\") + '"'


def desktop_entry(command: str) -> str:
    """The packaged desktop entry with Exec (and TryExec) set to run `command`."""
    text = (PACKAGING / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    lines = []
    for line in text.splitlines():
        if line.startswith("Exec="):
            lines.append("TryExec=" + command.replace("\\", "\\\\"))
            lines.append(f"Exec={quote_exec(command)}")
        elif not line.startswith("TryExec="):
            lines.append(line)
    return "\n".join(lines) + "\n"


def render_png(svg: Path, size: int, target: Path) -> None:
    """Draw the SVG icon into a size × size PNG with a transparent background (QtSvg, offscreen)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(["tyokirja-desktop", "-platform", "offscreen"])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"The icon {svg} is not a valid SVG file.")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    if not image.save(str(target)):  # PNG, from the suffix
        raise SystemExit(f"Could not write {target}.")


def install(command: str, data: Path | None = None) -> list[Path]:
    """Install the launcher (running `command`), the icons and the metainfo; return the files written."""
    files = targets(data or data_home())
    for path in files.values():
        path.parent.mkdir(parents=True, exist_ok=True)
    files["desktop"].write_text(desktop_entry(command), encoding="utf-8")
    files["metainfo"].write_bytes((PACKAGING / f"{APP_ID}.metainfo.xml").read_bytes())
    svg = PACKAGING / "icons" / f"{APP_ID}.svg"
    files["svg"].write_bytes(svg.read_bytes())
    for size in PNG_SIZES:
        render_png(svg, size, files[f"png{size}"])
    return list(files.values())


def uninstall(data: Path | None = None) -> list[Path]:
    """Remove the files `install` writes (only those); return the ones that were there."""
    removed = []
    for path in targets(data or data_home()).values():
        if path.is_file():
            path.unlink()
            removed.append(path)
    return removed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tyokirja.devtools.desktop", description=__doc__.splitlines()[0])
    actions = parser.add_subparsers(dest="action", required=True)
    adding = actions.add_parser("install", help="install the launcher, icons and metainfo")
    adding.add_argument("--exec", dest="command", required=True, help="absolute path of the tyokirja command")
    actions.add_parser("uninstall", help="remove them again")
    args = parser.parse_args(argv)
    if args.action == "install":
        if not os.path.isabs(args.command) or any(ord(c) < 32 for c in args.command):
            parser.error("--exec needs an absolute path (a launcher does not run in this folder), on one line")
        done = install(args.command)
        print("Installed:", *done, sep="\n  ")
    else:
        done = uninstall()
        print("Removed:", *done, sep="\n  ") if done else print("Nothing to remove.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
