"""Search text and filters above the diary list, combined with AND into one EncounterFilter."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from tyokirja.domain.content import Catalogue
from tyokirja.domain.encounter import EncounterFilter
from tyokirja.domain.timeutil import MAX_YEAR, MIN_YEAR
from tyokirja.ui.dates import day_format

from .more_filters import MoreFilters

SEARCH_DEBOUNCE_MS = 250


class _OptionalDate(QWidget):
    """A checkbox that switches a date on; unchecked means "no limit"."""

    changed = Signal()

    def __init__(self, caption: str, accessible: str, parent: QWidget | None = None, months_back: int = 0):
        super().__init__(parent)
        # The date a tick switches on, until the user picks one: "from" today would hide every entry.
        self._months_back = months_back
        self._picked = False
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.check = QCheckBox(caption)
        self.check.setAccessibleName(accessible)
        self.edit = QDateEdit(QDate.currentDate().addMonths(-months_back))
        self.edit.setDateRange(QDate(MIN_YEAR, 1, 1), QDate(MAX_YEAR, 12, 31))
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(day_format())
        self.edit.setAccessibleName(accessible)
        self.edit.setEnabled(False)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        self.check.toggled.connect(self._on_check_toggled)
        self.edit.dateChanged.connect(self._on_edit_date_changed)

    def _on_check_toggled(self, on: bool) -> None:
        if on and not self._picked:  # a day later than the start: still "a month back", not a stale day
            self.edit.blockSignals(True)
            self.edit.setDate(QDate.currentDate().addMonths(-self._months_back))
            self.edit.blockSignals(False)
        self.edit.setEnabled(on)
        self.changed.emit()

    def _on_edit_date_changed(self, _value: QDate) -> None:
        self._picked = True
        if self.check.isChecked():
            self.changed.emit()

    def value(self) -> date | None:
        if not self.check.isChecked():
            return None
        d = self.edit.date()
        return date(d.year(), d.month(), d.day())

    def set_value(self, day: date | None) -> None:
        if day is not None:
            self.edit.setDate(QDate(day.year, day.month, day.day))
        self._picked = day is not None  # cleared: the next tick starts from the default again
        self.check.setChecked(day is not None)


class FilterBar(QWidget):
    """Emits filter_changed(EncounterFilter) whenever the search text (debounced) or a filter changes."""

    filter_changed = Signal(object)
    order_changed = Signal(str)  # "date" (newest first) or "relevance" (best match first)

    def __init__(self, catalogue: Catalogue, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._last = EncounterFilter()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search entries (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search entries"))
        help_text = self.tr(
            "Words find their inflected forms too (asiakas finds asiakkaan). Several words: entries with all "
            "of them. \"soitin takaisin\": that exact phrase. -kiire: entries without the word. "
            "puhelu OR sähköposti: either word."
        )
        self.search.setToolTip(help_text)
        self.search.setAccessibleDescription(help_text)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self._emit_if_changed)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.search.returnPressed.connect(self._on_search_return_pressed)

        self.order = QComboBox()
        self.order.addItem(self.tr("Newest first"), "date")
        self.order.addItem(self.tr("Best match first"), "relevance")
        self.order.setAccessibleName(self.tr("Order of search results"))
        self.order.setToolTip(self.tr("Order of search results"))
        self.order.currentIndexChanged.connect(self._on_order_current_index_changed)

        self.my_role = self._combo(catalogue, "my_roles", lang, self.tr("All roles"), self.tr("Filter by my role"))
        self.channel = self._combo(catalogue, "channels", lang, self.tr("All channels"), self.tr("Filter by channel"))
        self.situation = self._combo(
            catalogue, "situations", lang, self.tr("All situations"), self.tr("Filter by situation")
        )
        self.date_from = _OptionalDate(self.tr("From"), self.tr("Earliest date"), months_back=1)
        self.date_to = _OptionalDate(self.tr("To"), self.tr("Latest date"))
        for widget in (self.date_from, self.date_to):
            widget.changed.connect(self._emit_if_changed)
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.setAccessibleName(self.tr("Clear search and filters"))
        self.clear_button.clicked.connect(self.clear)
        self.more = MoreFilters(catalogue, lang)
        self.more.changed.connect(self._emit_if_changed)
        self.more.hide()
        self.more_button = QPushButton(self.tr("More filters"))
        self.more_button.setCheckable(True)
        self.more_button.setAccessibleName(self.tr("Show more filters"))
        self.more_button.setToolTip(self.tr("Skill, element, difficulty, to complete, shared with coach, follow-up"))
        self.more_button.toggled.connect(self._on_more_button_toggled)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        search_row = QHBoxLayout()
        search_row.setContentsMargins(0, 0, 0, 0)
        search_row.setSpacing(4)
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.order)
        layout.addLayout(search_row)
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(4)
        grid.setVerticalSpacing(4)
        # two columns, so that the list pane stays narrow enough for the window to fit 1600 × 1000 at 200 %
        grid.addWidget(self.my_role, 0, 0)
        grid.addWidget(self.channel, 0, 1)
        grid.addWidget(self.situation, 1, 0)
        grid.addWidget(self.more_button, 1, 1)
        grid.addWidget(self.date_from, 2, 0)
        grid.addWidget(self.date_to, 2, 1)
        grid.addWidget(self.clear_button, 3, 1)
        for column in range(2):
            grid.setColumnStretch(column, 1)
        layout.addLayout(grid)
        layout.addWidget(self.more)

    def _combo(self, catalogue: Catalogue, kind: str, lang: str, all_text: str, accessible: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(accessible)
        combo.setToolTip(accessible)
        combo.addItem(all_text, None)
        for term in catalogue.terms(kind):
            combo.addItem(term.label(lang), term.id)
        combo.setMinimumContentsLength(8)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        combo.currentIndexChanged.connect(self._emit_if_changed)
        return combo

    # -- state -------------------------------------------------------------------------------

    def current_filter(self) -> EncounterFilter:
        return self.more.apply(EncounterFilter(
            text=self.search.text().strip(),
            date_from=self.date_from.value(),
            date_to=self.date_to.value(),
            my_role=self.my_role.currentData(),
            channel=self.channel.currentData(),
            situation=self.situation.currentData(),
        ))

    def set_filter(self, flt: EncounterFilter) -> None:
        """Show `flt` in the controls and announce it once."""
        widgets = (self.search, self.my_role, self.channel, self.situation, self.date_from, self.date_to,
                   *self.more.controls())
        for widget in widgets:
            widget.blockSignals(True)
        self.search.setText(flt.text)
        for combo, value in ((self.my_role, flt.my_role), (self.channel, flt.channel), (self.situation, flt.situation)):
            index = combo.findData(value) if value is not None else 0
            combo.setCurrentIndex(max(index, 0))
        self.date_from.set_value(flt.date_from)
        self.date_to.set_value(flt.date_to)
        self.more.show_filter(flt)
        for widget in widgets:
            widget.blockSignals(False)
        self.date_from.edit.setEnabled(flt.date_from is not None)
        self.date_to.edit.setEnabled(flt.date_to is not None)
        if self.more.is_set():
            self.more_button.setChecked(True)  # a filter that is on stays in sight
        self._emit_if_changed()

    def clear(self) -> None:
        self.set_filter(EncounterFilter())

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # -- slots -------------------------------------------------------------------------------

    def _on_search_text_changed(self, _text: str) -> None:
        self._debounce.start()

    def _on_more_button_toggled(self, on: bool) -> None:
        self.more.setVisible(on)

    def current_order(self) -> str:
        return str(self.order.currentData())

    def _on_order_current_index_changed(self, _index: int) -> None:
        self.order_changed.emit(self.current_order())

    def _on_search_return_pressed(self) -> None:
        self._debounce.stop()
        self._emit_if_changed()

    def _emit_if_changed(self, *_args) -> None:
        self._debounce.stop()
        flt = self.current_filter()
        on = self.more.count_set()
        self.more_button.setText(self.tr("More filters") + (f" ({on})" if on else ""))
        if flt != self._last:
            self._last = flt
            self.filter_changed.emit(flt)
