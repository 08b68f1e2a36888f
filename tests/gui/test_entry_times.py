"""Issue 10: the diary list and the editor show an entry's time alike, whatever the computer's zone.

The rule (tyokirja.domain.timeutil.shown_time): the entry's own local time, plus its offset when that
is not the computer's offset for the same instant. Opening and saving changes nothing stored.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDateTimeEdit

from tests.helpers.windows import shown_and_active
from tyokirja.app import build_main_window
from tyokirja.domain.encounter import Encounter
from tyokirja.ui.models.encounter_list_model import DateTextRole

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # offscreen platform noise on show()

PLUS3 = timezone(timedelta(hours=3))
ZONES = ["Europe/Helsinki", "America/New_York", "Asia/Kolkata"]


@pytest.fixture(params=ZONES)
def machine_zone(request, monkeypatch):
    """The computer's time zone for one test; Helsinki (conftest) again afterwards."""
    monkeypatch.setenv("TZ", request.param)
    time.tzset()
    yield request.param
    monkeypatch.undo()
    time.tzset()


def _stored(diary, encounter_id: str) -> tuple[str, int]:
    row = diary.encounters.db.execute(
        "SELECT occurred_utc, occurred_offset FROM encounters WHERE id = ?", [encounter_id]).fetchone()
    return row[0], row[1]


def _when_field(editor) -> QDateTimeEdit:
    name = QCoreApplication.translate("EncounterEditor", "When")
    return next(w for w in editor.findChildren(QDateTimeEdit) if w.accessibleName() == name)


def _fi(moment: datetime) -> str:
    return f"{moment.day}.{moment.month}.{moment.year} {moment.hour}.{moment.minute:02d}"


def test_list_and_editor_show_the_entrys_own_time_and_saving_keeps_it(workbook, machine_zone, diary, catalogue, qtbot,
                                                                      fi_app):
    away = diary.save(Encounter(occurred_at=datetime(2026, 3, 8, 8, 21, tzinfo=PLUS3), title="Matkalla"))
    # 02:30 does not exist in New York that morning (clocks jump from 2 to 3): still shown as written
    gap = diary.save(Encounter(occurred_at=datetime(2026, 3, 8, 2, 30, tzinfo=PLUS3), title="Yöllä"))
    home_moment = datetime(2026, 3, 9, 10, 0, tzinfo=UTC).astimezone()  # the machine's own offset
    home = diary.save(Encounter(occurred_at=home_moment, title="Kotona"))
    expected = {
        away.id: "8.3.2026 8.21 (UTC+03:00)",
        gap.id: "8.3.2026 2.30 (UTC+03:00)",
        home.id: _fi(home_moment),  # no offset: it is the computer's
    }
    window = shown_and_active(qtbot, build_main_window(workbook, "fi"))
    page = window.diary_page
    for encounter_id, text in expected.items():
        before = _stored(diary, encounter_id)
        index = page.model.index(page.model.row_of(encounter_id))
        assert page.model.data(index, DateTextRole) == text
        page.list_view.setCurrentIndex(index)  # the user picks the row: the editor opens it
        assert page.current_encounter_id() == encounter_id
        assert _when_field(page.editor).text() == text
        assert page.save()
        assert _stored(diary, encounter_id) == before
        assert page.model.data(page.model.index(page.model.row_of(encounter_id)), DateTextRole) == text


def test_editing_the_time_keeps_the_entrys_offset(workbook, machine_zone, diary, catalogue, qtbot, fi_app):
    away = diary.save(Encounter(occurred_at=datetime(2026, 3, 8, 8, 21, tzinfo=PLUS3), title="Matkalla"))
    window = shown_and_active(qtbot, build_main_window(workbook, "fi"))
    page = window.diary_page
    page.list_view.setCurrentIndex(page.model.index(page.model.row_of(away.id)))
    field = _when_field(page.editor)
    field.setDateTime(field.dateTime().addSecs(3600))
    assert field.text() == "8.3.2026 9.21 (UTC+03:00)"
    assert page.save()
    assert _stored(diary, away.id) == ("2026-03-08T06:21:00.000000Z", 180)
    index = page.model.index(page.model.row_of(away.id))
    assert page.model.data(index, DateTextRole) == "8.3.2026 9.21 (UTC+03:00)"
