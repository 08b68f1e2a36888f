"""Settings → Reminder…: an optional nudge to write, at a chosen time on chosen days, and start at login."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QLocale, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from tyokirja.domain.reminder import ReminderPlan
from tyokirja.ui import autostart


class ReminderDialog(QDialog):
    """Edits a ReminderPlan and the start-at-login entry; `plan()` is what the user chose."""

    def __init__(self, plan: ReminderPlan, parent: QWidget | None = None, *, first_offer: bool = False):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reminder"))
        layout = QVBoxLayout(self)
        if first_offer:
            intro = QLabel(self.tr("You have used Työkirja for a week. Would a quiet reminder help you write? "
                                   "It comes only on days when you have not written yet, and you can snooze it."))
            intro.setWordWrap(True)
            layout.addWidget(intro)
        self.enabled = QCheckBox(self.tr("Remind me to write"))
        self.enabled.setChecked(plan.enabled or first_offer)
        layout.addWidget(self.enabled)
        form = QFormLayout()
        self.at = QTimeEdit(QTime(plan.at.hour, plan.at.minute))
        self.at.setDisplayFormat(QLocale().timeFormat(QLocale.FormatType.ShortFormat))
        self.at.setAccessibleName(self.tr("Time of the reminder"))
        form.addRow(self.tr("At"), self.at)
        days = QWidget()
        row = QHBoxLayout(days)
        row.setContentsMargins(0, 0, 0, 0)
        self.days: list[QCheckBox] = []
        for weekday in range(7):
            name = QLocale().dayName(weekday + 1, QLocale.FormatType.ShortFormat)
            box = QCheckBox(name)
            box.setAccessibleName(QLocale().dayName(weekday + 1, QLocale.FormatType.LongFormat))
            box.setChecked(weekday in plan.days)
            self.days.append(box)
            row.addWidget(box)
        days.setAccessibleName(self.tr("Days"))
        form.addRow(self.tr("On"), days)
        layout.addLayout(form)
        self.at_login = QCheckBox(
            self.tr("Start Työkirja when I log in (otherwise reminders come only while it is open)"))
        self.at_login.setChecked(autostart.is_enabled())
        layout.addWidget(self.at_login)
        note = QLabel(self.tr("No streaks and no counting: the reminder only says that there is a moment to write."))
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.enabled.toggled.connect(self._on_enabled_toggled)
        self._on_enabled_toggled(self.enabled.isChecked())

    def _on_enabled_toggled(self, on: bool) -> None:
        self.at.setEnabled(on)
        for box in self.days:
            box.setEnabled(on)

    def plan(self) -> ReminderPlan:
        chosen = self.at.time()
        return ReminderPlan(self.enabled.isChecked(), time(chosen.hour(), chosen.minute()),
                            frozenset(i for i, box in enumerate(self.days) if box.isChecked()))

    def apply_autostart(self) -> None:
        """Write or remove the autostart entry as ticked (only on OK)."""
        if self.at_login.isChecked():
            autostart.enable(self.tr("Työkirja starts with your session, for its reminders."))
        else:
            autostart.disable()
