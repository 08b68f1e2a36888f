"""What the window remembers between runs: its size and place, the last area shown, splitter positions.

Kept in the app's QSettings under "window/" (never diary text). Only the app's real start restores it
(app.run_gui, also for the window rebuilt after an unlock); every accepted close saves it.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

GEOMETRY, AREA, SPLITTER = "window/geometry", "window/area", "window/splitter/"


def save(window: QMainWindow, area: str, pages: list[QWidget]) -> None:
    settings = QSettings()
    settings.setValue(GEOMETRY, window.saveGeometry())
    settings.setValue(AREA, area)
    for page in pages:
        for splitter in _named_splitters(page):
            settings.setValue(SPLITTER + splitter.objectName(), splitter.saveState())


def restore_geometry(window: QMainWindow) -> None:
    geometry = QSettings().value(GEOMETRY)
    if isinstance(geometry, QByteArray | bytes) and geometry:
        window.restoreGeometry(QByteArray(geometry))


def saved_area() -> str | None:
    area = QSettings().value(AREA)
    return area if isinstance(area, str) and area else None


def restore_splitters(page: QWidget) -> None:
    settings = QSettings()
    for splitter in _named_splitters(page):
        state = settings.value(SPLITTER + splitter.objectName())
        if isinstance(state, QByteArray | bytes) and state:
            splitter.restoreState(QByteArray(state))


def _named_splitters(page: QWidget) -> list[QSplitter]:
    found = [page] if isinstance(page, QSplitter) else []
    return [s for s in [*found, *page.findChildren(QSplitter)] if s.objectName()]
