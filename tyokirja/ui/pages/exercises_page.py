"""Exercises (Harjoitukset): the library with an About view and Start, and the runner that does them."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from tyokirja.domain.content import Catalogue
from tyokirja.services.exercises import ExerciseService
from tyokirja.storage.errors import StorageError
from tyokirja.ui import messages
from tyokirja.ui.models.encounter_list_model import format_when
from tyokirja.ui.pages.exercise_runner import ExerciseRunner, GoalPlans
from tyokirja.ui.widgets.record_list import ID_ROLE, LIST_STYLE
from tyokirja.ui.widgets.scroll_region import scroll_region


class ExercisesPage(QWidget):
    status_message = Signal(str)
    runner_closed = Signal()
    practice_changed = Signal()

    def __init__(self, exercises: ExerciseService, goals: GoalPlans, diary, catalogue: Catalogue, lang: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.exercises, self.catalogue, self.lang = exercises, catalogue, lang
        self.rhythms = {"daily": self.tr("daily"), "weekly": self.tr("weekly"), "as_needed": self.tr("as needed")}
        self.list = QListWidget()
        self.list.setStyleSheet(LIST_STYLE)
        self.list.setAccessibleName(self.tr("Exercises"))
        self.list.setMinimumWidth(260)
        for exercise in exercises.library.all():
            text = exercise.name(lang) + "\n" + self.tr("{n} min").replace("{n}", str(exercise.minutes)) + " · " + \
                self.rhythms.get(exercise.rhythm, exercise.rhythm)
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, exercise.id)
            self.list.addItem(item)
        self.list.currentItemChanged.connect(self._on_list_current_item_changed)
        self.list.itemActivated.connect(lambda item: self.start(item.data(ID_ROLE)))

        self.name = QLabel()
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.name.setFont(font)
        self.name.setWordWrap(True)
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.about.setTextFormat(Qt.TextFormat.RichText)
        self.about.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.about.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.about.setAccessibleName(self.tr("About this exercise"))
        self.start_button = QPushButton(self.tr("Start"))
        self.start_button.setAccessibleName(self.tr("Start the exercise"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(lambda: self.start(self.current_id()))
        self.history_label = QLabel(self.tr("Done earlier"))
        self.history_label.setStyleSheet("font-weight: bold;")
        self.history = QListWidget()
        self.history.setAccessibleName(self.tr("Earlier sessions of this exercise"))
        self.history.setMaximumHeight(160)
        self.history.itemActivated.connect(lambda item: self.show_session(item.data(ID_ROLE)))
        self.history_label.setBuddy(self.history)

        detail = QWidget()
        column = QVBoxLayout(detail)
        column.addWidget(self.name)
        column.addWidget(self.about)
        row = QHBoxLayout()
        row.addWidget(self.start_button)
        row.addStretch(1)
        column.addLayout(row)
        column.addWidget(self.history_label)
        column.addWidget(self.history)
        column.addStretch(1)
        scroll = scroll_region(detail, self.tr("About the exercise"), tab_stop=True)
        library = QSplitter()
        library.setObjectName("exercisesSplitter")  # its position is remembered (ui.window_state)
        library.addWidget(self.list)
        library.addWidget(scroll)
        library.setStretchFactor(1, 1)
        library.setChildrenCollapsible(False)

        self.runner = ExerciseRunner(exercises, goals, diary, catalogue, lang)
        self.runner.closed.connect(self._on_runner_closed)
        self.runner.session_changed.connect(self.practice_changed)
        self.runner.status_message.connect(self.status_message)
        self.stack = QStackedWidget()
        self.stack.addWidget(library)
        self.stack.addWidget(self.runner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.stack)
        self.list.setCurrentRow(0)

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item else None

    def select(self, exercise_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(ID_ROLE) == exercise_id:
                self.list.setCurrentRow(row)

    def _on_list_current_item_changed(self, current: QListWidgetItem | None, _previous) -> None:
        if current is None:
            return
        exercise = self.exercises.library.get(current.data(ID_ROLE))
        lang = self.lang
        self.name.setText(exercise.name(lang))
        skills = ", ".join(self.catalogue.label("skills", s, lang) for s in exercise.skills)
        facts = (self.tr("{n} min").replace("{n}", str(exercise.minutes)) + " · "
                 + self.rhythms.get(exercise.rhythm, exercise.rhythm))
        parts = [
            "<p>" + html.escape(facts) + "</p>",
            "<p>" + html.escape(exercise.purpose(lang)) + "</p>",
            "<p><b>" + html.escape(self.tr("Rests on")) + "</b><br>" + html.escape(exercise.framework(lang)) + "</p>",
            "<p><b>" + html.escape(self.tr("Why it works")) + "</b><br>" + html.escape(exercise.about(lang)) + "</p>",
            "<p><b>" + html.escape(self.tr("Skills practised")) + "</b><br>" + html.escape(skills) + "</p>",
        ]
        self.about.setText("".join(parts))
        self.start_button.setAccessibleName(self.tr("Start: {name}").replace("{name}", exercise.name(lang)))
        self._fill_history(exercise.id)

    def _fill_history(self, exercise_id: str) -> None:
        self.history.clear()
        try:
            sessions = self.exercises.completed_sessions(exercise_id)
        except StorageError as exc:
            messages.storage_error(self, exc)
            return
        for session in sessions:
            assert session.completed_at is not None, "a completed session has its completion moment"
            item = QListWidgetItem(format_when(session.completed_at))
            item.setData(ID_ROLE, session.id)
            self.history.addItem(item)
        self.history_label.setVisible(bool(sessions))
        self.history.setVisible(bool(sessions))

    # -- running -------------------------------------------------------------------------------

    def start(self, exercise_id: str | None, encounter_id: str | None = None) -> None:
        if exercise_id is None or not self._leave_open_session():
            return
        self.select(exercise_id)
        self.stack.setCurrentWidget(self.runner)
        self.runner.start(exercise_id, encounter_id)
        if self.runner.session is None:
            self.stack.setCurrentIndex(0)

    def resume(self, session_id: str) -> None:
        if self._leave_open_session():
            self.stack.setCurrentWidget(self.runner)
            self.runner.resume(session_id)

    def open_followup(self, task) -> None:
        if self._leave_open_session():
            self.stack.setCurrentWidget(self.runner)
            self.runner.open_followup(task)

    def show_session(self, session_id: str) -> None:
        if self._leave_open_session():
            self.stack.setCurrentWidget(self.runner)
            self.runner.show_session(session_id)

    def _leave_open_session(self) -> bool:
        """Save a session left open in the runner (it stays resumable from Today)."""
        if self.runner.session is not None and self.runner.mode == "run" and self.runner.session.is_open:
            return self.runner.flush()
        return True

    def prepare_close(self) -> bool:
        return self.runner.flush()

    def _on_runner_closed(self) -> None:
        self.stack.setCurrentIndex(0)
        exercise_id = self.current_id()
        if exercise_id:
            self._fill_history(exercise_id)
        self.runner_closed.emit()
