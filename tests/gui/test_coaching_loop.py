"""The coaching loop walked as a user: flag three things, open the next session, find them on its agenda,
record the session with two agreements, see both on Today, find them first on the next agenda, and
make the report since the last session carry that agenda."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from tests.helpers.typing import commit_text, type_text
from tests.helpers.windows import shown_and_active
from tyokirja.app import build_main_window
from tyokirja.services.workbook import open_workbook

from .practice_support import HKI, Clock, click

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def clock():
    return Clock(datetime(2026, 3, 2, 9, 0, tzinfo=HKI))


@pytest.fixture
def book(db_path, catalogue, clock):
    workbook = open_workbook(db_path, create=True, catalogue=catalogue, clock=clock)
    yield workbook
    workbook.close()


@pytest.fixture
def window(book, qtbot, en_app):
    return shown_and_active(qtbot, build_main_window(book, "en"))


def flag_with_shortcut(qtbot, window) -> None:
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)


def homework_buttons(window) -> list[str]:
    today = window.pages["today"]
    return sorted(b.accessibleName() for b in today.findChildren(QPushButton)
                  if b.accessibleName().startswith("Mark done:") and b.isVisible())


def test_the_whole_coaching_loop(qtbot, window, book, clock):
    entry = book.diary.quick_entry("Reklamaatio, jossa keskeytin", "", None)
    goal = book.goals.create_goal("Annan asiakkaan puhua loppuun")
    request = book.feedback.create_feedback("Miten selitän muutoksen tiimille")

    # flag three things from their pages, with the one shortcut
    window.show_area("diary")
    window.diary_page.open_encounter(entry.id)
    flag_with_shortcut(qtbot, window)
    window.show_area("goals")
    window.practice_pages.goals.open_goal(goal.id)
    flag_with_shortcut(qtbot, window)
    window.show_area("feedback")
    window.practice_pages.feedback.open_request(request.id)
    flag_with_shortcut(qtbot, window)
    assert [f.label for f in book.coaching.pending_flags()] == [
        "Reklamaatio, jossa keskeytin", "Annan asiakkaan puhua loppuun", "Miten selitän muutoksen tiimille"]

    # open the next session: its agenda holds them
    window.show_area("sessions")
    page = window.area_page("sessions")
    click(qtbot, page.new_button)
    type_text(page.coach, "valmentaja")
    assert page.save()
    assert page.agenda.texts() == ["Flagged: Reklamaatio, jossa keskeytin", "Flagged: Annan asiakkaan puhua loppuun",
                                   "Flagged: Miten selitän muutoksen tiimille"]
    [first] = book.coaching.sessions()
    assert first.coach_label == "valmentaja" and first.held_at == datetime(2026, 3, 16, 9, 0, tzinfo=HKI)

    # the session is held: notes and two agreements
    clock.now = datetime(2026, 3, 16, 11, 0, tzinfo=HKI)
    page.status.buttons()[1].click()  # held
    commit_text(page.reflection, "Valmentaja huomasi, että kiirehdin ratkaisuun.")
    commit_text(page.insights, "Kysymys ennen neuvoa toimii minulla.")
    editor = page.agreements
    type_text(editor.text, "Kysyn ensin, mitä asiakas jo tietää")
    click(qtbot, editor.add_button)
    type_text(editor.text, "Kokeilen kahden sekunnin taukoa")
    editor.choose_kind("experiment")
    type_text(editor.when, "asiakas vaikenee")
    type_text(editor.then, "odotan kaksi sekuntia")
    click(qtbot, editor.add_button)
    assert page.save()
    held = book.coaching.get(first.id)
    assert held.status == "held" and held.insights == "Kysymys ennen neuvoa toimii minulla."
    assert not held.share_notes  # private unless ticked
    agreed = {a.text: a for a in book.coaching.agreements(first.id)}
    assert set(agreed) == {"Kysyn ensin, mitä asiakas jo tietää", "Kokeilen kahden sekunnin taukoa"}
    experiment = book.goals.get_goal(agreed["Kokeilen kahden sekunnin taukoa"].goal_id)
    assert experiment.plans[0].when == "asiakas vaikenee" and experiment.review_at == date(2026, 3, 30)
    assert editor.list.count() == 2

    # both are homework on Today
    window.show_area("today")
    assert homework_buttons(window) == ["Mark done: Kokeilen kahden sekunnin taukoa",
                                        "Mark done: Kysyn ensin, mitä asiakas jo tietää"]

    # the next session's agenda opens with them
    window.show_area("sessions")
    click(qtbot, page.new_button)
    assert page.save()
    lines = page.agenda.texts()
    assert lines[:2] == ["Agreed last time – open, goal active: Kysyn ensin, mitä asiakas jo tietää",
                         "Agreed last time – open, goal active: Kokeilen kahden sekunnin taukoa"]

    # the report since the last session carries that agenda
    wizard = window.open_report_wizard()
    assert wizard.period_page.period() == "since" and wizard.period_page.since_date() == date(2026, 3, 16)
    options = wizard.options()
    assert options.start == date(2026, 3, 16)
    doc = book.reports.document(options)
    assert doc.agenda[:2] == ["Kysyn ensin, mitä asiakas jo tietää", "Kokeilen kahden sekunnin taukoa"]
    assert "Kysymys ennen neuvoa" not in " ".join(doc.agenda)  # notes stay private
    wizard.reject()
