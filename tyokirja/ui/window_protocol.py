"""The main window as the lock and the backup actions see it: a QMainWindow with a few known attributes.

LockController and BackupActions reach `diary_page` and `pending_restore` on the window they are given,
but may not import MainWindow (main_window imports them: a cycle). Type checkers see `DiaryWindow` as a
QMainWindow subclass that declares those attributes; at run time it *is* QMainWindow, so MainWindow
deriving from it changes nothing (no extra class, no extra Qt meta-object). A Protocol cannot serve here:
the window is also passed where Qt wants a QWidget, and a Protocol cannot derive from a Qt class.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMainWindow

if TYPE_CHECKING:
    from pathlib import Path

    from tyokirja.ui.pages.diary_page import DiaryPage

    class DiaryWindow(QMainWindow):
        diary_page: DiaryPage
        pending_restore: Path | None  # set by File → Restore; app.py restores after close

        def save_pending(self) -> bool: ...

else:
    DiaryWindow = QMainWindow
