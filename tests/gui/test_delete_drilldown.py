"""Delete acts on the entry the editor shows, however it was opened; undo of a delete does not run out.

Issue 10, defect 2: Progress → element bar → Enter opened an entry in the editor while the diary list kept
highlighting another one, and "Delete entry" then deleted the highlighted entry, not the one on screen.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QPushButton, QScrollArea

from tests.gui.test_rating_session_dialog import Clock
from tests.helpers.typing import commit_text
from tests.helpers.windows import shown_and_active
from tyokirja.app import build_main_window
from tyokirja.domain.encounter import Encounter
from tyokirja.services.diary import DiaryService
from tyokirja.services.progress import ProgressService
from tyokirja.storage.connection import close_diary, open_diary
from tyokirja.storage.drafts import DraftRepository
from tyokirja.storage.encounters import EncounterRepository
from tyokirja.storage.errors import NotFoundError

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # offscreen platform noise on show()

HKI = timezone(timedelta(hours=2))


@pytest.fixture
def services(db_path, catalogue):
    db = open_diary(db_path)
    diary = DiaryService(EncounterRepository(db), DraftRepository(db), catalogue)
    progress = ProgressService.open(db, catalogue, clock=Clock(datetime(2026, 11, 23, 9, 0, tzinfo=HKI)))
    yield diary, progress
    close_diary(db)


@pytest.fixture
def entries(services):
    """Three entries: two count in the "personal: yes" bar, the third does not."""
    diary, _progress = services
    asiakas = diary.save(Encounter(
        occurred_at=datetime(2026, 11, 17, 10, 0, tzinfo=HKI), title="Asiakas soitti", my_role="service",
        channel="phone", facts="Kuuntelin loppuun", my_feelings=["frustrated"], elements={"personal": "yes"}))
    palaveri = diary.save(Encounter(
        occurred_at=datetime(2026, 11, 18, 15, 0, tzinfo=HKI), title="Tiimipalaveri",
        went_well="Kysyin ensin", elements={"personal": "yes"}))
    kehitys = diary.save(Encounter(
        occurred_at=datetime(2026, 11, 19, 9, 0, tzinfo=HKI), title="Kehityskeskustelu", notes="Muistiin"))
    return asiakas, palaveri, kehitys


@pytest.fixture
def window(workbook, services, entries, catalogue, qtbot, en_app):
    diary, progress = services
    win = shown_and_active(qtbot, build_main_window(workbook, "en"))
    yield win
    win.close()


def _sidebar_to(qtbot, window, title: str) -> None:
    sidebar = next(w for w in window.findChildren(type(window.sidebar)) if w.accessibleName() == "Areas")
    item = sidebar.findItems(title, Qt.MatchFlag.MatchExactly)[0]
    qtbot.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton, pos=sidebar.visualItemRect(item).center())
    QApplication.processEvents()


def _click_list_row(qtbot, page, encounter_id: str) -> None:
    view = page.list_view
    rect = view.visualRect(page.model.index(page.model.row_of(encounter_id, load=True)))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QApplication.processEvents()


def _selected_ids(page) -> list[str]:
    return [page.model.summary(i.row()).id for i in page.list_view.selectionModel().selectedIndexes()]


def _drill_down_and_open(qtbot, window, encounter_id: str) -> None:
    """Progress → click the "Yes" part of the "personal" element bar → Enter on `encounter_id`'s row."""
    _sidebar_to(qtbot, window, "Progress")
    page = window.progress_page
    chart = page.elements_card.chart
    next(a for a in page.findChildren(QScrollArea)).ensureWidgetVisible(chart)
    element = next(i for i, e in enumerate(page.data.elements) if e.element_id == "personal")
    region = next(r for r in chart.regions() if r.key == (element, 0))
    centre = region.rect.center()
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=QPoint(int(centre.x()), int(centre.y())))
    dialog = page.drilldown
    assert dialog is not None and dialog.isVisible()
    titles = dialog.titles()
    assert len(titles) == 2
    title = window.service.get(encounter_id).title
    dialog.list.setCurrentRow(next(i for i, t in enumerate(titles) if title in t))
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert window.stack.currentWidget() is window.diary_page


def _fast_forward_every_timer(qtbot, window) -> None:
    """Time passes: every timer the window's objects have running fires (as if minutes went by)."""
    for _round in range(5):
        running = [t for t in window.findChildren(QTimer) if t.isActive()]
        if not running:
            break
        for timer in running:
            timer.stop()
            timer.timeout.emit()
        qtbot.wait(20)


