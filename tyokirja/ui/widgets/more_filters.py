"""The diary's filters by what an entry is about: skill, element, difficulty and three yes/no marks.

Shown under the search and the role / channel / situation filters when "More filters" is on; every
value goes into the same EncounterFilter (combined with AND with the search and the other filters).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QHBoxLayout, QSizePolicy, QWidget

from tyokirja.domain.content import Catalogue
from tyokirja.domain.encounter import DIFFICULTY_RANGE, ELEMENT_LEVELS, EncounterFilter


class MoreFilters(QWidget):
    """changed() when the user changes any of these filters; apply(flt) adds their values to a filter."""

    changed = Signal()

    def __init__(self, catalogue: Catalogue, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.skill = self._combo(self.tr("All skills"), self.tr("Filter by skill marked"))
        for term in catalogue.children("skills", None):
            self.skill.addItem(term.label(lang), term.id)
            for child in catalogue.children("skills", term.id):
                self.skill.addItem("    " + child.label(lang), child.id)
        self.element = self._combo(self.tr("All elements"), self.tr("Filter by element"))
        for term in catalogue.terms("elements"):
            self.element.addItem(term.label(lang), term.id)
        self.level = self._combo(self.tr("Any level"), self.tr("Element marked as"))
        level_names = {"yes": self.tr("Yes"), "partly": self.tr("Partly"), "no": self.tr("No")}
        for level in reversed(ELEMENT_LEVELS):
            self.level.addItem(level_names.get(level, level), level)
        self.level.setEnabled(False)
        self.difficulty = self._combo(self.tr("Any difficulty"), self.tr("Filter by difficulty"))
        for value in DIFFICULTY_RANGE:
            self.difficulty.addItem(self.tr("Difficulty {n}").replace("{n}", str(value)), value)
        self.difficulty.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # short: never cut
        self.difficulty.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.to_complete = self._check(self.tr("To complete"), self.tr("Only quick entries to complete"))
        self.shared = self._check(self.tr("Shared with coach"), self.tr("Only entries shared with the coach"))
        self.follow_up = self._check(self.tr("Has follow-up"), self.tr("Only entries with a follow-up"))
        self.element.currentIndexChanged.connect(self._on_element_current_index_changed)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(4)
        grid.setVerticalSpacing(4)
        for column, widget in enumerate((self.skill, self.element, self.level)):
            grid.addWidget(widget, 0, column)
        marks = QHBoxLayout()
        marks.setContentsMargins(0, 0, 0, 0)
        for mark in (self.difficulty, self.to_complete, self.shared, self.follow_up):
            marks.addWidget(mark)
        marks.addStretch(1)
        grid.addLayout(marks, 1, 0, 1, 3)
        for column in range(3):
            grid.setColumnStretch(column, 1)

    def _combo(self, all_text: str, accessible: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(accessible)
        combo.setToolTip(accessible)
        combo.addItem(all_text, None)
        combo.setMinimumContentsLength(8)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        combo.currentIndexChanged.connect(self.changed)
        return combo

    def _check(self, text: str, accessible: str) -> QCheckBox:
        box = QCheckBox(text)
        box.setAccessibleName(accessible)
        box.setToolTip(accessible)
        box.toggled.connect(self.changed)
        return box

    def _on_element_current_index_changed(self, _index: int) -> None:
        self.level.setEnabled(self.element.currentData() is not None)

    def apply(self, flt: EncounterFilter) -> EncounterFilter:
        """`flt` with these filters' values."""
        element = self.element.currentData()
        return replace(
            flt,
            skill=self.skill.currentData(),
            element=element,
            element_level=self.level.currentData() if element is not None else None,
            difficulty=self.difficulty.currentData(),
            to_complete=self.to_complete.isChecked(),
            shared_with_coach=self.shared.isChecked(),
            has_follow_up=self.follow_up.isChecked(),
        )

    def is_set(self) -> bool:
        """Any of these filters is on."""
        return self.count_set() > 0

    def count_set(self) -> int:
        """How many of these filters are on (shown on the button that hides them)."""
        combos = (self.skill, self.element, self.difficulty)
        checks = (self.to_complete, self.shared, self.follow_up)
        return sum(c.currentData() is not None for c in combos) + sum(c.isChecked() for c in checks)

    def show_filter(self, flt: EncounterFilter) -> None:
        """Set the controls to `flt`'s values, without announcing it (the caller blocks signals)."""
        for combo, value in ((self.skill, flt.skill), (self.element, flt.element),
                             (self.level, flt.element_level), (self.difficulty, flt.difficulty)):
            index = combo.findData(value) if value is not None else 0
            combo.setCurrentIndex(max(index, 0))
        self.level.setEnabled(flt.element is not None)
        self.to_complete.setChecked(flt.to_complete)
        self.shared.setChecked(flt.shared_with_coach)
        self.follow_up.setChecked(flt.has_follow_up)

    def controls(self) -> tuple[QWidget, ...]:
        return (self.skill, self.element, self.level, self.difficulty, self.to_complete, self.shared, self.follow_up)
