"""Every exercise done from start to end through the runner's real widgets, Finnish and English alternating.

Each test starts the exercise from the library, answers every step as a user would (typing, clicking,
Ctrl+Enter / Alt+Right for next), finishes, and checks what was stored and that it shows again.
"""

from __future__ import annotations

import html
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.helpers.typing import type_text
from tyokirja.ui.pages.exercises_page import ExercisesPage

from .practice_support import HKI, Clock, click, click_item, close, open_practice, run_through

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

EXERCISES = ["daily_reflection", "deep_reflection", "weekly_review", "empathy_map", "ofnr", "listening_mirror",
             "listening_level", "feedforward", "prepare_feedback", "prepare_difficult", "presence_transition",
             "load_check"]
CASES = [(eid, lang) for eid in EXERCISES for lang in ("fi", "en")]  # every exercise in both languages


@pytest.fixture
def clock():
    return Clock(datetime(2026, 2, 3, 18, 0, tzinfo=HKI))


@pytest.fixture
def practice(db_path, catalogue, clock, diary):
    service, db = open_practice(db_path, catalogue, clock)
    yield service
    close(db)


def open_page(qtbot, practice, diary, catalogue, lang):
    page = ExercisesPage(practice.exercises, practice.goals, diary, catalogue, lang)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    return page


def start_from_library(qtbot, page, exercise_id):
    row = next(i for i in range(page.list.count()) if page.list.item(i).data(Qt.ItemDataRole.UserRole) == exercise_id)
    click_item(qtbot, page.list, row)
    click(qtbot, page.start_button)
    assert page.stack.currentWidget() is page.runner and page.runner.session is not None


def do_exercise(qtbot, page, practice, exercise_id, lang):
    start_from_library(qtbot, page, exercise_id)
    runner = page.runner
    assert runner.title.text() == practice.library.get(exercise_id).name(lang)
    session_id = runner.session.id
    given = run_through(runner, qtbot, lang)
    assert runner.pages.currentIndex() == 1, "the finish view shows after the last step"
    stored = practice.exercises.get_session(session_id)
    assert stored.status == "completed"
    for step_id, value in given.items():
        assert stored.responses[step_id] == value, step_id
    missing = practice.exercises.missing_steps(stored)
    assert missing == []
    return stored, given


@pytest.mark.parametrize(("exercise_id", "lang"), CASES)
def test_every_exercise_runs_from_start_to_end(exercise_id, lang, request, qtbot, practice, diary, catalogue,
                                               tmp_path, clock):
    request.getfixturevalue("fi_app" if lang == "fi" else "en_app")
    diary.quick_entry("Asiakkaan reklamaatio puhelimessa", "Toimitus myöhästyi kolmannen kerran.", None)
    practice.goals.create_goal("Annan asiakkaan puhua loppuun")
    page = open_page(qtbot, practice, diary, catalogue, lang)
    exercise = practice.library.get(exercise_id)
    stored, given = do_exercise(qtbot, page, practice, exercise_id, lang)
    for step in exercise.now_steps():
        if step.kind == "statement":
            assert stored.responses[step.id] == stored.statement_id
    # the finish view: closing line, and the if–then plan when the exercise ends in one
    summary = page.runner.summary
    assert summary.closing.text() == exercise.closing(lang)
    if exercise.plan_step() is not None:
        assert summary.plan.isVisibleTo(summary)
    # later steps wait as follow-ups
    later = exercise.later_steps()
    assert [t.step_id for t in practice.exercises.followups_for(stored.id)] == [s.id for s in later]
    assert summary.later.isVisibleTo(summary) == bool(later)
    # Done returns to the library; the session is listed there and reopens read-only with its answers
    click(qtbot, summary.done_button)
    assert page.stack.currentIndex() == 0
    assert page.history.count() == 1
    click_item(qtbot, page.history, 0)
    qtbot.keyClick(page.history, Qt.Key.Key_Return)
    assert page.runner.mode == "review"
    shown = html.unescape(summary.answers.text())
    texts = [given[s.id] for s in exercise.now_steps() if s.kind == "text" and s.id in given]
    assert texts and all(text in shown for text in texts)
    # the session travels in the JSON export and comes back whole in another diary
    export = tmp_path / "vienti.json"
    practice.transfer.export_json(export)
    other, db = open_practice(tmp_path / "other" / "toinen.sqlite", catalogue, clock)
    try:
        other.transfer.import_json(export)
        assert other.exercises.get_session(stored.id) == practice.exercises.get_session(stored.id)
        assert other.exercises.get_session(stored.id).responses == stored.responses
    finally:
        close(db)


