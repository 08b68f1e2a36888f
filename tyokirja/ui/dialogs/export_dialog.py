"""File → Export as…: the diary as JSON (the exchange format), Markdown or CSV, all of it, the current
search, or a period. The file is written off the GUI thread, atomically (a failure leaves no half file).

The current search is the diary list's search text and dates (its role and channel filters are not part
of an export's selection). Emits `exported` with the number of entries and the path written.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QThreadPool, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)

from tyokirja.domain.encounter import EncounterFilter
from tyokirja.errortext import describe
from tyokirja.services.transfer import TransferService
from tyokirja.storage.errors import StorageError
from tyokirja.transfertext import describe_export_error
from tyokirja.ui import messages
from tyokirja.ui.widgets.wrap_label import WrapLabel
from tyokirja.ui.worker import Task

SUFFIXES = {"json": ".json", "markdown": ".md", "csv": ".csv"}


class ExportDialog(QDialog):
    exported = Signal(int, str)  # entries written, the path

    def __init__(self, transfer: TransferService, lang: str, current: EncounterFilter | None = None,
                 parent=None, today: date | None = None):
        super().__init__(parent)
        self.transfer, self.lang = transfer, lang
        self.current = current or EncounterFilter()
        self.task: Task | None = None
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.setWindowTitle(self.tr("Export as"))
        self.resize(560, 420)
        day = today or date.today()

        self.formats = QButtonGroup(self)
        format_box = QGroupBox(self.tr("Format"))
        format_row = QVBoxLayout(format_box)
        for key, text, name in (
            ("json", self.tr("&JSON: everything, for moving to another computer or back in"), "JSON"),
            ("markdown", self.tr("&Markdown: readable text with headings"), "Markdown"),
            ("csv", self.tr("&CSV: the entries as a spreadsheet table"), "CSV"),
        ):
            button = QRadioButton(text)
            button.setAccessibleName(name)
            button.setProperty("format", key)
            self.formats.addButton(button)
            format_row.addWidget(button)
        self.formats.buttons()[0].setChecked(True)
        self.per_month = QCheckBox(self.tr("One file per &month, in a folder"))
        self.per_month.setAccessibleName(self.tr("One file per month"))
        format_row.addWidget(self.per_month)

        self.scopes = QButtonGroup(self)
        scope_box = QGroupBox(self.tr("What"))
        scope_rows = QVBoxLayout(scope_box)
        self.scope_all = QRadioButton(self.tr("&Everything"))
        self.scope_all.setAccessibleName(self.tr("Everything"))
        self.scope_search = QRadioButton(self._search_text())
        self.scope_search.setAccessibleName(self.tr("The current search"))
        self.scope_search.setEnabled(bool(self.current.text.strip() or self.current.date_from or self.current.date_to))
        self.scope_period = QRadioButton(self.tr("A &period"))
        self.scope_period.setAccessibleName(self.tr("A period"))
        for button in (self.scope_all, self.scope_search, self.scope_period):
            self.scopes.addButton(button)
            scope_rows.addWidget(button)
        self.scope_all.setChecked(True)
        self.date_from = self._date_edit(day - timedelta(days=30), self.tr("From"))
        self.date_to = self._date_edit(day, self.tr("To"))
        period = QHBoxLayout()
        period.addWidget(self.date_from)
        period.addWidget(self.date_to)
        scope_rows.addLayout(period)

        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName(self.tr("Export file"))
        self.browse_button = QPushButton(self.tr("C&hoose…"))
        self.browse_button.setAccessibleName(self.tr("Choose the export file"))
        self.browse_button.clicked.connect(self.choose_path)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)
        self.status = WrapLabel()
        self.status.setAccessibleName(self.tr("Export status"))
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setAccessibleName(self.tr("Export"))
        self.buttons.accepted.connect(self.run_export)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("&File:"), path_row)
        layout = QVBoxLayout(self)
        layout.addWidget(format_box)
        layout.addWidget(scope_box)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.bar)
        layout.addWidget(self.buttons)
        self.formats.buttonToggled.connect(self._update)
        self.scopes.buttonToggled.connect(self._update)
        self.path_edit.textChanged.connect(self._update)
        self._update()

    def _search_text(self) -> str:
        if self.current.text.strip():
            return self.tr("The current &search: “{text}”").replace("{text}", self.current.text.strip())
        return self.tr("The current &search")

    def _date_edit(self, day: date, name: str) -> QDateEdit:
        edit = QDateEdit(QDate(day.year, day.month, day.day))
        edit.setCalendarPopup(True)
        edit.setAccessibleName(name)
        return edit

    def format(self) -> str:
        button = self.formats.checkedButton()
        return str(button.property("format")) if button is not None else "json"

    def _update(self, *_args) -> None:
        self.per_month.setVisible(self.format() == "markdown")
        period = self.scope_period.isChecked()
        self.date_from.setEnabled(period)
        self.date_to.setEnabled(period)
        self.export_button.setEnabled(bool(self.path_edit.text().strip()) and self.task is None)

    def choose_path(self) -> None:
        if self.format() == "markdown" and self.per_month.isChecked():
            name = QFileDialog.getExistingDirectory(self, self.tr("Folder for the month files"))
        else:
            suffix = SUFFIXES[self.format()]
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), f"tyokirja{suffix}", f"*{suffix}")
        if name:
            self.path_edit.setText(name)

    def chosen_period(self) -> tuple[date | None, date | None, str]:
        """(from, to, search words) of the chosen scope."""
        if self.scope_search.isChecked():
            return self.current.date_from, self.current.date_to, self.current.text
        if self.scope_period.isChecked():
            start, end = self.date_from.date(), self.date_to.date()
            return date(start.year(), start.month(), start.day()), date(end.year(), end.month(), end.day()), ""
        return None, None, ""

    def run_export(self) -> None:
        """Write the chosen export off the GUI thread; say where it went, or why it could not be written."""
        date_from, date_to, search = self.chosen_period()
        if date_from and date_to and date_from > date_to:
            messages.error(self, self.tr("The period starts after it ends. Check the dates."))
            return
        kind, path, lang, transfer = self.format(), Path(self.path_edit.text().strip()).expanduser(), self.lang, \
            self.transfer
        per_month = self.per_month.isChecked()
        everything = date_from is None and date_to is None and not search.strip()

        def work():
            chosen = None if kind == "json" and everything else transfer.selection(date_from, date_to, search)
            if kind == "json":
                return transfer.export_json(path, chosen)
            assert chosen is not None
            if kind == "csv":
                return transfer.export_csv(path, lang, chosen)
            return transfer.export_markdown(path, lang, chosen, per_month=per_month)

        task = Task(work, with_progress=False)
        task.signals.done.connect(lambda count: self._on_done(count, path))
        task.signals.failed.connect(lambda exc: self._on_failed(exc, path))
        self.task = task
        self.bar.setVisible(True)
        self.status.setText(self.tr("Writing {file}…").replace("{file}", path.name))
        for button in self.buttons.buttons():
            button.setEnabled(False)  # the file is written in one go: it is only seconds
        self.pool.start(task)

    def _settle(self) -> None:
        self.task = None
        self.bar.setVisible(False)
        for button in self.buttons.buttons():
            button.setEnabled(True)
        self._update()

    def _on_done(self, count: int, path: Path) -> None:
        self._settle()
        self.exported.emit(count, str(path))
        self.accept()

    def _on_failed(self, exc: BaseException, path: Path) -> None:
        self._settle()
        if isinstance(exc, OSError):
            text = describe_export_error(exc, path)
        elif isinstance(exc, StorageError):
            text = describe(exc)
        else:
            raise exc  # a bug: the crash dialog
        self.status.setText(text)
        messages.error(self, text)

    def reject(self) -> None:
        if self.task is None:  # while the file is written (seconds) the dialog stays
            super().reject()

    def done(self, result: int) -> None:
        task = self.task
        self.pool.waitForDone()
        if task is not None:
            task.signals.done.disconnect()
            task.signals.failed.disconnect()
            self.task = None
        super().done(result)
