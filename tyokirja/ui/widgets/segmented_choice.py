"""A row of exclusive buttons (like radio buttons) that is one Tab stop; arrows move the choice."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QSizePolicy, QToolButton, QWidget

# Chosen segment: the highlight colour, so the state reads in light and dark palettes alike. The first
# segment ("not set") is shown quietly when chosen, so only real answers catch the eye.
SEGMENT_STYLE = """
QToolButton[segment="true"] {
    border: 1px solid palette(mid); background: palette(button); color: palette(button-text);
    padding: 3px 10px; margin: 0px;
}
QToolButton[segment="true"]:checked {
    background: palette(highlight); color: palette(highlighted-text); border-color: palette(highlight);
}
QToolButton[neutral="true"]:checked {
    background: palette(midlight); color: palette(button-text); border-color: palette(dark); font-style: italic;
}
QToolButton[segment="true"]:focus { border: 2px solid palette(text); }
"""

_ARROW_STEPS: dict[int, int] = {Qt.Key.Key_Left: -1, Qt.Key.Key_Up: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Down: 1}


class SegmentedChoice(QWidget):
    """One value out of a fixed list. value() returns one of `values`; changed fires on user choice.

    Keyboard: Tab reaches the chosen button; Left/Right (or Up/Down) move the choice, like a radio group.
    """

    changed = Signal()

    def __init__(self, values: list, labels: list[str], accessible_names: list[str] | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._values = list(values)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._buttons: list[QToolButton] = []
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        names = accessible_names or labels
        for index, (label, name) in enumerate(zip(labels, names, strict=False)):
            button = QToolButton(self)
            button.setText(label)
            button.setAccessibleName(name)
            button.setCheckable(True)
            button.setProperty("segment", True)
            button.setProperty("neutral", index == 0 and values[0] is None)
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            button.installEventFilter(self)
            self._group.addButton(button, index)
            self._buttons.append(button)
            layout.addWidget(button)
        layout.addStretch(1)
        self.setStyleSheet(SEGMENT_STYLE)
        self._buttons[0].setChecked(True)
        self._sync_focus()
        self._group.idToggled.connect(self._on_group_id_toggled)

    def value(self):
        return self._values[self._group.checkedId()]

    def set_value(self, value) -> None:
        """Select `value` (silently: no `changed`). A value not in the list selects the first one."""
        index = self._values.index(value) if value in self._values else 0
        self._group.blockSignals(True)
        self._buttons[index].setChecked(True)
        self._group.blockSignals(False)
        self._sync_focus()

    def buttons(self) -> list[QToolButton]:
        return list(self._buttons)

    def _sync_focus(self) -> None:
        """Only the chosen button takes Tab focus, so the row is one stop in the tab chain."""
        checked = self._group.checkedId()
        for index, button in enumerate(self._buttons):
            policy = Qt.FocusPolicy.StrongFocus if index == checked else Qt.FocusPolicy.ClickFocus
            button.setFocusPolicy(policy)
        self.setFocusProxy(self._buttons[checked])

    def _on_group_id_toggled(self, index: int, checked: bool) -> None:
        if checked:
            self._sync_focus()
            self.changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and watched in self._buttons:
            step = _ARROW_STEPS.get(event.key())
            if step is not None:
                index = max(0, min(len(self._buttons) - 1, self._buttons.index(watched) + step))
                self._buttons[index].setChecked(True)
                self._buttons[index].setFocus(Qt.FocusReason.TabFocusReason)
                return True
        return super().eventFilter(watched, event)
