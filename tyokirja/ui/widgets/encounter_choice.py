"""Pick one diary entry (recent first, with a search) or create a quick entry on the spot."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tyokirja.domain.content import Catalogue
from tyokirja.domain.encounter import Encounter, EncounterFilter, EncounterSummary
from tyokirja.services.diary import DiaryService
from tyokirja.ui.dates import format_day

RECENT_LIMIT = 50


# Makes the quick-entry dialog (ui.dialogs.quick_entry.QuickEntryDialog: `entry_saved`, open()).
NewEntryDialog = Callable[[QWidget], Any]


class EncounterChoice(QWidget):
    """value() is the chosen entry's id or None; `changed` fires when the choice changes."""

    changed = Signal()

    def __init__(self, diary: DiaryService, catalogue: Catalogue, lang: str,
                 new_entry_dialog: NewEntryDialog | None = None, parent: QWidget | None = None):
        """`new_entry_dialog(parent)` makes the quick-entry dialog behind "New quick entry…" (None: no button).

        The page that owns this widget supplies it, so widgets never import dialogs (no cycle).
        """
        super().__init__(parent)
        self._diary, self._catalogue, self._lang = diary, catalogue, lang
        self._new_entry_dialog = new_entry_dialog
        allow_new = new_entry_dialog is not None
        self._value: str | None = None
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Search the diary"))
        self.search.setPlaceholderText(self.tr("Search the diary…"))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Diary entries"))
        self.list.setMinimumHeight(140)
        self.new_button = QPushButton(self.tr("New quick entry…"))
        self.new_button.setAccessibleName(self.tr("New quick entry"))
        self.new_button.clicked.connect(self.open_quick_entry)
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.list.currentItemChanged.connect(self._on_list_current_item_changed)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.list)
        self.new_button.setVisible(allow_new)  # after the layout has parented it: never a window of its own
        self.setFocusProxy(self.search)
        self.reload()

    def value(self) -> str | None:
        return self._value

    def set_value(self, encounter_id: str | None) -> None:
        self._value = encounter_id
        self.reload()

    def reload(self) -> None:
        """List the recent (or matching) entries; the chosen one stays listed and selected."""
        found = self._diary.summaries(EncounterFilter(text=self.search.text().strip()), limit=RECENT_LIMIT)
        summaries: list[EncounterSummary | Encounter] = list(found)  # the chosen entry may join whole
        ids = [s.id for s in summaries]
        if self._value and self._value not in ids:
            try:
                enc = self._diary.get(self._value)
                summaries.insert(0, enc)
            except Exception:  # noqa: BLE001 - an entry deleted since: nothing to show for it
                pass
        self.list.blockSignals(True)
        self.list.clear()
        locale = QLocale()
        for item in summaries:
            when = format_day(item.occurred_at, locale)
            role = self._catalogue.label("counterpart_roles", item.counterpart_role, self._lang)
            text = f"{when}  {item.title}" + (f"  ({role})" if role else "")
            row = QListWidgetItem(text)
            row.setData(Qt.ItemDataRole.UserRole, item.id)
            self.list.addItem(row)
            if item.id == self._value:
                self.list.setCurrentItem(row)
        self.list.blockSignals(False)

    def choose_top_match(self) -> str | None:
        """The chosen entry or, when none is chosen, the first one the search lists (Enter in a picker).

        A search typed a moment ago is applied first, so Enter right after typing picks from its matches.
        """
        if self._timer.isActive():
            self._timer.stop()
            self.reload()
        if self._value is None and self.list.count():
            self.list.setCurrentRow(0)
        return self._value

    def open_quick_entry(self) -> Any:
        assert self._new_entry_dialog is not None, "no quick entry offered here"
        dialog = self._new_entry_dialog(self)
        dialog.entry_saved.connect(self._on_quick_entry_saved)
        dialog.open()
        return dialog

    def _on_quick_entry_saved(self, enc) -> None:
        self._value = enc.id
        self.search.clear()
        self.reload()
        self.changed.emit()

    def _on_list_current_item_changed(self, current: QListWidgetItem | None, _previous) -> None:
        self._value = current.data(Qt.ItemDataRole.UserRole) if current else None
        self.changed.emit()
