"""Progress charts mark the days of coaching sessions held, so a user sees what changed after which session."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt

from tests.helpers.windows import shown_and_active
from tyokirja.app import build_main_window
from tyokirja.services.workbook import open_workbook

from .practice_support import HKI, Clock

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def test_held_sessions_are_marked_on_the_skill_charts_and_can_be_hidden(qtbot, db_path, catalogue, en_app):
    book = open_workbook(db_path, create=True, catalogue=catalogue,
                         clock=Clock(datetime(2026, 3, 20, 9, 0, tzinfo=HKI)))
    try:
        held = book.coaching.plan(datetime(2026, 3, 2, 14, 0, tzinfo=HKI))
        held.status = "held"
        book.coaching.update(held)
        book.coaching.plan(datetime(2026, 4, 2, 14, 0, tzinfo=HKI))  # planned: not marked
        window = shown_and_active(qtbot, build_main_window(book, "en"))
        window.show_area("progress")
        page = window.progress_page
        charts = [card.chart for card in page.skill_cards.values()]
        assert charts and all(c.shown_markers() == [date(2026, 3, 2)] for c in charts)
        qtbot.mouseClick(page.mark_sessions, Qt.MouseButton.LeftButton)
        assert all(c.shown_markers() == [] for c in charts)
        window.close()
    finally:
        book.close()
