"""The practice areas (Today, Exercises, Feedback, Goals) built together and wired to each other.

The main window registers each page as one sidebar area; this module connects them: Today's Start,
Continue and follow-ups open the runner on the Exercises page, a finished session refreshes Today, and
so on. `show_area(key)` is the main window's way to switch areas.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from tyokirja.services.workbook import Workbook
from tyokirja.ui.pages.exercises_page import ExercisesPage
from tyokirja.ui.pages.feedback_page import FeedbackPage
from tyokirja.ui.pages.goals_page import GoalsPage
from tyokirja.ui.pages.today_page import TodayPage

PracticePage = ExercisesPage | FeedbackPage | GoalsPage  # the areas built on first use


class PracticePages(QObject):
    status_message = Signal(str)

    def __init__(self, workbook: Workbook, lang: str, show_area: Callable[[str], None],
                 parent: QObject | None = None):
        super().__init__(parent)
        self._show_area = show_area
        self._return_to = "exercises"
        w, diary, catalogue = workbook, workbook.diary, workbook.catalogue
        self.today = TodayPage(w.today, w.exercises, lang)
        # the other pages (and their services) are built on first use (start-up time); see _page()
        self._pages: dict[str, PracticePage] = {}
        self._builders: dict[str, Callable[[], PracticePage]] = {
            "exercises": lambda: ExercisesPage(w.exercises, w.goals, diary, catalogue, lang),
            "feedback": lambda: FeedbackPage(w.feedback, catalogue, lang),
            "goals": lambda: GoalsPage(w.goals, diary, catalogue, lang),
        }
        self.today.status_message.connect(self.status_message)

        self.today.start_requested.connect(lambda eid: self._run("today", self.exercises.start, eid))
        self.today.resume_requested.connect(lambda sid: self._run("today", self.exercises.resume, sid))
        self.today.followup_requested.connect(lambda task: self._run("today", self.exercises.open_followup, task))
        self.today.review_session_requested.connect(
            lambda sid: self._run("today", self.exercises.show_session, sid))
        self.today.goal_requested.connect(self._on_today_goal_requested)

    @property
    def exercises(self) -> ExercisesPage:
        page = self._page("exercises")
        assert isinstance(page, ExercisesPage)
        return page

    @property
    def feedback(self) -> FeedbackPage:
        page = self._page("feedback")
        assert isinstance(page, FeedbackPage)
        return page

    @property
    def goals(self) -> GoalsPage:
        page = self._page("goals")
        assert isinstance(page, GoalsPage)
        return page

    def _page(self, key: str) -> PracticePage:
        page = self._pages.get(key)
        if page is None:
            page = self._pages[key] = self._builders[key]()
            page.status_message.connect(self.status_message)
            if isinstance(page, ExercisesPage):  # the "exercises" area
                page.runner_closed.connect(self._on_exercises_runner_closed)
                page.practice_changed.connect(self.refresh)
        return page

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
        return all([page.prepare_close() for page in self._pages.values()])  # pages never built hold nothing
