"""Goals and experiments (Tavoitteet ja kokeilut) in WOOP form: list and editor, autosaved.

Wish, best outcome, inner obstacle, if–then plans, review date, success signal, status and linked
diary entries. A review (status + note) is stored through GoalService.set_goal_status. The list, the
editor and autosave come from ui/pages/record_page.py.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from tyokirja.domain.content import Catalogue
from tyokirja.domain.practice import GOAL_STATUSES, Goal
from tyokirja.services.goals import GoalService
from tyokirja.storage.errors import StorageError
from tyokirja.ui import messages
from tyokirja.ui.dates import format_day
from tyokirja.ui.pages.record_page import RecordPage, fields_of
from tyokirja.ui.widgets.choice_combo import ChoiceCombo
from tyokirja.ui.widgets.date_inputs import DateField
from tyokirja.ui.widgets.linked_encounters import LinkedEncounters
from tyokirja.ui.widgets.plans_editor import PlansEditor
from tyokirja.ui.widgets.segmented_choice import SegmentedChoice
from tyokirja.ui.widgets.wrap_label import WrapLabel

REVIEW_AFTER_DAYS = 14


class GoalsPage(RecordPage):
    def __init__(self, goals: GoalService, diary, catalogue: Catalogue, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.goals, self.catalogue, self.lang = goals, catalogue, lang
        self.status_names = {"active": self.tr("Active"), "continue": self.tr("Continue"),
                             "adapted": self.tr("Adapted"), "ended": self.tr("Ended")}

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
        rows: list[tuple[str, QWidget | QLayout]] = [  # the review row is a layout
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
        self.wish.textChanged.connect(self._on_edited)
        for edit in (self.outcome, self.obstacle, self.signal):
            edit.textChanged.connect(self._on_edited)
        for signal in (self.skill.currentIndexChanged, self.plans.changed, self.start.dateChanged,
                       self.review_on.toggled, self.review_at.dateChanged, self.status.changed,
                       self.encounters.changed):
            signal.connect(self._on_edited)
        self.review_on.toggled.connect(self.review_at.setEnabled)

        self._assemble(
            list_name=self.tr("Goals and experiments"), new_text=self.tr("New goal"),
            new_name=self.tr("New goal or experiment"),
            empty_text=self.tr("A goal here is a small experiment: a wish, the obstacle in you, and an "
                               "if–then plan to try. Start one with New goal."),
            need=self.need_wish, first_field=self.wish, editor_parts=[], form=form,
            delete_text=self.tr("Delete"), delete_name=self.tr("Delete the goal"),
            deleted_text=self.tr("Goal deleted: {title}"), restored_text=self.tr("Goal restored."))
        self.refresh()

    # -- the records ---------------------------------------------------------------------------

    def _fetch_all(self) -> list[Goal]:
        return self.goals.goals()

    def _fetch(self, record_id: str) -> Goal:
        return self.goals.get_goal(record_id)

    def _create(self, record: Goal) -> Goal:
        return self.goals.create_goal(record.wish, **fields_of(record, "wish"))

    def _update(self, record: Goal) -> Goal:
        return self.goals.update_goal(record)

    def _blank(self) -> Goal:
        return Goal(wish="", start=self.goals.clock().date())

    def _lacks_required(self, record: Goal) -> bool:
        return not record.wish

    def _delete(self, record_id: str) -> Goal:
        return self.goals.delete_goal(record_id)

    def _restore(self, record: Goal) -> Goal:
        return self.goals.add(record)

    def _on_created(self) -> None:
        self.review_button.setEnabled(True)

    def _list_text(self, goal: Goal) -> str:
        status = self.status_names.get(goal.status, goal.status)
        day = format_day(goal.start or goal.created_at)
        return goal.wish + "\n" + (f"{day} · {status}" if day else status)

    def open_goal(self, goal_id: str) -> None:
        self.refresh(goal_id)
        self.review_note.setFocus()

    # -- editor --------------------------------------------------------------------------------

    def _load(self, goal: Goal, is_new: bool) -> None:
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

    def _collect(self) -> Goal:
        g = self.record
        g.wish, g.skill_id = self.wish.text().strip(), self.skill.value()
        g.outcome, g.obstacle = self.outcome.toPlainText(), self.obstacle.toPlainText()
        g.success_signal, g.plans = self.signal.toPlainText(), self.plans.value()
        g.start = self.start.value()
        g.review_at = self.review_at.value() if self.review_on.isChecked() else None
        g.status, g.encounter_ids = self.status.value(), self.encounters.value()
        return g

    def record_review(self) -> None:
        """Store the chosen status with the note (dated) and move the review date on."""
        if self.record is None or self._is_new or not self.save():
            return
        try:
            self.record = self.goals.set_goal_status(self.record.id, self.status.value(),
                                                     self.review_note.toPlainText())
        except StorageError as exc:
            messages.storage_error(self, exc)
            return
        self.status_message.emit(self.tr("Review recorded."))
        self.refresh(self.record.id)
        self.practice_changed.emit()
