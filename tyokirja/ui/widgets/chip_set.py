"""A flat set of checkable chips over one catalogue kind (e.g. needs): the TermPicker look without families."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QToolButton, QWidget

from tyokirja.domain.content import Catalogue

from .flow_layout import FlowLayout
from .term_picker import CHECK_MARK, CHIP_STYLE


class ChipSet(QWidget):
    """Choose terms of one kind; selected() keeps the order of choosing. `limit` caps how many (0 = any).

    Keyboard: one Tab stop; Left/Right/Home/End move between chips, Space chooses or clears.
    """

    changed = Signal()

    def __init__(self, catalogue: Catalogue, kind: str, lang: str, limit: int = 0, parent: QWidget | None = None):
        super().__init__(parent)
        self._limit = limit
        self._selected: list[str] = []
        self._chips: dict[str, QToolButton] = {}
        self._labels: dict[str, str] = {}
        self._order: list[QToolButton] = []
        self._flow = FlowLayout(self)
        for term in catalogue.terms(kind):
            self._add_chip(term.id, term.label(lang))
        self.setStyleSheet(CHIP_STYLE)
        self.setAccessibleDescription(self.tr("Arrow keys move between the words; Space chooses or clears a word."))
        if self._order:
            self._set_current(self._order[0])

    def selected(self) -> list[str]:
        return list(self._selected)

    def set_selected(self, ids: list[str]) -> None:
        """Show exactly these ids as chosen (no `changed`); unknown ids get a chip of their own."""
        for term_id in ids:
            if term_id not in self._chips:
                self._add_chip(term_id, term_id)
        self._selected = [t for i, t in enumerate(ids) if t not in ids[:i]]
        for term_id, chip in self._chips.items():
            chip.blockSignals(True)
            chip.setChecked(term_id in self._selected)
            chip.blockSignals(False)
            self._show_state(term_id)

    def chip(self, term_id: str) -> QToolButton:
        return self._chips[term_id]

    def _add_chip(self, term_id: str, text: str) -> None:
        chip = QToolButton(self)
        chip.setCheckable(True)
        chip.setProperty("chip", True)
        chip.setAccessibleName(text)
        chip.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        chip.installEventFilter(self)
        chip.toggled.connect(lambda on, tid=term_id: self._on_chip_toggled(tid, on))
        self._flow.addWidget(chip)
        self._chips[term_id] = chip
        self._labels[term_id] = text
        self._order.append(chip)
        self._show_state(term_id)

    def _show_state(self, term_id: str) -> None:
        chip = self._chips[term_id]
        chip.setText((CHECK_MARK if chip.isChecked() else "") + self._labels[term_id])

    def _on_chip_toggled(self, term_id: str, on: bool) -> None:
        if on and term_id not in self._selected:
            self._selected.append(term_id)
            if self._limit and len(self._selected) > self._limit:
                oldest = self._selected.pop(0)  # keep the newest choice: a one-word step swaps the word
                other = self._chips[oldest]
                other.blockSignals(True)
                other.setChecked(False)
                other.blockSignals(False)
                self._show_state(oldest)
        elif not on and term_id in self._selected:
            self._selected.remove(term_id)
        self._show_state(term_id)
        self._set_current(self._chips[term_id])
        self.changed.emit()

    def _set_current(self, chip: QToolButton) -> None:
        for other in self._order:
            if other is not chip:
                other.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        chip.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFocusProxy(chip)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and watched in self._order:
            key = event.key()
            index = self._order.index(watched)
            targets: dict[int, int] = {
                Qt.Key.Key_Left: index - 1, Qt.Key.Key_Up: index - 1, Qt.Key.Key_Right: index + 1,
                Qt.Key.Key_Down: index + 1, Qt.Key.Key_Home: 0, Qt.Key.Key_End: len(self._order) - 1,
            }
            target = targets.get(key)
            if target is not None:
                if 0 <= target < len(self._order):
                    self._set_current(self._order[target])
                    self._order[target].setFocus(Qt.FocusReason.TabFocusReason)
                return True
        elif event.type() == QEvent.Type.FocusIn and watched in self._order:
            self._set_current(watched)
        return super().eventFilter(watched, event)
