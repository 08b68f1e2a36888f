"""The progress page: a session rated in the dialog shows up, captions state n and the period, bars drill down."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QPoint, Qt

from tests.gui.test_rating_session_dialog import Clock, click_anchor
from tests.helpers.dates import english_day
from tests.helpers.typing import type_text
from tyokirja.domain.encounter import Encounter
from tyokirja.services.diary import DiaryService
from tyokirja.services.progress import ProgressService
from tyokirja.storage.connection import close_diary, open_diary
from tyokirja.storage.drafts import DraftRepository
from tyokirja.storage.encounters import EncounterRepository
from tyokirja.ui.pages.progress_page import ProgressPage

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

HKI = timezone(timedelta(hours=2))


@pytest.fixture(autouse=True)
def no_modal_questions(monkeypatch):
    from tyokirja.ui import messages

    monkeypatch.setattr(messages, "confirm", lambda *a, **k: True)


@pytest.fixture
def graph(db_path, catalogue):
    db = open_diary(db_path)
    clock = Clock(datetime(2026, 11, 23, 9, 0, tzinfo=HKI))
    diary = DiaryService(EncounterRepository(db), DraftRepository(db), catalogue)
    progress = ProgressService.open(db, catalogue, clock=clock)
    yield diary, progress, clock
    close_diary(db)


def make_page(qtbot, graph, catalogue):
    diary, progress, _clock = graph
    page = ProgressPage(progress, diary, catalogue, "en")
    qtbot.addWidget(page)
    page.resize(1000, 800)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    return page


def click_region(qtbot, chart, key) -> None:
    region = next(r for r in chart.regions() if r.key == key)
    centre = region.rect.center()
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=QPoint(int(centre.x()), int(centre.y())))


def test_a_session_rated_in_the_dialog_appears_on_the_page(qtbot, graph, catalogue, en_app):
    diary, progress, _clock = graph
    page = make_page(qtbot, graph, catalogue)
    listening = page.skill_cards["listening"]
    assert listening.chart.points == []
    assert listening.caption.text().startswith("n = 0 ratings · ")
    assert "No monthly rating yet" in page.profile_card.caption.text()

    qtbot.mouseClick(page.rate_button, Qt.MouseButton.LeftButton)
    from tyokirja.ui.dialogs.rating_session_dialog import RatingSessionDialog

    dialog = page.findChild(RatingSessionDialog)
    assert dialog is not None and dialog.isVisible()
    for index, form in enumerate(dialog.forms):
        click_anchor(qtbot, form, 4 if form.item_id == "listening" else 3)
        type_text(form.evidence, f"Esimerkki {index} – kuuntelin loppuun")
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert len(progress.sessions("monthly")) == 1

    # the page refreshed itself: the new point, its caption with n and the period, the profile
    (point,) = listening.chart.points
    assert point[1] == 4 and point[0].isoformat() == "2026-11-23"
    period = "–".join(english_day(day) for day in (page.data.start, page.data.end))  # "24 Aug 2026"
    assert listening.caption.text() == "n = 1 ratings · " + period
    assert period.endswith("2026") and "–" in period
    assert "n = 10 of 10 skills rated" in page.profile_card.caption.text()
    # clicking the point lists the session behind it
    click_region(qtbot, listening.chart, point[2])
    assert page.drilldown is not None and page.drilldown.isVisible()
    assert any("Rating:" in t for t in page.drilldown.titles())

    # the session can be deleted there (Del) and put back (Undo): the chart follows both
    drilldown = page.drilldown
    (before,) = progress.sessions("monthly")
    assert drilldown.delete_button.isVisible() and drilldown.delete_button.isEnabled()
    rect = drilldown.list.visualItemRect(drilldown.list.item(0))
    qtbot.mouseClick(drilldown.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: drilldown.list.hasFocus())
    qtbot.keyClick(drilldown.list, Qt.Key.Key_Delete)
    assert progress.sessions("monthly") == [] and drilldown.banner.isVisible()
    assert listening.chart.points == []
    qtbot.mouseClick(drilldown.banner.button, Qt.MouseButton.LeftButton)
    (back,) = progress.sessions("monthly")
    assert back == before and len(back.ratings) == 10  # with every item rating and its evidence
    assert [p[1] for p in listening.chart.points] == [4]


def test_clicking_a_week_bar_lists_the_entries_behind_it_and_opens_one(qtbot, graph, catalogue, en_app):
    diary, _progress, _clock = graph
    first = diary.save(Encounter(occurred_at=datetime(2026, 11, 17, 10, 0, tzinfo=HKI), title="Asiakas soitti",
                                 elements={"personal": "yes"}))
    diary.save(Encounter(occurred_at=datetime(2026, 11, 18, 15, 0, tzinfo=HKI), title="Kehityskeskustelu"))
    diary.save(Encounter(occurred_at=datetime(2026, 10, 1, 15, 0, tzinfo=HKI), title="Vanha"))
    page = make_page(qtbot, graph, catalogue)
    weeks = page.data.weeks
    index = next(i for i, w in enumerate(weeks) if w.start.isoformat() == "2026-11-16")
    assert weeks[index].counts["entries"] == 2
    assert page.weeks_card.caption.text().startswith("Active weeks 2/")
    assert "Entries 3" in page.weeks_card.caption.text()
    opened = []
    page.open_requested.connect(lambda kind, oid: opened.append((kind, oid)))
    click_region(qtbot, page.weeks_card.chart, (index, 0))
    titles = page.drilldown.titles()
    assert len(titles) == 2 and "Asiakas soitti" in titles[0] and "Kehityskeskustelu" in titles[1]
    qtbot.keyClick(page.drilldown.list, Qt.Key.Key_Return)
    assert opened == [("encounter", first.id)]
    # elements: n = entries in the period, the "yes" bar of "personal" lists the entry
    assert page.elements_card.caption.text().startswith("n = 3 entries")
    element = next(i for i, e in enumerate(page.data.elements) if e.element_id == "personal")
    click_region(qtbot, page.elements_card.chart, (element, 0))
    assert len(page.drilldown.titles()) == 1 and "Asiakas soitti" in page.drilldown.titles()[0]


def test_period_choice_and_keyboard_drill_down(qtbot, graph, catalogue, en_app):
    diary, _progress, _clock = graph
    diary.save(Encounter(occurred_at=datetime(2025, 6, 2, 10, 0, tzinfo=HKI), title="Viime vuonna"))
    page = make_page(qtbot, graph, catalogue)
    assert page.elements_card.caption.text().startswith("n = 0 entries")
    page.period.set_value("all")
    page.refresh()
    assert page.elements_card.caption.text().startswith("n = 1 entries")
    assert page.data.start.isoformat() == "2025-06-02"
    assert page.funnel_card.chart.regions() == []  # nothing counted: nothing to click
    assert page.funnel_card.caption.text().startswith("n = 0 requests")
    chart = page.weeks_card.chart
    chart.setFocus()
    qtbot.keyClick(chart, Qt.Key.Key_Right)  # the first week's reflections
    qtbot.keyClick(chart, Qt.Key.Key_Left)  # back to its entries
    qtbot.keyClick(chart, Qt.Key.Key_Return)
    assert page.drilldown.heading.text().startswith("Week of ")
    assert len(page.drilldown.titles()) == 1 and "Viime vuonna" in page.drilldown.titles()[0]


def test_main_window_progress_area_reminder_snooze_and_opening_an_entry(qtbot, db_path, catalogue, en_app):
    from tyokirja.app import build_main_window
    from tyokirja.services.workbook import open_workbook

    clock = Clock(datetime(2026, 11, 23, 9, 0, tzinfo=HKI))
    workbook = open_workbook(db_path, create=True, catalogue=catalogue, clock=clock)
    try:
        diary, progress = workbook.diary, workbook.progress
        entry = diary.save(Encounter(occurred_at=datetime(2026, 11, 10, 10, 0, tzinfo=HKI), title="Asiakas"))
        window = build_main_window(workbook, "en")
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        assert "progress" in window.pages
        assert window.rate_action.text() == "&Rate my skills…"
        # no monthly rating yet, a diary in use for two weeks: the quiet reminder is on Today; snoozing
        # hides it for a week
        window.show_area("today")
        card = window.rating_reminder
        assert card.isVisible()
        qtbot.mouseClick(card.snooze_button, Qt.MouseButton.LeftButton)
        assert not card.isVisible() and progress.snoozed_until().isoformat() == "2026-11-30"
        window.show_area("diary")
        window.show_area("today")
        assert not card.isVisible()
        # a drill-down item opens the entry in the diary
        window.show_area("progress")
        window.progress_page.open_requested.emit("encounter", entry.id)
        assert window.stack.currentWidget() is window.diary_page
        assert window.diary_page.current_encounter_id() == entry.id
        # Start on the reminder (once due again) opens the monthly session
        clock.now = datetime(2026, 12, 1, 9, 0, tzinfo=HKI)
        window.show_area("diary")
        window.show_area("today")
        assert card.isVisible()
        qtbot.mouseClick(card.start_button, Qt.MouseButton.LeftButton)
        from tyokirja.ui.dialogs.rating_session_dialog import RatingSessionDialog

        dialog = window.progress_page.findChild(RatingSessionDialog)
        assert dialog is not None and dialog.isVisible() and dialog.kind == "monthly"
        assert window.stack.currentWidget() is window.progress_page
        dialog.reject()
        window.close()
    finally:
        workbook.close()


def test_a_retrospective_is_charted_beside_the_rating_made_back_then(qtbot, graph, catalogue, en_app):
    _diary, progress, clock = graph
    then = progress.new_session("monthly")
    for r in then.ratings:
        r.level, r.evidence_text = 4, "silloin"
    clock.now = datetime(2026, 8, 25, 9, 0, tzinfo=HKI)
    progress.save_session(then)
    clock.now = datetime(2026, 11, 23, 9, 0, tzinfo=HKI)
    page = make_page(qtbot, graph, catalogue)
    assert not page.retro_card.isVisible()
    retro = progress.new_session("retrospective")
    for r in retro.ratings:
        r.level, r.evidence_text = 2, "nyt näen tarkemmin"
    page.open_rating("retrospective").close()
    progress.save_session(retro)
    page.refresh()
    assert page.retro_card.isVisible()
    rows = page.retro_card.chart.rows
    assert len(rows) == 10 and all(row[1] == 4 and row[2] == 2 for row in rows)
    assert page.retro_card.caption.text().startswith("n = 10 skills · about ")


def test_ten_years_of_weeks_show_the_years_on_the_axis_and_in_each_weeks_name(qtbot, graph, catalogue, en_app):
    diary, _progress, _clock = graph
    for year in range(2016, 2027):
        diary.save(Encounter(occurred_at=datetime(year, 6, 8, 10, 0, tzinfo=HKI), title=f"Kesäkuu {year}"))
    page = make_page(qtbot, graph, catalogue)
    page.period.set_value("all")
    page.refresh()
    chart = page.weeks_card.chart
    assert [label for _c, label in chart.axis_labels()] == [str(y) for y in range(2016, 2027)]
    first_of_2019 = next(c for c, label in chart.axis_labels() if label == "2019")
    assert page.data.weeks[first_of_2019].start.isocalendar()[:2] == (2019, 1)
    texts = [r.text for r in chart.regions() if r.key[1] == 0 and r.text.endswith(": 1")]
    assert "w23 2019 – Entries: 1" in texts and len(texts) == 11


def test_a_year_of_weeks_keeps_short_week_labels(qtbot, graph, catalogue, en_app):
    page = make_page(qtbot, graph, catalogue)
    page.period.set_value("12m")
    page.refresh()
    labels = [label for _c, label in page.weeks_card.chart.axis_labels()]
    assert labels and all(label.startswith("w") and " " not in label for label in labels)


def test_the_elements_chart_never_draws_no_in_green(qtbot, graph, catalogue, en_app):
    """Yes, partly and no keep their meaning in colour: no is a warm hue, yes the green one."""
    diary, _progress, _clock = graph
    for value in ("yes", "partly", "no"):
        diary.save(Encounter(occurred_at=datetime(2026, 11, 18, 10, 0, tzinfo=HKI), title=f"Kohtaaminen {value}",
                             elements={"personal": value}))
    page = make_page(qtbot, graph, catalogue)
    chart = page.elements_card.chart
    element = next(i for i, e in enumerate(page.data.elements) if e.element_id == "personal")
    picture = chart.grab().toImage()
    hues = {}
    for series, name in enumerate(("Yes", "Partly", "No")):
        region = next(r for r in chart.regions() if r.key == (element, series))
        assert name in region.text
        centre = region.rect.center()
        hues[name] = picture.pixelColor(int(centre.x()), int(centre.y())).hslHue()
    assert 140 <= hues["Yes"] <= 180  # bluish green
    assert hues["No"] < 40 and hues["Partly"] < 60  # vermilion and orange, not green
