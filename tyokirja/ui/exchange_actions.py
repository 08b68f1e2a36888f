"""The main window's File → Import from another journal… and File → Export as… entries.

Each opens its dialog (ui.dialogs.foreign_import_dialog, ui.dialogs.export_dialog) over the workbook's
TransferService; what they did ends up in the status bar, and an import refreshes the diary list.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from tyokirja.services.workbook import Workbook

STATUS_MS = 6000


class ExchangeActions(QObject):
    """Builds the two actions; `window` is the main window (its diary page and status bar)."""

    def __init__(self, window, workbook: Workbook, lang: str):
        super().__init__(window)
        self.window, self.workbook, self.lang = window, workbook, lang
        self.import_foreign_action = QAction(self.tr("Import from another &journal…"), window)
        self.import_foreign_action.triggered.connect(lambda: self.open_foreign_import())
        self.export_action = QAction(self.tr("&Export as…"), window)
        self.export_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.export_action.triggered.connect(lambda: self.open_export())

    def open_foreign_import(self):
        from tyokirja.ui.dialogs.foreign_import_dialog import ForeignImportDialog

        self.window.diary_page.flush_draft()
        dialog = ForeignImportDialog(self.workbook.transfer, self.window)
        dialog.imported.connect(self._on_foreign_import_dialog_imported)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _on_foreign_import_dialog_imported(self, added: dict) -> None:
        from tyokirja.transfertext import describe_import_result

        self.window.diary_page.model.refresh()
        self.window.statusBar().showMessage(
            describe_import_result(added, Path(self.workbook.path.name)), STATUS_MS)

    def open_export(self):
        from tyokirja.ui.dialogs.export_dialog import ExportDialog

        self.window.diary_page.flush_draft()  # what is typed goes to its draft; drafts are not exported
        current = self.window.diary_page.model.current_filter()
        dialog = ExportDialog(self.workbook.transfer, self.lang, current, self.window)
        dialog.exported.connect(self._on_export_dialog_exported)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _on_export_dialog_exported(self, count: int, path: str) -> None:
        text = self.tr("Exported %n entries to {path}.", "", count).replace("{path}", path)
        self.window.statusBar().showMessage(text, STATUS_MS)
