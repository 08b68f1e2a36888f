"""The diary page as a user drives it: typing, saving, switching entries, search, delete and undo."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPlainTextEdit

from tests.helpers.typing import commit_text, type_text
from tests.helpers.windows import shown_and_active
from tyokirja.app import build_main_window
from tyokirja.domain.encounter import Encounter
from tyokirja.domain.validation import Problem
from tyokirja.errortext import describe, describe_problem
from tyokirja.storage.errors import DiskFullError
from tyokirja.ui import messages

HELSINKI = timezone(timedelta(hours=2))
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # offscreen platform noise on show()


@pytest.fixture
def window(workbook, diary, catalogue, qtbot, en_app):
    window = shown_and_active(qtbot, build_main_window(workbook, "fi"))
    window.show_area("diary")  # the app opens on Today; these tests are about the diary
    return window


def _entry(title: str, day: int, **fields) -> Encounter:
    return Encounter(occurred_at=datetime(2024, 5, day, 10, 0, tzinfo=HELSINKI), title=title, **fields)


def _text_box(editor, accessible: str) -> QPlainTextEdit:
    return next(b for b in editor.findChildren(QPlainTextEdit) if b.accessibleName() == accessible)


def _title_field(window) -> QLineEdit:
    window.diary_page.editor.focus_title()
    widget = QApplication.focusWidget()
    assert isinstance(widget, QLineEdit)
    return widget


def _press(qtbot, widget, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(widget, key, modifier)
    QApplication.processEvents()


def _visible_texts(widget) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel) if label.isVisible())


def test_empty_diary_explains_what_to_do(window):
    page = window.diary_page
    assert page.stack.currentWidget() is page.empty_state
    text = _visible_texts(page.empty_state)
    assert "New entry" in text and "Quick entry" in text


def test_typing_a_new_entry_and_pressing_ctrl_s_stores_it(window, diary, qtbot):
    page = window.diary_page
    _press(qtbot, window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.stack.currentWidget() is page.splitter
    title = QApplication.focusWidget()
    assert title is _title_field(window)
    type_text(title, "Asiakkaan äkillinen reklamaatio")
    commit_text(_text_box(page.editor, "What happened (observations)"), "Asiakas soitti ja oli pettynyt toimitukseen.")
    _press(qtbot, QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert diary.count() == 1
    stored = diary.get(diary.summaries()[0].id)
    assert stored.title == "Asiakkaan äkillinen reklamaatio"
    assert stored.facts == "Asiakas soitti ja oli pettynyt toimitukseen."
    assert page.model.rowCount() == 1
    assert page.list_view.currentIndex().row() == 0  # the saved entry is selected in the list
    assert window.statusBar().currentMessage().startswith("Saved ")
    assert not diary.pending_drafts()


def test_missing_title_keeps_the_text_and_shows_the_problem(window, diary, qtbot):
    page = window.diary_page
    page.new_entry()
    facts = _text_box(page.editor, "What happened (observations)")
    commit_text(facts, "Palaveri venyi, ja keskustelu kärjistyi.")
    _press(qtbot, facts, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert diary.count() == 0
    assert facts.toPlainText() == "Palaveri venyi, ja keskustelu kärjistyi."
    assert describe_problem(Problem("title", "required")) in _visible_texts(page.editor)
    assert "Not saved yet" in window.statusBar().currentMessage()
    # the text is safe in a draft even though it could not be saved
    assert [enc.facts for _, enc in diary.pending_drafts()] == ["Palaveri venyi, ja keskustelu kärjistyi."]


def test_disk_full_shows_the_message_and_keeps_the_text(window, diary, qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(messages, "error", lambda parent, text: shown.append(text))

    def full(_enc):
        raise DiskFullError("SQLITE_FULL")

    page = window.diary_page
    page.new_entry()
    type_text(_title_field(window), "Hankala puhelu")
    monkeypatch.setattr(diary, "save", full)
    assert page.save() is False
    assert shown == [describe(DiskFullError())]
    assert page.editor.encounter().title == "Hankala puhelu"
    assert page.is_dirty()
    # closing asks before anything is lost; answering no keeps the window and the text
    asked = []
    monkeypatch.setattr(messages, "confirm", lambda parent, text, yes=None: asked.append(text) or False)
    assert not window.close()
    assert window.isVisible() and describe(DiskFullError()) in asked[0]
    monkeypatch.undo()


def test_up_and_down_in_the_list_open_entries(window, diary, qtbot):
    diary.save(_entry("Ensimmäinen", 1, facts="Aamun palaveri"))
    diary.save(_entry("Toinen", 2, facts="Iltapäivän puhelu"))
    page = window.diary_page
    page.model.refresh()  # saved behind the page's back: reload the list
    page.list_view.setFocus()  # Tab into the list: the newest entry opens and is selected
    assert page.editor.encounter().title == "Toinen"
    assert page.list_view.selectionModel().isSelected(page.model.index(0))
    _press(qtbot, page.list_view, Qt.Key.Key_Down)
    assert page.editor.encounter().title == "Ensimmäinen"
    assert _text_box(page.editor, "What happened (observations)").toPlainText() == "Aamun palaveri"
    _press(qtbot, page.list_view, Qt.Key.Key_Up)
    assert page.editor.encounter().title == "Toinen"


def test_moving_to_another_entry_saves_valid_changes(window, diary, qtbot):
    first = diary.save(_entry("Ensimmäinen", 1))
    diary.save(_entry("Toinen", 2))
    page = window.diary_page
    page.model.refresh()  # saved behind the page's back: reload the list
    page.list_view.setCurrentIndex(page.model.index(page.model.row_of(first.id)))
    title = _title_field(window)
    _press(qtbot, title, Qt.Key.Key_End)
    type_text(title, " – täydennetty")
    page.list_view.setFocus()
    _press(qtbot, page.list_view, Qt.Key.Key_Up)
    assert page.editor.encounter().title == "Toinen"
    assert diary.get(first.id).title == "Ensimmäinen – täydennetty"
    assert window.statusBar().currentMessage().startswith("Saved ")


def test_moving_away_from_an_invalid_entry_keeps_it_as_a_draft(window, diary, qtbot):
    first = diary.save(_entry("Ensimmäinen", 1))
    diary.save(_entry("Toinen", 2))
    page = window.diary_page
    page.model.refresh()  # saved behind the page's back: reload the list
    page.list_view.setCurrentIndex(page.model.index(page.model.row_of(first.id)))
    title = _title_field(window)
    _press(qtbot, title, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    _press(qtbot, title, Qt.Key.Key_Backspace)
    page.list_view.setFocus()
    _press(qtbot, page.list_view, Qt.Key.Key_Up)
    assert page.editor.encounter().title == "Toinen"
    assert diary.get(first.id).title == "Ensimmäinen"  # nothing invalid was stored
    assert "kept as an unsaved draft" in window.statusBar().currentMessage()
    assert [enc.title for _, enc in diary.pending_drafts()] == [""]
    # going back shows the unsaved version, not the stored one
    _press(qtbot, page.list_view, Qt.Key.Key_Down)
    assert page.editor.encounter().title == ""
    assert page.is_dirty()


def test_delete_then_undo_restores_the_entry_exactly(window, diary, qtbot):
    kept = diary.save(_entry("Pysyy", 1))
    gone = diary.save(_entry("Poistuva", 2, my_role="service", channel="phone", facts="Tärkeä kuvaus",
                             my_feelings=["frustrated"], elements={"authentic": "partly"}))
    before = diary.get(gone.id)
    page = window.diary_page
    page.model.refresh()  # saved behind the page's back: reload the list
    page.list_view.setFocus()
    page.list_view.setCurrentIndex(page.model.index(page.model.row_of(gone.id)))
    _press(qtbot, page.list_view, Qt.Key.Key_Delete)
    assert diary.count() == 1
    assert page.model.row_of(gone.id) == -1
    assert page.banner.isVisible()
    assert page.editor.encounter().id == kept.id  # the neighbour is opened instead
    _press(qtbot, page.list_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert diary.count() == 2
    assert diary.get(gone.id) == before
    assert not page.banner.isVisible()
    assert page.editor.encounter().id == gone.id


def test_undo_button_in_the_banner_restores_and_the_offer_lasts_until_the_next_delete(window, diary, qtbot):
    gone = diary.save(_entry("Poistuva", 2))
    other = diary.save(_entry("Toinen", 3))
    page = window.diary_page
    page.model.refresh()  # saved behind the page's back: reload the list
    page.list_view.setCurrentIndex(page.model.index(page.model.row_of(gone.id)))
    page.delete_action.trigger()
    assert diary.count() == 1
    assert page.banner.label.text() == "Entry deleted: Poistuva"
    qtbot.mouseClick(page.banner.button, Qt.MouseButton.LeftButton)
    assert diary.get(gone.id).title == "Poistuva"
    assert not page.undo_action.isEnabled()
    page.list_view.setCurrentIndex(page.model.index(page.model.row_of(gone.id)))
    page.delete_action.trigger()
    page.list_view.setCurrentIndex(page.model.index(page.model.row_of(other.id)))
    page.delete_action.trigger()  # a second delete: only it can be undone now
    assert diary.count() == 0
    qtbot.wait(100)
    assert page.banner.isVisible() and page.undo_action.isEnabled()  # no timer takes the offer away
    page.undo_delete()
    assert diary.get(other.id).title == "Toinen"
    assert diary.count() == 1
    assert not page.undo_action.isEnabled()


def test_delete_key_in_a_text_field_does_not_delete_the_entry(window, diary, qtbot):
    diary.save(_entry("Pysyy", 1))
    page = window.diary_page
    page.model.refresh()  # saved behind the page's back: reload the list
    page.list_view.setCurrentIndex(page.model.index(0))
    title = _title_field(window)
    title.setCursorPosition(0)
    _press(qtbot, title, Qt.Key.Key_Delete)
    assert diary.count() == 1
    assert title.text() == "ysyy"


def test_search_and_filters_combine_with_and(window, diary, qtbot):
    diary.save(_entry("Asiakkaan reklamaatio", 1, my_role="service", channel="phone", situation="complaint"))
    diary.save(_entry("Asiakastapaaminen", 2, my_role="sales", channel="face_to_face", situation="sales"))
    diary.save(_entry("Kehityskeskustelu", 3, my_role="manager", channel="face_to_face",
                      facts="Puhuttiin asiakkaista", situation="development_talk"))
    diary.save(_entry("Tukipyyntö", 4, my_role="service", channel="email", situation="support"))
    page, bar = window.diary_page, window.diary_page.filter_bar
    page.model.refresh()  # saved behind the page's back: reload the list

    def titles():
        return sorted(page.model.data(page.model.index(r)) for r in range(page.model.rowCount()))

    _press(qtbot, window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is bar.search
    type_text(bar.search, "asiak")
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    assert titles() == ["Asiakastapaaminen", "Asiakkaan reklamaatio", "Kehityskeskustelu"]
    assert "3 matching entries" in window.count_label.text()
    bar.channel.setCurrentIndex(bar.channel.findData("face_to_face"))
    assert titles() == ["Asiakastapaaminen", "Kehityskeskustelu"]
    bar.my_role.setCurrentIndex(bar.my_role.findData("manager"))
    assert titles() == ["Kehityskeskustelu"]
    bar.search.clear()
    bar.my_role.setCurrentIndex(bar.my_role.findData("service"))
    bar.channel.setCurrentIndex(bar.channel.findData("phone"))
    qtbot.waitUntil(lambda: titles() == ["Asiakkaan reklamaatio"])
    bar.channel.setCurrentIndex(0)
    assert titles() == ["Asiakkaan reklamaatio", "Tukipyyntö"]
    bar.date_from.set_value(date(2024, 5, 4))
    assert titles() == ["Tukipyyntö"]
    qtbot.mouseClick(bar.clear_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 4
    assert "4 entries" in window.count_label.text()


def test_no_match_says_so(window, diary, qtbot):
    diary.save(_entry("Asiakkaan reklamaatio", 1))
    page = window.diary_page
    page.model.refresh()  # saved behind the page's back: reload the list
    type_text(page.filter_bar.search, "xyzzy")
    qtbot.waitUntil(lambda: page.no_match.isVisible())
    assert page.model.rowCount() == 0
    assert page.stack.currentWidget() is page.splitter


def test_closing_the_window_saves_a_valid_entry(window, diary):
    window.diary_page.new_entry()
    type_text(_title_field(window), "Ennen sulkemista")
    assert window.close()
    assert [s.title for s in diary.summaries()] == ["Ennen sulkemista"]


def test_one_tab_from_the_search_box_reaches_the_list(window, diary, qtbot):
    diary.save(Encounter(occurred_at=datetime(2026, 3, 8, 9, 0, tzinfo=timezone(timedelta(hours=2))), title="Palaveri"))
    page = window.diary_page
    page.model.refresh()
    page.focus_search()
    assert QApplication.focusWidget() is page.filter_bar.search
    qtbot.keyClick(page.filter_bar.search, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.list_view
