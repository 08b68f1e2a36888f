"""Goals and experiments (Tavoitteet ja kokeilut) in WOOP form: list and editor, autosaved.

Wish, best outcome, inner obstacle, if–then plans, review date, success signal, status and linked
diary entries. A review (status + note) is stored through GoalService.set_goal_status.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from tyokirja.domain.content import Catalogue
from tyokirja.domain.practice import GOAL_STATUSES, Goal
from tyokirja.services.goals import GoalService
from tyokirja.storage.errors import StorageError
from tyokirja.ui import messages
from tyokirja.ui.autosave import AUTOSAVE_MS
from tyokirja.ui.widgets.choice_combo import ChoiceCombo
from tyokirja.ui.widgets.date_inputs import DateField
from tyokirja.ui.widgets.linked_encounters import LinkedEncounters
from tyokirja.ui.widgets.plans_editor import PlansEditor
from tyokirja.ui.widgets.record_list import ID_ROLE, LIST_STYLE
from tyokirja.ui.widgets.segmented_choice import SegmentedChoice
from tyokirja.ui.widgets.wrap_label import WrapLabel

REVIEW_AFTER_DAYS = 14


class GoalsPage(QWidget):
    status_message = Signal(str)
    practice_changed = Signal()

    def __init__(self, goals: GoalService, diary, catalogue: Catalogue, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.goals, self.catalogue, self.lang = goals, catalogue, lang
        self.goal: Goal | None = None
        self._is_new = False
        self._loading = False
        self.status_names = {"active": self.tr("Active"), "continue": self.tr("Continue"),
                             "adapted": self.tr("Adapted"), "ended": self.tr("Ended")}
        self._timer = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._timer.timeout.connect(self.save)

        self.list = QListWidget()
        self.list.setStyleSheet(LIST_STYLE)
        self.list.setAccessibleName(self.tr("Goals and experiments"))
        self.list.currentItemChanged.connect(self._on_list_current_item_changed)
        self.new_button = QPushButton(self.tr("New goal"))
        self.new_button.setAccessibleName(self.tr("New goal or experiment"))
        self.new_button.clicked.connect(self.new_goal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.new_button)
        left_layout.addWidget(self.list)

        self.wish = QLineEdit()
        self.wish.setPlaceholderText(self.tr("e.g. I let the customer finish before I answer"))
        self.skill = ChoiceCombo(catalogue, "skills", lang)
        self.outcome, self.obstacle, self.signal, self.review_note = (QPlainTextEdit() for _ in range(4))
        for edit in (self.outcome, self.obstacle, self.signal, self.review_note):
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 14)
        self.plans = PlansEditor()
        self.start = DateField()
        self.review_on = QCheckBox(self.tr("Review on"))
        self.review_at = DateField()
        review_row = QHBoxLayout()
        review_row.addWidget(self.review_on)
        review_row.addWidget(self.review_at)
        review_row.addStretch(1)
        self.status = SegmentedChoice(list(GOAL_STATUSES), [self.status_names[s] for s in GOAL_STATUSES])
        self.encounters = LinkedEncounters(diary, catalogue, lang)
        self.notes = WrapLabel()  # a plain word-wrapped QLabel in a form row clips its second line
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.review_note.setPlaceholderText(self.tr("How did it go? (saved with the date when you record a review)"))
        self.review_button = QPushButton(self.tr("Record review"))
        self.review_button.setAccessibleName(self.tr("Record the review with the chosen status"))
        self.review_button.clicked.connect(self.record_review)
        self.need_wish = QLabel(self.tr("Write the wish first; the goal is saved from then on."))
        self.need_wish.setWordWrap(True)
        self.need_wish.hide()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        rows = [
            (self.tr("Wish"), self.wish), (self.tr("Skill"), self.skill),
            (self.tr("Best outcome"), self.outcome), (self.tr("Inner obstacle"), self.obstacle),
            (self.tr("If–then plans"), self.plans), (self.tr("How I notice success"), self.signal),
            (self.tr("Started"), self.start), (self.tr("Review"), review_row),
            (self.tr("Status"), self.status), (self.tr("Linked entries"), self.encounters),
            (self.tr("Review notes"), self.notes), (self.tr("New review note"), self.review_note),
        ]
        for label, widget in rows:
            if isinstance(widget, QWidget):
                widget.setAccessibleName(label)
            form.addRow(label, widget)
        self.review_at.setAccessibleName(self.tr("Review date"))
        form.addRow("", self.review_button)
        for edit in (self.wish,):
            edit.textChanged.connect(self._on_edited)
        for edit in (self.outcome, self.obstacle, self.signal):
            edit.textChanged.connect(self._on_edited)
        for signal in (self.skill.currentIndexChanged, self.plans.changed, self.start.dateChanged,
                       self.review_on.toggled, self.review_at.dateChanged, self.status.changed,
                       self.encounters.changed):
            signal.connect(self._on_edited)
        self.review_on.toggled.connect(self.review_at.setEnabled)

        self.editor = QWidget()
        editor_layout = QVBoxLayout(self.editor)
        editor_layout.addWidget(self.need_wish)
        editor_layout.addLayout(form)
        editor_layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.editor)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.empty = QLabel(self.tr("A goal here is a small experiment: a wish, the obstacle in you, and an "
                                    "if–then plan to try. Start one with New goal."))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.empty)
        right_layout.addWidget(self.scroll)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(splitter)
        self.refresh()

    # -- list ----------------------------------------------------------------------------------

    def refresh(self, select_id: str | None = None) -> None:
        if not self.save():
            return
        select_id = select_id or (self.goal.id if self.goal and not self._is_new else None)
        try:
            goals = self.goals.goals()
        except StorageError as exc:
            messages.storage_error(self, exc)
            return
        self.list.blockSignals(True)
        self.list.clear()
        shown = None
        for goal in goals:
            item = QListWidgetItem(self._list_text(goal))
            item.setData(ID_ROLE, goal.id)
            self.list.addItem(item)
            if goal.id == select_id or shown is None and select_id is None:
                self.list.setCurrentItem(item)
                shown = goal
        self.list.blockSignals(False)
        self._show(shown)

    def _list_text(self, goal: Goal) -> str:
        return goal.wish + "\n" + self.status_names.get(goal.status, goal.status)

    def open_goal(self, goal_id: str) -> None:
        self.refresh(goal_id)
        self.review_note.setFocus()

    def _on_list_current_item_changed(self, current: QListWidgetItem | None, _previous) -> None:
        if not self.save():
            return
        try:
            self._show(self.goals.get_goal(current.data(ID_ROLE)) if current else None)
        except StorageError as exc:
            messages.storage_error(self, exc)

    # -- editor --------------------------------------------------------------------------------

    def _show(self, goal: Goal | None, is_new: bool = False) -> None:
        self.goal, self._is_new = goal, is_new
        self.empty.setVisible(goal is None)
        self.scroll.setVisible(goal is not None)
        self.need_wish.setVisible(is_new)
        if goal is None:
            return
        self._loading = True
        today = self.goals.clock().date()
        self.wish.setText(goal.wish)
        self.skill.set_value(goal.skill_id)
        self.outcome.setPlainText(goal.outcome)
        self.obstacle.setPlainText(goal.obstacle)
        self.signal.setPlainText(goal.success_signal)
        self.plans.set_value(goal.plans)
        self.start.set_value(goal.start or today)
        self.review_on.setChecked(goal.review_at is not None)
        self.review_at.setEnabled(goal.review_at is not None)
        self.review_at.set_value(goal.review_at or today + timedelta(days=REVIEW_AFTER_DAYS))
        self.status.set_value(goal.status)
        self.encounters.set_value(goal.encounter_ids)
        self.notes.setText(goal.review_notes or self.tr("No reviews yet."))
        self.review_note.clear()
        self.review_button.setEnabled(not is_new)
        self._loading = False

    def _collect(self) -> Goal:
        g = self.goal
        g.wish, g.skill_id = self.wish.text().strip(), self.skill.value()
        g.outcome, g.obstacle = self.outcome.toPlainText(), self.obstacle.toPlainText()
        g.success_signal, g.plans = self.signal.toPlainText(), self.plans.value()
        g.start = self.start.value()
        g.review_at = self.review_at.value() if self.review_on.isChecked() else None
        g.status, g.encounter_ids = self.status.value(), self.encounters.value()
        return g

    def _on_edited(self, *_args) -> None:
        if not self._loading and self.goal is not None:
            self._timer.start()

    def save(self) -> bool:
        """Store the shown goal now (autosave); False when storing failed."""
        self._timer.stop()
        if self.goal is None or self._loading:
            return True
        goal = self._collect()
        self.need_wish.setVisible(not goal.wish)
        if not goal.wish:
            return True
        try:
            if self._is_new:
                fields = {k: v for k, v in goal.__dict__.items() if k not in ("id", "wish", "created_at", "updated_at")}
                self.goal = self.goals.create_goal(goal.wish, **fields)
                self._is_new = False
                self.review_button.setEnabled(True)
                item = QListWidgetItem(self._list_text(self.goal))
                item.setData(ID_ROLE, self.goal.id)
                self.list.blockSignals(True)
                self.list.insertItem(0, item)
                self.list.setCurrentItem(item)
                self.list.blockSignals(False)
            else:
                self.goal = self.goals.update_goal(goal)
        except StorageError as exc:
            messages.storage_error(self, exc)
            return False
        item = self.list.currentItem()
        if item is not None and item.data(ID_ROLE) == self.goal.id:
            item.setText(self._list_text(self.goal))
        self.practice_changed.emit()
        return True

    def new_goal(self) -> None:
        if not self.save():
            return
        self.list.setCurrentItem(None)
        self._show(Goal(wish="", start=self.goals.clock().date()), is_new=True)
        self.wish.setFocus()

    def record_review(self) -> None:
        """Store the chosen status with the note (dated) and move the review date on."""
        if self.goal is None or self._is_new or not self.save():
            return
        try:
            self.goal = self.goals.set_goal_status(self.goal.id, self.status.value(),
                                                      self.review_note.toPlainText())
        except StorageError as exc:
            messages.storage_error(self, exc)
            return
        self.status_message.emit(self.tr("Review recorded."))
        self.refresh(self.goal.id)
        self.practice_changed.emit()

    def prepare_close(self) -> bool:
        return self.save()

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self.save()
        super().hideEvent(event)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        self.refresh()
