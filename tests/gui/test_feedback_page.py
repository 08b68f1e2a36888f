"""Feedback requests: plan one, walk it through its life cycle, file what was said as SBI with take/leave."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.helpers.typing import commit_text, type_text
from tyokirja.ui.pages.feedback_page import FeedbackPage

from .practice_support import HKI, Clock, click, close, open_practice

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def clock():
    return Clock(datetime(2026, 2, 3, 9, 0, tzinfo=HKI))


@pytest.fixture
def practice(db_path, catalogue, clock, diary):
    service, db = open_practice(db_path, catalogue, clock)
    yield service
    close(db)


@pytest.fixture
def page(qtbot, practice, catalogue, en_app):
    widget = FeedbackPage(practice.feedback, catalogue, "en")
    qtbot.addWidget(widget)
    widget.resize(1000, 800)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
    return widget


def test_an_empty_page_explains_and_a_new_request_is_stored_once_named(qtbot, page, practice):
    assert page.empty.isVisible() and "New request" in page.empty.text()
    click(qtbot, page.new_button)
    assert page.editor_scroll.isVisible() and page.need_target.isVisible()
    commit_text(page.edits["question"], "Mitä yhtä asiaa ehdottaisit?")
    assert page.save() and practice.feedback.feedback_requests() == []  # nothing to file until the behaviour is named
    type_text(page.target, "Keskeytän vähemmän palavereissa")
    page.asked_role.setCurrentIndex(page.asked_role.findData("colleague"))
    qtbot.waitUntil(lambda: len(practice.feedback.feedback_requests()) == 1)  # autosaved
    stored = practice.feedback.feedback_requests()[0]
    assert stored.target_behaviour == "Keskeytän vähemmän palavereissa"
    assert stored.question == "Mitä yhtä asiaa ehdottaisit?" and stored.asked_role == "colleague"
    assert stored.status == "planned"
    assert page.model.rowCount() == 1 and page.model.text(0) == "Keskeytän vähemmän palavereissa\n3 Feb 2026 · Planned"


def test_the_life_cycle_runs_to_loop_closed_with_sbi_and_take_leave(qtbot, page, practice, clock):
    request = practice.feedback.create_feedback("Annan asiakkaan puhua loppuun")
    page.refresh(request.id)
    assert page.advance_button.text() == "Mark asked"
    click(qtbot, page.advance_button)
    assert practice.feedback.get_feedback(request.id).status == "asked"
    assert page.advance_button.text() == "Mark received"
    clock.advance(days=2)
    click(qtbot, page.advance_button)
    commit_text(page.edits["sbi_situation"], "Tiistain asiakaspuhelu")
    commit_text(page.edits["sbi_behaviour"], "Vastasit ennen kuin kysymys oli valmis")
    commit_text(page.edits["sbi_impact"], "Asiakas toisti asiansa kahdesti")
    commit_text(page.edits["take"], "Odotan kaksi sekuntia ennen vastausta")
    commit_text(page.edits["leave"], "Pidempää käsikirjoitusta en ota")
    click(qtbot, page.thanked)
    click(qtbot, page.advance_button)  # processed (what is typed is stored first)
    click(qtbot, page.advance_button)  # loop closed
    stored = practice.feedback.get_feedback(request.id)
    assert stored.status == "closed" and page.advance_button.isHidden()
    assert stored.received_at == clock.now and stored.closed_at == clock.now
    assert (stored.sbi.situation, stored.sbi.behaviour, stored.sbi.impact) == (
        "Tiistain asiakaspuhelu", "Vastasit ennen kuin kysymys oli valmis", "Asiakas toisti asiansa kahdesti")
    assert stored.take.startswith("Odotan") and stored.leave.startswith("Pidempää") and stored.thanked
    assert "Loop closed" in page.lifecycle.text() and page.model.text(0).endswith("Loop closed")


def test_typing_is_kept_when_another_request_is_chosen(qtbot, page, practice):
    first = practice.feedback.create_feedback("Ensimmäinen")
    practice.feedback.create_feedback("Toinen")
    page.refresh(first.id)
    commit_text(page.edits["content"], "Hän ehdotti tauon pitämistä.")
    page.list.setCurrentIndex(page.model.index([t.split("\n")[0] for t in page.model.texts()].index("Toinen"), 0))
    assert practice.feedback.get_feedback(first.id).content == "Hän ehdotti tauon pitämistä."


def test_every_control_has_an_accessible_name(qtbot, page, practice):
    from .test_goals_page import unnamed_controls

    page.refresh(practice.feedback.create_feedback("Kuuntelen loppuun").id)
    assert unnamed_controls(page) == []


def test_a_request_is_deleted_and_brought_back_by_undo_as_it_was(qtbot, page, practice):
    first = practice.feedback.create_feedback("Keskeytän vähemmän", asked_role="colleague")
    second = practice.feedback.create_feedback("Kysyn ennen kuin neuvon", question="Mitä ehdottaisit?")
    second = practice.feedback.advance_feedback(second.id)  # asked
    page.refresh(second.id)
    assert page.delete_button.isEnabled()
    click(qtbot, page.delete_button)
    assert [r.id for r in practice.feedback.feedback_requests()] == [first.id]
    assert page.model.rowCount() == 1 and page.record.id == first.id  # its neighbour opens
    assert page.banner.isVisible() and page.banner.label.text() == "Feedback request deleted: Kysyn ennen kuin neuvon"
    said = []
    page.status_message.connect(said.append)
    click(qtbot, page.banner.button)
    assert practice.feedback.get_feedback(second.id) == second  # same id, text, stage and times
    assert page.record.id == second.id and page.target.text() == "Kysyn ennen kuin neuvon"
    assert not page.banner.isVisible() and said == ["Feedback request restored."]


def test_the_delete_key_in_the_list_deletes_and_ctrl_z_undoes(qtbot, page, practice):
    only = practice.feedback.create_feedback("Annan tilaa hiljaisuudelle")
    page.refresh(only.id)
    page.list.setFocus()
    qtbot.keyClick(page.list, Qt.Key.Key_Delete)
    assert practice.feedback.feedback_requests() == [] and page.empty.isVisible()
    qtbot.keyClick(page.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert practice.feedback.feedback_requests() == [only] and page.record.id == only.id


def test_deleting_a_new_request_not_yet_stored_only_drops_it(qtbot, page, practice):
    kept = practice.feedback.create_feedback("Keskeytän vähemmän")
    click(qtbot, page.new_button)
    commit_text(page.edits["question"], "Mitä ehdottaisit?")
    click(qtbot, page.delete_button)
    assert practice.feedback.feedback_requests() == [kept] and not page.banner.isVisible()
