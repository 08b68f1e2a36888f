"""The Today view in the main window, with an injected clock: due follow-ups, Continue, quick reflection,
active weeks (never a streak) and the welcome back after a gap."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from tests.helpers.typing import commit_text
from tests.helpers.windows import shown_and_active
from tyokirja.app import build_main_window
from tyokirja.domain.encounter import Encounter
from tyokirja.services.workbook import open_workbook

from .practice_support import HKI, Clock, click, run_through

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def clock():
    return Clock(datetime(2026, 2, 3, 18, 0, tzinfo=HKI))  # a Tuesday evening


@pytest.fixture
def workbook(db_path, catalogue, clock):
    """The app's composition root with the test's clock (Today depends on the day)."""
    opened = open_workbook(db_path, create=True, catalogue=catalogue, clock=clock)
    yield opened
    opened.close()


@pytest.fixture
def practice(workbook):
    return workbook


@pytest.fixture
def window(workbook, qtbot, en_app):
    return shown_and_active(qtbot, build_main_window(workbook, "en"))


def button(page, accessible_name: str) -> QPushButton:
    found = [b for b in page.findChildren(QPushButton) if b.accessibleName() == accessible_name and b.isVisible()]
    assert found, accessible_name
    return found[0]


def names(page) -> list[str]:
    return [b.accessibleName() for b in page.findChildren(QPushButton) if b.isVisible()]


def do_exercise(qtbot, window, exercise_id):
    pages = window.practice_pages
    window.show_area("exercises")
    pages.exercises.start(exercise_id)
    session_id = pages.exercises.runner.session.id
    run_through(pages.exercises.runner, qtbot, "en")
    click(qtbot, pages.exercises.runner.summary.done_button)
    return session_id


def test_today_is_the_first_area(window):
    titles = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert titles == ["Today", "Diary", "Exercises", "Feedback", "Goals", "Coaching", "Progress"]
    assert window.stack.currentWidget() is window.practice_pages.today


def test_a_followup_scheduled_by_the_empathy_map_appears_when_due_and_is_done(qtbot, window, practice, diary,
                                                                              clock):
    diary.quick_entry("Tiimipalaveri", "Kollega vaikeni kesken palaverin.", None)
    session_id = do_exercise(qtbot, window, "empathy_map")
    today = window.practice_pages.today
    window.show_area("today")
    assert not [n for n in names(today) if n.startswith("Do the follow-up")]
    clock.advance(days=1)
    today.refresh()
    assert not [n for n in names(today) if n.startswith("Do the follow-up")]
    clock.advance(days=1)
    today.refresh()
    name = practice.library.get("empathy_map").name("en")
    click(qtbot, button(today, "Do the follow-up: " + name))
    runner = window.practice_pages.exercises.runner
    assert window.stack.currentWidget() is window.practice_pages.exercises and runner.mode == "followup"
    assert runner.prompt.text() == practice.library.get("empathy_map").step("answer").prompt("en")
    stored = practice.exercises.get_session(session_id)
    assert stored.responses["question"] in runner.earlier.text()  # earlier answers stay visible
    commit_text(runner.current.edit, "Hän sanoi olevansa väsynyt, ei vihainen – arvaus osui puoliksi.")
    click(qtbot, runner.next_button)
    assert practice.exercises.get_session(session_id).responses["answer"].startswith("Hän sanoi olevansa väsynyt")
    assert practice.exercises.due_followups() == []
    assert window.stack.currentWidget() is today
    assert not [n for n in names(today) if n.startswith("Do the follow-up")]


def test_a_due_followup_can_be_dismissed(qtbot, window, practice, clock):
    session_id = do_exercise(qtbot, window, "listening_mirror")
    clock.advance(days=1)
    today = window.practice_pages.today
    window.show_area("today")
    today.refresh()
    click(qtbot, button(today, "Dismiss the follow-up: " + practice.library.get("listening_mirror").name("en")))
    assert practice.exercises.due_followups() == []
    assert [t.status for t in practice.exercises.followups_for(session_id)] == ["dismissed"]


def test_a_paused_session_continues_from_today_where_it_was_left(qtbot, window, practice):
    today = window.practice_pages.today
    click(qtbot, button(today, "Start a quick reflection"))
    runner = window.practice_pages.exercises.runner
    assert runner.session.exercise_id == "daily_reflection"
    runner.next()  # the encounter step is required: nothing happens
    assert runner.index == 0 and not runner.next_button.isEnabled()
    practice_session = runner.session.id
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # Esc = Pause
    assert window.stack.currentWidget() is today
    assert practice.exercises.get_session(practice_session).status == "paused"
    click(qtbot, button(today, "Continue: Daily quick reflection"))
    assert runner.session.id == practice_session and runner.mode == "run"


def test_practice_shows_as_active_weeks_and_a_returning_user_is_welcomed_back(qtbot, window, practice, diary, clock):
    today = window.practice_pages.today
    assert "Welcome back" not in [label.text() for label in today.findChildren(QLabel) if label.isVisible()]
    long_ago = clock.now - timedelta(days=40)
    diary.save(Encounter(occurred_at=long_ago, title="Asiakastapaaminen"))
    today.refresh()
    assert today.weeks_label.text() == "Every week with even one exercise or diary entry counts as an active week."
    assert "Welcome back" in [label.text() for label in today.findChildren(QLabel) if label.isVisible()]
    click(qtbot, button(today, "Start: " + practice.library.get("presence_transition").name("en")))
    assert window.practice_pages.exercises.runner.session.exercise_id == "presence_transition"
    window.practice_pages.exercises.runner.pause()
    diary.save(Encounter(occurred_at=clock.now - timedelta(days=8), title="Kehityskeskustelu"))
    diary.save(Encounter(occurred_at=clock.now, title="Puhelu"))
    today.refresh()
    assert today.weeks_label.text() == "You practised in 2 of the last 4 weeks."
    assert "streak" not in today.weeks_label.text().lower()


def test_closing_the_window_mid_answer_keeps_the_typed_text(qtbot, window, practice):
    pages = window.practice_pages
    window.show_area("exercises")
    pages.exercises.start("ofnr")
    runner = pages.exercises.runner
    commit_text(runner.current.edit, "Hän ohitti minut palaverissa – taas.")
    window.close()  # before the autosave timer fires
    [session] = practice.exercises.in_progress()
    assert session.responses["as_it_feels"] == "Hän ohitti minut palaverissa – taas."


def test_a_paused_session_can_be_discarded_after_asking(qtbot, window, practice, monkeypatch):
    from tyokirja.ui import messages

    session = practice.exercises.pause(practice.exercises.start("ofnr"))
    today = window.practice_pages.today
    today.refresh()
    asked = []
    monkeypatch.setattr(messages, "confirm", lambda parent, text, yes_text=None: asked.append(text) or True)
    click(qtbot, button(today, "Discard: " + practice.library.get("ofnr").name("en")))
    assert asked and practice.exercises.in_progress() == []
    assert practice.exercises.get_session(session.id).status == "abandoned"
    assert not [n for n in names(today) if n.startswith("Continue:")]
