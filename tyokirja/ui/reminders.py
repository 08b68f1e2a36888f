"""The running app's reminder: checks once a minute whether the plan is due and says so once.

The plan and its state live in QSettings under "reminder/" (times and days only, never diary text).
A desktop notification through the system tray when there is one, with "Remind me in 30 minutes";
otherwise a line in the status bar and the window's attention hint. After the first week of use the
app offers the reminder once (Settings → Reminder… at any time).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time

from PySide6.QtCore import QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QSystemTrayIcon

from tyokirja.domain.reminder import SNOOZE, WEEKDAYS, ReminderPlan, ask_about_reminder
from tyokirja.resources import resources_dir
from tyokirja.storage.errors import StorageError

KEY = "reminder/"
CHECK_MS = 60_000


def load_plan(settings: QSettings | None = None) -> ReminderPlan:
    settings = settings or QSettings()
    enabled = str(settings.value(KEY + "enabled", "false")).lower() == "true"
    try:
        hour, minute = (int(x) for x in str(settings.value(KEY + "at", "16:00")).split(":"))
        at = time(hour, minute)
    except ValueError:
        at = ReminderPlan().at
    raw = str(settings.value(KEY + "days", ",".join(map(str, WEEKDAYS))))
    days = frozenset(int(d) for d in raw.split(",") if d.strip().isdigit() and 0 <= int(d) <= 6)
    return ReminderPlan(enabled, at, days)


def save_plan(plan: ReminderPlan, settings: QSettings | None = None) -> None:
    settings = settings or QSettings()
    settings.setValue(KEY + "enabled", "true" if plan.enabled else "false")
    settings.setValue(KEY + "at", f"{plan.at.hour:02d}:{plan.at.minute:02d}")
    settings.setValue(KEY + "days", ",".join(str(d) for d in sorted(plan.days)))


def _date(value: object) -> date | None:
    try:
        return date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def _moment(value: object) -> datetime | None:
    try:
        return datetime.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


class ReminderController(QObject):
    """Owned by the main window; `start()` (the app's real start) begins the minute checks."""

    def __init__(self, window: QMainWindow, wrote_today: Callable[[date], bool],
                 clock: Callable[[], datetime] = datetime.now):
        super().__init__(window)
        self.window, self.wrote_today, self.clock = window, wrote_today, clock
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)
        self.tray: QSystemTrayIcon | None = None
        self.shown: list[str] = []  # texts shown this run (tests read them; no diary text is ever in them)

    def start(self) -> None:
        settings = QSettings()
        if not settings.value(KEY + "first_used"):
            settings.setValue(KEY + "first_used", self.clock().date().isoformat())
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        if self.tray is not None:
            self.tray.hide()

    def should_offer(self) -> bool:
        settings = QSettings()
        asked = str(settings.value(KEY + "asked", "false")).lower() == "true"
        return ask_about_reminder(_date(settings.value(KEY + "first_used")), self.clock().date(), asked)

    def mark_offered(self) -> None:
        QSettings().setValue(KEY + "asked", "true")

    def open_settings(self, first_offer: bool = False):
        """Settings → Reminder… (and the one offer after the first week of use); returns the dialog."""
        from tyokirja.ui import messages
        from tyokirja.ui.dialogs.reminder_dialog import ReminderDialog

        dialog = ReminderDialog(load_plan(), self.window, first_offer=first_offer)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def accepted() -> None:
            save_plan(dialog.plan())
            try:
                dialog.apply_autostart()
            except OSError as exc:
                text = self.tr("The start-at-login setting could not be saved ({reason}). "
                               "The reminder works while Työkirja is open.")
                messages.error(self.window, text.replace("{reason}", str(exc)))

        dialog.accepted.connect(accepted)
        dialog.open()
        return dialog

    def offer_once(self):
        """After the first week of use, ask once whether a reminder would help (None when not now)."""
        if not self.should_offer():
            return None
        self.mark_offered()
        return self.open_settings(first_offer=True)

    def check(self) -> bool:
        """Show the reminder if it is due now; True when it was shown."""
        settings = QSettings()
        plan = load_plan(settings)
        now = self.clock()
        if not plan.enabled:
            return False
        try:
            wrote = self.wrote_today(now.date())
        except StorageError:  # a diary that cannot be read just now is no reason to nag (a bug still surfaces)
            return False
        due = plan.due(now, wrote_today=wrote, last_shown=_date(settings.value(KEY + "last_shown")),
                       snoozed_until=_moment(settings.value(KEY + "snoozed_until")))
        if not due:
            return False
        settings.setValue(KEY + "last_shown", now.date().isoformat())
        settings.remove(KEY + "snoozed_until")
        self._notify(self.tr("A moment to write? Is there an encounter from today worth a few lines?"))
        return True

    def snooze(self) -> None:
        QSettings().setValue(KEY + "snoozed_until", (self.clock() + SNOOZE).isoformat(timespec="minutes"))

    def _notify(self, text: str) -> None:
        self.shown.append(text)
        if QSystemTrayIcon.isSystemTrayAvailable() and QSystemTrayIcon.supportsMessages():
            tray = self._tray()
            tray.show()
            tray.showMessage("Työkirja", text, QSystemTrayIcon.MessageIcon.Information, 15_000)
        else:
            self.window.statusBar().showMessage(text, 15 * 60_000)
            QApplication.alert(self.window)

    def _tray(self) -> QSystemTrayIcon:
        if self.tray is None:
            self.tray = QSystemTrayIcon(QIcon(str(resources_dir() / "icons" / "fi.tyokirja.Tyokirja.svg")), self)
            menu = QMenu(self.window)
            write = QAction(self.tr("Write now"), menu)
            write.triggered.connect(self._bring_forward)
            later = QAction(self.tr("Remind me in 30 minutes"), menu)
            later.triggered.connect(self.snooze)
            menu.addAction(write)
            menu.addAction(later)
            self.tray.setContextMenu(menu)
            self.tray.messageClicked.connect(self._bring_forward)
            self.tray.setToolTip("Työkirja")
        return self.tray

    def _bring_forward(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()
