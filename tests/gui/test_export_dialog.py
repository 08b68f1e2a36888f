"""File → Export as…: the chosen format and scope are what the written file holds."""

from __future__ import annotations

import csv
import json
from datetime import date

import pytest
from PySide6.QtWidgets import QDateEdit, QLabel, QLineEdit, QPushButton, QRadioButton

from tests.helpers.controls import control
from tests.helpers.windows import shown_and_active
from tyokirja.app import build_main_window
from tyokirja.domain.encounter import EncounterFilter
from tyokirja.ui import messages

from ..unit.test_exchange import full_encounter

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def window(workbook, diary, qtbot, en_app):
    for n in range(4):  # 10.–13.1.2026
        diary.save(full_encounter(n, title=f"Kohtaaminen {n} – Čuđet"))
    diary.save(full_encounter(20, title="Palaveri tiimin kanssa", facts="Sovimme lomista."))
    return shown_and_active(qtbot, build_main_window(workbook, "en"))


def _export(dialog, qtbot, path) -> None:
    edit = control(dialog, QLineEdit, "Export file")
    qtbot.keyClicks(edit, str(path))
    with qtbot.waitSignal(dialog.finished, timeout=20000):
        control(dialog, QPushButton, "Export").click()


def _set_day(edit: QDateEdit, day: date) -> None:
    from PySide6.QtCore import QDate

    edit.setDate(QDate(day.year, day.month, day.day))


def test_csv_of_a_period(window, qtbot, tmp_path):
    dialog = window.exchange_actions.open_export()
    control(dialog, QRadioButton, "CSV").click()
    control(dialog, QRadioButton, "A period").click()
    _set_day(control(dialog, QDateEdit, "From"), date(2026, 1, 11))
    _set_day(control(dialog, QDateEdit, "To"), date(2026, 1, 12))
    path = tmp_path / "vienti.csv"
    _export(dialog, qtbot, path)
    rows = list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    titles = [row[rows[0].index("Title")] for row in rows[1:]]  # the window speaks English
    assert len(rows) == 3
    assert sorted(titles) == ["Kohtaaminen 1 – Čuđet", "Kohtaaminen 2 – Čuđet"]
    assert window.statusBar().currentMessage() == f"Exported 2 entries to {path}."


def test_markdown_of_the_current_search(window, qtbot, tmp_path):
    window.diary_page.model.set_filter(EncounterFilter(text="lomista"))
    dialog = window.exchange_actions.open_export()
    search = control(dialog, QRadioButton, "The current search")
    assert search.isEnabled() and "“lomista”" in search.text()
    control(dialog, QRadioButton, "Markdown").click()
    search.click()
    path = tmp_path / "haku.md"
    _export(dialog, qtbot, path)
    text = path.read_text(encoding="utf-8")
    assert "Palaveri tiimin kanssa" in text and "Čuđet" not in text


def test_json_of_everything_imports_back(window, workbook, qtbot, tmp_path):
    dialog = window.exchange_actions.open_export()
    assert not control(dialog, QRadioButton, "The current search").isEnabled()  # no search in the list
    path = tmp_path / "kaikki.json"
    _export(dialog, qtbot, path)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert len(document["encounters"]) == 5
    assert workbook.transfer.plan_import(workbook.transfer.read_file(path)).same == 5


def test_a_folder_that_does_not_exist_is_explained(window, qtbot, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(messages, "error", lambda parent, text: shown.append(text))
    dialog = window.exchange_actions.open_export()
    path = tmp_path / "ei-ole" / "vienti.json"
    qtbot.keyClicks(control(dialog, QLineEdit, "Export file"), str(path))
    control(dialog, QPushButton, "Export").click()
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    assert shown == [f"{path} could not be written because its folder does not exist."]
    assert control(dialog, QLabel, "Export status").text() == shown[0]
    assert dialog.isVisible() and not path.exists()
