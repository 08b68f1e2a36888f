"""A list of if–then plans (jos–niin): one row per plan, Add plan / Remove."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from tyokirja.domain.practice import IfThen


class PlansEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.rows: list[tuple[QLineEdit, QLineEdit, list[QWidget]]] = []
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setColumnStretch(1, 1)
        self.add_button = QPushButton(self.tr("Add plan"))
        self.add_button.setAccessibleName(self.tr("Add an if–then plan"))
        self.add_button.clicked.connect(self._on_add_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.grid)
        layout.addWidget(self.add_button)

    def value(self) -> list[IfThen]:
        plans = [IfThen(a.text(), b.text()) for a, b, _ in self.rows]
        return [p for p in plans if not p.is_empty()]

    def set_value(self, plans: list[IfThen]) -> None:
        while self.rows:
            self._remove(0, emit=False)
        for plan in plans or [IfThen()]:
            self._add(plan)

    def _on_add_clicked(self) -> None:
        self._add(IfThen())
        self.rows[-1][0].setFocus()

    def _add(self, plan: IfThen) -> None:
        row = len(self.rows) * 2
        number = str(len(self.rows) + 1)
        if_edit, then_edit = QLineEdit(plan.when), QLineEdit(plan.then)
        if_edit.setAccessibleName(self.tr("If (plan {n})").replace("{n}", number))
        then_edit.setAccessibleName(self.tr("then (plan {n})").replace("{n}", number))
        if_edit.setPlaceholderText(self.tr("If… (a situation or cue)"))
        then_edit.setPlaceholderText(self.tr("then I… (what I will do)"))
        remove = QPushButton(self.tr("Remove"))
        remove.setAccessibleName(self.tr("Remove plan {n}").replace("{n}", number))
        if_label, then_label = QLabel(self.tr("If")), QLabel(self.tr("then"))
        self.grid.addWidget(if_label, row, 0)
        self.grid.addWidget(if_edit, row, 1)
        self.grid.addWidget(remove, row, 2)
        self.grid.addWidget(then_label, row + 1, 0)
        self.grid.addWidget(then_edit, row + 1, 1)
        entry = (if_edit, then_edit, [if_label, then_label, remove])
        remove.clicked.connect(lambda: self._remove(self.rows.index(entry)))
        for edit in (if_edit, then_edit):
            edit.textChanged.connect(self.changed)
        self.rows.append(entry)

    def _remove(self, index: int, emit: bool = True) -> None:
        if_edit, then_edit, others = self.rows.pop(index)
        plans = [IfThen(a.text(), b.text()) for a, b, _ in self.rows]
        for widget in (if_edit, then_edit, *others):
            widget.deleteLater()
        if emit:  # relay the remaining rows so the grid has no holes
            for a, b, o in self.rows:
                for widget in (a, b, *o):
                    widget.deleteLater()
            self.rows.clear()
            for plan in plans:
                self._add(plan)
            self.changed.emit()
