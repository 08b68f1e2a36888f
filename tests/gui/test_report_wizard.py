"""The coach report wizard driven as a user would: period, sections, agenda, entries, preview, PDF, log."""

from __future__ import annotations

import io
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from tests.helpers.report_diary import fill
from tests.helpers.typing import type_text
from tyokirja.domain.report import ItemRef
from tyokirja.services.progress import ProgressService
from tyokirja.services.reporting import ReportService
from tyokirja.storage.connection import close_diary, open_diary
from tyokirja.storage.encounters import EncounterRepository
from tyokirja.ui.dialogs.export_log_dialog import ExportLogDialog
from tyokirja.ui.dialogs.report_wizard import ReportWizard

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")
HEL = timezone(timedelta(hours=2))
NOW = datetime(2026, 11, 23, 12, 0, tzinfo=HEL)


@pytest.fixture(autouse=True)
def quiet_messages(monkeypatch):
    from tyokirja.ui import messages

    shown = []
    monkeypatch.setattr(messages, "info", lambda parent, text: shown.append(text))
    monkeypatch.setattr(messages, "confirm", lambda *a, **k: True)
    return shown


@pytest.fixture
def graph(db_path, catalogue):
    db = open_diary(db_path)
    clock = lambda: NOW  # noqa: E731
    progress = ProgressService.open(db, catalogue, clock=clock)
    service = ReportService.open(db, catalogue, progress, clock=clock)
    markers = fill(db, catalogue, NOW)
    yield db, service, markers
    close_diary(db)


def open_wizard(qtbot, service, lang="fi"):
    wizard = ReportWizard(service, service.library, lang)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def next_page(qtbot, wizard) -> None:
    button = wizard.button(QWizard.WizardButton.NextButton)
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def wait_preview(qtbot, wizard) -> str:
    qtbot.waitUntil(lambda: wizard.preview_page.ready, timeout=15000)
    return wizard.preview_page.browser.toPlainText()


def squash(text: str) -> str:
    return "".join(text.split())


def test_a_report_with_a_picked_entry_goes_from_choices_to_pdf_and_log(qtbot, graph, tmp_path, fi_app,
                                                                      quiet_messages):
    _db, service, markers = graph
    wizard = open_wizard(qtbot, service)
    assert wizard.period_page.period() == "3m" and wizard.period_page.lang() == "fi"
    next_page(qtbot, wizard)
    boxes = wizard.sections_page.boxes
    assert {s for s, b in boxes.items() if b.isChecked()} >= {"cover", "goals", "skills", "practice", "patterns"}
    assert not any(boxes[s].isChecked() for s in ("excerpts", "feelings", "wellbeing", "quotes"))
    qtbot.mouseClick(boxes["excerpts"], Qt.MouseButton.LeftButton)
    next_page(qtbot, wizard)
    type_text(wizard.agenda_page.agenda, "Miten pyydän palautetta ärtyneeltä asiakkaalta?")
    goals = wizard.agenda_page.goals  # the period's two goals, ticked only where marked "share with coach"
    ticked = {goals.item(i).data(Qt.ItemDataRole.UserRole): goals.item(i).checkState() for i in range(goals.count())}
    assert len(ticked) == 2 and ticked[markers.goal_id] == Qt.CheckState.Checked
    assert list(ticked.values()).count(Qt.CheckState.Checked) == 1
    next_page(qtbot, wizard)
    items = wizard.items_page.list
    refs = {items.item(i).data(Qt.ItemDataRole.UserRole): items.item(i) for i in range(items.count())}
    reflection = refs[ItemRef("reflection", markers.reflection_id)]
    assert reflection.checkState() == Qt.CheckState.Checked  # marked "share with coach"
    reflection.setCheckState(Qt.CheckState.Unchecked)
    type_text(wizard.items_page.filter, "merkintä")  # the filter hides the other kinds, ticks stay
    visible = [items.item(i) for i in range(items.count()) if not items.item(i).isHidden()]
    assert [i.data(Qt.ItemDataRole.UserRole).kind for i in visible] == ["encounter"]
    assert refs[ItemRef("feedback", markers.feedback_id)].checkState() == Qt.CheckState.Checked
    next_page(qtbot, wizard)

    preview = squash(wait_preview(qtbot, wizard))
    assert markers.excerpt["facts"] in preview and markers.excerpt["reflection_went_well"] not in preview
    assert "Mitenpyydänpalautettaärtyneeltäasiakkaalta?" in preview
    assert not wizard.preview_page.names_checked.isVisible()
    target = tmp_path / "raportti.pdf"
    wizard.preview_page.path.setText(str(target))
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.record is not None, timeout=20000)

    reader = PdfReader(io.BytesIO(target.read_bytes()))
    text = squash("".join(p.extract_text() for p in reader.pages))
    assert markers.excerpt["facts"] in text and "Mitenpyydänpalautettaärtyneeltäasiakkaalta?" in text
    assert markers.excerpt["reflection_went_well"] not in text
    assert all(v not in text for v in markers.feelings.values())
    assert str(target) in quiet_messages[-1]
    log = ExportLogDialog(service, "fi")
    qtbot.addWidget(log)
    assert log.table.rowCount() == 1
    assert "raportti.pdf" in log.table.item(0, 5).text()
    assert wizard.record.file_hash in log.table.item(0, 5).text()
    assert "Valitut merkinnät" in log.table.item(0, 3).text()


