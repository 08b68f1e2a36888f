"""File → Shared reports…: the log of coach reports, so people know what they have shared and when."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from tyokirja.domain.report import period_label
from tyokirja.storage.errors import StorageError
from tyokirja.ui import messages
from tyokirja.ui.widgets.wrap_label import WrapLabel


class ExportLogDialog(QDialog):
    def __init__(self, service, lang: str, parent=None):
        super().__init__(parent)
        self.service, self.lang = service, lang
        self.setWindowTitle(self.tr("Shared reports"))
        self.resize(900, 420)
        intro = WrapLabel(self.tr("Every coach report you have written: when, which period, which sections, "
                                  "how many of your own texts it carried, and the file's SHA-256 fingerprint. "
                                  "The reports themselves are not kept here."))
        self.table = QTableWidget(0, 6)
        self.table.setAccessibleName(self.tr("Shared reports"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Written"), self.tr("Period"), self.tr("Language"), self.tr("Sections"),
            self.tr("Own texts"), self.tr("File and SHA-256")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.forget_button = QPushButton(self.tr("Remove from the log…"))
        self.forget_button.clicked.connect(self.forget_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.forget_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        try:
            records = self.service.exports()
        except StorageError as exc:
            messages.storage_error(self, exc)
            records = []
        self.records = records
        headings = self.service.texts[self.lang]
        self.table.setRowCount(len(records))
        for row, r in enumerate(records):
            when = r.created_at.astimezone()
            cells = [
                when.strftime("%-d.%-m.%Y %H.%M") if self.lang == "fi" else when.strftime("%Y-%m-%d %H:%M"),
                period_label(r.start, r.end, self.lang),
                {"fi": "Suomi", "en": "English"}.get(r.lang, r.lang),
                ", ".join(headings.get(f"section_{s}", s) for s in r.sections),
                str(len(r.items)),
                f"{r.file_name}\n{r.file_hash}",
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, r.id)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        self.forget_button.setEnabled(bool(records))

    def forget_selected(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        if not messages.confirm(self, self.tr("Remove this line from the log? The report file itself is not touched."),
                                self.tr("Remove")):
            return
        try:
            self.service.forget_export(self.records[row].id)
        except StorageError as exc:
            messages.storage_error(self, exc)
        self.reload()
