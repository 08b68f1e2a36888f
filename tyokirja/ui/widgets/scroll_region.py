"""A page's scrolling region: frameless, resizing its content, and named for screen readers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


def scroll_region(content: QWidget, name: str, *, tab_stop: bool = False) -> QScrollArea:
    """`content` in a scroll area announced as `name`.

    Tab passes through the region to the controls inside it (Qt scrolls to the focused one), so a form
    costs no extra Tab press; `tab_stop=True` keeps the region itself focusable, for read-only text that
    a keyboard user scrolls with the arrow and page keys.
    """
    scroll = QScrollArea()
    scroll.setWidget(content)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setAccessibleName(name)
    if not tab_stop:
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return scroll
