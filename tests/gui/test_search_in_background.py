"""Searching a large diary off the GUI thread, as a user sees it: typing lists the right rows, the
old rows stay until the new ones come (with a quiet "Haetaan…" if that takes long), and the rows of
a search typed over before it finished never appear."""

from __future__ import annotations

import os
import threading
from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from tests.helpers.typing import type_text
from tests.helpers.windows import shown_and_active
from tyokirja.app import build_main_window
from tyokirja.domain.encounter import Encounter
from tyokirja.ui.models.encounter_list_model import SnippetRole

HELSINKI = timezone(timedelta(hours=2))
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # offscreen platform noise on show()


@pytest.fixture
def window(workbook, diary, catalogue, qtbot, fi_app):
    diary.save(_entry("Reklamaatio", 1, facts="Asiakkaan ääni nousi, mutta kuuntelin loppuun."))
    diary.save(_entry("Kahvitauko", 2, facts="Sää oli hyvä."))
    diary.save(_entry("Palaute esihenkilöltä", 3, facts="Keskustelimme viikon töistä."))
    diary.save(_entry("Asiakastapaaminen", 4, facts="Asiakas halusi palautetta tarjouksesta."))
    window = shown_and_active(qtbot, build_main_window(workbook, "fi"))
    window.show_area("diary")
    search = window.diary_page.list_search
    assert search is not None  # a plaintext diary has its own read connection for the list
    search.background_from = 0  # search this small diary as a large one is: on the worker thread
    return window


def _entry(title: str, day: int, **fields) -> Encounter:
    return Encounter(occurred_at=datetime(2024, 5, day, 10, 0, tzinfo=HELSINKI), title=title, **fields)


def _titles(page) -> list[str]:
    model = page.model
    return [model.data(model.index(r)) for r in range(model.rowCount())]


def _gate(monkeypatch, page, text: str) -> threading.Event:
    """Hold the worker's search for `text` until the returned event is set (a slow search); a read
    on the GUI thread (a refresh after a save or delete) is never held."""
    reader = page.list_search.reader
    real = reader.first_page
    gate = threading.Event()

    def first_page(flt, order, limit, snippet_rows):
        if flt.text == text and threading.current_thread() is not threading.main_thread():
            gate.wait(10)
        return real(flt, order, limit, snippet_rows)

    monkeypatch.setattr(reader, "first_page", first_page)
    return gate


def test_typing_a_query_lists_the_right_rows_with_snippets(window, qtbot):
    page = window.diary_page
    assert _titles(page) == ["Asiakastapaaminen", "Palaute esihenkilöltä", "Kahvitauko", "Reklamaatio"]
    type_text(page.filter_bar.search, "kuunnella")
    qtbot.waitUntil(lambda: _titles(page) == ["Reklamaatio"])
    snippet = page.model.data(page.model.index(0), SnippetRole)
    assert snippet.marked() == "Asiakkaan ääni nousi, mutta [kuuntelin] loppuun."
    assert "1 osuva merkintä" in window.count_label.text()
    type_text(page.filter_bar.search, "x")  # "kuunnellax": nothing
    qtbot.waitUntil(lambda: page.no_match.isVisible())
    assert _titles(page) == []


def test_the_old_rows_stay_until_the_new_ones_come_and_a_long_search_says_so(window, qtbot, monkeypatch):
    page = window.diary_page
    gate = _gate(monkeypatch, page, "asiakas")
    before = _titles(page)
    page.filter_bar.search.setText("asiakas")
    qtbot.keyClick(page.filter_bar.search, Qt.Key.Key_Return)
    qtbot.waitUntil(page.searching.isVisible)  # "Haetaan…" after a moment, quietly
    assert page.searching.text() == "Haetaan…"
    assert _titles(page) == before  # no flicker to an empty list meanwhile
    gate.set()
    qtbot.waitUntil(lambda: _titles(page) == ["Asiakastapaaminen", "Reklamaatio"])
    assert not page.searching.isVisible()


def test_a_search_typed_over_before_it_finished_never_shows(window, qtbot, monkeypatch):
    page = window.diary_page
    gate = _gate(monkeypatch, page, "asiakas")
    shown: list[list[str]] = []
    page.model.modelReset.connect(lambda: shown.append(_titles(page)))
    bar = page.filter_bar
    bar.search.setText("asiakas")
    qtbot.keyClick(bar.search, Qt.Key.Key_Return)
    bar.search.setText("palaute")  # typed on before the first search came back
    qtbot.keyClick(bar.search, Qt.Key.Key_Return)
    gate.set()  # the first search now finishes, after the second was asked for
    qtbot.waitUntil(lambda: _titles(page) == ["Asiakastapaaminen", "Palaute esihenkilöltä"])
    qtbot.wait(200)  # time for anything late to arrive
    assert _titles(page) == ["Asiakastapaaminen", "Palaute esihenkilöltä"]
    assert ["Asiakastapaaminen", "Reklamaatio"] not in shown
    assert shown == [["Asiakastapaaminen", "Palaute esihenkilöltä"]]
    assert bar.current_filter().text == "palaute" == page.model.current_filter().text


def test_best_match_first_from_the_worker_and_paging_on_list_what_the_diary_holds(window, diary, qtbot):
    page = window.diary_page
    start = datetime(2024, 6, 1, 8, 0, tzinfo=HELSINKI)
    more = [Encounter(occurred_at=start + timedelta(hours=i), title=f"Puhelu {i}",
                      facts="Asiakas antoi palautetta." if i % 3 else "Asiakas kysyi laskusta.") for i in range(450)]
    with diary.encounters.db.atomic():
        diary.encounters.insert_many(more)
    page.model.refresh()
    order = next(c for c in page.filter_bar.findChildren(QComboBox) if c.accessibleName() == "Hakutulosten järjestys")
    order.setCurrentIndex(order.findText("Osuvimmat ensin"))
    type_text(page.filter_bar.search, "palaute")
    flt = page.filter_bar.current_filter()
    expected = [s.title for s in diary.summaries(flt, limit=1000, order="relevance")]
    assert len(expected) == 302 and expected[0] == "Palaute esihenkilöltä"  # the title hit first
    qtbot.waitUntil(lambda: _titles(page) == expected[:200])  # the first page, from the worker
    assert page.model.total() == 302
    while page.model.canFetchMore():  # scrolling on: the next pages by key, on the same connection
        page.list_view.scrollToBottom()
        qtbot.wait(10)
    assert _titles(page) == expected


def test_deleting_while_a_search_runs_shows_that_search_without_the_entry(window, diary, db_path, qtbot, monkeypatch):
    page = window.diary_page
    target = next(s for s in diary.summaries() if s.title == "Reklamaatio")
    page.open_encounter(target.id)
    gate = _gate(monkeypatch, page, "asiakas")
    page.filter_bar.search.setText("asiakas")
    qtbot.keyClick(page.filter_bar.search, Qt.Key.Key_Return)
    assert page.model.pending()
    page.delete_current()  # while the search is on its way
    gate.set()
    qtbot.waitUntil(lambda: not page.model.pending())
    qtbot.wait(100)  # the stopped search's late answer, if any, must not show
    assert _titles(page) == ["Asiakastapaaminen"]
    assert page.model.current_filter().text == "asiakas" and not page.searching.isVisible()
    assert os.path.getsize(f"{db_path}-wal") == 0  # the deleted text left the WAL at once
