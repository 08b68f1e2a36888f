"""Autosaved drafts: written while typing, offered after a crash, restored into the editor."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from tests.helpers.typing import type_text
from tests.helpers.windows import shown_and_active
from tyokirja.app import build_main_window, offer_recovered_drafts
from tyokirja.domain.encounter import Encounter
from tyokirja.services.workbook import open_workbook

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # offscreen platform noise on show()


def _window(workbook, qtbot, register=True):
    return shown_and_active(qtbot, build_main_window(workbook, "fi"), register=register)


@pytest.fixture
def window(workbook, qtbot, fi_app):
    return _window(workbook, qtbot)


def _title(window) -> QLineEdit:
    window.diary_page.editor.focus_title()
    return QApplication.focusWidget()


def _crash(window) -> None:
    """Drop a window the way a crash would: no closeEvent, nothing saved on the way out.

    The window is destroyed at once, and with it any pending autosave timer, so nothing of it runs later.
    """
    window.hide()
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()


def test_typing_writes_a_draft_within_seconds(window, diary, qtbot):
    window.diary_page.new_entry()
    type_text(_title(window), "Keskeneräinen ajatus")
    assert diary.pending_drafts() == []  # debounced: not on every key
    qtbot.waitUntil(lambda: len(diary.pending_drafts()) == 1, timeout=3000)
    draft, enc = diary.pending_drafts()[0]
    assert enc.title == "Keskeneräinen ajatus"
    assert diary.count() == 0  # a draft is not a saved entry


def test_leaving_the_editor_writes_the_draft_at_once(window, diary, qtbot):
    window.diary_page.new_entry()
    type_text(_title(window), "Fokus pois")
    window.diary_page.filter_bar.search.setFocus()
    QApplication.processEvents()
    assert [enc.title for _, enc in diary.pending_drafts()] == ["Fokus pois"]


def test_a_new_window_after_a_crash_offers_the_draft_and_restores_the_text(
    workbook, diary, catalogue, db_path, qtbot, fi_app
):
    first = _window(workbook, qtbot, register=False)
    first.diary_page.new_entry()
    type_text(_title(first), "Äkillinen kiista kollegan kanssa")
    qtbot.waitUntil(lambda: len(diary.pending_drafts()) == 1, timeout=3000)
    _crash(first)

    restarted = open_workbook(db_path, catalogue=catalogue)  # the restarted app opens the same file afresh
    try:
        service = restarted.diary
        second = _window(restarted, qtbot)
        dialog = offer_recovered_drafts(second)
        assert dialog is not None
        qtbot.waitExposed(dialog)
        assert dialog.list.count() == 1
        assert "Äkillinen kiista kollegan kanssa" in dialog.list.item(0).text()
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        assert not dialog.isVisible()
        page = second.diary_page
        assert page.editor.encounter().title == "Äkillinen kiista kollegan kanssa"
        assert page.is_dirty()  # restored text is unsaved until the user saves it
        assert service.count() == 0
        assert page.save()
        assert [s.title for s in service.summaries()] == ["Äkillinen kiista kollegan kanssa"]
        assert service.pending_drafts() == []
        second.close()
    finally:
        restarted.close()


def test_discarding_an_offered_draft_removes_it(window, diary, catalogue, qtbot):
    enc = diary.new_encounter().copy(title="Hylättävä luonnos")
    diary.save_draft(enc, is_new=True)
    dialog = offer_recovered_drafts(window)
    qtbot.mouseClick(dialog.discard_button, Qt.MouseButton.LeftButton)
    assert diary.pending_drafts() == []
    assert not dialog.isVisible()
    assert offer_recovered_drafts(window) is None


def test_changes_to_a_saved_entry_come_back_as_that_entry(window, diary, qtbot):
    stored = diary.save(Encounter(occurred_at=datetime(2024, 5, 2, 9, 0, tzinfo=timezone(timedelta(hours=3))),
                                  title="Tallennettu"))
    diary.save_draft(stored.copy(title="Tallennettu, muokattu"), is_new=False)
    page = window.diary_page
    page.model.refresh()  # saved behind the page's back: reload the list
    dialog = offer_recovered_drafts(window)
    dialog.restore_selected()
    assert page.editor.encounter().title == "Tallennettu, muokattu"
    assert page.model.summary(page.list_view.currentIndex().row()).id == stored.id
    assert page.save()
    assert diary.get(stored.id).title == "Tallennettu, muokattu"
    assert diary.count() == 1 and diary.pending_drafts() == []


def test_decide_later_keeps_the_drafts_for_the_next_start(window, diary, qtbot):
    diary.save_draft(diary.new_encounter().copy(title="Myöhemmin"), is_new=True)
    dialog = offer_recovered_drafts(window)
    qtbot.mouseClick(dialog.later_button, Qt.MouseButton.LeftButton)
    assert [enc.title for _, enc in diary.pending_drafts()] == ["Myöhemmin"]


def test_an_untouched_new_entry_leaves_no_draft(window, diary, qtbot):
    page = window.diary_page
    page.new_entry()
    page.filter_bar.search.setFocus()
    QApplication.processEvents()
    page.new_entry()
    assert diary.pending_drafts() == []
    assert window.close()
    assert diary.count() == 0
