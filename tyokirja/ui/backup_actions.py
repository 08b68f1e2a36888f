"""The main window's backup menu entries, and automatic backups off the GUI thread.

Automatic backups run at start and from an hourly timer; the service decides whether one is due
(a day since the last). The copy is taken in a QThreadPool worker through its own connection, and
the outcome is one line in the status bar. Restoring closes the window with `pending_restore` set;
the composition root (app.py) then restores and opens the diary again.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDir, QObject, QThreadPool, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog

from tyokirja.errortext import describe
from tyokirja.services.backup import BackupService
from tyokirja.storage.errors import StorageError
from tyokirja.ui import messages
from tyokirja.ui.window_protocol import DiaryWindow
from tyokirja.ui.worker import Task

HOUR_MS = 60 * 60 * 1000
STATUS_MS = 6000


class BackupActions(QObject):
    """File → Back up now… / Restore from backup…, Settings → Kept backups…, and the hourly timer."""

    finished = Signal()  # an automatic backup run ended (made one, found none due, or failed)

    def __init__(self, window: DiaryWindow, backups: BackupService):
        super().__init__(window)
        self.window, self.backups = window, backups
        window.pending_restore = None
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._task: Task | None = None
        self.backup_action = QAction(self.tr("Back up now…"), window)
        self.backup_action.triggered.connect(self.backup_now)
        self.restore_action = QAction(self.tr("Restore from backup…"), window)
        self.restore_action.triggered.connect(self.choose_restore)
        self.keep_action = QAction(self.tr("Kept backups…"), window)
        self.keep_action.triggered.connect(self.choose_keep)
        self.timer = QTimer(self)
        self.timer.setInterval(HOUR_MS)
        self.timer.timeout.connect(lambda: self.run_automatic(at_start=False))
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    # -- automatic ---------------------------------------------------------------------------

    def start_automatic(self) -> None:
        """A backup at start (if none in the last hour), then a check every hour."""
        self.run_automatic(at_start=True)
        self.timer.start()

    def run_automatic(self, at_start: bool) -> bool:
        """Start a background backup run unless one is already running; False if skipped."""
        if self._task is not None:
            return False
        try:
            keep = self.backups.keep()  # read on this thread: the app's connection stays here
        except StorageError as exc:
            self._on_failed(exc)
            return False
        task = Task(lambda: self.backups.maybe_backup(at_start=at_start, keep=keep), with_progress=False)
        task.signals.done.connect(self._on_done)
        task.signals.failed.connect(self._on_failed)
        self._task = task
        self.pool.start(task)
        return True

    def _on_done(self, info) -> None:
        self._task = None
        if info is not None:
            self._status(self.tr("Backup made."))
        self.finished.emit()

    def _on_failed(self, exc: BaseException) -> None:
        self._task = None
        self._status(self.tr("The automatic backup failed:") + " " + describe(exc))
        self.finished.emit()

    def shutdown(self) -> None:
        self.timer.stop()
        self.pool.waitForDone()

    # -- menu actions ------------------------------------------------------------------------

    def backup_now(self) -> None:
        path = self.ask_for_target()
        if path:
            self.backup_to(Path(path))

    def backup_to(self, target: Path) -> bool:
        try:
            written = self.backups.backup_to(target)
        except StorageError as exc:
            if exc.code == "backup_is_diary":
                messages.error(self.window, self.tr("A backup cannot replace the diary itself. Choose another file."))
            else:
                messages.storage_error(self.window, exc)
            return False
        self._status(self.tr("Backup saved to {path}.").replace("{path}", str(written)))
        return True

    def ask_for_target(self) -> str:
        name = "tyokirja-" + datetime.now().strftime("%Y-%m-%d") + ".sqlite"
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Back up the diary"), str(Path(QDir.homePath()) / name),
            self.tr("Työkirja backups (*.sqlite)"), options=QFileDialog.Option.DontUseNativeDialog)
        return path

    def choose_restore(self) -> None:
        from tyokirja.ui.dialogs.backups_dialog import BackupsDialog

        dialog = BackupsDialog(self.backups, self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen is not None:
            self.request_restore(dialog.chosen)

    def request_restore(self, backup: Path) -> bool:
        """Close the window so the app can restore `backup` and reopen the diary; False if the close was refused."""
        self.window.pending_restore = Path(backup)
        if self.window.close():
            return True
        self.window.pending_restore = None
        return False

    def choose_keep(self) -> None:
        from tyokirja.ui.dialogs.backup_keep_dialog import BackupKeepDialog

        try:
            dialog = BackupKeepDialog(self.backups.keep(), self.window)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            self.backups.set_keep(dialog.value())
        except StorageError as exc:
            messages.storage_error(self.window, exc)
            return
        self._status(self.tr("Työkirja keeps %n automatic backups.", "", dialog.value()))

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, STATUS_MS)
