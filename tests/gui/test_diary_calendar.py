"""The diary's calendar, driven by the keyboard: counts per day, months, today, and the list it filters."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QToolButton, QWidget

from tests.helpers.typing import type_text
from tests.helpers.walk import english_in, nameless, shown_texts
from tests.helpers.windows import shown_and_active
from tyokirja.app import build_main_window
from tyokirja.domain.encounter import Encounter
from tyokirja.ui.widgets.diary_calendar import add_months

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # offscreen platform noise on show()


def _at(day: date, hour: int) -> datetime:
    return datetime.combine(day, time(hour, 15)).astimezone()


@pytest.fixture
def window(workbook, diary, catalogue, qtbot, fi_app):
    window = shown_and_active(qtbot, build_main_window(workbook, "fi"))
    window.show_area("diary")
    return window


def _titles(page) -> list[str]:
    return [page.model.data(page.model.index(r)) for r in range(page.model.rowCount())]


def _key(qtbot, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClick(target, key, modifiers)
    QApplication.processEvents()


def _focused_day(cal) -> QToolButton:
    focused = QApplication.focusWidget()
    assert isinstance(focused, QToolButton) and focused in cal.buttons
    return focused


def _long(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def test_keyboard_walks_the_month_and_enter_filters_the_list(window, diary, qtbot):
    today = date.today()
    month_ago = add_months(today, -1)
    yesterday = today - timedelta(days=1)
    diary.save(Encounter(occurred_at=_at(month_ago, 9), title="Aamun puhelu"))
    diary.save(Encounter(occurred_at=_at(month_ago, 14), title="Iltapäivän palaveri"))
    diary.save(Encounter(occurred_at=_at(yesterday, 10), title="Eilinen asiakas"))
    diary.save(Encounter(occurred_at=_at(today - timedelta(days=400), 10), title="Vanha"))
    page = window.diary_page
    page.model.refresh()
    page.list_view.setFocus()

    _key(qtbot, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    cal = page.calendar
    assert cal.isVisible()
    assert _focused_day(cal).accessibleName() == _long(today) + ", ei kohtaamisia"

    _key(qtbot, Qt.Key.Key_Left)
    assert _focused_day(cal).accessibleName() == _long(yesterday) + ", 1 kohtaaminen"
    _key(qtbot, Qt.Key.Key_Home)
    _key(qtbot, Qt.Key.Key_PageUp)
    assert cal.shown_month() == (month_ago.year, month_ago.month)
    assert _focused_day(cal).accessibleName() == _long(month_ago) + ", 2 kohtaamista"
    assert "2" in _focused_day(cal).text().split("\n")[1]

    _key(qtbot, Qt.Key.Key_Return)
    assert _titles(page) == ["Iltapäivän palaveri", "Aamun puhelu"]
    assert page.filter_bar.current_filter().date_from == month_ago == page.filter_bar.current_filter().date_to

    # The filter stays while the user opens an entry from the list.
    page.list_view.setCurrentIndex(page.model.index(1))
    QApplication.processEvents()
    assert page.current_encounter_id() is not None
    assert _titles(page) == ["Iltapäivän palaveri", "Aamun puhelu"]

    # Enter on the chosen day again: every day.
    cal.show_day(month_ago)
    _key(qtbot, Qt.Key.Key_Enter)
    assert len(_titles(page)) == 4

    _key(qtbot, Qt.Key.Key_PageDown)
    _key(qtbot, Qt.Key.Key_Down)
    assert cal.current_day() == add_months(month_ago, 1) + timedelta(days=7)


def test_clicking_a_day_filters_the_list_with_the_search_and_the_year_strip_counts_weeks(window, diary, qtbot):
    today = date.today()
    diary.save(Encounter(occurred_at=_at(today, 8), title="Asiakkaan palaute"))
    diary.save(Encounter(occurred_at=_at(today, 9), title="Tiimin aamu"))
    page = window.diary_page
    page.model.refresh()
    page.toggle_calendar(True)
    cal = page.calendar
    page.filter_bar.search.setText("asiakas")
    page.filter_bar.search.returnPressed.emit()
    button = cal.button_for(today)
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert _titles(page) == ["Asiakkaan palaute"]
    assert page.filter_bar.current_filter().text == "asiakas"
    assert button.isChecked()
    iso = today.isocalendar()
    strip: QWidget = cal.strip
    assert strip.accessibleName() == f"Aktiiviset viikot {iso.year}: 1/{date(iso.year, 12, 28).isocalendar().week}"

    # An entry saved from the editor (today) is counted at once.
    page.new_entry()
    title = QApplication.focusWidget()
    assert isinstance(title, QLineEdit)
    type_text(title, "Päivän kolmas")
    _key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert cal.count(today) == 3
    assert button.accessibleName() == _long(today) + ", 3 kohtaamista"


def test_the_calendar_and_the_extra_filters_are_named_and_finnish(window, diary):
    diary.save(Encounter(occurred_at=_at(date.today(), 9), title="Tänään"))
    page = window.diary_page
    page.model.refresh()
    page.toggle_calendar(True)
    page.filter_bar.more_button.setChecked(True)
    QApplication.processEvents()
    assert nameless(page) == []
    assert english_in(shown_texts(page)) == []
    assert page.calendar.strip.accessibleName().startswith("Aktiiviset viikot")
