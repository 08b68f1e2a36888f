"""Quick entry: three fields, focus in the title, Enter saves, Esc cancels; stored for completing later."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.helpers.controls import controls
from tests.helpers.typing import type_text
from tests.helpers.windows import shown_and_active
from tyokirja.app import build_main_window
from tyokirja.domain.validation import Problem
from tyokirja.errortext import describe_problem
from tyokirja.ui import messages
from tyokirja.ui.dialogs.quick_entry import QuickEntryDialog
from tyokirja.ui.models.encounter_list_model import NeedsCompletionRole

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # offscreen platform noise on show()


@pytest.fixture
def window(workbook, diary, catalogue, qtbot, fi_app):
    return shown_and_active(qtbot, build_main_window(workbook, "fi"))


def _open_dialog(window, qtbot) -> QuickEntryDialog:
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    (dialog,) = [d for d in controls(window, QuickEntryDialog) if d.isVisible()]  # the one the shortcut opened
    qtbot.waitExposed(dialog)
    return dialog


def test_quick_entry_in_finnish_is_stored_to_complete_later(window, diary, qtbot):
    dialog = _open_dialog(window, qtbot)
    assert dialog.focusWidget() is dialog.title_edit  # typing can start at once
    type_text(dialog.title_edit, "Esihenkilön äkillinen palaveri")
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Tab)
    type_text(dialog.facts_edit, "Aikataulu muuttui yllättäen; jäin miettimään sävyäni.")
    qtbot.keyClick(dialog.facts_edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.feeling
    qtbot.keyClicks(dialog.feeling, "turh")  # type-ahead in the feeling list
    assert dialog.feeling.currentData() == "frustrated"
    qtbot.keyClick(dialog.feeling, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert diary.count() == 1
    stored = diary.get(diary.summaries()[0].id)
    assert stored.title == "Esihenkilön äkillinen palaveri"
    assert stored.facts == "Aikataulu muuttui yllättäen; jäin miettimään sävyäni."
    assert stored.my_feelings == ["frustrated"]
    assert stored.needs_completion is True
    page = window.diary_page
    assert page.model.rowCount() == 1
    assert page.model.data(page.model.index(0), NeedsCompletionRole) is True
    assert page.stack.currentWidget() is page.splitter  # the empty state has gone


def test_enter_in_the_title_saves_without_a_feeling(window, diary, qtbot):
    dialog = _open_dialog(window, qtbot)
    type_text(dialog.title_edit, "Lyhyt puhelu")
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    stored = diary.get(diary.summaries()[0].id)
    assert (stored.title, stored.my_feelings, stored.needs_completion) == ("Lyhyt puhelu", [], True)


def test_enter_in_what_happened_saves_and_shift_enter_starts_a_new_line(window, diary, qtbot):
    dialog = _open_dialog(window, qtbot)
    type_text(dialog.title_edit, "Kaksi riviä")
    type_text(dialog.facts_edit, "Ensimmäinen rivi")
    qtbot.keyClick(dialog.facts_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    type_text(dialog.facts_edit, "toinen rivi")
    assert diary.count() == 0
    qtbot.keyClick(dialog.facts_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert diary.get(diary.summaries()[0].id).facts == "Ensimmäinen rivi\ntoinen rivi"


def test_without_a_title_nothing_is_stored_and_the_problem_is_shown(window, diary, qtbot):
    dialog = _open_dialog(window, qtbot)
    type_text(dialog.facts_edit, "Unohdin otsikon")
    qtbot.keyClick(dialog.facts_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert diary.count() == 0
    assert dialog.problem_label.isVisible()
    assert describe_problem(Problem("title", "required")) in dialog.problem_label.text()
    assert dialog.facts_edit.toPlainText() == "Unohdin otsikon"
    assert QApplication.focusWidget() is dialog.title_edit


def test_esc_cancels_an_empty_dialog_at_once(window, diary, qtbot):
    dialog = _open_dialog(window, qtbot)
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert diary.count() == 0


def test_esc_with_typed_text_asks_before_throwing_it_away(window, diary, qtbot, monkeypatch):
    answers = [False, True]
    monkeypatch.setattr(messages, "confirm", lambda parent, text, yes=None: answers.pop(0))
    dialog = _open_dialog(window, qtbot)
    type_text(dialog.title_edit, "Melkein kirjoitettu")
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.title_edit.text() == "Melkein kirjoitettu"
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert diary.count() == 0
