"""More filters under the diary's search: by skill, element, difficulty and marks, with the search, kept."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QPushButton

from tests.helpers.controls import control
from tests.helpers.typing import type_text
from tests.helpers.windows import shown_and_active
from tyokirja.app import build_main_window
from tyokirja.domain.encounter import Encounter, FollowUp

HELSINKI = timezone(timedelta(hours=2))
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # offscreen platform noise on show()


@pytest.fixture
def window(workbook, diary, catalogue, qtbot, fi_app):
    window = shown_and_active(qtbot, build_main_window(workbook, "fi"))
    window.show_area("diary")
    return window


def _titles(page) -> list[str]:
    return sorted(page.model.data(page.model.index(r)) for r in range(page.model.rowCount()))


def _pick(combo: QComboBox, value) -> None:
    combo.setFocus()
    combo.setCurrentIndex(combo.findData(value))
    QApplication.processEvents()


def test_more_filters_combine_with_the_search_and_stay_while_browsing(window, diary, qtbot):
    day = datetime(2026, 3, 2, 9, tzinfo=HELSINKI)
    for enc in (
        Encounter(occurred_at=day, title="Asiakkaan palaute", facts="Asiakas kiitti.", skills=["listening"],
                  share_with_coach=True, difficulty=3),
        Encounter(occurred_at=day, title="Toinen asiakas", facts="Asiakas soitti.", skills=["listening"],
                  elements={"personal": "partly"}, follow_up=FollowUp(text="Soita", due=date(2026, 3, 9))),
        Encounter(occurred_at=day, title="Tiimipalaveri", skills=["eq.empathy"], share_with_coach=True,
                  elements={"personal": "yes"}),
        Encounter(occurred_at=day, title="Pikamerkintä", facts="Asiakas odotti.", needs_completion=True),
    ):
        diary.save(enc)
    page = window.diary_page
    page.model.refresh()
    bar = page.filter_bar
    more_button = control(bar, QPushButton, "Näytä lisää suodattimia")
    qtbot.mouseClick(more_button, Qt.MouseButton.LeftButton)

    shared = control(bar, QCheckBox, "Vain valmentajalle jaetut merkinnät")
    qtbot.mouseClick(shared, Qt.MouseButton.LeftButton)
    assert _titles(page) == ["Asiakkaan palaute", "Tiimipalaveri"]
    type_text(bar.search, "asiakkaat")
    qtbot.keyClick(bar.search, Qt.Key.Key_Return)
    assert _titles(page) == ["Asiakkaan palaute"]

    qtbot.mouseClick(shared, Qt.MouseButton.LeftButton)
    _pick(control(bar, QComboBox, "Suodata merkityn taidon mukaan"), "listening")
    assert _titles(page) == ["Asiakkaan palaute", "Toinen asiakas"]
    qtbot.mouseClick(control(bar, QCheckBox, "Vain merkinnät, joissa on jatkotoimi"), Qt.MouseButton.LeftButton)
    assert _titles(page) == ["Toinen asiakas"]

    # Browsing keeps the filters: open the entry, hide the extra filters, the list stays as it was.
    page.list_view.setCurrentIndex(page.model.index(0))
    QApplication.processEvents()
    assert page.editor.encounter().title == "Toinen asiakas"
    qtbot.mouseClick(more_button, Qt.MouseButton.LeftButton)
    assert _titles(page) == ["Toinen asiakas"]
    assert more_button.text() == "Lisää suodattimia (2)"

    qtbot.mouseClick(control(bar, QPushButton, "Tyhjennä haku ja suodattimet"), Qt.MouseButton.LeftButton)
    assert len(_titles(page)) == 4
    qtbot.mouseClick(more_button, Qt.MouseButton.LeftButton)
    element = control(bar, QComboBox, "Suodata elementin mukaan")
    level = control(bar, QComboBox, "Elementin merkintä")
    assert not level.isEnabled()
    _pick(element, "personal")
    assert _titles(page) == ["Tiimipalaveri", "Toinen asiakas"]
    _pick(level, "yes")
    assert _titles(page) == ["Tiimipalaveri"]
    _pick(element, None)
    qtbot.mouseClick(control(bar, QCheckBox, "Vain täydennettävät pikamerkinnät"), Qt.MouseButton.LeftButton)
    assert _titles(page) == ["Pikamerkintä"]
    qtbot.mouseClick(control(bar, QCheckBox, "Vain täydennettävät pikamerkinnät"), Qt.MouseButton.LeftButton)
    _pick(control(bar, QComboBox, "Suodata vaikeuden mukaan"), 3)
    assert _titles(page) == ["Asiakkaan palaute"]
