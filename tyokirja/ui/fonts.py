"""Register the bundled DejaVu Sans faces so Finnish and other Latin letters always render.

The PySide6 wheels carry no fonts; a bare machine (or a frozen bundle) may have none at all.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from tyokirja.resources import resources_dir

FAMILY = "DejaVu Sans"


def register_fonts(folder: Path | None = None) -> list[str]:
    """Add every DejaVuSans*.ttf under resources/fonts/ to Qt; return the families now available.

    A missing folder or an unreadable file is skipped: the system fonts are used instead.
    """
    folder = folder if folder is not None else resources_dir() / "fonts"
    families: list[str] = []
    for path in sorted(folder.glob("DejaVuSans*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            continue
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in families:
                families.append(family)
    return families


def ensure_usable_default_font(app: QApplication, registered: list[str]) -> None:
    """Use DejaVu Sans when the system offers no font of its own (a bare machine or container)."""
    if FAMILY not in registered:
        return
    system_families = [f for f in QFontDatabase.families() if f not in registered]
    if not system_families:
        font = QFont(FAMILY)
        font.setPointSizeF(app.font().pointSizeF() if app.font().pointSizeF() > 0 else 10.0)
        app.setFont(font)
