"""Which key skills one encounter exercised: a checkbox per rated skill (the parts, not the four headings)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QWidget

from tyokirja.domain.content import Catalogue

COLUMNS = 2
LONG_LABEL = 30  # characters: longer skill names span both columns


def rated_skills(catalogue: Catalogue) -> list:
    """The skills a person marks and rates: every skill that has no parts of its own, in catalogue order."""
    parents = {term.parent for term in catalogue.terms("skills") if term.parent}
    return [term for term in catalogue.terms("skills") if term.id not in parents]


class SkillMarks(QWidget):
    """values() lists the chosen skill ids in catalogue order.

    Ids the boxes do not show (a heading skill, or one the catalogue no longer has) are kept as they
    were, so saving an old record never trims it.
    """

    changed = Signal()

    def __init__(self, catalogue: Catalogue, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.boxes: dict[str, QCheckBox] = {}
        self._kept: list[str] = []
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(4)
        row, column = 0, 0
        for term in rated_skills(catalogue):
            box = QCheckBox(term.label(lang), self)
            box.setToolTip(term.description(lang))
            box.setAccessibleName(term.label(lang))
            box.toggled.connect(self._on_box_toggled)
            if len(term.label(lang)) > LONG_LABEL:  # a long name gets a row of its own: never cut, order kept
                row, column = (row + 1, 0) if column else (row, 0)
                grid.addWidget(box, row, 0, 1, COLUMNS)
                row += 1
            else:
                grid.addWidget(box, row, column)
                row, column = (row + 1, 0) if column == COLUMNS - 1 else (row, column + 1)
            self.boxes[term.id] = box
        self._loading = False

    def values(self) -> list[str]:
        return [sid for sid, box in self.boxes.items() if box.isChecked()] + list(self._kept)

    def set_values(self, ids: list[str]) -> None:
        """Tick exactly these ids (no `changed`)."""
        self._loading = True
        try:
            for sid, box in self.boxes.items():
                box.setChecked(sid in ids)
        finally:
            self._loading = False
        self._kept = [sid for sid in ids if sid not in self.boxes]

    def _on_box_toggled(self, _on: bool) -> None:
        if not self._loading:
            self.changed.emit()
