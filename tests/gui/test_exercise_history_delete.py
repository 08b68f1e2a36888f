"""An exercise session can be deleted from the exercise's history, with its follow-ups, and put back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.practice_support import click, click_item
from tests.gui.test_exercise_runner import clock, do_exercise, open_page, practice  # noqa: F401 (fixtures)

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def test_delete_with_del_then_undo_with_ctrl_z(qtbot, practice, diary, catalogue, en_app):  # noqa: F811
    diary.quick_entry("Asiakkaan reklamaatio", "Toimitus myöhästyi.", None)
    page = open_page(qtbot, practice, diary, catalogue, "en")
    exercise = next(e for e in practice.library.all() if e.later_steps())  # one that leaves follow-ups behind
    stored, _given = do_exercise(qtbot, page, practice, exercise.id, "en")
    tasks = practice.exercises.followups_for(stored.id)
    assert tasks
    click(qtbot, page.runner.summary.done_button)
    history = page.sessions

    click_item(qtbot, history.list, 0)
    qtbot.keyClick(history.list, Qt.Key.Key_Delete)
    assert history.list.count() == 0 and history.banner.isVisible()
    assert "deleted" in history.banner.label.text()
    assert practice.exercises.completed_sessions(exercise.id) == []
    assert practice.exercises.followups_for(stored.id) == []  # its follow-ups went with it

    qtbot.keyClick(history.banner.button, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert history.list.count() == 1 and not history.banner.isVisible()
    back = practice.exercises.get_session(stored.id)
    assert back.responses == stored.responses and back.completed_at == stored.completed_at
    assert [t.id for t in practice.exercises.followups_for(stored.id)] == [t.id for t in tasks]
