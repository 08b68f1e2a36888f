"""A session's agenda: where each line came from, and its text, which the user edits, orders and removes.

Own questions are added below the table. `changed` fires on every user change; the page stores it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tyokirja.domain.coaching import AgendaItem

ITEM_ROLE = Qt.ItemDataRole.UserRole


class AgendaEditor(QWidget):
    changed = Signal()

    def __init__(self, describe: Callable[[AgendaItem], str], parent: QWidget | None = None):
        """`describe(item)` says where a line came from ("Flagged", "Agreed last time – done")."""
        super().__init__(parent)
        self._describe = describe
        self._loading = False
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("From"), self.tr("Item")])
        self.table.setAccessibleName(self.tr("Agenda"))
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setMinimumHeight(230)
        self.table.itemChanged.connect(self._on_table_item_changed)
        self.up_button = QPushButton(self.tr("Up"))
        self.up_button.setAccessibleName(self.tr("Move the agenda item up"))
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button = QPushButton(self.tr("Down"))
        self.down_button.setAccessibleName(self.tr("Move the agenda item down"))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the agenda item"))
        self.remove_button.clicked.connect(self.remove_current)
        self.question = QLineEdit()
        self.question.setPlaceholderText(self.tr("A question of my own"))
        self.question.setAccessibleName(self.tr("Own question"))
        self.question.returnPressed.connect(self.add_question)
        self.add_button = QPushButton(self.tr("Add question"))
        self.add_button.setAccessibleName(self.tr("Add the question to the agenda"))
        self.add_button.clicked.connect(self.add_question)
        buttons = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        ask = QHBoxLayout()
        ask.addWidget(self.question, 1)
        ask.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addLayout(ask)

    def set_value(self, items: list[AgendaItem]) -> None:
        self._loading = True
        try:
            self.table.setRowCount(0)
            for item in items:
                self._append(item)
        finally:
            self._loading = False

    def _append(self, item: AgendaItem) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        source = QTableWidgetItem(self._describe(item))
        source.setFlags(source.flags() & ~Qt.ItemFlag.ItemIsEditable)
        source.setData(ITEM_ROLE, (item.kind, item.ref_id))
        self.table.setItem(row, 0, source)
        self.table.setItem(row, 1, QTableWidgetItem(item.text))

    def value(self) -> list[AgendaItem]:
        out = []
        for row in range(self.table.rowCount()):
            kind, ref_id = self._cell(row, 0).data(ITEM_ROLE)
            out.append(AgendaItem(kind, self._cell(row, 1).text().strip(), ref_id))
        return out

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        cell = self.table.item(row, column)
        assert cell is not None  # every row gets both cells in _append()
        return cell

    def texts(self) -> list[str]:
        """The agenda's lines as shown (where from, and the text)."""
        return [f"{self._cell(r, 0).text()}: {self._cell(r, 1).text()}" for r in range(self.table.rowCount())]

    def _on_table_item_changed(self, _item: QTableWidgetItem) -> None:
        if not self._loading:
            self.changed.emit()

    def move_current(self, step: int) -> None:
        row = self.table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        items = self.value()
        items.insert(target, items.pop(row))
        self.set_value(items)
        self.table.setCurrentCell(target, 1)
        self.changed.emit()

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        items = self.value()
        del items[row]
        self.set_value(items)
        if items:
            self.table.setCurrentCell(min(row, len(items) - 1), 1)
        self.changed.emit()

    def add_question(self) -> None:
        text = self.question.text().strip()
        if not text:
            return
        self._loading = True
        try:
            self._append(AgendaItem("question", text))
        finally:
            self._loading = False
        self.question.clear()
        self.changed.emit()
