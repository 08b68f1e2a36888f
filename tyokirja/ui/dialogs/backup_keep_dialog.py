"""Settings → Kept backups: how many automatic backups to keep (1–365)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QWidget

from tyokirja.services.backup import KEEP_RANGE


class BackupKeepDialog(QDialog):
    def __init__(self, current: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kept backups"))
        intro = QLabel(self.tr(
            "Työkirja makes a backup of the diary when it starts and once a day, and deletes the oldest "
            "automatic backups beyond this number. Backups you make yourself are never deleted."))
        intro.setWordWrap(True)
        self.spin = QSpinBox()
        self.spin.setRange(*KEEP_RANGE)
        self.spin.setValue(current)
        self.spin.setAccessibleName(self.tr("Number of kept backups"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(intro)
        layout.addRow(self.tr("Keep backups:"), self.spin)
        layout.addRow(buttons)

    def value(self) -> int:
        return self.spin.value()
