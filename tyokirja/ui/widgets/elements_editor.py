"""The five elements of an excellent encounter, each marked not set / no / partly / yes."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from tyokirja.domain.content import Catalogue
from tyokirja.domain.encounter import ELEMENT_LEVELS

from .segmented_choice import SegmentedChoice


class ElementsEditor(QWidget):
    """values() maps element id -> "no" | "partly" | "yes"; an element left "not set" is absent.

    Keys the catalogue no longer knows are kept as they were, so an old record is not trimmed.
    """

    changed = Signal()

    def __init__(self, catalogue: Catalogue, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._choices: dict[str, SegmentedChoice] = {}
        self._kept: dict[str, str] = {}
        level_labels = [self.tr("Not set"), self.tr("No"), self.tr("Partly"), self.tr("Yes")]
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(2, 1)
        for row, term in enumerate(catalogue.terms("elements")):
            name = term.label(lang)
            label = QLabel(name, self)
            label.setToolTip(term.description(lang))
            grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignVCenter)
            accessible = [self.tr("{element}: {level}").replace("{element}", name).replace("{level}", level)
                          for level in level_labels]
            choice = SegmentedChoice([None, *ELEMENT_LEVELS], level_labels, accessible, self)
            choice.setToolTip(term.description(lang))
            choice.setAccessibleName(name)
            choice.setAccessibleDescription(term.description(lang))
            for button in choice.buttons():
                button.setToolTip(term.description(lang))
                button.setAccessibleDescription(term.description(lang))
            choice.changed.connect(lambda eid=term.id: self._kept.pop(eid, None))
            choice.changed.connect(self.changed)
            label.setBuddy(choice)
            grid.addWidget(choice, row, 1)
            self._choices[term.id] = choice
        self.setFocusProxy(self.first_choice())

    def values(self) -> dict[str, str]:
        result = dict(self._kept)
        for element_id, choice in self._choices.items():
            if choice.value() is not None:
                result[element_id] = choice.value()
        return result

    def set_values(self, values: dict[str, str]) -> None:
        """Show these levels without emitting `changed`."""
        self._kept = {k: v for k, v in values.items() if k not in self._choices or v not in ELEMENT_LEVELS}
        for element_id, choice in self._choices.items():
            choice.set_value(values.get(element_id))

    def first_choice(self) -> SegmentedChoice:
        return next(iter(self._choices.values()))
