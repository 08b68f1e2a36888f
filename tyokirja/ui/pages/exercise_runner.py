"""The exercise runner: walks through any exercise's steps as its content describes them.

No exercise-specific code: each step's widget comes from its kind (ui/widgets/step_widgets.py). Every answer
is autosaved into the session (the session row is the draft), so Pause, a crash or closing the window loses
at most the last moment of typing. Keyboard: Alt+Right or Ctrl+Enter next, Alt+Left back, Esc pause.
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from tyokirja.domain.content import Catalogue
from tyokirja.domain.exercise import Exercise
from tyokirja.domain.practice import ExerciseSession, FollowUpTask, Goal
from tyokirja.domain.practice_rules import goal_from_plan
from tyokirja.services.exercises import ExerciseService, IncompleteSession
from tyokirja.storage.errors import StorageError
from tyokirja.ui import messages
from tyokirja.ui.autosave import AUTOSAVE_MS
from tyokirja.ui.dialogs.quick_entry import QuickEntryDialog
from tyokirja.ui.widgets.answer_text import answers_html
from tyokirja.ui.widgets.runner_summary import EarlierAnswers, SummaryView
from tyokirja.ui.widgets.scroll_region import scroll_region
from tyokirja.ui.widgets.step_widgets import (
    StepContext,
    StepWidget,
    build_step_widget,
    tx,
)

NO_INPUT_KINDS = ("info", "statement", "model_answers", "goals_review")


def is_later(step) -> bool:
    return bool(getattr(step, "later_days", None))


class GoalPlans(Protocol):
    """What the runner asks of the goals (services.goals.GoalService): the weekly review's list and
    the plan that becomes an experiment."""

    def open_goals(self) -> list[Goal]: ...
    def create_goal(self, wish: str, **fields: Any) -> Goal: ...


class ExerciseRunner(QWidget):
    """Runs one session at a time. Modes: "run" (the steps done now), "followup" (one later step), "review"."""

    closed = Signal()  # the user is done here (paused, finished or closed a review)
    session_changed = Signal()  # something was stored: Today and the lists refresh
    status_message = Signal(str)

    def __init__(self, exercises: ExerciseService, goals: GoalPlans, diary, catalogue: Catalogue, lang: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.exercises, self.goals, self.diary, self.catalogue, self.lang = exercises, goals, diary, catalogue, lang
        self.session: ExerciseSession | None = None  # None when no session is open
        self.exercise: Exercise | None = None  # the open session's exercise
        self.followup: FollowUpTask | None = None  # set in "followup" mode only
        self.mode = "run"
        self.steps: list = []  # the steps walked in this mode
        self.index = 0
        self.current: StepWidget | None = None
        self._save_timer = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._save_timer.timeout.connect(self.flush)
        self._build()
        self._build_shortcuts()

    # -- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.progress_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        self.progress.setAccessibleName(self.tr("Progress"))

        self.earlier_scroll = EarlierAnswers()  # this session's answers so far, beside the current step
        self.earlier = self.earlier_scroll.label

        self.prompt = QLabel()
        self.prompt.setWordWrap(True)
        prompt_font = self.prompt.font()
        prompt_font.setPointSizeF(prompt_font.pointSizeF() * 1.15)
        prompt_font.setBold(True)
        self.prompt.setFont(prompt_font)
        self.help = QLabel()
        self.help.setWordWrap(True)
        self.help.setStyleSheet("color: palette(placeholder-text);")
        self.step_holder = QVBoxLayout()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        step_box = QWidget()
        step_layout = QVBoxLayout(step_box)
        step_layout.addWidget(self.prompt)
        step_layout.addWidget(self.help)
        step_layout.addLayout(self.step_holder)
        step_layout.addWidget(self.hint)
        step_layout.addStretch(1)
        step_scroll = scroll_region(step_box, self.tr("Current step"))

        middle = QHBoxLayout()
        middle.addWidget(self.earlier_scroll)
        middle.addWidget(step_scroll, 1)

        self.pause_button = QPushButton(self.tr("Pause"))
        self.pause_button.setToolTip(self.tr("Save and come back later from the Today view (Esc)"))
        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.setToolTip(self.tr("Previous step (Alt+Left)"))
        self.next_button = QPushButton(self.tr("Next"))
        self.next_button.setToolTip(self.tr("Next step (Alt+Right or Ctrl+Enter)"))
        self.next_button.setDefault(True)
        self.pause_button.clicked.connect(self.pause)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pause_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)

        run_page = QWidget()
        run_layout = QVBoxLayout(run_page)
        run_layout.setContentsMargins(0, 0, 0, 0)
        run_layout.addLayout(middle, 1)
        run_layout.addLayout(buttons)

        self.summary = SummaryView()
        self.summary.usefulness_changed.connect(self._on_summary_usefulness_changed)
        self.summary.done.connect(self._on_summary_done)
        self.summary.goal_requested.connect(self._on_summary_goal_requested)
        self.pages = QStackedWidget()
        self.pages.addWidget(run_page)
        self.pages.addWidget(self.summary)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        head = QHBoxLayout()
        head.addWidget(self.progress_label)
        head.addWidget(self.progress, 1)
        layout.addLayout(head)
        layout.addWidget(self.pages, 1)

    def _build_shortcuts(self) -> None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (("Alt+Right", self.next), ("Ctrl+Return", self.next), ("Ctrl+Enter", self.next),
                           ("Alt+Left", self.back), ("Esc", self.pause)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(context)
            shortcut.activated.connect(slot)

    # -- opening a session -------------------------------------------------------------------

    def start(self, exercise_id: str, encounter_id: str | None = None) -> None:
        session = self._guard(lambda: self.exercises.start(exercise_id, encounter_id=encounter_id))
        if session is not None:
            self._open(session, "run", first_unanswered=False)

    def resume(self, session_id: str) -> None:
        session = self._guard(lambda: self.exercises.resume(session_id))
        if session is not None:
            self._open(session, "run", first_unanswered=True)

    def open_followup(self, followup) -> None:
        """Show the later step a follow-up stands for; Done stores its answer and closes the follow-up."""
        session = self._guard(lambda: self.exercises.get_session(followup.session_id))
        if session is not None:
            self.followup = followup
            self._open(session, "followup")

    def show_session(self, session_id: str) -> None:
        """A stored session, read-only: every answer with its prompt."""
        session = self._guard(lambda: self.exercises.get_session(session_id))
        if session is not None:
            self._open(session, "review")

    def _open(self, session: ExerciseSession, mode: str, first_unanswered: bool = False) -> None:
        self.session, self.mode = session, mode
        if mode != "followup":
            self.followup = None
        exercise = self.exercise = self.exercises.library.get(session.exercise_id)
        self.title.setText(tx(exercise, "name", self.lang))
        all_steps = list(exercise.steps)
        if mode == "followup":
            followup = self._followup()
            self.steps = [s for s in all_steps if s.id == followup.step_id] or all_steps[-1:]
        else:
            self.steps = [s for s in all_steps if not is_later(s)]
        self.index = 0
        if mode == "run" and first_unanswered:
            self.index = min(max(0, int(session.current_step or 0)), len(self.steps) - 1)
        if mode == "review":
            self._show_summary(review=True)
        else:
            self.pages.setCurrentIndex(0)
            self._show_step()

    def context(self) -> StepContext:
        session = self._session()
        statement = self.exercises.statement_of(session)
        goals: list[Goal] = []
        if any(s.kind == "goals_review" for s in self.steps):
            goals = self._guard(self.goals.open_goals) or []
        return StepContext(self.lang, self.catalogue, self.diary, dict(session.responses), statement, goals,
                           new_entry_dialog=self._new_entry_dialog)

    # the open session's parts: set by _open() before any step or summary shows

    def _new_entry_dialog(self, parent: QWidget) -> QuickEntryDialog:
        return QuickEntryDialog(self.diary, self.catalogue, self.lang, parent)

    def _session(self) -> ExerciseSession:
        assert self.session is not None, "no session is open"
        return self.session

    def _exercise(self) -> Exercise:
        assert self.exercise is not None, "no session is open"
        return self.exercise

    def _followup(self) -> FollowUpTask:
        assert self.followup is not None, "not in followup mode"
        return self.followup

    def _step_widget(self) -> StepWidget:
        assert self.current is not None, "no step is shown"
        return self.current

    # -- steps -------------------------------------------------------------------------------

    def _show_step(self) -> None:
        step = self.steps[self.index]
        all_steps = list(self._exercise().steps)
        number = all_steps.index(step) + 1
        self.progress_label.setText(
            self.tr("Step {n}/{total}").replace("{n}", str(number)).replace("{total}", str(len(all_steps))))
        self.progress.setRange(0, len(all_steps))
        self.progress.setValue(number)
        self.progress.setAccessibleDescription(self.progress_label.text())
        ctx = self.context()
        self.earlier.setText(answers_html(all_steps, ctx.responses, ctx, upto=number - 1)
                             or self.tr("Nothing yet: your answers appear here as you go."))
        self.prompt.setText(tx(step, "prompt", self.lang))
        help_text = tx(step, "help", self.lang)
        self.help.setText(help_text)
        self.help.setVisible(bool(help_text))
        if self.current is not None:
            self.current.hide()
            self.current.deleteLater()
        self.current = build_step_widget(step, ctx)
        stored = self._session().responses.get(step.id)
        if stored is not None:
            self.current.set_value(stored)
        self.current.changed.connect(self._on_current_changed)
        self.step_holder.addWidget(self.current)
        self.current.show()  # now, not deferred: focus must land on a visible widget
        self.back_button.setEnabled(self.index > 0)
        last = self.index == len(self.steps) - 1
        self.next_button.setText(self.tr("Done") if self.mode == "followup" else
                                 self.tr("Finish") if last else self.tr("Next"))
        self._update_hint()
        self.current.setFocus(Qt.FocusReason.OtherFocusReason)

    def _required(self) -> bool:
        step = self.steps[self.index]
        return not getattr(step, "optional", False) and step.kind not in NO_INPUT_KINDS

    def _update_hint(self) -> None:
        missing = self._required() and not self._step_widget().has_answer()
        self.hint.setText(self.tr("Answer this step to go on, or Pause to come back later.") if missing else "")
        self.next_button.setEnabled(not missing)

    def _on_current_changed(self) -> None:
        self._update_hint()
        self._save_timer.start()

    def flush(self) -> bool:
        """Store the current step's answer now (autosave); False when storing failed."""
        self._save_timer.stop()
        if self.session is None or self.current is None or self.mode != "run":
            return True
        step = self.steps[self.index]
        value = self.current.value()
        if (value is None and step.kind in NO_INPUT_KINDS) or self.session.responses.get(step.id) == value:
            return True
        saved = self._guard(lambda: self.exercises.answer(self.session, step.id, value))
        if saved is None:
            return False
        self.session = saved
        return True

    def next(self) -> None:
        if self.session is None or self.pages.currentIndex() != 0 or not self.next_button.isEnabled():
            return
        if self.mode == "followup":
            self._finish_followup()
            return
        if not self.flush():
            return
        if self.index < len(self.steps) - 1:
            self.index += 1
            self._set_current_step()
            self._show_step()
        else:
            self._complete()

    def back(self) -> None:
        if self.session is None or self.pages.currentIndex() != 0 or self.index == 0:
            return
        if self.flush():
            self.index -= 1
            self._set_current_step()
            self._show_step()

    def _set_current_step(self) -> None:
        """Remember where the user is, so Continue opens the same step."""
        session = self._session()
        moved = self._guard(lambda: self.exercises.go_to(session, self.index))
        if moved is not None:
            self.session = moved

    def pause(self) -> None:
        """Save and leave; the session waits under Continue on the Today view."""
        if self.session is None:
            return
        if self.pages.currentIndex() == 1 or self.mode != "run":
            self._on_summary_done()
            return
        if not self.flush():
            return
        if self._guard(lambda: self.exercises.pause(self.session)) is not None:
            self.status_message.emit(self.tr("Paused. Continue from the Today view whenever you like."))
            self._leave()

    def _complete(self) -> None:
        try:
            session = self._session()
            done = self._guard(lambda: self.exercises.complete(session))
        except IncompleteSession as exc:  # an answer cleared on an earlier step: go back to it
            self.index = next(i for i, s in enumerate(self.steps) if s.id == exc.step_ids[0])
            self._show_step()
            return
        if done is None:
            return
        self.session = done
        self.status_message.emit(self.tr("Exercise saved."))
        self._show_summary(review=False)

    def _finish_followup(self) -> None:
        value = self._step_widget().value()
        followup = self._followup()
        if self._guard(lambda: self.exercises.complete_followup(followup.id, value)) is None:
            return
        self.status_message.emit(self.tr("Follow-up done."))
        self._leave()

    # -- end ---------------------------------------------------------------------------------

    def _show_summary(self, review: bool) -> None:
        session, exercise = self._session(), self._exercise()
        all_steps = list(exercise.steps)
        self.progress_label.setText(self.tr("Done"))
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        ctx = self.context()
        later_text = ""
        waiting = [t.due_on for t in self._guard(lambda: self.exercises.followups_for(session.id)) or []
                   if t.status == "due"] if not review else []
        if waiting:
            due = min(waiting)
            later_text = self.tr("One more step follows later: it waits for you on the Today view from {day}.").replace(
                "{day}", QLocale().toString(due, QLocale.FormatType.LongFormat))
        self.summary.show_session(
            closing="" if review else tx(exercise, "closing", self.lang),
            plans=[] if review else [(s, session.responses.get(s.id)) for s in all_steps if s.kind == "if_then"],
            later=later_text,
            answers=answers_html(all_steps, ctx.responses, ctx),
            ctx=ctx,
            usefulness=None if review else getattr(session, "usefulness", None),
            review=review,
        )
        self.pages.setCurrentIndex(1)
        self.summary.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_summary_usefulness_changed(self, value) -> None:
        if self.session is not None:
            self._guard(lambda: self.exercises.set_usefulness(self.session, value))

    def _on_summary_goal_requested(self) -> None:
        """The exercise's if–then plan becomes a goal (an experiment) reviewed in a week."""
        goal = goal_from_plan(self._exercise(), self._session(), self.exercises.clock())
        if goal is None:
            return
        fields = {k: v for k, v in goal.__dict__.items() if k not in ("id", "wish", "created_at", "updated_at")}
        if self._guard(lambda: self.goals.create_goal(goal.wish, **fields)) is not None:
            self.summary.goal_saved()
            self.session_changed.emit()

    def _on_summary_done(self) -> None:
        self._leave()

    def _leave(self) -> None:
        self.session_changed.emit()
        self.session = None
        self.closed.emit()

    def _guard(self, call):
        """Run a storage call; on an environment error explain it and return None (the text stays on screen)."""
        try:
            result = call()
        except StorageError as exc:
            messages.storage_error(self, exc)
            return None
        return True if result is None else result
