"""Walking a window as a screen reader and a Finnish reader would: every control, every visible text.

`nameless` lists the focusable controls that assistive technology would announce without a name
(QAccessible's Name: set explicitly, or derived by Qt from the control's text or its buddy label).
`shown_texts` lists what a user reads: labels, buttons, check boxes, group boxes, tabs, window titles,
placeholders and tooltips. `english_in` finds those texts that are still the English source of a message
whose Finnish translation differs (the catalogue's sources), or one of Qt's own English words.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

ROOT = Path(__file__).resolve().parents[2]
# Qt's own words that a Finnish window must never show (their Finnish comes from qtbase_fi).
QT_ENGLISH = {"Cancel", "Apply", "Close", "Yes", "No", "Open", "Save", "Discard", "Help", "Reset",
              "< Back", "Next >", "&Next >", "Finish", "&Finish", "Look in:", "Files of type:", "File name:",
              "Restore Defaults", "Save All", "Abort", "Retry", "Ignore"}


def focusable(root: QWidget) -> list[QWidget]:
    """Controls under `root` (itself included) that Tab can reach while `root`'s window is shown."""
    window = root.window()
    found = [root, *root.findChildren(QWidget)]
    return [w for w in found if w.isVisibleTo(window) and w.focusPolicy() & Qt.FocusPolicy.TabFocus
            and not _inner_editor(w)]


def _inner_editor(widget: QWidget) -> bool:
    """The line edit inside a spin box, date field or editable combo box: announced as part of its owner."""
    return isinstance(widget, QLineEdit) and isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox)


def accessible_name(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    return (iface.text(QAccessible.Text.Name) if iface is not None else "").strip()


def nameless(root: QWidget) -> list[str]:
    """A line for each focusable control without an accessible name: its class and where it sits."""
    out = []
    for widget in focusable(root):
        if not accessible_name(widget):
            parents = []
            parent = widget.parentWidget()
            while parent is not None and len(parents) < 3:
                parents.append(type(parent).__name__)
                parent = parent.parentWidget()
            out.append(f"{type(widget).__name__} in {' < '.join(parents)}")
    return out


def shown_texts(root: QWidget) -> list[str]:
    """Every text a user can read under `root` now (visible widgets only)."""
    window = root.window()
    texts = [window.windowTitle()] if root is window else []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabWidget):
            texts.extend(widget.tabText(i) for i in range(widget.count()))
        elif isinstance(widget, QComboBox):
            texts.extend(widget.itemText(i) for i in range(widget.count()))
        if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
            texts.append(widget.placeholderText())
        texts.append(widget.toolTip())
        texts.append(widget.accessibleName())
        texts.append(widget.accessibleDescription())
    return [t.replace("&", "").strip() for t in texts if t and t.strip()]


@cache
def _untranslated_sources() -> frozenset[str]:
    """English sources of the app's catalogue whose Finnish differs (an English text seen in Finnish = a miss)."""
    sources = set()
    for context in ET.parse(ROOT / "resources" / "i18n" / "tyokirja_fi.ts").getroot().iter("context"):
        for message in context.iter("message"):
            source = (message.findtext("source") or "").replace("&", "").strip()
            translation = (message.findtext("translation") or "").replace("&", "").strip()
            if source and translation and source != translation and len(source) > 2:
                sources.add(source)
    return frozenset(sources)


def english_in(texts: list[str]) -> list[str]:
    sources = _untranslated_sources()
    qt_words = {w.replace("&", "") for w in QT_ENGLISH}
    return sorted({t for t in texts if t in sources or t in qt_words})
