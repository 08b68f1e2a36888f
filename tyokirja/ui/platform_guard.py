"""Create the QApplication, and say in one sentence what is missing when Qt cannot load its platform plugin.

Without a usable platform plugin Qt prints a few English lines and aborts the process (a core dump on
many systems). On a bare Linux the usual cause is a system library that pip cannot bring (Qt 6.5+ needs
libxcb-cursor0 for xcb) or a session without a display. While the application object is being made, a Qt
message handler watches for that fatal message; it writes one sentence in the user's language naming the
missing Debian packages (found by trying to load each library) and exits with status 1 before Qt aborts.
"""

from __future__ import annotations

import ctypes
import os
import re
import sys
from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QMessageLogContext, QSettings, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

EXIT_NO_WINDOW = 1

# What Qt's xcb platform plugin loads beyond a basic X11 client, by library and the Debian/Ubuntu package
# that ships it. A desktop usually has libxcb1 and libx11-xcb1; the others are often missing.
XCB_LIBRARIES: dict[str, str] = {
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}

_CONTEXT = "PlatformGuard"
_MISSING_LIBRARIES = str(QT_TRANSLATE_NOOP(
    "PlatformGuard",
    "Työkirja cannot open its window because Qt's display plugin \"{plugin}\" needs system libraries that are "
    "missing: install them with your package manager (on Debian and Ubuntu: sudo apt install {packages})."))
_NO_DISPLAY = str(QT_TRANSLATE_NOOP(
    "PlatformGuard",
    "Työkirja cannot open its window because there is no graphical session here (the DISPLAY variable is not "
    "set): start it from the desktop, or use the commands that need no window (tyokirja --help)."))
_PLUGIN_FAILED = str(QT_TRANSLATE_NOOP(
    "PlatformGuard",
    "Työkirja cannot open its window because Qt could not load its display plugin \"{plugin}\": check that the "
    "graphical session can be reached and that the system libraries it needs are installed (on Debian and "
    "Ubuntu: sudo apt install {packages})."))

_PLUGIN_NAME = re.compile(r'Qt platform plugin "([^"]+)"')


def missing_packages(libraries: dict[str, str] = XCB_LIBRARIES) -> list[str]:
    """The packages whose library cannot be loaded here (not installed, or damaged)."""
    missing = []
    for library, package in libraries.items():
        try:
            ctypes.CDLL(library)
        except OSError:
            missing.append(package)
    return missing


def explain_platform_failure(plugin: str, lang: str | None) -> str:
    """The one sentence that replaces Qt's abort: what is missing and how to get it."""
    from tyokirja.i18n import choose_language, load_catalogue

    missing = missing_packages() if plugin == "xcb" and sys.platform.startswith("linux") else []
    if missing:
        source = _MISSING_LIBRARIES
    elif plugin == "xcb" and not os.environ.get("DISPLAY"):
        source = _NO_DISPLAY
    else:
        source = _PLUGIN_FAILED
    saved = QSettings("Tyokirja", "Tyokirja").value("language")  # what run_gui's QSettings() reads
    catalogue = load_catalogue(choose_language(lang, saved if isinstance(saved, str) else None))
    text = (catalogue.translate(_CONTEXT, source) if catalogue is not None else "") or source
    packages = " ".join(missing or XCB_LIBRARIES.values())
    return text.replace("{plugin}", plugin).replace("{packages}", packages)


def create_application(argv: Sequence[str], lang: str | None) -> QApplication:
    """QApplication(argv), or one sentence on stderr and exit status 1 when no platform plugin loads."""
    held: list[str] = []

    def on_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if kind == QtMsgType.QtFatalMsg and "platform plugin" in message:
            named = [m.group(1) for m in map(_PLUGIN_NAME.search, held) if m]
            plugin = named[-1] if named else os.environ.get("QT_QPA_PLATFORM", "xcb")
            sys.stderr.write(explain_platform_failure(plugin, lang) + "\n")
            sys.stderr.flush()
            os._exit(EXIT_NO_WINDOW)  # Qt aborts right after this handler returns
        category = context.category if context.category and context.category != "default" else ""
        held.append(f"{category}: {message}" if category else message)

    previous = qInstallMessageHandler(on_message)
    try:
        app = QApplication(list(argv))
    finally:
        qInstallMessageHandler(previous)
    for line in held:  # what Qt said on the way to a working plugin, as its own handler would have said it
        print(line, file=sys.stderr)
    return app
