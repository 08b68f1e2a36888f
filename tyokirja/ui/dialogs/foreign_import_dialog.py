"""File → Import from another journal…: choose jrnl, Day One or RedNotebook, pick the file or folder, see
what would come over, then import it with a progress bar and Cancel.

Reading and checking the source, planning the merge and writing all run off the GUI thread (ui.worker.Task);
the write is one transaction, so Cancel or a failure leaves the diary as it was. Emits `imported` with how
many records of each kind were added.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QThreadPool, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)

from tyokirja.errortext import describe
from tyokirja.exchange.importers import KINDS, ForeignImport, SourceRejected
from tyokirja.exchange.merge import ImportPlan
from tyokirja.importtext import describe_source, describe_source_error, kind_name
from tyokirja.services.transfer import ImportCancelled, TransferService
from tyokirja.storage.errors import StorageError
from tyokirja.transfertext import describe_conflict, describe_import_plan, describe_import_read_error
from tyokirja.ui import messages
from tyokirja.ui.dialogs.cancellable import CancellableWorkDialog
from tyokirja.ui.widgets.wrap_label import WrapLabel
from tyokirja.ui.worker import Task


class ForeignImportDialog(CancellableWorkDialog):
    imported = Signal(object)  # dict: array -> records added

    def __init__(self, transfer: TransferService, parent=None):
        super().__init__(parent)
        self.transfer = transfer
        self.found: ForeignImport | None = None
        self.plan: ImportPlan | None = None
        self.task: Task | None = None
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.setWindowTitle(self.tr("Import from another journal"))
        self.resize(640, 420)

        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Journal program"))
        for kind in KINDS:
            self.kind.addItem(kind_name(kind), kind)
        self.kind.currentIndexChanged.connect(self._on_source_changed)
        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName(self.tr("Source file or folder"))
        self.path_edit.textChanged.connect(self._on_source_changed)
        self.browse_button = QPushButton(self.tr("&Choose…"))
        self.browse_button.setAccessibleName(self.tr("Choose the source"))
        self.browse_button.clicked.connect(self.choose_source)
        self.preview_button = QPushButton(self.tr("&Preview"))
        self.preview_button.setAccessibleName(self.tr("Preview"))
        self.preview_button.clicked.connect(self.preview)
        self.hint = WrapLabel()
        self.summary = WrapLabel(self.tr("Choose the program and its export, then Preview. Nothing is written "
                                         "before you press Import."))
        self.summary.setAccessibleName(self.tr("What the import would do"))
        self.keep_both = QRadioButton(self.tr("Keep both side by side (the file's version gets a new id)"))
        self.keep_both.setAccessibleName(self.tr("Keep both"))
        self.skip = QRadioButton(self.tr("Skip the conflicting records (the diary's stay as they are)"))
        self.skip.setAccessibleName(self.tr("Skip conflicting"))
        self.choice = QButtonGroup(self)
        self.choice.addButton(self.keep_both)
        self.choice.addButton(self.skip)
        self.skip.setChecked(True)
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Import progress"))
        self.bar.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setAccessibleName(self.tr("Import"))
        self.buttons.accepted.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)

        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(self.tr("&Program:"), self.kind)
        form.addRow(self.tr("&Source:"), row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.preview_button)
        layout.addWidget(self.summary, 1)
        layout.addWidget(self.keep_both)
        layout.addWidget(self.skip)
        layout.addWidget(self.bar)
        layout.addWidget(self.buttons)
        self._on_source_changed()

    # -- choosing ----------------------------------------------------------------------------

    def current_kind(self) -> str:
        return str(self.kind.currentData())

    def set_source(self, kind: str, path: Path) -> None:
        self.kind.setCurrentIndex(KINDS.index(kind))
        self.path_edit.setText(str(path))

    def choose_source(self) -> None:
        kind = self.current_kind()
        if kind == "rednotebook":
            name = QFileDialog.getExistingDirectory(self, self.tr("RedNotebook's data folder"))
        else:
            pattern = (self.tr("jrnl JSON export (*.json)") if kind == "jrnl"
                       else self.tr("Day One export (*.zip *.json)"))
            name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the export"), "", pattern)
        if name:
            self.path_edit.setText(name)

    def _on_source_changed(self) -> None:
        self.found = self.plan = None
        hints = {
            "jrnl": self.tr("Export with: jrnl --format json > journal.json"),
            "dayone": self.tr("In Day One: File → Export → JSON; choose the zip it makes."),
            "rednotebook": self.tr("Choose RedNotebook's data folder (it holds files named like 2024-05.txt)."),
        }
        self.hint.setText(hints[self.current_kind()])
        self.preview_button.setEnabled(bool(self.path_edit.text().strip()) and self.task is None)
        self._show_plan()

    # -- preview -----------------------------------------------------------------------------

    def preview(self) -> None:
        """Read and check the source and plan the merge, off the GUI thread; nothing is written."""
        kind, path = self.current_kind(), Path(self.path_edit.text().strip()).expanduser()
        transfer = self.transfer

        def work(progress, cancelled):
            found = transfer.read_source(kind, path)
            return found, transfer.plan_import(found.bundle)

        self.summary.setText(self.tr("Reading {source}…").replace("{source}", path.name))
        self._run(work, self._on_preview_done)

    def _on_preview_done(self, result) -> None:
        self.found, self.plan = result
        self._show_plan()

    def _show_plan(self) -> None:
        found, plan = self.found, self.plan
        conflicts = bool(plan and plan.conflicting_records)
        self.keep_both.setVisible(conflicts)
        self.skip.setVisible(conflicts)
        self.import_button.setEnabled(bool(plan and (plan.new or conflicts)) and self.task is None)
        if found is None or plan is None:
            return
        lines = describe_source(found)
        lines.append(describe_import_plan(plan.new, plan.same, plan.conflicting))
        lines.extend("• " + describe_conflict(a, p, i) for a, p, i in plan.conflicts()[:20])
        self.summary.setText("\n".join(lines))

    # -- import ------------------------------------------------------------------------------

    def chosen(self) -> str | None:
        if self.plan is None or not self.plan.conflicting_records:
            return None
        return "keep_both" if self.keep_both.isChecked() else "skip"

    def run_import(self) -> None:
        """Write what the preview showed, in one transaction, with progress; Cancel rolls it back."""
        if self.found is None or self.task is not None:
            return
        bundle, choice, transfer = self.found.bundle, self.chosen(), self.transfer
        self.bar.setRange(0, max(1, len(bundle.encounters)))
        self.bar.setValue(0)
        self.bar.setVisible(True)

        def work(progress, cancelled):
            return transfer.import_bundle(bundle, choice, progress=progress, cancelled=cancelled).added(choice)

        self._run(work, self._on_import_done)

    def _on_import_done(self, added: dict) -> None:
        self.imported.emit(added)
        self.accept()

    # -- the worker --------------------------------------------------------------------------

    def _run(self, fn, on_done) -> None:
        task = Task(fn)
        task.signals.progress.connect(self._on_task_progress)
        task.signals.done.connect(lambda result: self._finish(on_done, result))
        task.signals.failed.connect(self._on_task_failed)
        self.task = task
        for widget in (self.preview_button, self.import_button, self.kind, self.path_edit, self.browse_button):
            widget.setEnabled(False)
        self.pool.start(task)

    def _settle(self) -> None:
        """The task ended: controls back on."""
        self.task = None
        self.bar.setVisible(False)
        for widget in (self.kind, self.path_edit, self.browse_button):
            widget.setEnabled(True)
        self.preview_button.setEnabled(bool(self.path_edit.text().strip()))
        self._show_plan()

    def _on_task_progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(1, total))
        self.bar.setValue(done)

    def _finish(self, on_done, result) -> None:
        stopped = self.task is not None and self.task.cancelled()
        self._settle()
        if stopped:  # a preview stopped after it had read everything: its result is dropped
            self.found = self.plan = None
            self._show_plan()
            self.summary.setText(self.tr("Stopped. Nothing was imported."))
            return
        on_done(result)

    def _on_task_failed(self, exc: BaseException) -> None:
        kind, path = self.current_kind(), Path(self.path_edit.text().strip()).expanduser()
        if isinstance(exc, SourceRejected):
            self.found = self.plan = None
            text = describe_source_error(exc, kind)
        elif isinstance(exc, ImportCancelled):
            text = self.tr("Stopped. Nothing was imported.")
        elif isinstance(exc, OSError):
            text = describe_import_read_error(exc, path)
        elif isinstance(exc, StorageError):
            text = describe(exc)
        else:
            self._settle()
            raise exc  # a bug: the crash dialog
        self._settle()
        self.summary.setText(text)
        if not isinstance(exc, ImportCancelled):
            messages.error(self, text)

    def _stopping(self) -> None:
        self.summary.setText(self.tr("Stopping…"))
