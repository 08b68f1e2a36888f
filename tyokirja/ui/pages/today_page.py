"""Today (Tänään): a suggested exercise, sessions to continue, due follow-ups and reviews, quick reflection.

Practice shows as active weeks ("3 of the last 4"), never as a streak: nothing here ever counts down
or resets to zero, and someone returning after a gap is welcomed back with the one-minute option.
"""

from __future__ import annotations

import html
from datetime import date
from typing import Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tyokirja.domain.exercise import ExerciseLibrary, Step
from tyokirja.domain.practice import ExerciseSession, FollowUpTask
from tyokirja.services.today import TodayService, TodayView
from tyokirja.storage.errors import StorageError
from tyokirja.ui import messages
from tyokirja.ui.dates import format_day
from tyokirja.ui.widgets.scroll_region import scroll_region

QUICK_EXERCISE = "daily_reflection"
CARD_STYLE = "QFrame#card { border: 1px solid palette(mid); border-radius: 6px; background: palette(base); }"


def _day_text(day: date) -> str:
    return format_day(day)


class ExerciseActions(Protocol):
    """What the today page asks of the exercises (services.exercises.ExerciseService)."""

    library: ExerciseLibrary

    def later_step(self, task: FollowUpTask) -> Step | None: ...
    def get_session(self, session_id: str) -> ExerciseSession: ...
    def abandon(self, session: ExerciseSession) -> ExerciseSession: ...
    def dismiss_followup(self, task_id: str) -> FollowUpTask: ...


