"""The diary's own unencrypted old copies, listed one by one: only the ticked ones are deleted, on request.

Shown inside Settings → Encryption while the diary is encrypted and such copies are still on disk.
Nothing is pre-ticked and nothing is deleted until the user presses "Delete selected".
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from tyokirja.services.security import PlainCopy, SecurityService
from tyokirja.storage.errors import StorageError
from tyokirja.ui import messages
from tyokirja.ui.models.encounter_list_model import format_when
from tyokirja.ui.widgets.wrap_label import WrapLabel

VISIBLE_ROWS = 8


class PlaintextCopiesBox(QGroupBox):
    deletion_finished = Signal()  # the picked copies were dealt with: list them again

    def __init__(self, security: SecurityService, copies: list[PlainCopy], parent: QWidget | None = None):
        super().__init__(self.tr("Unencrypted copies still on disk"), parent)
        self.security = security
        self.setObjectName("plaintext_copies")
        intro = WrapLabel(self.tr(
            "These older copies of this diary are not encrypted: anyone who can read the files can read "
            "them. Tick the ones to delete and press Delete selected. Deleting cannot be undone."))
        column = QVBoxLayout(self)
        column.addWidget(intro)
        self._checks: dict[Path, QCheckBox] = {}
        folder = security.path.parent
        rows = QWidget()
        rows_layout = QVBoxLayout(rows)
        rows_layout.setContentsMargins(0, 0, 0, 0)
        for copy in copies:
            shown = os.path.relpath(copy.path, folder) if copy.path.parent != folder else copy.path.name
            size = QLocale().formattedDataSize(copy.size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)
            check = QCheckBox(" — ".join((shown, format_when(copy.modified.astimezone()), size)))
            check.setToolTip(str(copy.path))
            check.toggled.connect(self._on_check_toggled)
            self._checks[copy.path] = check
            rows_layout.addWidget(check)
        # Thirty automatic backups are normal: the list scrolls instead of stretching the dialog.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(rows)
        row_height = rows.sizeHint().height() // max(1, len(copies))
        scroll.setFixedHeight(min(rows.sizeHint().height(), VISIBLE_ROWS * row_height))
        column.addWidget(scroll)
        buttons = QHBoxLayout()
        self.select_all_button = QPushButton(self.tr("Select all"))
        self.select_all_button.clicked.connect(self._on_select_all_button_clicked)
        self.delete_button = QPushButton(self.tr("Delete selected"))
        self.delete_button.setEnabled(False)
        self.delete_button.clicked.connect(self.delete_selected)
        buttons.addWidget(self.select_all_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        column.addLayout(buttons)

    def checkboxes(self) -> dict[Path, QCheckBox]:
        """The offered copies, each with its checkbox."""
        return dict(self._checks)

    def selected(self) -> list[Path]:
        return [path for path, check in self._checks.items() if check.isChecked()]

    def delete_selected(self) -> None:
        """Delete the ticked copies (each re-checked by the service first) and say what could not be."""
        picked = self.selected()
        if not picked:
            return
        try:
            removal = self.security.delete_copies(picked)
        except StorageError as exc:
            messages.storage_error(self, exc)
            return
        if removal.failed:
            messages.error(self, self.tr("These copies could not be deleted. Delete them by hand:")
                           + "\n" + "\n".join(str(p) for p in removal.failed))
        if removal.skipped:
            messages.info(self, self.tr(
                "These files changed after the list was made and are no longer known copies of this diary. "
                "They were left as they are:") + "\n" + "\n".join(str(p) for p in removal.skipped))
        self.deletion_finished.emit()

    def _on_select_all_button_clicked(self) -> None:
        for check in self._checks.values():
            check.setChecked(True)

    def _on_check_toggled(self, _checked: bool) -> None:
        self.delete_button.setEnabled(bool(self.selected()))
