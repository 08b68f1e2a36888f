"""The main window: a sidebar of areas, the pages, menus and the status bar. Nothing else."""

from __future__ import annotations

import contextlib
import html
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from tyokirja import __version__
from tyokirja.services.workbook import Workbook
from tyokirja.storage.errors import StorageError
from tyokirja.ui import messages, window_state
from tyokirja.ui.pages.diary_page import DiaryPage
from tyokirja.ui.pages.practice_pages import PracticePages
from tyokirja.ui.window_protocol import DiaryWindow

if TYPE_CHECKING:  # built lazily in _build_progress_page, which imports it at run time
    from tyokirja.ui.pages.progress_page import ProgressPage

APP_TITLE = "Työkirja"
STATUS_MS = 6000
SIDEBAR_WIDTH = 150  # with the diary page beside it, the window fits 800 logical pixels (1600 at 200 %)
LANGUAGE_NAMES = (("fi", "Suomi"), ("en", "English"))


@dataclass(frozen=True)
class Area:
    """One entry in the sidebar and the page it shows."""

    key: str
    title: str
    build: Callable[[], QWidget]


class MainWindow(DiaryWindow):  # DiaryWindow is QMainWindow at run time
    def __init__(self, workbook: Workbook, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.workbook = workbook
        self.service, self.catalogue, self.lang, self.db_path = workbook.diary, workbook.catalogue, lang, workbook.path
        self.backups = workbook.backups
        self.progress = workbook.progress
        self.pending_restore: Path | None = None  # set by File → Restore; app.py restores after close
        self.setWindowTitle(APP_TITLE)  # never entry text: titles show up in task bars and screen shares
        self.resize(1180, 760)
        self.diary_page = DiaryPage(self.service, self.catalogue, lang, reader=workbook.diary_reader())
        self.practice_pages = PracticePages(workbook, lang, self.show_area, self)
        self._progress_page: ProgressPage | None = None
        self.rating_reminder = self._build_rating_reminder()
        self.pages: dict[str, QWidget] = {}
        self.remember = False  # restore remembered splitter positions as areas are built (ui.window_state)
        self._builders: dict[str, Callable[[], QWidget]] = {}  # areas not built yet (built on first show)

        self.sidebar = QListWidget()
        self.sidebar.setAccessibleName(self.tr("Areas"))
        self.sidebar.setFixedWidth(SIDEBAR_WIDTH)
        self.sidebar.setFrameShape(QFrame.Shape.NoFrame)
        # palette() keeps the sidebar right in dark mode; padding gives the areas room to breathe
        self.sidebar.setStyleSheet(
            "QListWidget { background: palette(window); border-right: 1px solid palette(mid); padding-top: 6px; }"
            "QListWidget::item { padding: 6px 12px; }"
        )
        self.stack = QStackedWidget()
        for area in self._areas():
            self._add_area(area)
        self.sidebar.currentRowChanged.connect(self._on_sidebar_current_row_changed)
        self.sidebar.setCurrentRow(0)

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        side = QWidget()
        side.setFixedWidth(SIDEBAR_WIDTH)
        self.sidebar_column = QVBoxLayout(side)  # the areas, and the "?" for the page shown below them
        self.sidebar_column.setContentsMargins(0, 0, 0, 4)
        self.sidebar_column.addWidget(self.sidebar, 1)
        row.addWidget(side)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.count_label = QLabel()
        self.statusBar().addPermanentWidget(self.count_label)
        self.diary_page.status_message.connect(self._on_page_status_message)
        self.practice_pages.status_message.connect(self._on_page_status_message)
        self.practice_pages.today.entry_requested.connect(self._on_today_entry_requested)
        self.diary_page.count_changed.connect(self._on_diary_page_count_changed)
        self._on_diary_page_count_changed(self.diary_page.model.total(), False)
        self._build_menus()

    # -- areas -------------------------------------------------------------------------------

    def _areas(self) -> list[Area]:
        """The sidebar, top to bottom. A new area (Exercises, Ratings, Progress, Reports) is one line here."""
        p = self.practice_pages
        return [
            Area("today", self.tr("Today"), lambda: p.today),
            Area("diary", self.tr("Diary"), lambda: self.diary_page),
            Area("exercises", self.tr("Exercises"), lambda: p.exercises),
            Area("feedback", self.tr("Feedback"), lambda: p.feedback),
            Area("goals", self.tr("Goals"), lambda: p.goals),
            Area("sessions", self.tr("Coaching"), self._build_sessions_page),
            Area("progress", self.tr("Progress"), self._build_progress_page),
        ]

    def _add_area(self, area: Area) -> None:
        """The first area and the diary are built now; the others when first shown (start-up time)."""
        if not self.pages or area.key == "diary":
            page = area.build()
        else:
            page = QWidget()  # a stand-in until the area is first shown
            self._builders[area.key] = area.build
        self.pages[area.key] = page
        self.stack.addWidget(page)
        item = QListWidgetItem(area.title)
        item.setData(Qt.ItemDataRole.UserRole, area.key)
        self.sidebar.addItem(item)

    def area_page(self, key: str) -> QWidget:
        """The area's page, built now if it was not yet."""
        build = self._builders.pop(key, None)
        if build is not None:
            index = list(self.pages).index(key)
            stand_in = self.pages[key]
            page = build()
            self.pages[key] = page
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(stand_in)
            stand_in.deleteLater()
            if self.remember:
                window_state.restore_splitters(page)
        return self.pages[key]

    def _on_sidebar_current_row_changed(self, row: int) -> None:
        if row < 0:
            return
        key = list(self.pages)[row]
        self.stack.setCurrentWidget(self.area_page(key))

    def current_area(self) -> str:
        row = self.sidebar.currentRow()
        return list(self.pages)[row] if row >= 0 else ""

    def show_area(self, key: str) -> None:
        self.area_page(key)
        self.sidebar.setCurrentRow(list(self.pages).index(key))

    @property
    def progress_page(self):
        """The Progress area's page (built on first use)."""
        return self.area_page("progress") if "progress" in self.pages else self._progress_page

    # -- menus -------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        page = self.diary_page
        for action in (page.new_action, page.quick_action, page.save_action, page.find_action):
            action.triggered.connect(self._show_diary)

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(page.new_action)
        file_menu.addAction(page.quick_action)
        file_menu.addAction(page.save_action)
        file_menu.addSeparator()
        from tyokirja.ui.backup_actions import BackupActions

        self.backup_actions = BackupActions(self, self.backups)
        self.import_action = QAction(self.tr("&Import…"), self)
        self.import_action.triggered.connect(lambda: self.open_import())
        file_menu.addAction(self.import_action)
        from tyokirja.ui.exchange_actions import ExchangeActions

        self.exchange_actions = ExchangeActions(self, self.workbook, self.lang)
        file_menu.addAction(self.exchange_actions.import_foreign_action)
        file_menu.addAction(self.exchange_actions.export_action)
        file_menu.addSeparator()
        file_menu.addAction(self.backup_actions.backup_action)
        file_menu.addAction(self.backup_actions.restore_action)
        file_menu.addSeparator()
        # Lock (Ctrl+L) and Settings → Encryption… are wired by ui.lock.LockController when it attaches.
        self.lock_action = QAction(self.tr("&Lock"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.setEnabled(False)  # only an encrypted diary can be locked
        file_menu.addAction(self.lock_action)
        file_menu.addSeparator()
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.quit_action)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addAction(page.undo_action)
        edit_menu.addAction(page.delete_action)
        edit_menu.addSeparator()
        edit_menu.addAction(page.find_action)
        edit_menu.addSeparator()
        from tyokirja.ui.flag_action import FlagAction, window_target

        self.flag = FlagAction(self.workbook, self.lang, lambda: window_target(self, self.lang), self)
        self.flag.status_message.connect(self._on_page_status_message)
        self.flag_action = self.flag.action
        edit_menu.addAction(self.flag_action)
        edit_menu.addSeparator()
        self.forget_action = QAction(self.tr("Forget a &word…"), self)
        self.forget_action.triggered.connect(self.open_forget_dialog)
        edit_menu.addAction(self.forget_action)

        self._build_go_menu()

        settings_menu = self.menuBar().addMenu(self.tr("&Settings"))
        language_menu = settings_menu.addMenu(self.tr("&Language"))
        self.language_group = QActionGroup(self)
        current = QSettings().value("language", self.lang)
        for code, name in LANGUAGE_NAMES:
            action = QAction(name, self, checkable=True)
            action.setData(code)
            action.setChecked(code == current)
            self.language_group.addAction(action)
            language_menu.addAction(action)
        self.language_group.triggered.connect(self._on_language_group_triggered)
        self.encryption_action = QAction(self.tr("&Encryption…"), self)
        self.encryption_action.setVisible(False)
        settings_menu.addAction(self.encryption_action)
        settings_menu.addAction(self.backup_actions.keep_action)
        from tyokirja.ui.reminders import ReminderController

        self.reminders = ReminderController(self, self._wrote_on)
        self.reminder_action = QAction(self.tr("&Reminder…"), self)
        self.reminder_action.triggered.connect(lambda: self.reminders.open_settings())
        settings_menu.addAction(self.reminder_action)

        self.rate_action = QAction(self.tr("&Rate my skills…"), self)
        self.rate_action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.rate_action.triggered.connect(self.open_rating)
        file_menu.insertAction(self.quit_action, self.rate_action)

        self.report_action = QAction(self.tr("Coach &report…"), self)
        self.report_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.report_action.triggered.connect(self.open_report_wizard)
        self.export_log_action = QAction(self.tr("S&hared reports…"), self)
        self.export_log_action.triggered.connect(self.open_export_log)
        file_menu.insertAction(self.quit_action, self.report_action)
        file_menu.insertAction(self.quit_action, self.export_log_action)
        file_menu.insertSeparator(self.quit_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        from tyokirja.ui.guide_actions import GuideActions

        self.guide = GuideActions(self, self.lang)
        help_menu.addAction(self.guide.guide_action)
        self.sidebar_column.addWidget(self.guide.page_button)
        empty = self.service.encounters.count() == 0
        self.welcome = self.guide.offer_welcome(self.practice_pages.today.reminders, empty)
        self.about_action = QAction(self.tr("&About Työkirja"), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        help_menu.addAction(self.about_action)

    def _build_go_menu(self) -> None:
        """Go: one action per area, Ctrl+1 … Ctrl+9 in the sidebar's order (shown in the menu)."""
        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        self.go_actions: dict[str, QAction] = {}
        for number, key in enumerate(self.pages, start=1):
            row = list(self.pages).index(key)
            action = QAction(self.sidebar.item(row).text(), self)
            if number <= 9:
                action.setShortcut(QKeySequence(f"Ctrl+{number}"))
                action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _checked=False, area=key: self.show_area(area))
            go_menu.addAction(action)
            self.go_actions[key] = action

    def _build_rating_reminder(self):
        """The monthly rating reminder on Today (services.progress.ProgressService)."""
        from tyokirja.ui.widgets.rating_reminder import RatingReminderCard

        today = self.practice_pages.today
        reminder = RatingReminderCard(self.progress, today)
        reminder.start_requested.connect(self.open_rating)
        today.reminders.addWidget(reminder)
        return reminder

    def _build_progress_page(self):
        from tyokirja.ui.pages.progress_page import ProgressPage

        page = ProgressPage(self.progress, self.service, self.catalogue, self.lang,
                            session_days=lambda: self.workbook.coaching.held_days())
        page.open_requested.connect(self._on_progress_page_open_requested)
        page.status_message.connect(self._on_page_status_message)
        page.rating_saved.connect(self.rating_reminder.refresh)
        self._progress_page = page
        return page

    def _build_sessions_page(self):
        from tyokirja.ui.pages.sessions_page import SessionsPage

        page = SessionsPage(self.workbook.coaching, self.lang)
        page.status_message.connect(self._on_page_status_message)
        page.practice_changed.connect(self.practice_pages.refresh)
        return page

    def open_rating(self):
        """File → Rate my skills (and the reminder's Start): the monthly session over the Progress area."""
        self.show_area("progress")
        return self.progress_page.open_rating("monthly")

    def open_report_wizard(self):
        """File → Coach report: the unsaved editor text goes to its draft first (it is not in the report)."""
        from tyokirja.ui.dialogs.report_wizard import ReportWizard

        self.diary_page.flush_draft()
        reports = self.workbook.reports  # built on first use: start-up does not pay for it
        wizard = ReportWizard(reports, reports.library, self.lang, self, coaching=self.workbook.coaching)
        wizard.exported.connect(lambda record: self.statusBar().showMessage(
            self.tr("Coach report saved: {name}").replace("{name}", record.file_name), STATUS_MS))
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.open()
        return wizard

    def open_import(self, path: Path | None = None):
        """File → Import…: the dialog reads and checks the chosen export off the GUI thread, shows what
        it would add, and imports on the user's word (ui.dialogs.import_dialog)."""
        from tyokirja.ui.dialogs.import_dialog import ImportDialog

        if path is None:
            name, _ = QFileDialog.getOpenFileName(self, self.tr("Import a Työkirja export"), "",
                                                  self.tr("Työkirja export (*.json)"))
            if not name:
                return None
            path = Path(name)
        self.diary_page.flush_draft()
        dialog = ImportDialog(self.workbook.transfer, path, self)
        dialog.imported.connect(self._on_import_dialog_imported)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _on_import_dialog_imported(self, added: dict) -> None:
        from tyokirja.transfertext import describe_import_result

        self.diary_page.model.refresh()
        self.statusBar().showMessage(describe_import_result(added, Path(self.workbook.path.name)), STATUS_MS)

    def open_export_log(self):
        from tyokirja.ui.dialogs.export_log_dialog import ExportLogDialog

        dialog = ExportLogDialog(self.workbook.reports, self.lang, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _on_progress_page_open_requested(self, kind: str, record_id: str) -> None:
        if kind == "encounter":
            self.show_area("diary")
            self.diary_page.open_encounter(record_id)
        elif kind == "exercise":
            self.show_area("exercises")
            self.practice_pages.exercises.show_session(record_id)
        elif kind == "feedback":
            self.show_area("feedback")
            self.practice_pages.feedback.open_request(record_id)

    def _show_diary(self) -> None:
        self.show_area("diary")

    def _on_today_entry_requested(self, encounter_id: str) -> None:
        self.show_area("diary")
        self.diary_page.open_encounter(encounter_id)

    # -- slots -------------------------------------------------------------------------------

    def _on_page_status_message(self, text: str) -> None:
        self.statusBar().showMessage(text, STATUS_MS)

    def _on_diary_page_count_changed(self, total: int, filtered: bool) -> None:
        text = self.tr("%Ln matching entries", "", total) if filtered else self.tr("%Ln entries", "", total)
        self.count_label.setText(text)

    def _on_language_group_triggered(self, action: QAction) -> None:
        code = action.data()
        QSettings().setValue("language", code)
        if code == self.lang:
            text = self.tr("Työkirja is already using this language.")
        else:
            text = self.tr("The language changes the next time you start Työkirja.")
        self.statusBar().showMessage(text, STATUS_MS)
        messages.info(self, text)

    def open_forget_dialog(self):
        """Edit → Forget a word: the editor's text goes to its draft first, so it is rewritten too."""
        from tyokirja.services.erasure import ForgetService
        from tyokirja.ui.dialogs.forget_dialog import ForgetDialog

        self.diary_page.flush_draft()
        dialog = ForgetDialog(ForgetService.for_diary(self.service, self.db_path), self)
        dialog.forgotten.connect(self._on_forget_dialog_forgotten)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _on_forget_dialog_forgotten(self) -> None:
        """Records were rewritten: reload the list and what the editor shows (no save in between)."""
        page = self.diary_page
        current = page.current_encounter_id()
        if current is not None:
            # unsaved changes went to a draft before the dialog opened; show its rewritten text
            drafts = {enc.id: enc for _draft, enc in self.service.pending_drafts()}
            with contextlib.suppress(StorageError):
                page.editor.set_encounter(drafts[current] if current in drafts else self.service.get(current))
        page.model.refresh()

    def show_about(self) -> None:
        where = html.escape(str(self.db_path))
        text = "<p><b>Työkirja {version}</b></p>".replace("{version}", __version__)
        text += "<p>" + html.escape(self.tr("A private workbook for people who lead encounters at work.")) + "</p>"
        text += "<p>" + html.escape(self.tr("Your diary file:")) + "<br><code>" + where + "</code></p>"
        text += "<p>" + html.escape(self.tr(
            "Nothing leaves this computer: Työkirja makes no network connections. Only files you "
            "export yourself go anywhere else.")) + "</p>"
        messages.about(self, self.tr("About Työkirja"), text)

    def _wrote_on(self, day) -> bool:
        """Has the user written or practised on `day` (an entry, an exercise, a feedback request)?"""
        return bool(self.workbook.today.practice_days(day))

    def save_pending(self) -> bool:
        """Store what is typed anywhere now (the diary editor as a draft), closing nothing. False: not saved."""
        self.diary_page.flush_draft()
        return self.practice_pages.prepare_close()

    def restore_state(self) -> None:
        """Size, place, last area and splitter positions as the user left them (the app's start only)."""
        self.remember = True
        window_state.restore_geometry(self)
        for page in self.pages.values():
            window_state.restore_splitters(page)
        area = window_state.saved_area()
        if area in self.pages:
            self.show_area(area)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.diary_page.prepare_close() and self.practice_pages.prepare_close():
            window_state.save(self, self.current_area(), [p for k, p in self.pages.items() if k not in self._builders])
            event.accept()
        else:
            event.ignore()
