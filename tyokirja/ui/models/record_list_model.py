"""The list beside a record editor (goals, feedback requests): one row per record, its id and two-line text.

The text of a row is fixed when the row is set, so the list shows what is stored, never the editor's
unsaved state. Tested without a view (tests/gui/test_record_list_model.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

ID_ROLE = Qt.ItemDataRole.UserRole

_Index = QModelIndex | QPersistentModelIndex


class RecordListModel(QAbstractListModel):
    """Rows of (record id, text), newest first as the page gives them."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[tuple[str, str]] = []

    # -- Qt -------------------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt API)
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        record_id, text = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == ID_ROLE:
            return record_id
        return None

    # -- rows -----------------------------------------------------------------------------------

    def set_rows(self, rows: Iterable[tuple[str, str]]) -> None:
        """Replace every row with (record id, text) pairs."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def prepend(self, record_id: str, text: str) -> None:
        """A new record at the top."""
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._rows.insert(0, (record_id, text))
        self.endInsertRows()

    def set_text(self, row: int, text: str) -> None:
        """The row's record was stored again: show its new text."""
        self._rows[row] = (self._rows[row][0], text)
        index = self.index(row, 0)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])

    def record_id(self, row: int) -> str:
        return self._rows[row][0]

    def text(self, row: int) -> str:
        return self._rows[row][1]

    def texts(self) -> list[str]:
        """Every row's text, top to bottom (what the list shows)."""
        return [text for _, text in self._rows]

    def row_of(self, record_id: str) -> int:
        """The row of the record, -1 when it is not listed."""
        return next((row for row, (rid, _) in enumerate(self._rows) if rid == record_id), -1)
