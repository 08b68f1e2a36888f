"""Goals and experiments (WOOP): write one, add if–then plans and a review date, link an entry, review it."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from tests.helpers.dates import english_day
from tests.helpers.typing import commit_text, type_text
from tyokirja.domain.practice import IfThen
from tyokirja.ui.pages.goals_page import GoalsPage

from .practice_support import HKI, Clock, click, click_item, close, open_practice

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
def page(qtbot, practice, diary, catalogue, en_app):
    widget = GoalsPage(practice.goals, diary, catalogue, "en")
    qtbot.addWidget(widget)
    widget.resize(1000, 900)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
    return widget


def test_a_new_goal_is_written_in_woop_form_and_stored(qtbot, page, practice, diary):
    entry = diary.quick_entry("Reklamaatiopuhelu", "", None)
    click(qtbot, page.new_button)
    assert page.need_wish.isVisible() and practice.goals.goals() == []
    type_text(page.wish, "Annan asiakkaan puhua loppuun")
    commit_text(page.outcome, "Asiakas kokee tulleensa kuulluksi.")
    commit_text(page.obstacle, "Kiire ja valmis vastaus mielessä")
    if_edit, then_edit, _ = page.plans.rows[0]
    commit_text(if_edit, "asiakas pitää tauon")
    commit_text(then_edit, "lasken kahteen ennen kuin vastaan")
    click(qtbot, page.plans.add_button)
    commit_text(page.plans.rows[1][0], "huomaan keskeyttäväni")
    commit_text(page.plans.rows[1][1], "pyydän anteeksi ja annan jatkaa")
    commit_text(page.signal, "Asiakas sanoo: juuri niin.")
    click(qtbot, page.review_on)
    page.review_at.setDate(QDate(2026, 2, 17))
    page.skill.setCurrentIndex(1)
    dialog = page.encounters.open_picker()
    click_item(qtbot, dialog.choice.list, 0)
    dialog.accept()
    assert page.save()
    [goal] = practice.goals.goals()
    assert goal.wish == "Annan asiakkaan puhua loppuun" and goal.status == "active"
    assert goal.outcome.startswith("Asiakas kokee") and goal.obstacle.startswith("Kiire")
    assert goal.plans == [IfThen("asiakas pitää tauon", "lasken kahteen ennen kuin vastaan"),
                          IfThen("huomaan keskeyttäväni", "pyydän anteeksi ja annan jatkaa")]
    assert goal.review_at == date(2026, 2, 17) and goal.start == date(2026, 2, 3)
    assert goal.success_signal == "Asiakas sanoo: juuri niin." and goal.skill_id is not None
    assert goal.encounter_ids == [entry.id]
    assert page.encounters.list.item(0).text() == f"{english_day(entry.occurred_at)}  Reklamaatiopuhelu"  # English: "3 Dec 2026"
    assert page.model.text(0) == "Annan asiakkaan puhua loppuun\n3 Feb 2026 · Active"  # started on the clock's day


def test_a_review_records_the_status_and_a_dated_note(qtbot, page, practice, clock):
    goal = practice.goals.create_goal("Kysyn ennen kuin neuvon", review_at=date(2026, 2, 3))
    page.open_goal(goal.id)
    assert page.wish.text() == "Kysyn ennen kuin neuvon"
    page.status.buttons()[2].click()  # adapted
    commit_text(page.review_note, "Toimi puhelimessa, ei chatissa.")
    click(qtbot, page.review_button)
    stored = practice.goals.get_goal(goal.id)
    assert stored.status == "adapted"
    assert stored.review_notes == "2026-02-03: Toimi puhelimessa, ei chatissa."
    assert "Toimi puhelimessa" in page.notes.text() and page.review_note.toPlainText() == ""
    assert page.model.text(0).endswith("Adapted")


def test_removing_a_plan_keeps_the_others(qtbot, page, practice):
    goal = practice.goals.create_goal("Kokeilu", plans=[IfThen("a", "b"), IfThen("c", "d"), IfThen("e", "f")])
    page.open_goal(goal.id)
    remove = page.plans.rows[1][2][2]
    click(qtbot, remove)
    assert page.save()
    assert practice.goals.get_goal(goal.id).plans == [IfThen("a", "b"), IfThen("e", "f")]


def unnamed_controls(page):
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QWidget

    kinds = ("QLineEdit", "QPlainTextEdit", "QComboBox", "QListWidget", "QListView", "QDateEdit", "QToolButton",
             "QCheckBox", "QPushButton")
    return [type(w).__name__ for w in page.findChildren(QWidget)
            if w.isVisible() and type(w).__name__ in kinds and not w.accessibleName()
            and not (isinstance(w, QAbstractButton) and w.text())
            and not isinstance(w.parentWidget(), (QAbstractSpinBox, QComboBox))]  # their own inner editors


def test_every_control_has_an_accessible_name(qtbot, page, practice):
    goal = practice.goals.create_goal("Kokeilu", plans=[IfThen("a", "b")])
    page.open_goal(goal.id)
    assert unnamed_controls(page) == []


def test_enter_in_the_link_dialogs_search_links_the_top_match(qtbot, page, practice, diary):
    """Type a few letters and press Enter, as in any picker: the entry that matches is linked."""
    wanted = diary.quick_entry("Kehityskeskustelu Annan kanssa", "", None)
    diary.quick_entry("Reklamaatiopuhelu", "", None)
    practice.goals.create_goal("Kysyn ennen kuin neuvon")
    page.open_goal(practice.goals.goals()[0].id)
    dialog = page.encounters.open_picker()
    qtbot.waitExposed(dialog)
    type_text(dialog.choice.search, "kehitys")
    qtbot.keyClick(dialog.choice.search, Qt.Key.Key_Return)  # at once: before the search's own delay runs
    assert not dialog.isVisible()
    assert page.encounters.value() == [wanted.id]
    assert page.encounters.list.item(0).text() == f"{english_day(wanted.occurred_at)}  Kehityskeskustelu Annan kanssa"


def test_enter_with_no_match_keeps_the_link_dialog_open_and_links_nothing(qtbot, page, practice, diary):
    diary.quick_entry("Reklamaatiopuhelu", "", None)
    dialog = page.encounters.open_picker()
    qtbot.waitExposed(dialog)
    type_text(dialog.choice.search, "zzz")
    qtbot.keyClick(dialog.choice.search, Qt.Key.Key_Return)
    assert dialog.isVisible() and page.encounters.value() == []
    qtbot.keyClick(dialog.choice.list, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_a_deleted_goal_comes_back_with_its_plans_and_linked_entries(qtbot, page, practice, diary):
    entry = diary.quick_entry("Reklamaatiopuhelu", "", None)
    goal = practice.goals.create_goal("Annan asiakkaan puhua loppuun", plans=[IfThen("tauko", "lasken kahteen")],
                                      encounter_ids=[entry.id])
    page.open_goal(goal.id)
    click(qtbot, page.delete_button)
    assert practice.goals.goals() == [] and page.empty.isVisible()
    assert page.banner.label.text() == "Goal deleted: Annan asiakkaan puhua loppuun"
    click(qtbot, page.banner.button)
    assert practice.goals.goals() == [goal]
    assert page.wish.text() == "Annan asiakkaan puhua loppuun" and page.encounters.value() == [entry.id]
