"""The window comes back as the user left it: size, last area, the diary's and a page's splitter."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QSplitter

from tests.helpers.windows import shown_and_active
from tyokirja.app import build_main_window

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _splitter(window, name: str) -> QSplitter:
    (found,) = [s for s in window.findChildren(QSplitter) if s.objectName() == name]
    return found


def test_size_area_and_splitters_are_remembered_after_a_close(qtbot, workbook, en_app):
    first = shown_and_active(qtbot, build_main_window(workbook, "en"))
    first.restore_state()  # nothing saved yet: the defaults
    assert first.current_area() == "today"
    first.resize(790, 560)  # inside the offscreen screen (800 × 600): restoring keeps a window on it
    size = (first.size().width(), first.size().height())
    first.show_area("diary")
    _splitter(first, "diarySplitter").setSizes([520, 480])
    diary_sizes = _splitter(first, "diarySplitter").sizes()
    first.show_area("goals")
    _splitter(first, "GoalsPageSplitter").setSizes([300, 700])
    goals_sizes = _splitter(first, "GoalsPageSplitter").sizes()
    assert first.close()

    second = shown_and_active(qtbot, build_main_window(workbook, "en"))
    assert second.current_area() == "today" and (second.size().width(), second.size().height()) != size  # only restore_state brings it back
    second.restore_state()
    assert second.current_area() == "goals" and second.sidebar.currentItem().text() == "Goals"
    assert (second.size().width(), second.size().height()) == size
    assert _splitter(second, "GoalsPageSplitter").sizes() == goals_sizes
    second.show_area("diary")
    assert _splitter(second, "diarySplitter").sizes() == diary_sizes
    saved = {key: QSettings().value(key) for key in QSettings().allKeys()}
    assert all(isinstance(v, str | bytes) or hasattr(v, "data") for v in saved.values())  # geometry bytes, names
