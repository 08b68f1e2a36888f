"""Showing a window in a GUI test the way a user gets it: shown, active, with keyboard focus."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget


def shown_and_active(qtbot, window: QWidget, *, register: bool = True) -> QWidget:
    """Show `window`, make it the active window and wait until it is; qtbot closes it after the test."""
    if register:
        qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window