def test_a_name_in_the_picked_text_must_be_confirmed_before_writing(qtbot, graph, tmp_path, en_app):
    db, service, markers = graph
    enc = EncounterRepository(db).get(markers.encounter_id)
    enc.facts = "The customer said Marjatta had promised a discount."
    EncounterRepository(db).save(enc)
    wizard = open_wizard(qtbot, service, "en")
    next_page(qtbot, wizard)
    qtbot.mouseClick(wizard.sections_page.boxes["excerpts"], Qt.MouseButton.LeftButton)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    preview = wait_preview(qtbot, wizard)
    assert "Marjatta" in preview.split("\n")[0] or "Marjatta" in preview
    page = wizard.preview_page
    page.path.setText(str(tmp_path / "r.pdf"))
    assert page.names_checked.isVisible()
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    qtbot.mouseClick(page.names_checked, Qt.MouseButton.LeftButton)
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()


def test_private_sections_skip_the_entry_page_and_a_default_preview_has_no_private_text(qtbot, graph, en_app):
    _db, service, markers = graph
    wizard = open_wizard(qtbot, service, "en")
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    assert wizard.currentPage() is wizard.preview_page  # no excerpts or quotes: no entry page
    preview = squash(wait_preview(qtbot, wizard))
    assert all(v not in preview for v in markers.private.values())
    assert markers.goal["wish"] in preview


def test_cancel_during_the_build_writes_no_file(qtbot, graph, tmp_path, en_app, monkeypatch):
    _db, service, _markers = graph
    wizard = open_wizard(qtbot, service, "en")
    for _ in range(3):
        next_page(qtbot, wizard)
    wait_preview(qtbot, wizard)
    target = tmp_path / "r.pdf"
    wizard.preview_page.path.setText(str(target))
    import tyokirja.reports.progress_pdf as progress_pdf

    real_render = progress_pdf.render

    def slow_render(doc, cancelled=None, **kw):
        for _ in range(500):  # hold (in the worker thread) until Cancel is pressed
            if cancelled():
                break
            time.sleep(0.01)
        return real_render(doc, cancelled=cancelled, **kw)

    monkeypatch.setattr(progress_pdf, "render", slow_render)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert wizard.task is not None and wizard.preview_page.bar.isVisible()
    wizard.reject()
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=10000)
    assert not target.exists() and service.exports() == []


@pytest.mark.parametrize("has_documents", [True, False])
def test_the_report_is_offered_in_a_folder_that_exists(qtbot, graph, en_app, tmp_path, monkeypatch, has_documents):
    """The documents folder when there is one; otherwise home, never a missing ~/Documents."""
    home = tmp_path / "home"
    home.mkdir()
    if has_documents:
        (home / "Documents").mkdir()
    monkeypatch.setenv("HOME", str(home))
    _db, service, _markers = graph
    wizard = open_wizard(qtbot, service, "en")
    for _ in range(3):
        next_page(qtbot, wizard)
    wait_preview(qtbot, wizard)
    offered = Path(wizard.preview_page.path.text())
    assert offered.parent == (home / "Documents" if has_documents else home)
    assert offered.parent.is_dir() and offered.suffix == ".pdf"
