"""The practice areas (Today, Exercises, Feedback, Goals) built together and wired to each other.

The main window registers each page as one sidebar area; this module connects them: Today's Start,
Continue and follow-ups open the runner on the Exercises page, a finished session refreshes Today, and
so on. `show_area(key)` is the main window's way to switch areas.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from tyokirja.domain.content import Catalogue
from tyokirja.ui.pages.exercises_page import ExercisesPage
from tyokirja.ui.pages.feedback_page import FeedbackPage
from tyokirja.ui.pages.goals_page import GoalsPage
from tyokirja.ui.pages.today_page import TodayPage


class PracticePages(QObject):
    status_message = Signal(str)

    def __init__(self, practice, diary, catalogue: Catalogue, lang: str, show_area: Callable[[str], None],
                 parent: QObject | None = None):
        super().__init__(parent)
        self.practice, self._show_area = practice, show_area
        self._return_to = "exercises"
        self.today = TodayPage(practice, lang)
        self.exercises = ExercisesPage(practice, diary, catalogue, lang)
        self.feedback = FeedbackPage(practice, catalogue, lang)
        self.goals = GoalsPage(practice, diary, catalogue, lang)

        self.today.start_requested.connect(lambda eid: self._run("today", self.exercises.start, eid))
        self.today.resume_requested.connect(lambda sid: self._run("today", self.exercises.resume, sid))
        self.today.followup_requested.connect(lambda task: self._run("today", self.exercises.open_followup, task))
        self.today.review_session_requested.connect(
            lambda sid: self._run("today", self.exercises.show_session, sid))
        self.today.goal_requested.connect(self._on_today_goal_requested)
        self.exercises.runner_closed.connect(self._on_exercises_runner_closed)
        self.exercises.practice_changed.connect(self.refresh)
        for page in (self.today, self.exercises, self.feedback, self.goals):
            page.status_message.connect(self.status_message)

    def _run(self, came_from: str, method, argument) -> None:
        self._return_to = came_from
        self._show_area("exercises")
        method(argument)

    def _on_today_goal_requested(self, goal_id: str) -> None:
        self._show_area("goals")
        self.goals.open_goal(goal_id)

    def _on_exercises_runner_closed(self) -> None:
        self.refresh()
        if self._return_to == "today":
            self._show_area("today")
        self._return_to = "exercises"

    def refresh(self) -> None:
        """Something was stored: pages that list practice records reload when next seen."""
        if self.today.isVisible():
            self.today.refresh()

    def prepare_close(self) -> bool:
        """Store what is typed on every practice page (the window is closing)."""
        return all([self.exercises.prepare_close(), self.feedback.prepare_close(), self.goals.prepare_close()])