class TodayPage(QWidget):
    start_requested = Signal(str)  # exercise id
    resume_requested = Signal(str)  # session id
    followup_requested = Signal(object)  # FollowUpTask
    review_session_requested = Signal(str)  # session id (read-only)
    goal_requested = Signal(str)  # goal id
    entry_requested = Signal(str)  # encounter id (a quick entry to complete)
    status_message = Signal(str)

    def __init__(self, today: TodayService, exercises: ExerciseActions, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.today_service, self.exercises, self.lang = today, exercises, lang
        self.view: TodayView | None = None
        self.heading = QLabel(self.tr("Today"))
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        self.weeks_label = QLabel()
        self.weeks_label.setWordWrap(True)
        self.weeks_label.setAccessibleName(self.tr("Active weeks"))
        self.quick_button = QPushButton(self.tr("Quick reflection"))
        self.quick_button.setAccessibleName(self.tr("Start a quick reflection"))
        self.quick_button.setToolTip(self.tr("Three minutes on one encounter of today"))
        self.quick_button.clicked.connect(lambda: self.start_requested.emit(QUICK_EXERCISE))
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.quick_button)

        self.cards = QVBoxLayout()
        self.cards.setSpacing(12)
        box = QWidget()
        column = QVBoxLayout(box)
        column.addLayout(top)
        column.addWidget(self.weeks_label)
        self.reminders = QVBoxLayout()  # cards other areas add (the monthly rating reminder)
        column.addLayout(self.reminders)
        column.addLayout(self.cards)
        column.addStretch(1)
        scroll = scroll_region(box, self.tr("Today's cards"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.setStyleSheet(CARD_STYLE)
        self.refresh()
        self._just_built = True  # the first show needs no second refresh (start-up time)

    def today(self) -> date:
        return self.today_service.clock().date()

    # -- building ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Ask the service for today's view and rebuild the cards."""
        try:
            view = self.today_service.today(self.today())
        except StorageError as exc:
            messages.storage_error(self, exc)
            return
        self.view = view
        while self.cards.count():
            item = self.cards.takeAt(0)
            assert item is not None  # count() > 0
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self._new_cards: list[QFrame] = []
        n, of = view.active_weeks
        if n:
            text = self.tr("You practised in {n} of the last {of} weeks.").replace("{n}", str(n)).replace(
                "{of}", str(of))
        else:
            text = self.tr("Every week with even one exercise or diary entry counts as an active week.")
        self.weeks_label.setText(text)
        if view.welcome_back:
            self._welcome_card(view.return_exercise)
        if view.homework:
            self._homework_card(view.homework)
        if view.to_complete:
            self._complete_card(view.to_complete)
        if view.in_progress:
            self._continue_card(view.in_progress)
        if view.due_followups:
            self._followups_card(view.due_followups)
        if view.due_reviews:
            self._reviews_card(view.due_reviews)
        if view.suggested is not None:
            self._suggestion_card(view.suggested)
        for card in self._new_cards:
            self.cards.addWidget(card)
            card.show()  # at once, complete (a layout would show new children only later, one by one)

    def _card(self, title: str) -> QVBoxLayout:
        card = QFrame()
        card.setObjectName("card")
        layout = QVBoxLayout(card)
        heading = QLabel(title)
        heading.setStyleSheet("font-weight: bold;")
        layout.addWidget(heading)
        self._new_cards.append(card)  # laid out once complete, see refresh()
        return layout

    def _row(self, card: QVBoxLayout, text: str, buttons: list[tuple[str, str, object]]) -> list[QPushButton]:
        row = QHBoxLayout()
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        row.addWidget(label, 1)
        made = []
        for caption, accessible, slot in buttons:
            button = QPushButton(caption)
            button.setAccessibleName(accessible)
            button.clicked.connect(slot)
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            made.append(button)
        card.addLayout(row)
        return made

    def _name(self, exercise_id: str) -> str:
        try:
            return self.exercises.library.get(exercise_id).name(self.lang)
        except KeyError:
            return exercise_id

    def _welcome_card(self, exercise) -> None:
        card = self._card(self.tr("Welcome back"))
        if exercise is None:
            self._row(card, html.escape(self.tr("Good to see you again.")), [])
            return
        name = exercise.name(self.lang)
        text = html.escape(self.tr("Good to see you again. A one-minute exercise is a gentle way to start:")) + \
            "<br><b>" + html.escape(name) + "</b>"
        caption = self.tr("Start: {name}").replace("{name}", name)
        self.welcome_button = self._row(card, text, [
            (self.tr("Start"), caption, lambda _=False, eid=exercise.id: self.start_requested.emit(eid))])[0]

    def _continue_card(self, sessions) -> None:
        card = self._card(self.tr("Continue where you left off"))
        for session in sessions:
            name = self._name(session.exercise_id)
            when = _day_text((session.updated_at or session.started_at).date())
            text = "<b>" + html.escape(name) + "</b><br>" + html.escape(
                self.tr("Paused {day}").replace("{day}", when))
            self._row(card, text, [
                (self.tr("Continue"), self.tr("Continue: {name}").replace("{name}", name),
                 lambda _=False, sid=session.id: self.resume_requested.emit(sid)),
                (self.tr("Discard"), self.tr("Discard: {name}").replace("{name}", name),
                 lambda _=False, s=session: self.discard(s)),
            ])

    def _followups_card(self, followups) -> None:
        card = self._card(self.tr("Follow-ups due"))
        for task in followups:
            name, prompt = self._followup_texts(task)
            text = "<b>" + html.escape(name) + "</b><br>" + html.escape(prompt)
            if task.due_on < self.today():
                since = self.tr("Due since {day}").replace("{day}", _day_text(task.due_on))
                text += "<br><i>" + html.escape(since) + "</i>"
            self._row(card, text, [
                (self.tr("Do it now"), self.tr("Do the follow-up: {name}").replace("{name}", name),
                 lambda _=False, t=task: self.followup_requested.emit(t)),
                (self.tr("Dismiss"), self.tr("Dismiss the follow-up: {name}").replace("{name}", name),
                 lambda _=False, t=task: self.dismiss(t)),
            ])

    def _followup_texts(self, task) -> tuple[str, str]:
        try:
            step = self.exercises.later_step(task)
            if step is None:
                return self.tr("Follow-up"), ""
            session = self.exercises.get_session(task.session_id)
            return self._name(session.exercise_id), step.prompt(self.lang)
        except StorageError:
            return self.tr("Follow-up"), ""

    def _reviews_card(self, goals) -> None:
        card = self._card(self.tr("Goals to review"))
        for goal in goals:
            text = "<b>" + html.escape(goal.wish) + "</b><br>" + html.escape(
                self.tr("Review date {day}").replace("{day}", _day_text(goal.review_at)))
            self._row(card, text, [(self.tr("Review"), self.tr("Review the goal: {goal}").replace("{goal}", goal.wish),
                                    lambda _=False, gid=goal.id: self.goal_requested.emit(gid))])

    def _homework_card(self, agreements) -> None:
        """What was agreed with the coach, until marked done (goals also show their review date)."""
        card = self._card(self.tr("Agreed with my coach"))
        for agreement in agreements:
            text = "<b>" + html.escape(agreement.text) + "</b>"
            if agreement.due_on is not None:
                text += "<br>" + html.escape(self.tr("By {day}").replace("{day}", _day_text(agreement.due_on)))
            buttons: list[tuple[str, str, object]] = []
            if agreement.kind == "exercise" and agreement.exercise_id:
                buttons.append((self.tr("Start"), self.tr("Start: {name}").replace("{name}", agreement.text),
                                lambda _=False, eid=agreement.exercise_id: self.start_requested.emit(eid)))
            elif agreement.goal_id:
                buttons.append((self.tr("Open goal"), self.tr("Open the goal: {goal}").replace(
                    "{goal}", agreement.text), lambda _=False, gid=agreement.goal_id: self.goal_requested.emit(gid)))
            buttons.append((self.tr("Done"), self.tr("Mark done: {agreement}").replace("{agreement}", agreement.text),
                            lambda _=False, aid=agreement.id: self.complete_homework(aid)))
            self._row(card, text, buttons)

    def _complete_card(self, entries) -> None:
        card = self._card(self.tr("Quick entries to complete"))
        for entry in entries:
            text = "<b>" + html.escape(entry.title) + "</b><br>" + html.escape(_day_text(entry.occurred_at.date()))
            self._row(card, text, [(self.tr("Complete"), self.tr("Complete the entry: {title}").replace(
                "{title}", entry.title), lambda _=False, eid=entry.id: self.entry_requested.emit(eid))])

    def complete_homework(self, agreement_id: str) -> None:
        coaching = self.today_service.coaching
        if coaching is None:
            return
        try:
            coaching.complete(agreement_id)
        except StorageError as exc:
            messages.storage_error(self, exc)
            return
        self.status_message.emit(self.tr("Marked done."))
        self.refresh()

    def _suggestion_card(self, exercise) -> None:
        card = self._card(self.tr("Suggested for today"))
        name = exercise.name(self.lang)
        minutes = self.tr("{n} min").replace("{n}", str(exercise.minutes))
        text = "<b>" + html.escape(name) + "</b> · " + html.escape(minutes) + "<br>" + html.escape(
            exercise.purpose(self.lang))
        self.suggest_button = self._row(card, text, [
            (self.tr("Start"), self.tr("Start: {name}").replace("{name}", name),
             lambda _=False, eid=exercise.id: self.start_requested.emit(eid))])[0]

    # -- actions -------------------------------------------------------------------------------

    def discard(self, session) -> None:
        """Give up a paused session (kept as abandoned, not deleted), after asking."""
        if not messages.confirm(self, self.tr("Discard this unfinished exercise? Its answers so far are not used."),
                                self.tr("Discard")):
            return
        try:
            self.exercises.abandon(session)
        except StorageError as exc:
            messages.storage_error(self, exc)
            return
        self.refresh()

    def dismiss(self, task) -> None:
        try:
            self.exercises.dismiss_followup(task.id)
        except StorageError as exc:
            messages.storage_error(self, exc)
            return
        self.status_message.emit(self.tr("Follow-up dismissed."))
        self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        if self._just_built:
            self._just_built = False
            return
        self.refresh()
