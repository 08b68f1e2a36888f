"""File → Import…: what a Työkirja export would add, shown before anything is written.

The dialog opens at once and reads and checks the file off the GUI thread (ui.worker.Task), with
a progress bar of the bytes read and Cancel: an export of a big diary is hundreds of megabytes and
the window must not freeze meanwhile. Then it shows the plan (services.transfer.plan_import):
"N new, M already in the diary, K conflicting", each conflicting record by kind and id (never its
text), and — when there are conflicts — the user's choice: keep both side by side, or skip them.
Import writes everything or nothing (TransferService.import_bundle), also off the GUI thread with
progress; Cancel rolls it back. Emits `imported` with how many records of each kind were added. A
file that cannot be imported is explained in one message and the dialog closes with nothing changed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QThreadPool, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialogButtonBox,
    QListWidget,
    QProgressBar,
    QRadioButton,
    QVBoxLayout,
)

from tyokirja.errortext import describe
from tyokirja.exchange.json_format import ImportBundle
from tyokirja.exchange.merge import ImportPlan
from tyokirja.exchange.rejection import ImportRejected
from tyokirja.services.transfer import ImportCancelled, TransferService
from tyokirja.storage.errors import StorageError
from tyokirja.transfertext import (
    describe_conflict,
    describe_import_error,
    describe_import_plan,
    describe_import_read_error,
    describe_setting_conflict,
)
from tyokirja.ui import messages
from tyokirja.ui.dialogs.cancellable import CancellableWorkDialog
from tyokirja.ui.widgets.wrap_label import WrapLabel
from tyokirja.ui.worker import Task


class ImportDialog(CancellableWorkDialog):
    imported = Signal(object)  # dict: array -> records added
    planned = Signal()  # the file has been read and checked: the plan is shown
    refused = Signal(str)  # the file cannot be imported: the sentence shown to the user

    def __init__(self, transfer: TransferService, path: Path, parent=None):
        super().__init__(parent)
        self.transfer, self.path = transfer, Path(path)
        self.bundle: ImportBundle | None = None
        self.plan: ImportPlan | None = None
        self.task: Task | None = None
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.setWindowTitle(self.tr("Import"))
        self.resize(620, 380)
        self.summary = WrapLabel(self.tr("Reading and checking {file}…").replace("{file}", self.path.name))
        self.summary.setAccessibleName(self.tr("What the import would do"))
        self.conflict_list = QListWidget()
        self.conflict_list.setAccessibleName(self.tr("Conflicting records"))
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
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setAccessibleName(self.tr("Import"))
        self.buttons.accepted.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(WrapLabel(self.tr("From {file}:").replace("{file}", self.path.name)))
        layout.addWidget(self.summary)
        layout.addWidget(self.conflict_list, 1)
        layout.addWidget(self.keep_both)
        layout.addWidget(self.skip)
        layout.addWidget(self.bar)
        layout.addWidget(self.buttons)
        self._show_plan()
        self._read()

    # -- reading -----------------------------------------------------------------------------

    def _read(self) -> None:
        transfer, path = self.transfer, self.path

        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]):
            def read_progress(done: int, total: int) -> None:
                if cancelled():
                    raise ImportCancelled()
                progress(done, total)

            bundle = transfer.read_file(path, progress=read_progress)
            return bundle, transfer.plan_import(bundle)

        self._run(work, self._on_read)

    def _on_read(self, result: tuple[ImportBundle, ImportPlan]) -> None:
        self.bundle, self.plan = result
        plan = self.plan
        self.summary.setText(describe_import_plan(plan.new, plan.same, plan.conflicting))
        for array, position, record_id in plan.conflicts():
            self.conflict_list.addItem(describe_conflict(array, position, record_id))
        for key in plan.settings_conflicts:
            self.conflict_list.addItem(describe_setting_conflict(key))
        self._show_plan()
        self.planned.emit()

    def _show_plan(self) -> None:
        plan = self.plan
        has_conflicts = bool(plan and plan.conflicting_records)
        self.conflict_list.setVisible(bool(plan and plan.conflicting > 0))
        self.keep_both.setVisible(has_conflicts)
        self.skip.setVisible(has_conflicts)
        self.import_button.setEnabled(bool(plan and (plan.new > 0 or has_conflicts)) and self.task is None)

    # -- importing ---------------------------------------------------------------------------

    def chosen(self) -> str | None:
        if self.plan is None or not self.plan.conflicting_records:
            return None
        return "keep_both" if self.keep_both.isChecked() else "skip"

    def run_import(self) -> None:
        """Write what the plan adds (all or nothing), off the GUI thread; Cancel rolls it back."""
        if self.bundle is None or self.plan is None or self.task is not None:
            return
        bundle, choice, transfer = self.bundle, self.chosen(), self.transfer
        entries = self.plan.kinds.get("encounters")
        self._expected = len(entries.new) + len(entries.same) + len(entries.conflicts) if entries else 0
        self.summary.setText(self.tr("Importing…"))

        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]):
            return transfer.import_bundle(bundle, choice, progress=progress, cancelled=cancelled).added(choice)

        self._run(work, self._on_imported)

    def _on_imported(self, added: dict) -> None:
        self.imported.emit(added)
        self.accept()

    # -- the worker --------------------------------------------------------------------------

    _expected = 0  # entries in the file: the bar's end while a streamed import cannot know it

    def _run(self, fn, on_done) -> None:
        task = Task(fn)
        task.signals.progress.connect(self._on_task_progress)
        task.signals.done.connect(lambda result: self._finish(on_done, result))
        task.signals.failed.connect(self._on_task_failed)
        self.task = task
        self.bar.setRange(0, 0)  # busy until the first report
        self.bar.setVisible(True)
        for widget in (self.import_button, self.keep_both, self.skip):
            widget.setEnabled(False)
        self.pool.start(task)

    def _settle(self) -> None:
        self.task = None
        self.bar.setVisible(False)
        self.keep_both.setEnabled(True)
        self.skip.setEnabled(True)
        self._show_plan()

    def _on_task_progress(self, done: int, total: int) -> None:
        end = max(total, self._expected) if total <= done else total
        self.bar.setRange(0, max(1, end))
        self.bar.setValue(min(done, end))

    def _finish(self, on_done, result) -> None:
        stopped = self.task is not None and self.task.cancelled()
        self._settle()
        if stopped:
            self._stopped()
            return
        on_done(result)

    def _stopped(self) -> None:
        if self.bundle is None:  # stopped while reading: nothing to show, nothing was written
            super().reject()
            return
        if self.plan is not None:
            self.summary.setText(self.tr("Stopped. Nothing was imported.") + " "
                                 + describe_import_plan(self.plan.new, self.plan.same, self.plan.conflicting))

    def _on_task_failed(self, exc: BaseException) -> None:
        self._settle()
        if isinstance(exc, ImportCancelled):
            self._stopped()
            return
        if isinstance(exc, ImportRejected):
            text = describe_import_error(exc, self.path)
        elif isinstance(exc, OSError):
            text = describe_import_read_error(exc, self.path)
        elif isinstance(exc, StorageError):
            text = describe(exc)
        else:
            raise exc  # a bug: the crash dialog
        self.refused.emit(text)
        messages.error(self, text)
        if self.bundle is None:  # the file itself was refused: nothing to choose here
            super().reject()

    def _stopping(self) -> None:
        self.summary.setText(self.tr("Stopping…"))
