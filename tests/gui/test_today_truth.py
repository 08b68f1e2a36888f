"""Today tells the truth: quick entries still to complete are listed (and open in the diary), and no monthly
rating is announced before the diary's first week of use."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from tests.helpers.windows import shown_and_active
from tyokirja.app import build_main_window
from tyokirja.services.workbook import open_workbook

from .practice_support import HKI, Clock

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def test_quick_entries_to_complete_are_on_today_and_open_in_the_diary(qtbot, db_path, catalogue, en_app):
    clock = Clock(datetime(2026, 3, 20, 9, 0, tzinfo=HKI))
    book = open_workbook(db_path, create=True, catalogue=catalogue, clock=clock)
    try:
        quick = book.diary.quick_entry("Puhelu asiakkaalle", "", None)
        window = shown_and_active(qtbot, build_main_window(book, "en"))
        assert not window.rating_reminder.isVisible()  # a diary begun today: no monthly rating due yet
        today = window.pages["today"]
        [button] = [b for b in today.findChildren(QPushButton)
                    if b.accessibleName() == "Complete the entry: Puhelu asiakkaalle" and b.isVisible()]
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert window.stack.currentWidget() is window.diary_page
        assert window.diary_page.current_encounter_id() == quick.id
        window.close()
    finally:
        book.close()
