"""Diary entries linked to a record: a list with Link entry… (a small picker dialog) and Unlink."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tyokirja.storage.errors import StorageError
from tyokirja.ui.dates import format_day

from .encounter_choice import EncounterChoice

ID_ROLE = Qt.ItemDataRole.UserRole


class PickEncounterDialog(QDialog):
    def __init__(self, diary, catalogue, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Link a diary entry"))
        self.setMinimumWidth(480)
        self.choice = EncounterChoice(diary, catalogue, lang)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.choice.list.itemActivated.connect(lambda _item: self.accept())  # Enter or a double click on a row
        layout = QVBoxLayout(self)
        layout.addWidget(self.choice)
        layout.addWidget(buttons)

    def accept(self) -> None:
        """Enter in the search box links the top match; with nothing listed the dialog stays open."""
        if self.choice.choose_top_match() is not None:
            super().accept()


class LinkedEncounters(QWidget):
    changed = Signal()

    def __init__(self, diary, catalogue, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.diary, self.catalogue, self.lang = diary, catalogue, lang
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Linked diary entries"))
        self.list.setMaximumHeight(110)
        self.link_button = QPushButton(self.tr("Link entry…"))
        self.link_button.setAccessibleName(self.tr("Link a diary entry"))
        self.unlink_button = QPushButton(self.tr("Unlink"))
        self.unlink_button.setAccessibleName(self.tr("Unlink the chosen entry"))
        self.link_button.clicked.connect(self.open_picker)
        self.unlink_button.clicked.connect(self._on_unlink_clicked)
        buttons = QVBoxLayout()
        buttons.addWidget(self.link_button)
        buttons.addWidget(self.unlink_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.setFocusProxy(self.list)

    def value(self) -> list[str]:
        return [self.list.item(i).data(ID_ROLE) for i in range(self.list.count())]

    def set_value(self, ids: list[str]) -> None:
        self.list.clear()
        for encounter_id in ids:
            self._add(encounter_id)

    def _add(self, encounter_id: str) -> None:
        try:
            entry = self.diary.get(encounter_id)
            title = f"{format_day(entry.occurred_at)}  {entry.title}"
        except (StorageError, KeyError, LookupError):
            title = self.tr("(an entry no longer in the diary)")
        item = QListWidgetItem(title)
        item.setData(ID_ROLE, encounter_id)
        self.list.addItem(item)

    def open_picker(self) -> PickEncounterDialog:
        dialog = PickEncounterDialog(self.diary, self.catalogue, self.lang, self)
        dialog.accepted.connect(lambda: self._on_picked(dialog.choice.value()))
        dialog.open()
        return dialog

    def _on_picked(self, encounter_id: str | None) -> None:
        if encounter_id and encounter_id not in self.value():
            self._add(encounter_id)
            self.changed.emit()

    def _on_unlink_clicked(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self.changed.emit()
