"""Restore from backup: the diary's backups with date and entry count; confirm before restoring."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tyokirja.services.backup import BackupListing, BackupService
from tyokirja.storage.errors import StorageError
from tyokirja.ui import messages
from tyokirja.ui.models.encounter_list_model import format_when

_PathRole = Qt.ItemDataRole.UserRole + 1


class BackupsDialog(QDialog):
    """Pick a backup to restore. `chosen` holds its path after accept(); the caller does the restore."""

    def __init__(self, backups: BackupService, parent: QWidget | None = None):
        super().__init__(parent)
        self.backups = backups
        self.chosen: Path | None = None
        self.setWindowTitle(self.tr("Restore from backup"))
        self.setMinimumSize(520, 360)
        intro = QLabel(self.tr(
            "Choose the backup to bring back. Työkirja then closes the diary and opens it again with the "
            "backup's entries. The current diary file is kept aside, renamed, so nothing is deleted."))
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Backups"))
        for listing in backups.backups():
            self._add(listing)
        self.empty_label = QLabel(self.tr("No backups of this diary yet."))
        self.empty_label.setVisible(self.list.count() == 0)

        buttons = QDialogButtonBox()
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.restore_button.setEnabled(False)
        self.file_button = QPushButton(self.tr("Choose a file…"))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.file_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_selected)
        self.file_button.clicked.connect(self.restore_from_file)
        self.list.currentItemChanged.connect(lambda item, _old: self.restore_button.setEnabled(
            item is not None and item.data(_PathRole) is not None))
        self.list.itemActivated.connect(lambda _item: self.restore_selected())

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(buttons)
        if self.list.count():
            self.list.setCurrentRow(0)

    def _add(self, listing: BackupListing) -> None:
        when = format_when(listing.created.astimezone())
        if listing.entries is None:
            text = self.tr("{date} — cannot be read").replace("{date}", when)
        else:
            text = self.tr("{date} — %n entries", "", listing.entries).replace("{date}", when)
        if not listing.automatic:
            text += " " + self.tr("(copy taken before an update)")
        item = QListWidgetItem(text)
        item.setData(_PathRole, str(listing.path) if listing.entries is not None else None)
        item.setData(Qt.ItemDataRole.UserRole, when)
        if listing.entries is None:
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
        self.list.addItem(item)

    def restore_selected(self) -> None:
        item = self.list.currentItem()
        if item is None or item.data(_PathRole) is None:
            return
        question = self.tr("Restore the backup from {date}? The diary closes and opens again with the "
                           "backup's entries; the current file is kept aside.")
        if messages.confirm(self, question.replace("{date}", item.data(Qt.ItemDataRole.UserRole)),
                            self.tr("Restore")):
            self.chosen = Path(item.data(_PathRole))
            self.accept()

    def restore_from_file(self) -> None:
        path = self.ask_for_file()
        if not path:
            return
        try:
            count = self.backups.recovery().check(Path(path))
        except StorageError as exc:
            messages.storage_error(self, exc)
            return
        question = self.tr("Restore {path} (%n entries)? The diary closes and opens again with the "
                           "backup's entries; the current file is kept aside.", "", count)
        if messages.confirm(self, question.replace("{path}", path), self.tr("Restore")):
            self.chosen = Path(path)
            self.accept()

    def ask_for_file(self) -> str:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a backup"), str(self.backups.diary_path.parent),
            self.tr("Työkirja backups (*.sqlite);;All files (*)"),
            options=QFileDialog.Option.DontUseNativeDialog)
        return path
