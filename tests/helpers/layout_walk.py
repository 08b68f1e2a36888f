"""Layout check of the main window at a given size and scale, run in its own process (the scale factor is
read when Qt starts): `python -m tests.helpers.layout_walk LANG WIDTH HEIGHT STRICT` prints a JSON list.

Reported: a one-line label or a button whose text does not fit its width (cut off), and a control that
reaches past the visible width of the scrolling area it sits in (under the scrollbar, or out of sight).
STRICT=1 counts any scrolling area; STRICT=0 only those that cannot scroll sideways (at 200 % a form may
scroll sideways, but nothing may be unreachable).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def problems(root, strict: bool) -> list[str]:
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QLabel, QScrollBar, QWidget

    out = []
    window = root.window()
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.width() <= 0 or isinstance(widget, QScrollBar):
            continue
        if isinstance(widget, QLabel) and not widget.wordWrap() and widget.text() and widget.pixmap().isNull() \
                and widget.textFormat() != Qt.TextFormat.RichText and not widget.text().lstrip().startswith("<"):
            need = widget.fontMetrics().horizontalAdvance(widget.text())
            if need > widget.contentsRect().width() + 1:
                out.append(f"label {widget.text()[:40]!r} cut: needs {need} px, has {widget.contentsRect().width()}")
        elif isinstance(widget, QAbstractButton) and widget.text() and widget.sizeHint().width() > widget.width() + 1:
            out.append(f"button {widget.text()[:40]!r} cut: needs {widget.sizeHint().width()} px, has {widget.width()}")
        area = widget.parentWidget()
        while area is not None and not isinstance(area, QAbstractScrollArea):
            area = area.parentWidget()
        if area is None or widget.parentWidget() is area or widget.parentWidget() is area.viewport():
            continue
        fixed = area.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        if not (strict or fixed):
            continue
        viewport = area.viewport()
        if not viewport.isAncestorOf(widget):
            continue
        right = widget.mapTo(viewport, QPoint(0, 0)).x() + widget.width()
        if right > viewport.width() + 2:
            name = widget.accessibleName() or getattr(widget, "text", lambda: "")() or type(widget).__name__
            out.append(f"{type(widget).__name__} {str(name)[:40]!r} reaches {right} px past the visible {viewport.width()}")
    return out


def main(lang: str, width: int, height: int, strict: bool) -> list[str]:
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from tyokirja.app import build_main_window
    from tyokirja.i18n import install_translators
    from tyokirja.services.workbook import open_workbook

    install_translators(app, lang)
    workbook = open_workbook(Path(tempfile.mkdtemp()) / "tyokirja.sqlite", create=True)
    window = build_main_window(workbook, lang)
    window.resize(width, height)
    window.show()
    found = []
    if window.width() > width:  # a minimum size wider than the screen: part of the window is out of reach
        found.append(f"window: at least {window.width()} px wide, the screen has {width}")
    for row in range(window.sidebar.count()):
        window.sidebar.setCurrentRow(row)
        app.processEvents()
        found += [f"{window.sidebar.item(row).text()}: {p}" for p in problems(window, strict)]
    window.show_area("diary")
    window.diary_page.new_entry()
    app.processEvents()
    found += [f"editor: {p}" for p in problems(window, strict)]
    window.diary_page.editor.set_encounter(window.diary_page.editor.encounter())
    window.close()
    workbook.close()
    return found


if __name__ == "__main__":
    lang, width, height, strict = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4] == "1"
    print(json.dumps(main(lang, width, height, strict), ensure_ascii=False))
