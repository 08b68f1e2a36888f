"""What is behind a point or a bar: the entries and sessions it counts, each one a click from opening."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tyokirja.ui.dates import format_day


class DrillDownDialog(QDialog):
    """Lists hits (kind, id, when, title); Enter or a double click emits `open_requested(kind, id)`."""

    open_requested = Signal(str, str)

    def __init__(self, heading: str, hits, kind_names: dict[str, str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Behind this figure"))
        self.resize(560, 420)
        self.heading = QLabel(heading)
        self.heading.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Entries and sessions behind this figure"))
        locale = QLocale()
        for hit in hits:
            when = format_day(hit.when, locale)
            kind = kind_names.get(hit.kind, hit.kind)
            text = "  ".join(part for part in (when, kind + ":", hit.title) if part)
            row = QListWidgetItem(text)
            row.setData(Qt.ItemDataRole.UserRole, (hit.kind, hit.id))
            self.list.addItem(row)
        if not hits:
            self.list.addItem(QListWidgetItem(self.tr("Nothing behind this figure.")))
        else:
            self.list.setCurrentRow(0)
        self.list.itemActivated.connect(self._on_list_item_activated)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        hint = QLabel(self.tr("Open one with Enter or a double click."))
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.list.setFocus()

    def titles(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def _on_list_item_activated(self, item: QListWidgetItem) -> None:
        data = item.data(Qt.ItemDataRole.UserRole)
        if data:
            self.open_requested.emit(*data)
            self.accept()
