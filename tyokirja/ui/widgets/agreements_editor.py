"""A session's agreements and what came of them, and the row that adds one.

An agreement is a goal, an experiment (with an if–then plan) or a scheduled exercise, each with a
date. The page stores it (add_requested) and shows the list again with show_agreements().
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tyokirja.domain.coaching import AGREEMENT_KINDS, Agreement
from tyokirja.domain.practice import IfThen
from tyokirja.ui.widgets.date_inputs import DateField


class AgreementsEditor(QWidget):
    add_requested = Signal(str, str, object, object, object)  # text, kind, due date, IfThen | None, exercise id

    def __init__(self, exercises: list[tuple[str, str]], parent: QWidget | None = None):
        """`exercises`: (id, name) of the exercises an agreement can schedule."""
        super().__init__(parent)
        self.kind_names = {"goal": self.tr("Goal"), "experiment": self.tr("Experiment (if–then)"),
                           "exercise": self.tr("Exercise")}
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Agreements"))
        self.list.setMaximumHeight(130)
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("What I agreed to do"))
        self.text.setAccessibleName(self.tr("New agreement"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Agreement becomes"))
        for kind in AGREEMENT_KINDS:
            self.kind.addItem(self.kind_names[kind], kind)
        self.when = QLineEdit()
        self.when.setPlaceholderText(self.tr("If…"))
        self.when.setAccessibleName(self.tr("If"))
        self.then = QLineEdit()
        self.then.setPlaceholderText(self.tr("…then I"))
        self.then.setAccessibleName(self.tr("Then"))
        self.exercise = QComboBox()
        self.exercise.setAccessibleName(self.tr("Exercise to do"))
        for exercise_id, name in exercises:
            self.exercise.addItem(name, exercise_id)
        self.due = DateField()
        self.due.setAccessibleName(self.tr("Review or do by"))
        self.add_button = QPushButton(self.tr("Add agreement"))
        self.add_button.setAccessibleName(self.tr("Add the agreement"))
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.text.returnPressed.connect(self._on_add_button_clicked)
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        grid = QGridLayout()
        grid.addWidget(self.text, 0, 0, 1, 3)
        grid.addWidget(self.kind, 1, 0)
        grid.addWidget(QLabel(self.tr("Date")), 1, 1)
        grid.addWidget(self.due, 1, 2)
        grid.addWidget(self.when, 2, 0)
        grid.addWidget(self.then, 2, 1, 1, 2)
        grid.addWidget(self.exercise, 3, 0, 1, 3)
        grid.addWidget(self.add_button, 4, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(grid)
        self._on_kind_changed()

    def set_default_due(self, day: date) -> None:
        self.due.set_value(day)

    def _on_kind_changed(self, *_args) -> None:
        kind = self.kind.currentData()
        self.when.setVisible(kind == "experiment")
        self.then.setVisible(kind == "experiment")
        self.exercise.setVisible(kind == "exercise")

    def choose_kind(self, kind: str) -> None:
        self.kind.setCurrentIndex(self.kind.findData(kind))

    def _on_add_button_clicked(self) -> None:
        text = self.text.text().strip()
        if not text:
            self.text.setFocus()
            return
        kind = self.kind.currentData()
        plan = IfThen(self.when.text().strip(), self.then.text().strip()) if kind == "experiment" else None
        exercise_id = self.exercise.currentData() if kind == "exercise" else None
        self.add_requested.emit(text, kind, self.due.value(), plan, exercise_id)

    def clear_input(self) -> None:
        for edit in (self.text, self.when, self.then):
            edit.clear()

    def show_agreements(self, agreements: list[Agreement], fate: Callable[[Agreement], str]) -> None:
        """List the agreements, each with its kind and `fate(agreement)` (what came of it)."""
        self.list.clear()
        for agreement in agreements:
            self.list.addItem(f"{agreement.text} · {self.kind_names.get(agreement.kind, agreement.kind)} · "
                              f"{fate(agreement)}")