def test_the_weekly_review_applies_goal_decisions(qtbot, practice, diary, catalogue, en_app):
    diary.quick_entry("Kehityskeskustelu", "", None)
    goal = practice.goals.create_goal("Annan asiakkaan puhua loppuun")
    page = open_page(qtbot, practice, diary, catalogue, "en")
    do_exercise(qtbot, page, practice, "weekly_review", "en")
    assert practice.goals.get_goal(goal.id).status == "continue"


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_daily_reflection_fully_in_each_language(lang, request, qtbot, practice, diary, catalogue):
    """Every visible text of the runner comes from the content in the chosen language."""
    request.getfixturevalue("fi_app" if lang == "fi" else "en_app")
    diary.quick_entry("Palaveri", "", None)
    page = open_page(qtbot, practice, diary, catalogue, lang)
    start_from_library(qtbot, page, "daily_reflection")
    runner = page.runner
    exercise = practice.library.get("daily_reflection")
    prompts = []
    while runner.pages.currentIndex() == 0:
        prompts.append(runner.prompt.text())
        from .practice_support import answer_current, press_next
        answer_current(runner, qtbot, lang, len(prompts))
        press_next(qtbot, runner, use_alt=False)
    assert prompts == [s.prompt(lang) for s in exercise.now_steps()]
    assert runner.summary.closing.text() == exercise.closing(lang)


def test_the_plan_at_the_end_can_become_an_experiment(qtbot, practice, diary, catalogue, en_app):
    diary.quick_entry("Reklamaatio", "", None)
    page = open_page(qtbot, practice, diary, catalogue, "en")
    stored, given = do_exercise(qtbot, page, practice, "deep_reflection", "en")
    summary = page.runner.summary
    assert summary.goal_button.isVisibleTo(summary)
    click(qtbot, summary.goal_button)
    [goal] = practice.goals.goals()
    assert goal.session_id == stored.id
    assert [p.to_dict() for p in goal.plans] == [given["plan"]]
    assert not summary.goal_button.isEnabled()


def test_the_encounter_step_can_create_a_quick_entry(qtbot, practice, diary, catalogue, en_app):
    page = open_page(qtbot, practice, diary, catalogue, "en")
    start_from_library(qtbot, page, "daily_reflection")
    step = page.runner.current
    assert not page.runner.next_button.isEnabled()  # an empty diary: nothing chosen yet
    dialog = step.choice.open_quick_entry()
    qtbot.waitExposed(dialog)
    type_text(dialog.title_edit, "Puhelu asiakkaalta")
    click(qtbot, dialog.save_button)
    [entry] = diary.summaries()
    assert entry.title == "Puhelu asiakkaalta" and step.value() == entry.id
    assert page.runner.next_button.isEnabled()
    page.runner.next()
    assert practice.exercises.get_session(page.runner.session.id).responses["encounter"] == entry.id


def test_every_control_of_the_runner_and_pages_has_an_accessible_name(qtbot, practice, diary, catalogue, en_app):
    from PySide6.QtWidgets import QAbstractButton, QWidget

    diary.quick_entry("Palaveri", "", None)
    practice.goals.create_goal("Kokeilu")
    page = open_page(qtbot, practice, diary, catalogue, "en")
    kinds = ("QLineEdit", "QPlainTextEdit", "QComboBox", "QListWidget", "QDateEdit", "QToolButton", "QCheckBox",
             "QRadioButton", "QPushButton")
    unnamed = set()
    for exercise_id in ("daily_reflection", "weekly_review", "ofnr", "listening_mirror", "load_check"):
        page.start(exercise_id)
        runner = page.runner
        while runner.pages.currentIndex() == 0:
            for w in page.findChildren(QWidget):
                if w.isVisible() and type(w).__name__ in kinds and not w.accessibleName() and not (
                        isinstance(w, QAbstractButton) and w.text()):
                    unnamed.add((exercise_id, runner.index, type(w).__name__))
            from .practice_support import answer_current
            answer_current(runner, qtbot, "en", runner.index)
            runner.next()
        click(qtbot, runner.summary.done_button)
    assert unnamed == set()
