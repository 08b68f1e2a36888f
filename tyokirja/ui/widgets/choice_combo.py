"""A combo box of catalogue terms with a "not chosen" first item that stands for None."""

from __future__ import annotations

from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QComboBox, QWidget

from tyokirja.domain.content import Catalogue


class ChoiceCombo(QComboBox):
    """Catalogue ids of one kind, labelled in `lang`; value() is the chosen id or None.

    An id that is no longer in the content still shows (as itself), so an old record
    round-trips unchanged until the user picks something else.
    """

    def __init__(self, catalogue: Catalogue, kind: str, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._kind = kind
        self._known = len(catalogue.terms(kind)) + 1
        self.addItem(self.tr("— not chosen —"), None)
        for term in catalogue.terms(kind):
            self.addItem(term.label(lang), term.id)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

    def value(self) -> str | None:
        return self.currentData()

    def set_value(self, term_id: str | None) -> None:
        while self.count() > self._known:  # forget a stray id shown for an earlier record
            self.removeItem(self.count() - 1)
        index = self.findData(term_id) if term_id is not None else 0
        if index < 0 and term_id is not None:  # only an id can be missing
            self.addItem(term_id, term_id)
            index = self.count() - 1
        self.setCurrentIndex(index)

    def wheelEvent(self, event: QWheelEvent) -> None:
        # Scrolling the form over an unfocused combo must scroll the form, not change the choice.
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()
