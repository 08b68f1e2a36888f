"""File → Coach report…: choose, preview, check for names, then write the PDF off the GUI thread.

Nothing is written before the preview page: it lists exactly what will leave the laptop. The PDF is
built in a worker with a progress bar and Cancel; a cancelled or failed run leaves no file behind
and any earlier file at the chosen path untouched.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QDir, QStandardPaths, QThreadPool, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from tyokirja.domain.report import ReportCancelled, ReportOptionError, default_file_name
from tyokirja.errortext import describe
from tyokirja.storage.errors import StorageError
from tyokirja.transfertext import describe_export_error, describe_report_option
from tyokirja.ui import messages
from tyokirja.ui.dialogs.report_preview import preview_html
from tyokirja.ui.dialogs.report_wizard_pages import (
    AgendaPage,
    ItemsPage,
    PeriodPage,
    SectionsPage,
)
from tyokirja.ui.worker import Task

PERIOD, SECTIONS_PAGE, AGENDA, ITEMS, PREVIEW = range(5)


class PreviewPage(QWizardPage):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Preview: this is what leaves your computer"))
        self.setSubTitle(self.tr("Nothing has been written yet. Read it through; go back to change anything."))
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName(self.tr("Preview of the report"))
        self.names_checked = QCheckBox(self.tr("I have checked these words: they are not names of people"))
        self.names_checked.setVisible(False)
        self.names_checked.toggled.connect(self.completeChanged)
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("Report file"))
        self.path.textChanged.connect(self.completeChanged)
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self.choose_file)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Save as:")))
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.bar = QProgressBar()
        self.bar.setVisible(False)
        self.status = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.names_checked)
        layout.addLayout(row)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        self.ready = False
        self.has_names = False

    def show_document(self, doc, hits) -> None:
        self.browser.setHtml(preview_html(doc, hits))
        self.has_names = bool(hits)
        self.names_checked.setChecked(False)
        self.names_checked.setVisible(self.has_names)
        self.ready = True
        self.status.setText("")
        self.completeChanged.emit()

    def show_busy(self, text: str) -> None:
        self.ready = False
        self.browser.setPlainText(text)
        self.completeChanged.emit()

    def choose_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the coach report"), self.path.text(), self.tr("PDF files (*.pdf)"),
            options=QFileDialog.Option.DontUseNativeDialog)
        if path:
            self.path.setText(path if path.lower().endswith(".pdf") else path + ".pdf")

    def isComplete(self) -> bool:
        return self.ready and bool(self.path.text().strip()) and (not self.has_names or self.names_checked.isChecked())


def default_report_folder() -> str:
    """Where a new report is offered: the documents folder when it exists, else the home folder.

    QStandardPaths names ~/Documents even on systems that have none; writing there would fail.
    """
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return documents if documents and QDir(documents).exists() else QDir.homePath()


class ReportWizard(QWizard):
    """The whole export. `exported` carries the CoachExport once the file is written."""

    exported = Signal(object)

    def __init__(self, service, practice_library, lang: str, parent=None, coaching=None):
        super().__init__(parent)
        self.service, self.library, self.lang = service, practice_library, lang
        self.setWindowTitle(self.tr("Coach report"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.resize(760, 620)
        today = service.today()
        self.period_page = PeriodPage(lang, today)
        self.sections_page = SectionsPage()
        self.agenda_page = AgendaPage()
        self.items_page = ItemsPage()
        self.preview_page = PreviewPage()
        for page_id, page in ((PERIOD, self.period_page), (SECTIONS_PAGE, self.sections_page),
                              (AGENDA, self.agenda_page), (ITEMS, self.items_page), (PREVIEW, self.preview_page)):
            self.setPage(page_id, page)
        if coaching is not None:
            self._start_from_sessions(coaching)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Write the PDF"))
        self.currentIdChanged.connect(self._on_current_id_changed)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.task: Task | None = None
        self.doc = None
        self.record = None
        self._preview_options = None

    # -- flow ----------------------------------------------------------------------------------

    def nextId(self) -> int:
        current = self.currentId()
        if current == AGENDA:
            wants_items = self.sections_page.sections() & {"excerpts", "quotes"}
            return ITEMS if wants_items else PREVIEW
        return super().nextId()

    def options(self):
        period = self.period_page.period()
        since = self.period_page.since_date() if period == "since" else None
        sections = self.sections_page.sections()
        return self.service.options(
            period, since=since, lang=self.period_page.lang(), sections=sections,
            agenda=self.agenda_page.text() if "agenda" in sections else "",
            items=self.items_page.refs() if sections & {"excerpts", "quotes"} else (),
            goal_ids=self.agenda_page.goal_ids() if "goals" in sections else None,
            session_agenda=self.agenda_page.session_agenda() if "agenda" in sections else ())

    def _start_from_sessions(self, coaching) -> None:
        """With a coaching session held, the report starts from its day ("since the last session") and
        carries the next planned session's agenda."""
        last, upcoming = coaching.last_held(), coaching.next_session()
        if last is not None:
            self.period_page.since.set_value(last.held_at.date())
            self.period_page.buttons["since"].setChecked(True)
        if upcoming is not None:
            self.agenda_page.set_session_agenda([item.text for item in upcoming.agenda if item.text.strip()])

    def _on_current_id_changed(self, page_id: int) -> None:
        try:
            if page_id == AGENDA:
                options = self.options()
                goals = self.service.goal_choices(dataclasses.replace(options, goal_ids=None))
                self.agenda_page.set_goals(goals, "goals" in options.sections)
            elif page_id == ITEMS:
                options = self.options()
                self.items_page.set_choices(self.service.choices(options.start, options.end), self.choice_label)
            elif page_id == PREVIEW:
                self.start_preview()
        except ReportOptionError as exc:
            messages.error(self, describe_report_option(exc))
            self.back()
        except StorageError as exc:
            messages.storage_error(self, exc)
            self.back()

    def choice_label(self, choice) -> str:
        kinds = {"encounter": self.tr("Entry"), "reflection": self.tr("Exercise"), "feedback": self.tr("Feedback")}
        title = choice.title
        if choice.ref.kind == "reflection" and choice.title in self.library:
            title = self.library.get(choice.title).name(self.lang)
        day = f"{choice.day.day}.{choice.day.month}.{choice.day.year}" if self.lang == "fi" else choice.day.isoformat()
        return f"{day}  ·  {kinds[choice.ref.kind]}  ·  {title}"

    # -- preview (off the GUI thread) ----------------------------------------------------------

    def start_preview(self) -> None:
        options = self.options()
        self._preview_options = options
        page = self.preview_page
        if not page.path.text().strip():
            page.path.setText(str(Path(default_report_folder()) / default_file_name(options.end, options.lang)))
        page.show_busy(self.tr("Gathering the preview…"))

        def build(_progress, cancelled):
            doc = self.service.document(options, cancelled=cancelled)
            return doc, self.service.name_check(options, doc)

        self._run(build, self._on_preview_done)

    def _on_preview_done(self, result) -> None:
        self.doc, hits = result
        self.preview_page.show_document(self.doc, hits)

    # -- writing the PDF -----------------------------------------------------------------------

    def accept(self) -> None:
        if self.task is not None:
            return
        path = Path(self.preview_page.path.text().strip()).expanduser()
        if path.exists() and not messages.confirm(
                self, self.tr("{name} exists already. Replace it?").replace("{name}", path.name), self.tr("Replace")):
            return
        options = self._preview_options
        page = self.preview_page
        page.bar.setVisible(True)
        page.bar.setRange(0, 0)
        page.status.setText(self.tr("Writing the report…"))
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        self.button(QWizard.WizardButton.BackButton).setEnabled(False)
        self.path_written = path
        doc = self.doc  # exactly what the preview showed is what is written
        self._run(lambda progress, cancelled: self.service.export(options, path, progress, cancelled, doc=doc),
                  self._on_export_done)

    def _on_export_done(self, record) -> None:
        self.record = record
        self.exported.emit(record)
        messages.info(self, self.tr("The coach report was saved to {path}. Only the sections in the preview "
                                    "are in it.").replace("{path}", str(self.path_written)))
        super().accept()

    def reject(self) -> None:
        """Cancel: stop a running build; the wizard closes when the worker has let go."""
        if self.task is not None:
            self.task.cancel()
            self.preview_page.status.setText(self.tr("Stopping…"))
            self._close_after_task = True
            return
        super().reject()

    def _run(self, fn, on_done) -> None:
        task = Task(fn)
        task.signals.progress.connect(self._on_progress)
        task.signals.done.connect(lambda result: self._finish(on_done, result))
        task.signals.failed.connect(self._on_failed)
        self.task = task
        self._close_after_task = False
        self.pool.start(task)

    def _on_progress(self, done: int, total: int) -> None:
        self.preview_page.bar.setRange(0, total)
        self.preview_page.bar.setValue(done)

    def _finish(self, on_done, result) -> None:
        self.task = None
        self.preview_page.bar.setVisible(False)
        if self._close_after_task:
            super().reject()
            return
        on_done(result)

    def _on_failed(self, exc: BaseException) -> None:
        self.task = None
        page = self.preview_page
        page.bar.setVisible(False)
        self.button(QWizard.WizardButton.BackButton).setEnabled(True)
        if isinstance(exc, ReportCancelled):
            if self._close_after_task:
                super().reject()
                return
            page.status.setText(self.tr("Stopped. No file was written."))
            return
        if isinstance(exc, OSError):
            text = describe_export_error(exc, getattr(self, "path_written", Path()))
        elif isinstance(exc, StorageError):
            text = describe(exc)
        elif isinstance(exc, ReportOptionError):
            text = describe_report_option(exc)
        else:
            raise exc  # a bug: the crash dialog
        page.status.setText(self.tr("No file was written."))
        page.completeChanged.emit()
        self.button(QWizard.WizardButton.FinishButton).setEnabled(page.isComplete())
        messages.error(self, text)
        if self._close_after_task:
            super().reject()

    def done(self, result: int) -> None:
        if self.task is not None:
            self.task.cancel()
        self.pool.waitForDone()
        super().done(result)
