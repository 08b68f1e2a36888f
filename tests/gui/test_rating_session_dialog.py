"""The rating session dialog: anchors as sentences, evidence for 1–5, blind until saved, then now vs before."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QPoint, Qt

from tests.helpers.typing import type_text
from tyokirja.domain.encounter import Encounter
from tyokirja.services.diary import DiaryService
from tyokirja.services.progress import ProgressService
from tyokirja.storage.connection import close_diary, open_diary
from tyokirja.storage.drafts import DraftRepository
from tyokirja.storage.encounters import EncounterRepository
from tyokirja.ui.dialogs.rating_session_dialog import RatingSessionDialog

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

HKI = timezone(timedelta(hours=2))


class Clock:
    def __init__(self, moment: datetime):
        self.now = moment

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture(autouse=True)
def no_modal_questions(monkeypatch):
    """Closing a half-filled dialog asks first; a test that ends early must not hang on that question."""
    from tyokirja.ui import messages

    monkeypatch.setattr(messages, "confirm", lambda *a, **k: True)


@pytest.fixture
def graph(db_path, catalogue):
    """(DiaryService, ProgressService, clock) over one real diary file."""
    db = open_diary(db_path)
    clock = Clock(datetime(2026, 11, 23, 9, 0, tzinfo=HKI))
    diary = DiaryService(EncounterRepository(db), DraftRepository(db), catalogue)
    progress = ProgressService.open(db, catalogue, clock=clock)
    yield diary, progress, clock
    close_diary(db)


def open_dialog(qtbot, graph, kind="monthly", item_id=None):
    diary, progress, _clock = graph
    dialog = RatingSessionDialog(progress, diary, "en", kind, item_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def click_anchor(qtbot, form, level: int) -> None:
    """Click the anchor SENTENCE, as a user reads and picks it (not the number)."""
    label = form.anchor_labels[level]
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton, pos=QPoint(5, label.height() // 2))


def visible_texts(widget) -> str:
    from PySide6.QtWidgets import QLabel

    return "\n".join(label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget))


def test_a_monthly_session_stores_ten_items_with_evidence_and_reveals_the_previous_only_after_saving(
        qtbot, graph, en_app):
    diary, progress, clock = graph
    linked = diary.save(Encounter(occurred_at=datetime(2026, 11, 20, 14, 0, tzinfo=HKI), title="Asiakas soitti"))
    # an earlier monthly session: listening was 2 then
    earlier = progress.new_session("monthly")
    for r in earlier.ratings:
        r.level, r.evidence_text = 2, "aiempi esimerkki"
    clock.now = datetime(2026, 10, 20, 9, 0, tzinfo=HKI)
    progress.save_session(earlier)
    clock.now = datetime(2026, 11, 23, 9, 0, tzinfo=HKI)

    dialog = open_dialog(qtbot, graph)
    assert "last four weeks" in dialog.window_label.text()
    assert "not a performance appraisal" in dialog.appraisal_label.text()
    levels = [3, 4, 0, 2, 5, 1, 3, 4, 0, 2]
    for index, level in enumerate(levels):
        form = dialog.forms[index]
        assert dialog.current() == index
        assert dialog.step_label.text() == f"Item {index + 1} of 10"
        # the anchors are shown as sentences, the previous level is nowhere on screen
        assert "I let them finish" in visible_texts(form) if form.item_id == "listening" else True
        assert "Before" not in visible_texts(dialog) and "aiempi" not in visible_texts(dialog)
        click_anchor(qtbot, form, level)
        assert form.level() == level
        if level:
            qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)  # no evidence yet: refused
            assert dialog.current() == index and form.problem_label.isVisible()
            from PySide6.QtWidgets import QApplication
            assert form.evidence.hasFocus(), (QApplication.focusWidget(), QApplication.activeWindow(), index)
            if index == 1:
                form.entry.setCurrentIndex(form.entry.findData(linked.id))
            else:
                type_text(form.evidence, f"Esimerkki {index}: kysyin ensin äänensävystä")
        qtbot.mouseClick(form.confidence.buttons()[2], Qt.MouseButton.LeftButton)  # "2"
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)

    saved = progress.sessions("monthly")[-1]
    assert dialog.saved is not None and saved.id == dialog.saved.id
    assert len(saved.ratings) == 10
    by_item = {r.item_id: r for r in saved.ratings}
    ids = progress.instrument.ids()
    assert [by_item[i].level for i in ids] == levels
    assert by_item[ids[1]].evidence_encounter_id == linked.id
    assert by_item[ids[0]].evidence_text == "Esimerkki 0: kysyin ensin äänensävystä"
    assert by_item[ids[2]].evidence_text == "" and by_item[ids[2]].level == 0
    assert all(r.confidence == 2 for r in saved.ratings)
    # after saving: now vs before
    assert dialog.current() == len(dialog.forms)
    assert dialog.summary_rows[ids[1]] == ("4", "2")
    assert dialog.summary_rows[ids[2]] == ("No evidence yet", "2")
    assert "Before" in visible_texts(dialog)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_keyboard_only_weekly_focus_with_back_and_first_rating_summary(qtbot, graph, en_app):
    _diary, progress, _clock = graph
    dialog = open_dialog(qtbot, graph, "weekly_focus", "listening")
    form = dialog.forms[0]
    assert len(dialog.forms) == 1 and dialog.next_button.text() == "Save"
    form.options[0].setFocus()
    qtbot.keyClick(form.options[0], Qt.Key.Key_Space)  # 0 = no evidence yet needs no example
    qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    saved = progress.sessions("weekly_focus")
    assert len(saved) == 1 and saved[0].ratings[0].level == 0
    assert "first rating" in visible_texts(dialog)


def test_retrospective_asks_about_three_months_ago(qtbot, graph, en_app):
    _diary, progress, _clock = graph
    dialog = open_dialog(qtbot, graph, "retrospective")
    assert "three months ago" in visible_texts(dialog.forms[0])
    for form in dialog.forms:
        click_anchor(qtbot, form, 0)
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    (saved,) = progress.sessions("retrospective")
    assert str(saved.refers_to_date) == "2026-08-23"


def test_back_keeps_answers_and_cancel_asks_before_dropping_them(qtbot, graph, en_app, monkeypatch):
    from tyokirja.ui import messages

    _diary, progress, _clock = graph
    dialog = open_dialog(qtbot, graph)
    click_anchor(qtbot, dialog.forms[0], 3)
    type_text(dialog.forms[0].evidence, "esimerkki")
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(dialog, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert dialog.current() == 0 and dialog.forms[0].level() == 3
    asked = []
    monkeypatch.setattr(messages, "confirm", lambda *a, **k: asked.append(a) or False)
    dialog.reject()
    assert asked and dialog.isVisible()
    assert progress.sessions() == []
