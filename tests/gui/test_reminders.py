"""The optional reminder as a user meets it: off until chosen, set in Settings → Reminder…, shown once on a
day without writing, snoozed, offered once after the first week, start at login written and removed."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QSettings, QTime
from PySide6.QtWidgets import QApplication, QLabel

from tests.gui.practice_support import Clock
from tests.helpers.windows import shown_and_active
from tyokirja.app import build_main_window
from tyokirja.domain.encounter import Encounter
from tyokirja.ui import autostart
from tyokirja.ui.dialogs.reminder_dialog import ReminderDialog

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")
HKI = timezone(timedelta(hours=2))


@pytest.fixture
def window(qtbot, workbook, en_app):
    shown = shown_and_active(qtbot, build_main_window(workbook, "en"))
    yield shown
    autostart.disable()


def _settings_dialog(window) -> ReminderDialog:
    window.reminder_action.trigger()
    (dialog,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, ReminderDialog) and w.isVisible()]
    return dialog


def test_off_until_chosen_then_set_in_the_dialog_with_start_at_login(window, qtbot):
    clock = Clock(datetime(2026, 12, 1, 16, 30))  # a Tuesday
    window.reminders.clock = clock
    assert window.reminders.check() is False  # off by default
    assert not autostart.autostart_file().exists()

    dialog = _settings_dialog(window)
    assert not dialog.enabled.isChecked() and not dialog.at.isEnabled()
    dialog.enabled.setChecked(True)
    dialog.at.setTime(QTime(16, 15))
    dialog.days[4].setChecked(False)  # not on Fridays
    dialog.at_login.setChecked(True)
    dialog.accept()

    settings = QSettings()
    assert (settings.value("reminder/enabled"), settings.value("reminder/at"), settings.value("reminder/days")) == \
        ("true", "16:15", "0,1,2,3")
    entry = autostart.autostart_file().read_text(encoding="utf-8")
    assert "[Desktop Entry]" in entry and "Exec=" in entry and "X-GNOME-Autostart-enabled=true" in entry

    dialog = _settings_dialog(window)
    assert dialog.enabled.isChecked() and dialog.at_login.isChecked()  # shown as stored
    dialog.at_login.setChecked(False)
    dialog.accept()
    assert not autostart.autostart_file().exists()  # turned off: the entry is gone


def test_shown_once_on_a_day_without_writing_and_snoozed(window, diary):
    clock = Clock(datetime(2026, 12, 1, 16, 30))
    window.reminders.clock = clock
    dialog = _settings_dialog(window)
    dialog.enabled.setChecked(True)
    dialog.at.setTime(QTime(16, 0))
    dialog.accept()

    assert window.reminders.check() is True
    assert window.reminders.shown == ["A moment to write? Is there an encounter from today worth a few lines?"]
    assert window.reminders.check() is False  # once a day

    window.reminders.snooze()
    clock.now += timedelta(minutes=29)
    assert window.reminders.check() is False
    clock.now += timedelta(minutes=1)
    assert window.reminders.check() is True  # the snooze ends in one more reminder

    clock.now = datetime(2026, 12, 2, 17, 0)  # the next day, but written already
    diary.save(Encounter(occurred_at=datetime(2026, 12, 2, 9, 0, tzinfo=HKI), title="Asiakastapaaminen"))
    assert window.reminders.check() is False
    clock.now = datetime(2026, 12, 5, 17, 0)  # a Saturday: not a chosen day
    assert window.reminders.check() is False


def test_offered_once_after_the_first_week_of_use(window):
    clock = Clock(datetime(2026, 11, 20, 9, 0))
    window.reminders.clock = clock
    window.reminders.start()
    window.reminders.stop()
    assert window.reminders.offer_once() is None  # first day: not yet
    clock.now = datetime(2026, 11, 27, 9, 0)
    dialog = window.reminders.offer_once()
    assert dialog is not None and dialog.isVisible() and dialog.enabled.isChecked()
    assert "used Työkirja for a week" in " ".join(label.text() for label in dialog.findChildren(QLabel))
    dialog.reject()  # "no thanks": nothing stored, and never asked again
    assert QSettings().value("reminder/enabled") is None
    assert window.reminders.offer_once() is None
