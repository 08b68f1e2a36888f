"""File → Import…: the counts and the conflicting records are shown before anything is written, and
the user's choice about conflicts is what the diary gets."""

from __future__ import annotations

import json
import threading

import pytest
from PySide6.QtWidgets import QLabel, QListWidget, QProgressBar, QPushButton, QRadioButton

from tests.helpers.controls import control
from tests.helpers.windows import shown_and_active
from tyokirja.app import build_main_window
from tyokirja.exchange import json_format
from tyokirja.ui import messages

from ..unit.test_exchange import full_encounter

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def window(workbook, diary, qtbot, en_app):
    return shown_and_active(qtbot, build_main_window(workbook, "en"))


def _file(tmp_path, workbook, *encounters) -> object:
    doc = workbook.transfer.export_document()
    doc["encounters"] = [json_format.record_dict(e) for e in encounters]
    path = tmp_path / "tuonti.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def _opened(window, qtbot, path):
    """File → Import… on `path`, once the dialog has read and checked it (off the GUI thread)."""
    dialog = window.open_import(path)
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10000)
    return dialog


def test_the_counts_come_first_and_keep_both_adds_the_copy(window, diary, workbook, tmp_path, qtbot):
    diary.save(full_encounter(1))
    before = diary.encounters.count()
    path = _file(tmp_path, workbook, full_encounter(1, title="Muokattu muualla"), full_encounter(2))
    dialog = _opened(window, qtbot, path)
    assert control(dialog, QLabel, "What the import would do").text() == (
        "The file holds 1 new record, 0 already in the diary and 1 conflicting.")
    conflicts = control(dialog, QListWidget, "Conflicting records")
    assert [conflicts.item(i).text() for i in range(conflicts.count())] == ["Entry 1 (id enc0001)"]
    assert diary.encounters.count() == before  # nothing written while the dialog is open
    control(dialog, QRadioButton, "Keep both").click()
    with qtbot.waitSignal(dialog.finished):
        control(dialog, QPushButton, "Import").click()
    titles = sorted(e.title for e in diary.encounters.all())
    assert titles == sorted([full_encounter(1).title, "Muokattu muualla", full_encounter(2).title])
    assert diary.get("enc0001").title == full_encounter(1).title
    assert "Imported 2 entries" in window.statusBar().currentMessage()
    assert not dialog.isVisible()
    assert window.diary_page.model.rowCount() == 3


def test_skip_leaves_the_diarys_version(window, diary, workbook, tmp_path, qtbot):
    diary.save(full_encounter(1))
    dialog = _opened(window, qtbot, _file(tmp_path, workbook, full_encounter(1, title="Muokattu muualla")))
    assert control(dialog, QRadioButton, "Skip conflicting").isChecked()
    with qtbot.waitSignal(dialog.finished):
        control(dialog, QPushButton, "Import").click()
    assert [e.title for e in diary.encounters.all()] == [full_encounter(1).title]


def test_a_file_with_nothing_new_offers_nothing_to_import(window, diary, workbook, tmp_path, qtbot):
    diary.save(full_encounter(1))
    dialog = _opened(window, qtbot, _file(tmp_path, workbook, full_encounter(1)))
    assert control(dialog, QLabel, "What the import would do").text() == (
        "The file holds 0 new records, 1 already in the diary and 0 conflicting.")
    assert not control(dialog, QPushButton, "Import").isEnabled()
    assert not control(dialog, QRadioButton, "Keep both").isVisible()


def test_a_refused_file_is_explained_and_the_dialog_closes(window, diary, tmp_path, monkeypatch, qtbot):
    shown = []
    monkeypatch.setattr(messages, "error", lambda parent, text: shown.append(text))
    bad = tmp_path / "rikki.json"
    bad.write_text('{"format": "tyokirja-export", "format_version": 3, "encounters": [', encoding="utf-8")
    before = diary.encounters.count()
    dialog = window.open_import(bad)
    with qtbot.waitSignal(dialog.finished, timeout=10000):
        pass
    assert shown and "not a valid JSON document" in shown[0] and f"Nothing was imported from {bad}." in shown[0]
    assert diary.encounters.count() == before


def test_the_window_stays_usable_while_a_big_file_is_read_and_cancel_stops_it(
        window, diary, workbook, tmp_path, monkeypatch, qtbot):
    release = threading.Event()
    real_read = workbook.transfer.read_file

    def slow_read(path, progress=None):
        progress(0, 100)
        release.wait(10)
        progress(50, 100)  # the first report after Cancel stops the reading
        return real_read(path, progress=progress)

    monkeypatch.setattr(workbook.transfer, "read_file", slow_read)
    path = _file(tmp_path, workbook, full_encounter(7))
    dialog = window.open_import(path)  # returns at once: the reading runs on a worker
    assert control(dialog, QLabel, "What the import would do").text() == "Reading and checking tuonti.json…"
    assert not control(dialog, QPushButton, "Import").isEnabled()
    qtbot.waitUntil(lambda: control(dialog, QProgressBar, "Import progress").maximum() == 100, timeout=5000)
    with qtbot.waitSignal(dialog.finished, timeout=10000):
        dialog.reject()  # Cancel
        release.set()
    assert diary.encounters.count() == 0
