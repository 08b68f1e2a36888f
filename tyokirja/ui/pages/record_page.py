"""What the goals and feedback pages share: a list of records (New above it) beside an autosaved editor.

A page builds its editor's widgets and form, hands them to _assemble(), and says through the hooks
below how to fetch, create, update, list, load and collect one record. The editor is stored after a
pause in typing (ui/autosave.py), when another record is chosen, when the page is hidden and when the
window closes; a record is first stored once its one required field is filled. Translatable texts
stay in the pages (tr()'s context is the class that calls it).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLayout,
    QListView,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from tyokirja.storage.errors import StorageError
from tyokirja.ui import messages
from tyokirja.ui.autosave import AUTOSAVE_MS
from tyokirja.ui.models.record_list_model import RecordListModel
from tyokirja.ui.widgets.record_list import LIST_STYLE
from tyokirja.ui.widgets.scroll_region import scroll_region
from tyokirja.ui.widgets.undo_banner import UndoBanner, shorten


def fields_of(record: Any, *leave_out: str) -> dict[str, Any]:
    """The record's fields as keywords for a create_…() call (its id and time stamps are the service's)."""
    skip = {"id", "created_at", "updated_at", *leave_out}
    return {f.name: getattr(record, f.name) for f in dataclasses.fields(record) if f.name not in skip}


class RecordPage(QWidget):
    """A list of records and the editor of the chosen one (see the module docstring)."""

    status_message = Signal(str)
    practice_changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.record: Any = None  # the record in the editor; None: none chosen
        self._is_new = False  # the editor's record is not stored yet
        self._loading = False
        self._choosing = False  # the page itself moves the list's current row
        self._timer = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._timer.timeout.connect(self.save)
        self.model = RecordListModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setStyleSheet(LIST_STYLE)
        self.list.selectionModel().currentChanged.connect(self._on_list_current_changed)
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new_record)
        # Delete (the button, or the Delete key in the list) removes the shown record; Undo (the banner's
        # button, or Ctrl+Z outside a text field) brings it back, until the next delete.
        self._undo: Any = None
        self.delete_button = QPushButton()
        self.delete_button.setEnabled(False)
        self.delete_button.clicked.connect(self.delete_current)
        self.delete_action = QAction(self)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self.delete_current)
        self.list.addAction(self.delete_action)
        self.undo_action = QAction(self)
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.undo_action.setEnabled(False)
        self.undo_action.triggered.connect(self.undo_delete)
        self.addAction(self.undo_action)
        self.banner = UndoBanner()
        self.banner.undo_requested.connect(self.undo_delete)
        self._deleted_text = self._restored_text = ""

    def _assemble(self, *, list_name: str, new_text: str, new_name: str, empty_text: str, need: QLabel,
                  first_field: QWidget, editor_parts: Sequence[QLayout | QWidget], form: QFormLayout,
                  delete_text: str, delete_name: str, deleted_text: str, restored_text: str) -> None:
        """Lay out the list (New above it, Delete below) beside the editor: `editor_parts`, the `need` hint
        and `form`.

        `need` says what must be filled before the record is stored; `first_field` gets the focus for
        a new record. `deleted_text` ("… deleted: {title}") is the undo notice, `restored_text` the
        status message after Undo.
        """
        self._need, self._first_field = need, first_field
        self._deleted_text, self._restored_text = deleted_text, restored_text
        self.list.setAccessibleName(list_name)
        self.new_button.setText(new_text)
        self.new_button.setAccessibleName(new_name)
        self.delete_button.setText(delete_text)
        self.delete_button.setAccessibleName(delete_name)
        self.delete_action.setText(delete_name)
        self.undo_action.setText(self.banner.button.accessibleName())
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.new_button)
        left_layout.addWidget(self.list)
        left_layout.addWidget(self.delete_button)

        self.editor = QWidget()
        editor_layout = QVBoxLayout(self.editor)
        for part in editor_parts:
            if isinstance(part, QLayout):
                editor_layout.addLayout(part)
            else:
                editor_layout.addWidget(part)
        editor_layout.addWidget(need)
        editor_layout.addLayout(form)
        editor_layout.addStretch(1)
        self.editor_scroll = scroll_region(self.editor, self.tr("Record form"))
        self.empty = QLabel(empty_text)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.empty)
        right_layout.addWidget(self.editor_scroll)
        splitter = QSplitter()
        splitter.setObjectName(f"{type(self).__name__}Splitter")  # its position is remembered (ui.window_state)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.banner)
        layout.addWidget(splitter)

    # -- what a page says about its records ------------------------------------------------------

    def _fetch_all(self) -> list[Any]:
        """Every record, newest first."""
        raise NotImplementedError

    def _fetch(self, record_id: str) -> Any:
        raise NotImplementedError

    def _create(self, record: Any) -> Any:
        """Store a new record; return it as stored."""
        raise NotImplementedError

    def _update(self, record: Any) -> Any:
        raise NotImplementedError

    def _blank(self) -> Any:
        """A new, empty record."""
        raise NotImplementedError

    def _list_text(self, record: Any) -> str:
        raise NotImplementedError

    def _load(self, record: Any, is_new: bool) -> None:
        """Show the record in the editor (editing signals are ignored meanwhile)."""
        raise NotImplementedError

    def _collect(self) -> Any:
        """The editor's record with what is typed."""
        raise NotImplementedError

    def _lacks_required(self, record: Any) -> bool:
        """True while the record cannot be stored yet (its required field is empty)."""
        raise NotImplementedError

    def _delete(self, record_id: str) -> Any:
        """Remove the stored record; return it as it was (for Undo)."""
        raise NotImplementedError

    def _restore(self, record: Any) -> Any:
        """Store a deleted record again exactly as it was (same id and times); return it as stored."""
        raise NotImplementedError

    def _on_created(self) -> None:
        """The editor's new record was stored for the first time."""

    def _kept_id(self) -> str | None:
        """What refresh() shows again when not told: the stored record in the editor."""
        return self.record.id if self.record is not None and not self._is_new else None

    # -- list -----------------------------------------------------------------------------------

    def refresh(self, select_id: str | None = None) -> None:
        """Reload the list (after storing what is typed) and show `select_id`, the shown one, or the first."""
        if not self.save():
            return
        select_id = select_id or self._kept_id()
        try:
            records = self._fetch_all()
        except StorageError as exc:
            messages.storage_error(self, exc)
            return
        shown, row = None, -1
        for i, record in enumerate(records):
            if shown is None and (record.id == select_id or select_id is None):
                shown, row = record, i
        self._choosing = True
        try:
            self.model.set_rows([(record.id, self._list_text(record)) for record in records])
            self.list.setCurrentIndex(self.model.index(row, 0) if row >= 0 else QModelIndex())
        finally:
            self._choosing = False
        self._show(shown)

    def _on_list_current_changed(self, current: QModelIndex | QPersistentModelIndex, _previous) -> None:
        if self._choosing or not self.save():
            return
        if not current.isValid():
            self._show(None)
            return
        try:
            self._show(self._fetch(self.model.record_id(current.row())))
        except StorageError as exc:
            messages.storage_error(self, exc)

    # -- editor ---------------------------------------------------------------------------------

    def _show(self, record: Any, is_new: bool = False) -> None:
        self.record, self._is_new = record, is_new
        self.delete_button.setEnabled(record is not None)
        self.delete_action.setEnabled(record is not None)
        self._need.setVisible(is_new)
        self.empty.setVisible(record is None)
        self.editor_scroll.setVisible(record is not None)
        if record is None:
            return
        self._loading = True
        self._load(record, is_new)
        self._loading = False

    def _on_edited(self, *_args) -> None:
        if not self._loading and self.record is not None:
            self._timer.start()

    def save(self) -> bool:
        """Store the shown record now (autosave); False when storing failed.

        A new record is stored once its required field is filled; until then the `need` hint says so.
        """
        self._timer.stop()
        if self.record is None or self._loading:
            return True
        record = self._collect()
        lacking = self._lacks_required(record)
        self._need.setVisible(lacking)
        if lacking:
            return True
        try:
            if self._is_new:
                self.record = self._create(record)
                self._is_new = False
                self._on_created()
                self.model.prepend(self.record.id, self._list_text(self.record))
                self._choosing = True
                try:
                    self.list.setCurrentIndex(self.model.index(0, 0))
                finally:
                    self._choosing = False
            else:
                self.record = self._update(record)
        except StorageError as exc:
            messages.storage_error(self, exc)
            return False
        row = self.list.currentIndex().row()
        if row >= 0 and self.model.record_id(row) == self.record.id:
            self.model.set_text(row, self._list_text(self.record))
        self.practice_changed.emit()
        return True

    def new_record(self) -> None:
        """An empty record in the editor; it is stored as soon as its required field is filled."""
        if not self.save():
            return
        self.list.setCurrentIndex(QModelIndex())
        self._show(self._blank(), is_new=True)
        self._first_field.setFocus()

    def delete_current(self) -> None:
        """Delete the record in the editor (a new one not stored yet is only dropped); its neighbour in the
        list opens next, and Undo brings it back until the next delete."""
        if self.record is None:
            return
        if self._is_new:
            self._timer.stop()
            self._show(None)
            return
        if not self.save():  # what was typed last is what Undo brings back
            return
        ids = [self.model.record_id(row) for row in range(self.model.rowCount())]
        here = ids.index(self.record.id) if self.record.id in ids else -1
        rest = [i for i in ids if i != self.record.id]
        neighbour = rest[min(here, len(rest) - 1)] if rest and here >= 0 else None
        try:
            removed = self._delete(self.record.id)
        except StorageError as exc:
            messages.storage_error(self, exc)
            return
        self._undo = removed
        self._show(None)
        self.refresh(neighbour)
        title = self._list_text(removed).split("\n", 1)[0]
        self.banner.announce(self._deleted_text.replace("{title}", shorten(title)))
        self.undo_action.setEnabled(True)
        self.practice_changed.emit()

    def undo_delete(self) -> None:
        """Bring back the record deleted last, as it was, and show it."""
        if self._undo is None:
            return
        try:
            restored = self._restore(self._undo)
        except StorageError as exc:
            messages.storage_error(self, exc)
            return
        self._undo = None
        self.banner.hide()
        self.undo_action.setEnabled(False)
        self.refresh(restored.id)
        self.status_message.emit(self._restored_text)
        self.practice_changed.emit()

    def prepare_close(self) -> bool:
        return self.save()

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self.save()
        super().hideEvent(event)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        self.refresh()
