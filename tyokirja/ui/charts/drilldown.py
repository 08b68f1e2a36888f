"""What is behind a point or a bar: the entries and sessions it counts, each one a click from opening."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tyokirja.storage.errors import StorageError
from tyokirja.ui import messages
from tyokirja.ui.dates import format_day
from tyokirja.ui.widgets.undo_banner import UndoBanner


class DrillDownDialog(QDialog):
    """Lists hits (kind, id, when, title); Enter or a double click emits `open_requested(kind, id)`."""

    open_requested = Signal(str, str)
    changed = Signal()  # a record was deleted or put back

    def __init__(self, heading: str, hits, kind_names: dict[str, str], parent: QWidget | None = None, *,
                 delete: Callable[[str, str], Callable[[], None]] | None = None, deletable: tuple[str, ...] = ()):
        """`delete(kind, id)` removes a record of a `deletable` kind and returns what puts it back."""
        super().__init__(parent)
        self._delete, self._deletable = delete, deletable
        self._undo: tuple[Callable[[], None], int, QListWidgetItem] | None = None
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
        self.banner = UndoBanner()
        self.banner.undo_requested.connect(self.undo_delete)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete the chosen rating session"))
        self.delete_button.clicked.connect(self.delete_current)
        self.delete_button.setVisible(delete is not None and any(h.kind in deletable for h in hits))
        buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.ActionRole)
        remove = QAction(self.list)
        remove.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        remove.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        remove.triggered.connect(self.delete_current)
        self.list.addAction(remove)
        undo = QAction(self)
        undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        undo.triggered.connect(self.undo_delete)
        self.addAction(undo)
        self.list.currentItemChanged.connect(self._on_list_current_item_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.banner)
        layout.addWidget(self.list, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self._on_list_current_item_changed(self.list.currentItem())
        self.list.setFocus()

    def _deletable_row(self, item: QListWidgetItem | None) -> tuple[str, str] | None:
        data = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return data if data and self._delete is not None and data[0] in self._deletable else None

    def _on_list_current_item_changed(self, item: QListWidgetItem | None, _previous=None) -> None:
        self.delete_button.setEnabled(self._deletable_row(item) is not None)

    def delete_current(self) -> None:
        """Delete the chosen rating session (Del); Undo or Ctrl+Z puts it back."""
        item = self.list.currentItem()
        chosen = self._deletable_row(item)
        if chosen is None or self._delete is None or item is None:
            return
        try:
            put_back = self._delete(*chosen)
        except StorageError as exc:
            messages.storage_error(self, exc)
            return
        row = self.list.row(item)
        self._undo = (put_back, row, self.list.takeItem(row))
        self.banner.announce(self.tr("Rating session deleted: {what}").replace("{what}", item.text()))
        self.banner.button.setFocus()
        self.changed.emit()

    def undo_delete(self) -> None:
        if self._undo is None:
            return
        put_back, row, item = self._undo
        try:
            put_back()
        except StorageError as exc:
            messages.storage_error(self, exc)
            return
        self._undo = None
        self.list.insertItem(row, item)
        self.list.setCurrentItem(item)
        self.banner.hide()
        self.changed.emit()

    def titles(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def _on_list_item_activated(self, item: QListWidgetItem) -> None:
        data = item.data(Qt.ItemDataRole.UserRole)
        if data:
            self.open_requested.emit(*data)
            self.accept()
