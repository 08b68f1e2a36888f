"""Search results in the diary list as a user sees them: snippets with the matched words, and the order."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
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
    window = shown_and_active(qtbot, build_main_window(workbook, "fi"))
    window.show_area("diary")
    return window


def _entry(title: str, day: int, **fields) -> Encounter:
    return Encounter(occurred_at=datetime(2024, 5, day, 10, 0, tzinfo=HELSINKI), title=title, **fields)


def _rows(page) -> list[tuple[str, str]]:
    """(title, snippet with [matched] words) of every row, top to bottom."""
    model = page.model
    rows = []
    for r in range(model.rowCount()):
        snippet = model.data(model.index(r), SnippetRole)
        rows.append((model.data(model.index(r)), snippet.marked() if snippet else ""))
    return rows


def test_typing_a_base_form_lists_inflected_hits_with_the_words_marked(window, diary, qtbot):
    diary.save(_entry("Reklamaatio", 1, facts="Asiakkaan ääni nousi, mutta kuuntelin loppuun."))
    diary.save(_entry("Kahvitauko", 2, facts="Sää oli hyvä."))
    page = window.diary_page
    page.model.refresh()
    type_text(page.filter_bar.search, "kuunnella")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert _rows(page) == [("Reklamaatio", "Asiakkaan ääni nousi, mutta [kuuntelin] loppuun.")]
    accessible = page.model.data(page.model.index(0), 0x0B)  # AccessibleTextRole carries the snippet too
    assert "kuuntelin loppuun" in accessible


def test_best_match_first_puts_the_title_hit_above_newer_body_hits(window, diary, qtbot):
    diary.save(_entry("Palaute esihenkilöltä", 1, facts="Keskustelimme viikon töistä."))
    diary.save(_entry("Viikkopalaveri", 3, facts="Lopuksi pyysin palautetta."))
    for day in (4, 5, 6):  # entries without the word: bm25 weighs a word by how rare it is
        diary.save(_entry("Puhelu", day, facts="Asiakas kysyi laskusta."))
    page = window.diary_page
    page.model.refresh()
    type_text(page.filter_bar.search, "palaute")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert [title for title, _ in _rows(page)] == ["Viikkopalaveri", "Palaute esihenkilöltä"]  # newest first
    order = next(c for c in page.filter_bar.findChildren(QComboBox)
                 if c.accessibleName() == "Hakutulosten järjestys")
    order.setCurrentIndex(order.findText("Osuvimmat ensin"))
    assert [title for title, _ in _rows(page)] == ["Palaute esihenkilöltä", "Viikkopalaveri"]
    assert _rows(page)[1][1] == "Lopuksi pyysin [palautetta]."


def test_no_snippets_without_search_text(window, diary, qtbot):
    diary.save(_entry("Reklamaatio", 1, facts="Asiakkaan ääni nousi."))
    page = window.diary_page
    page.model.refresh()
    assert _rows(page) == [("Reklamaatio", "")]
