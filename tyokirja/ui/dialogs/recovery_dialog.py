"""Start-up recovery: the diary file is damaged or not a diary. Offer the newest good backup.

Nothing here overwrites the file: restoring moves it aside first, and a new empty diary is only
started on an explicit choice that also moves the file aside first. Quit leaves it as it was.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tyokirja.errortext import describe
from tyokirja.services.backup import BackupListing, RecoveryService
from tyokirja.storage.errors import CorruptDiaryError, NotADiaryError, StorageError
from tyokirja.ui import messages
from tyokirja.ui.models.encounter_list_model import format_when

RECOVERABLE_REASONS = ("foreign", "not_sqlite", "empty")


def needs_recovery(exc: BaseException) -> bool:
    """True for the start-up failures the recovery dialog can help with."""
    if isinstance(exc, CorruptDiaryError):
        return True
    return isinstance(exc, NotADiaryError) and getattr(exc, "reason", "") in RECOVERABLE_REASONS


@dataclass(frozen=True)
class Recovered:
    """What to open next: the restored or new diary at the same path, or another file."""

    path: Path
    how: str  # "restored" | "new" | "other"
    kept_at: Path | None = None


def backup_label(listing: BackupListing) -> str:
    return format_when(listing.created.astimezone())


class RecoveryDialog(QDialog):
    """Explains what is wrong and offers: restore the newest good backup, another file, or quit."""

    def __init__(self, error: BaseException, recovery: RecoveryService, parent: QWidget | None = None):
        super().__init__(parent)
        self.recovery = recovery
        self.result_value: Recovered | None = None
        self.setWindowTitle(self.tr("The diary could not be opened"))
        self.setMinimumWidth(560)
        self.newest = recovery.newest_good_backup()

        heading = QLabel(self.tr("Työkirja could not open your diary."))
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        heading.setFont(font)
        explanation = QLabel(describe(error))
        explanation.setWordWrap(True)
        explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(explanation)

        self.restore_button: QPushButton | None = None
        self.new_button: QPushButton | None = None
        if self.newest is not None:
            offer = QLabel(self.tr(
                "A good backup of this diary was found. Restoring it keeps the current file aside, "
                "renamed, so nothing is deleted."))
            offer.setWordWrap(True)
            layout.addWidget(offer)
            text = self.tr("Restore newest good backup ({date}, %n entries)", "", self.newest.entries or 0)
            self.restore_button = QPushButton(text.replace("{date}", backup_label(self.newest)))
            self.restore_button.setDefault(True)
            self.restore_button.clicked.connect(self.restore_newest)
        else:
            none = QLabel(self.tr(
                "No backup of this diary was found. You can open another diary file, or start a new "
                "empty diary: the current file is then moved aside, renamed, and kept."))
            none.setWordWrap(True)
            layout.addWidget(none)
            self.new_button = QPushButton(self.tr("Start a new empty diary…"))
            self.new_button.clicked.connect(self.start_new)
        self.other_button = QPushButton(self.tr("Choose another file…"))
        self.other_button.clicked.connect(self.choose_other)
        self.quit_button = QPushButton(self.tr("Quit"))
        self.quit_button.clicked.connect(self.reject)

        layout.addSpacing(8)
        first = self.restore_button or self.new_button
        assert first is not None  # restore with a backup, start new without one
        layout.addWidget(first)
        row = QHBoxLayout()
        row.addWidget(self.other_button)
        row.addStretch(1)
        row.addWidget(self.quit_button)
        layout.addLayout(row)
        first.setFocus()

    # -- choices -----------------------------------------------------------------------------

    def restore_newest(self) -> None:
        newest = self.newest
        assert newest is not None  # offered (restore_button) only when a good backup was found
        try:
            kept = self.recovery.restore(newest.path)
        except StorageError as exc:
            messages.storage_error(self, exc)
            return
        text = self.tr("The backup from {date} was restored.").replace("{date}", backup_label(newest))
        if kept is not None:
            text += " " + self.tr("The file that could not be opened was kept as {path}.").replace("{path}", str(kept))
        messages.info(self, text)
        self._finish(Recovered(self.recovery.diary_path, "restored", kept))

    def start_new(self) -> None:
        question = self.tr(
            "Start a new empty diary at {path}? The current file will be moved aside, renamed, and kept.")
        if not messages.confirm(self, question.replace("{path}", str(self.recovery.diary_path)),
                                self.tr("Start a new diary")):
            return
        try:
            kept = self.recovery.set_aside()
        except StorageError as exc:
            messages.storage_error(self, exc)
            return
        if kept is not None:
            messages.info(self, self.tr("The file that could not be opened was kept as {path}.")
                          .replace("{path}", str(kept)))
        self._finish(Recovered(self.recovery.diary_path, "new", kept))

    def choose_other(self) -> None:
        path = self.ask_for_file()
        if path:
            self._finish(Recovered(Path(path), "other"))

    def ask_for_file(self) -> str:
        """The diary file to open instead (a non-native dialog looks the same everywhere)."""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open another diary"), str(self.recovery.diary_path.parent),
            self.tr("Työkirja diaries (*.sqlite);;All files (*)"),
            options=QFileDialog.Option.DontUseNativeDialog)
        return path

    def _finish(self, result: Recovered) -> None:
        self.result_value = result
        self.accept()


def offer_recovery(error: BaseException, recovery: RecoveryService, parent: QWidget | None = None) -> Recovered | None:
    """Show the dialog (blocking, at start-up before any window); None when the user quit."""
    dialog = RecoveryDialog(error, recovery, parent)
    dialog.exec()
    return dialog.result_value