def test_delete_after_a_progress_drill_down_deletes_the_entry_the_editor_shows(window, services, entries, qtbot):
    diary, _progress = services
    asiakas, palaveri, kehitys = entries
    page = window.diary_page
    # the user looks at Kehityskeskustelu in the diary first: it is highlighted in the list
    _sidebar_to(qtbot, window, "Diary")
    _click_list_row(qtbot, page, kehitys.id)
    assert page.current_encounter_id() == kehitys.id
    assert _selected_ids(page) == [kehitys.id]

    _drill_down_and_open(qtbot, window, palaveri.id)
    assert page.editor.encounter().title == "Tiimipalaveri"
    assert page.current_encounter_id() == palaveri.id
    assert _selected_ids(page) == [palaveri.id]  # the list follows the editor

    page.delete_action.trigger()  # Edit → Delete entry / the toolbar's Delete entry
    QApplication.processEvents()

    assert diary.count() == 2
    with pytest.raises(NotFoundError):
        diary.get(palaveri.id)
    assert diary.get(asiakas.id) == asiakas
    assert diary.get(kehitys.id) == kehitys
    assert "Tiimipalaveri" in page.banner.label.text()  # the banner names what was deleted
    # whatever the editor shows now is what the list highlights
    shown = page.current_encounter_id()
    assert _selected_ids(page) == ([shown] if shown else [])


def test_delete_acts_on_the_editor_even_when_its_entry_is_filtered_out_of_the_list(window, services, entries, qtbot):
    diary, _progress = services
    asiakas, palaveri, kehitys = entries
    page = window.diary_page
    _sidebar_to(qtbot, window, "Diary")
    page.filter_bar.focus_search()
    commit_text(QApplication.focusWidget(), "Kehitys")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    _click_list_row(qtbot, page, kehitys.id)

    _drill_down_and_open(qtbot, window, asiakas.id)
    assert page.current_encounter_id() == asiakas.id
    assert _selected_ids(page) == []  # not in the filtered list: nothing stale stays highlighted

    page.delete_action.trigger()
    assert {diary.get(e.id).title for e in (palaveri, kehitys)} == {"Tiimipalaveri", "Kehityskeskustelu"}
    with pytest.raises(NotFoundError):
        diary.get(asiakas.id)


def test_undo_of_a_delete_is_still_there_long_after_ten_seconds(window, services, entries, qtbot):
    diary, _progress = services
    asiakas, palaveri, kehitys = entries
    before = diary.get(asiakas.id)
    page = window.diary_page
    _sidebar_to(qtbot, window, "Diary")
    _click_list_row(qtbot, page, asiakas.id)
    page.delete_action.trigger()
    assert diary.count() == 2

    _fast_forward_every_timer(qtbot, window)

    assert page.banner.isVisible()
    assert page.undo_action.isEnabled()
    page.list_view.setFocus()
    qtbot.keyClick(page.list_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Z
    QApplication.processEvents()
    assert diary.count() == 3
    assert diary.get(asiakas.id) == before  # every field back
    assert page.current_encounter_id() == asiakas.id
    assert _selected_ids(page) == [asiakas.id]
    assert not page.banner.isVisible()


def test_a_dismissed_banner_still_leaves_ctrl_z_until_the_next_delete(window, services, entries, qtbot):
    diary, _progress = services
    asiakas, palaveri, kehitys = entries
    page = window.diary_page
    _sidebar_to(qtbot, window, "Diary")
    _click_list_row(qtbot, page, asiakas.id)
    page.delete_action.trigger()
    dismiss = next(b for b in page.banner.findChildren(QPushButton) if b.accessibleName() == "Dismiss notice")
    qtbot.mouseClick(dismiss, Qt.MouseButton.LeftButton)
    assert not page.banner.isVisible()
    assert page.undo_action.isEnabled()

    _click_list_row(qtbot, page, kehitys.id)
    page.delete_action.trigger()  # the next delete: its undo replaces the first one
    assert "Kehityskeskustelu" in page.banner.label.text()
    page.undo_action.trigger()
    assert diary.get(kehitys.id) == kehitys
    assert not page.undo_action.isEnabled()
    with pytest.raises(NotFoundError):
        diary.get(asiakas.id)


def test_delete_on_a_new_unsaved_entry_deletes_no_stored_entry(window, services, entries, qtbot, monkeypatch):
    from tyokirja.ui import messages

    diary, _progress = services
    asiakas, palaveri, kehitys = entries
    page = window.diary_page
    questions = []
    answer = [False]
    monkeypatch.setattr(messages, "confirm", lambda _parent, text, *_a: questions.append(text) or answer[0])
    _sidebar_to(qtbot, window, "Diary")
    _click_list_row(qtbot, page, palaveri.id)
    page.new_action.trigger()
    commit_text(QApplication.focusWidget(), "Keskeneräinen")
    assert _selected_ids(page) == []  # the new entry is in no row

    page.delete_action.trigger()  # "No": the typed entry stays open
    assert len(questions) == 1 and "new entry" in questions[0]
    assert page.editor.encounter().title == "Keskeneräinen"

    answer[0] = True
    page.delete_action.trigger()
    assert [diary.get(x.id).title for x in entries] == ["Asiakas soitti", "Tiimipalaveri", "Kehityskeskustelu"]
    assert page.current_encounter_id() is None  # the unsaved entry is discarded
    assert _selected_ids(page) == []
    assert not page.delete_action.isEnabled()  # nothing shown, nothing to delete
    page.new_action.trigger()
    assert page.editor.encounter().title == ""  # its draft went too
