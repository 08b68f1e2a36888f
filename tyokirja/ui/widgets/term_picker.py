"""Feeling words as checkable chips, grouped by emotion family (the term picker of the diary form)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QToolButton, QWidget

from tyokirja.domain.content import Catalogue

from .flow_layout import FlowLayout

CHECK_MARK = "\u2713 "  # shown on chosen chips, so the state does not rest on colour alone

CHIP_STYLE = """
QToolButton[chip="true"] {
    border: 1px solid palette(mid); border-radius: 11px; padding: 2px 9px;
    background: palette(base); color: palette(text);
}
QToolButton[chip="true"]:hover { border-color: palette(highlight); }
QToolButton[chip="true"]:checked {
    background: palette(highlight); color: palette(highlighted-text); border-color: palette(highlight);
}
QToolButton[chip="true"]:focus { border: 2px solid palette(text); }
"""


class TermPicker(QWidget):
    """Choose any number of emotion terms. selected() keeps the order in which words were chosen.

    Keyboard: the picker is one Tab stop; arrow keys move between words (Up/Down between families),
    Space chooses or clears the word. Ids no longer in the content appear in an extra row.
    """

    changed = Signal()

    def __init__(self, catalogue: Catalogue, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._lang = lang
        self._chips: dict[str, QToolButton] = {}
        self._labels: dict[str, str] = {}
        self._rows: list[list[QToolButton]] = []
        self._selected: list[str] = []
        self._current: QToolButton | None = None
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(12)
        self._grid.setVerticalSpacing(6)
        self._grid.setColumnStretch(1, 1)
        for family in catalogue.terms("emotion_families"):
            terms = catalogue.emotions_in(family.id)
            if terms:
                self._add_row(family.label(lang), [(t.id, t.label(lang)) for t in terms])
        self._other_row_added = False
        self.setStyleSheet(CHIP_STYLE)
        self.setAccessibleDescription(
            self.tr("Arrow keys move between the words; Space chooses or clears a word."))
        self._set_current(self._rows[0][0])

    # --- public API -----------------------------------------------------------------------

    def selected(self) -> list[str]:
        return list(self._selected)

    def set_selected(self, ids: list[str]) -> None:
        """Show exactly these ids as chosen (no `changed`); unknown ids get a chip of their own."""
        wanted: list[str] = []
        for term_id in ids:
            if term_id not in wanted:
                wanted.append(term_id)
        unknown = [t for t in wanted if t not in self._chips]
        if unknown:
            self._add_unknown(unknown)
        self._selected = wanted
        for term_id, chip in self._chips.items():
            chip.blockSignals(True)
            chip.setChecked(term_id in wanted)
            chip.blockSignals(False)
            self._show_state(term_id)

    def chip(self, term_id: str) -> QToolButton:
        """The button for one term (for tests and for focusing a problem)."""
        return self._chips[term_id]

    # --- building -------------------------------------------------------------------------

    def _add_row(self, heading: str, terms: list[tuple[str, str]]) -> None:
        row = len(self._rows)
        label = QLabel(heading, self)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        label.setContentsMargins(0, 3, 0, 0)
        self._grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
        holder = QWidget(self)
        FlowLayout(holder)
        holder.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self._grid.addWidget(holder, row, 1)
        label.show()  # a row added to a picker already on screen must show at once
        holder.show()
        self._rows.append([])
        for term_id, text in terms:
            self._add_chip(holder, term_id, text, heading)

    def _add_unknown(self, ids: list[str]) -> None:
        if not self._other_row_added:
            self._other_row_added = True
            self._add_row(self.tr("Not in the word list"), [(i, i) for i in ids])
            return
        holder = self._rows[-1][0].parentWidget()
        assert holder is not None  # _add_chip made every chip a child of its row's holder
        for term_id in ids:
            self._add_chip(holder, term_id, term_id, self.tr("Not in the word list"))

    def _add_chip(self, holder: QWidget, term_id: str, text: str, heading: str) -> None:
        chip = QToolButton(holder)
        chip.setCheckable(True)
        chip.setProperty("chip", True)
        chip.setAccessibleName(text)
        chip.setAccessibleDescription(heading)
        chip.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        chip.installEventFilter(self)
        chip.toggled.connect(lambda on, tid=term_id: self._on_chip_toggled(tid, on))
        layout = holder.layout()
        assert layout is not None  # _add_row gives every holder a FlowLayout
        layout.addWidget(chip)
        chip.show()
        self._chips[term_id] = chip
        self._labels[term_id] = text
        self._rows[-1].append(chip)
        self._show_state(term_id)

    # --- behaviour ------------------------------------------------------------------------

    def _show_state(self, term_id: str) -> None:
        chip = self._chips[term_id]
        chip.setText((CHECK_MARK if chip.isChecked() else "") + self._labels[term_id])

    def _on_chip_toggled(self, term_id: str, on: bool) -> None:
        if on and term_id not in self._selected:
            self._selected.append(term_id)
        elif not on and term_id in self._selected:
            self._selected.remove(term_id)
        self._show_state(term_id)
        self._set_current(self._chips[term_id])
        self.changed.emit()

    def _set_current(self, chip: QToolButton) -> None:
        """Roving focus: only the current chip is in the Tab chain; the picker forwards focus to it."""
        if self._current is not None and self._current is not chip:
            self._current.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self._current = chip
        chip.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFocusProxy(chip)

    def _neighbour(self, chip: QToolButton, key: int) -> QToolButton | None:
        row = next(i for i, chips in enumerate(self._rows) if chip in chips)
        col = self._rows[row].index(chip)
        flat = [c for chips in self._rows for c in chips]
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            index = flat.index(chip) + (1 if key == Qt.Key.Key_Right else -1)
            return flat[index] if 0 <= index < len(flat) else None
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            target = row + (1 if key == Qt.Key.Key_Down else -1)
            if 0 <= target < len(self._rows):
                return self._rows[target][min(col, len(self._rows[target]) - 1)]
            return None
        if key == Qt.Key.Key_Home:
            return flat[0]
        if key == Qt.Key.Key_End:
            return flat[-1]
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and isinstance(watched, QToolButton):
            key = event.key()
            if key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down,
                       Qt.Key.Key_Home, Qt.Key.Key_End):
                target = self._neighbour(watched, key)
                if target is not None:
                    self._set_current(target)
                    target.setFocus(Qt.FocusReason.TabFocusReason)
                return True
        elif event.type() == QEvent.Type.FocusIn and isinstance(watched, QToolButton):
            self._set_current(watched)
        return super().eventFilter(watched, event)
