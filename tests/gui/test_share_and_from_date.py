"""Two things a user noticed: the editor can mark an entry for the coach, and ticking "From" keeps hits."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QCheckBox

from tests.helpers.controls import control
from tests.helpers.windows import shown_and_active
from tyokirja.app import build_main_window
from tyokirja.domain.encounter import Encounter, now_local

HELSINKI = timezone(timedelta(hours=2))
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # offscreen platform noise on show()


@pytest.fixture
def window(workbook, diary, catalogue, qtbot, fi_app):
    window = shown_and_active(qtbot, build_main_window(workbook, "fi"))
    window.show_area("diary")
    return window


def test_share_with_coach_is_set_in_the_editor_and_stored(window, diary, qtbot):
    saved = diary.save(Encounter(occurred_at=datetime(2026, 3, 2, 9, tzinfo=HELSINKI), title="Palaute tiimiltä"))
    page = window.diary_page
    page.model.refresh()
    page.open_encounter(saved.id)
    share = control(page.editor, QCheckBox, "Jaa valmentajalle")
    assert not share.isChecked()
    qtbot.mouseClick(share, Qt.MouseButton.LeftButton)
    qtbot.keyClick(share, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()
    assert diary.get(saved.id).share_with_coach
    page.open_encounter(saved.id)
    assert control(page.editor, QCheckBox, "Jaa valmentajalle").isChecked()


def test_ticking_from_starts_a_month_back_not_today(window, diary, qtbot):
    last_week = now_local() - timedelta(days=7)
    diary.save(Encounter(occurred_at=last_week, title="Viime viikolla"))
    diary.save(Encounter(occurred_at=now_local() - timedelta(days=120), title="Keväällä"))
    page = window.diary_page
    page.model.refresh()
    bar = page.filter_bar
    control(bar, QCheckBox, "Aikaisin päivä").setChecked(True)
    QApplication.processEvents()
    expected = QDate.currentDate().addMonths(-1)
    assert bar.current_filter().date_from == date(expected.year(), expected.month(), expected.day())
    titles = [page.model.data(page.model.index(r)) for r in range(page.model.rowCount())]
    assert titles == ["Viime viikolla"]
