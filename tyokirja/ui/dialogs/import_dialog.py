"""File → Import…: what a Työkirja export would add, shown before anything is written.

The dialog gets the checked file (an ImportBundle) and its plan (services.transfer.plan_import):
"N new, M already in the diary, K conflicting", each conflicting record by kind and id (never its
text), and — when there are conflicts — the user's choice: keep both side by side, or skip them.
Import writes everything or nothing (TransferService.import_bundle) and emits `imported` with how
many records of each kind were added.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QRadioButton,
    QVBoxLayout,
)

from tyokirja.exchange.json_format import ImportBundle
from tyokirja.exchange.merge import ImportPlan
from tyokirja.exchange.rejection import ImportRejected
from tyokirja.services.transfer import TransferService
from tyokirja.storage.errors import StorageError
from tyokirja.transfertext import (
    describe_conflict,
    describe_import_error,
    describe_import_plan,
    describe_setting_conflict,
)
from tyokirja.ui import messages
from tyokirja.ui.widgets.wrap_label import WrapLabel


class ImportDialog(QDialog):
    imported = Signal(object)  # dict: array -> records added

    def __init__(self, transfer: TransferService, path: Path, bundle: ImportBundle, plan: ImportPlan, parent=None):
        super().__init__(parent)
        self.transfer, self.path, self.bundle, self.plan = transfer, Path(path), bundle, plan
        self.setWindowTitle(self.tr("Import"))
        self.resize(620, 380)
        self.summary = WrapLabel(describe_import_plan(plan.new, plan.same, plan.conflicting))
        self.summary.setAccessibleName(self.tr("What the import would do"))
        self.conflict_list = QListWidget()
        self.conflict_list.setAccessibleName(self.tr("Conflicting records"))
        for array, position, record_id in plan.conflicts():
            self.conflict_list.addItem(describe_conflict(array, position, record_id))
        for key in plan.settings_conflicts:
            self.conflict_list.addItem(describe_setting_conflict(key))
        self.keep_both = QRadioButton(self.tr("Keep both side by side (the file's version gets a new id)"))
        self.keep_both.setAccessibleName(self.tr("Keep both"))
        self.skip = QRadioButton(self.tr("Skip the conflicting records (the diary's stay as they are)"))
        self.skip.setAccessibleName(self.tr("Skip conflicting"))
        self.choice = QButtonGroup(self)
        self.choice.addButton(self.keep_both)
        self.choice.addButton(self.skip)
        self.skip.setChecked(True)
        has_conflicts = bool(plan.conflicting_records)
        self.conflict_list.setVisible(plan.conflicting > 0)
        self.keep_both.setVisible(has_conflicts)
        self.skip.setVisible(has_conflicts)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setAccessibleName(self.tr("Import"))
        self.import_button.setEnabled(plan.new > 0 or has_conflicts)
        self.buttons.accepted.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(WrapLabel(self.tr("From {file}:").replace("{file}", self.path.name)))
        layout.addWidget(self.summary)
        layout.addWidget(self.conflict_list, 1)
        layout.addWidget(self.keep_both)
        layout.addWidget(self.skip)
        layout.addWidget(self.buttons)

    def chosen(self) -> str | None:
        if not self.plan.conflicting_records:
            return None
        return "keep_both" if self.keep_both.isChecked() else "skip"

    def run_import(self) -> None:
        """Write what the plan adds (all or nothing); on a problem say so and change nothing."""
        choice = self.chosen()
        try:
            plan = self.transfer.import_bundle(self.bundle, choice)
        except ImportRejected as exc:
            messages.error(self, describe_import_error(exc, self.path))
            return
        except StorageError as exc:
            messages.storage_error(self, exc)
            return
        self.imported.emit(plan.added(choice))
        self.accept()
