"""File → Import from another journal…: the preview shows what would come over before anything is written,
Import adds the entries (off the GUI thread), Cancel rolls an import back, a broken source is explained."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QRadioButton

from tests.helpers.controls import control
from tests.helpers.windows import shown_and_active
from tyokirja.app import build_main_window
from tyokirja.ui import messages

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "importers"
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def window(workbook, diary, qtbot, en_app):
    return shown_and_active(qtbot, build_main_window(workbook, "en"))


def _choose(dialog, qtbot, program: str, path: Path) -> None:
    combo = control(dialog, QComboBox, "Journal program")
    combo.setCurrentIndex(combo.findText(program))
    edit = control(dialog, QLineEdit, "Source file or folder")
    edit.clear()
    qtbot.keyClicks(edit, str(path))


def _preview(dialog, qtbot) -> str:
    summary = control(dialog, QLabel, "What the import would do")
    control(dialog, QPushButton, "Preview").click()
    qtbot.waitUntil(lambda: dialog.task is None and "Reading" not in summary.text(), timeout=20000)
    return summary.text()


def test_preview_then_import_from_jrnl(window, diary, qtbot):
    assert window.exchange_actions.import_foreign_action.text() == "Import from another &journal…"
    dialog = window.exchange_actions.open_foreign_import()
    assert not control(dialog, QPushButton, "Import").isEnabled()
    _choose(dialog, qtbot, "jrnl", FIXTURES / "jrnl.json")
    text = _preview(dialog, qtbot)
    assert f"jrnl: 40 entries read from {FIXTURES / 'jrnl.json'}, from 2024-01-03 to 2024-01-18." in text
    assert "The file holds 40 new records, 0 already in the diary and 0 conflicting." in text
    assert diary.encounters.count() == 0  # nothing written by the preview
    with qtbot.waitSignal(dialog.finished, timeout=20000):
        control(dialog, QPushButton, "Import").click()
    stored = diary.encounters.all()
    assert len(stored) == 40 and all(e.needs_completion for e in stored)
    assert "Imported 40 entries" in window.statusBar().currentMessage()
    assert window.diary_page.model.rowCount() == 40


def test_day_one_preview_lists_the_photos_and_the_conflict_choice(window, diary, workbook, qtbot, tmp_path):
    import zipfile

    found = workbook.transfer.read_source("dayone", FIXTURES / "dayone.zip")
    workbook.transfer.import_bundle(found.bundle)
    with zipfile.ZipFile(FIXTURES / "dayone.zip") as archive:
        document = json.loads(archive.read("Journal.json"))
    document["entries"][0]["text"] = "Reklamaatio aamulla\nMuokattu Day Onessa."
    edited = tmp_path / "muokattu.zip"
    with zipfile.ZipFile(edited, "w") as archive:
        archive.writestr("Journal.json", json.dumps(document))
    dialog = window.exchange_actions.open_foreign_import()
    _choose(dialog, qtbot, "Day One", edited)
    text = _preview(dialog, qtbot)
    assert "0 new records, 2 already in the diary and 1 conflicting" in text
    assert "Not imported: 1 photo, the formatting of 1 entry (the text itself comes over)." in text
    control(dialog, QRadioButton, "Keep both").click()
    with qtbot.waitSignal(dialog.finished, timeout=20000):
        control(dialog, QPushButton, "Import").click()
    texts = sorted(e.facts for e in diary.encounters.all() if e.title == "Reklamaatio aamulla")
    assert len(texts) == 2 and "Reklamaatio aamulla\nMuokattu Day Onessa." in texts


def test_cancel_rolls_the_import_back_and_keeps_the_dialog(window, diary, qtbot, tmp_path):
    document = json.loads((FIXTURES / "jrnl.json").read_text(encoding="utf-8"))
    base = document["entries"][0]
    document["entries"] = [dict(base, body=f"{base['body']} {n}") for n in range(3000)]
    source = tmp_path / "iso.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    dialog = window.exchange_actions.open_foreign_import()
    _choose(dialog, qtbot, "jrnl", source)
    _preview(dialog, qtbot)
    dialog.run_import()
    dialog.reject()  # Cancel while it runs
    summary = control(dialog, QLabel, "What the import would do")
    qtbot.waitUntil(lambda: dialog.task is None, timeout=20000)
    assert summary.text() == "Stopped. Nothing was imported."
    assert dialog.isVisible()
    assert diary.encounters.count() == 0


def test_a_broken_source_is_explained_and_nothing_changes(window, diary, qtbot, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(messages, "error", lambda parent, text: shown.append(text))
    folder = tmp_path / "rednotebook"
    folder.mkdir()
    (folder / "2026-02.txt").write_text("30:\n  text: karkauspäivä?\n", encoding="utf-8")
    dialog = window.exchange_actions.open_foreign_import()
    _choose(dialog, qtbot, "RedNotebook", folder)
    _preview(dialog, qtbot)
    assert shown == [f"2026-02.txt in {folder}, day 30, field “day”: is not a real date or time. Nothing was imported."]
    assert not control(dialog, QPushButton, "Import").isEnabled()
    assert diary.encounters.count() == 0
