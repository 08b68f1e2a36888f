"""The encounter form: what the user types and clicks is exactly what encounter() gives the page."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QDate, QDateTime, QPoint, QPointF, Qt, QTime
from PySide6.QtGui import QAction, QKeySequence, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QWidget,
)

from tests.helpers.controls import control, controls, label_for, scroll_area
from tests.helpers.typing import commit_text, type_text
from tyokirja.domain.encounter import Encounter, FollowUp
from tyokirja.domain.validation import Problem
from tyokirja.errortext import describe_problem
from tyokirja.ui.widgets.elements_editor import ElementsEditor
from tyokirja.ui.widgets.encounter_editor import EncounterEditor
from tyokirja.ui.widgets.problem_marks import ProblemBanner
from tyokirja.ui.widgets.segmented_choice import SegmentedChoice
from tyokirja.ui.widgets.skill_marks import SkillMarks
from tyokirja.ui.widgets.term_picker import TermPicker

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # offscreen platform noise on show()

HELSINKI_SPRING = timezone(timedelta(hours=2))


def make_editor(qtbot, catalogue, lang: str) -> EncounterEditor:
    editor = EncounterEditor(catalogue, lang)
    qtbot.addWidget(editor)
    editor.resize(900, 700)
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    return editor


@pytest.fixture
def fi_editor(qtbot, catalogue, fi_app):
    return make_editor(qtbot, catalogue, "fi")


@pytest.fixture
def en_editor(qtbot, catalogue, en_app):
    return make_editor(qtbot, catalogue, "en")


def full_encounter(catalogue) -> Encounter:
    skill = catalogue.terms("skills")[0].id
    return Encounter(
        id="0123456789abcdef",
        occurred_at=datetime(2025, 3, 14, 9, 30, 15, 250000, tzinfo=HELSINKI_SPRING),
        title="Reklamaatio: Áile Čuđe-Ŋoađđi ŧ 😊",
        my_role="service",
        counterpart_role="customer",
        scope="external",
        channel="phone",
        situation="complaint",
        difficulty=4,
        facts=("Asiakas soitti. Sámegiella: áčđŋšŧž ÁČĐŊŠŦŽ 👍🏽\n" * 20_000)[:1_000_000],
        my_feelings=["worried", "irritated"],
        my_feelings_text="Jännitti 😬",
        their_feelings=["frustrated"],
        their_feelings_text="Arvaan: pettymys.",
        impact_on_other="Rauhoittui.",
        went_well="Kuuntelin.",
        do_differently="Kertoisin aikataulun heti.",
        elements={"personal": "yes", "authentic": "partly", "connection": "no"},
        follow_up=FollowUp(text="Soitan perjantaina.", due=date(2025, 3, 21), done=True),
        notes="Muistiinpano 🗒️ đ",
        skills=[skill],
        needs_completion=True,
        share_with_coach=True,
        created_at=datetime(2025, 3, 14, 10, 0, tzinfo=UTC),
        updated_at=datetime(2025, 3, 15, 8, 0, tzinfo=UTC),
    )


def segment(choice, text: str) -> QAbstractButton:
    return next(b for b in choice.buttons() if b.text() == text)


def test_user_fills_every_field_and_gets_exactly_that_back(fi_editor, qtbot, catalogue):
    ed = fi_editor
    base = ed.encounter()
    control(ed, QDateTimeEdit, "Ajankohta").setDateTime(QDateTime(QDate(2025, 5, 13), QTime(14, 5)))
    type_text(control(ed, QLineEdit, "Otsikko"), "Kehityskeskustelu – yllätys äänensävystä")
    qtbot.mouseClick(control(ed, QCheckBox, "Täydennä myöhemmin"), Qt.MouseButton.LeftButton)  # fresh form: ticks it
    my_role = control(ed, QComboBox, "Roolini")
    my_role.setFocus()
    qtbot.keyClick(my_role, Qt.Key.Key_Down)  # first real choice
    control(ed, QComboBox, "Kenen kanssa (rooli)").setCurrentIndex(3)
    control(ed, QComboBox, "Sisäinen vai ulkoinen").setCurrentIndex(1)
    channel = control(ed, QComboBox, "Kanava")
    channel.setCurrentIndex(channel.findText("Kasvokkain"))
    qtbot.keyClick(control(ed, QComboBox, "Tilanne"), Qt.Key.Key_Down)
    qtbot.mouseClick(segment(control(ed, SegmentedChoice, "Vaikeus"), "3"), Qt.MouseButton.LeftButton)
    commit_text(control(ed, QPlainTextEdit, "Mitä tapahtui (havainnot)"),
                "Hän sanoi: \"Tämä ei käy.\"\nMinä vastasin rauhallisesti. č ŋ 🙂")
    mine = control(ed, TermPicker, "Omat tunteeni")
    qtbot.mouseClick(mine.chip("nervous"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(mine.chip("hurt"), Qt.MouseButton.LeftButton)
    type_text(control(ed, QPlainTextEdit, "Omat tunteeni omin sanoin"), "Jäykistyin hetkeksi.")
    theirs = control(ed, TermPicker, "Toisen tunteet (arvioni)")
    theirs.setFocus()
    qtbot.keyClick(theirs.chip("irritated"), Qt.Key.Key_Space)
    type_text(control(ed, QPlainTextEdit, "Toisen tunteet, arvioni sanoin"), "Ehkä väsynyt.")
    type_text(control(ed, QPlainTextEdit, "Miten vaikutin toiseen"), "Hän rauhoittui.")
    type_text(control(ed, QPlainTextEdit, "Mikä meni hyvin"), "Kysyin ennen kuin vastasin.")
    type_text(control(ed, QPlainTextEdit, "Mitä tekisin toisin"), "Tauko ennen vastausta.")
    personal = control(ed, SegmentedChoice, "Personointi")
    qtbot.mouseClick(segment(personal, "Kyllä"), Qt.MouseButton.LeftButton)
    exceed = control(ed, SegmentedChoice, "Odotusten ylittäminen")
    qtbot.keyClick(exceed.buttons()[0], Qt.Key.Key_Right)  # not set -> no
    qtbot.keyClick(exceed.buttons()[1], Qt.Key.Key_Right)  # no -> partly
    type_text(control(ed, QPlainTextEdit, "Jatkotoimi"), "Palaan asiaan viikon päästä.")
    due = control(ed, QDateEdit, "Määräpäivä")
    assert not due.isEnabled()
    qtbot.mouseClick(control(ed, QCheckBox, "Määräpäivä asetettu"), Qt.MouseButton.LeftButton)  # "has a due date": its own name, not the date field's
    assert due.isEnabled()
    due.setDate(QDate(2025, 5, 20))
    qtbot.mouseClick(control(ed, QCheckBox, "Jatkotoimi tehty"), Qt.MouseButton.LeftButton)
    type_text(control(ed, QPlainTextEdit, "Muistiinpanot"), "Ei nimiä – vain roolit.")

    roles = [t.id for t in catalogue.terms("my_roles")]
    expected = base.copy(
        occurred_at=datetime(2025, 5, 13, 14, 5).astimezone(),
        title="Kehityskeskustelu – yllätys äänensävystä",
        needs_completion=True,
        my_role=roles[0],
        counterpart_role=catalogue.terms("counterpart_roles")[2].id,
        scope=catalogue.terms("scopes")[0].id,
        channel="face_to_face",
        situation=catalogue.terms("situations")[0].id,
        difficulty=3,
        facts="Hän sanoi: \"Tämä ei käy.\"\nMinä vastasin rauhallisesti. č ŋ 🙂",
        my_feelings=["nervous", "hurt"],
        my_feelings_text="Jäykistyin hetkeksi.",
        their_feelings=["irritated"],
        their_feelings_text="Ehkä väsynyt.",
        impact_on_other="Hän rauhoittui.",
        went_well="Kysyin ennen kuin vastasin.",
        do_differently="Tauko ennen vastausta.",
        elements={"personal": "yes", "exceed": "partly"},
        follow_up=FollowUp(text="Palaan asiaan viikon päästä.", due=date(2025, 5, 20), done=True),
        notes="Ei nimiä – vain roolit.",
    )
    got = ed.encounter()
    assert got == expected
    assert got.occurred_at.utcoffset() == expected.occurred_at.utcoffset()
    assert ed.is_dirty()


def test_a_filled_encounter_round_trips_unchanged(en_editor, catalogue, qtbot):
    enc = full_encounter(catalogue)
    with qtbot.assertNotEmitted(en_editor.changed):
        en_editor.set_encounter(enc)
    got = en_editor.encounter()
    assert got == enc
    assert got is not enc and got.my_feelings is not enc.my_feelings
    assert got.occurred_at.utcoffset() == timedelta(hours=2) and got.occurred_at.microsecond == 250000
    assert not en_editor.is_dirty()


def test_time_recorded_in_another_zone_is_kept_until_changed(en_editor, catalogue):
    tokyo = datetime(2025, 3, 14, 18, 0, tzinfo=timezone(timedelta(hours=9)))
    en_editor.set_encounter(full_encounter(catalogue).copy(occurred_at=tokyo, facts=""))
    assert en_editor.encounter().occurred_at == tokyo
    assert en_editor.encounter().occurred_at.utcoffset() == timedelta(hours=9)
    when = control(en_editor, QDateTimeEdit, "When")
    assert when.text() == "14 Mar 2025 18:00 (UTC+09:00)"  # Tokyo's wall clock, not Helsinki's
    when.setDateTime(when.dateTime().addSecs(3600))
    moved = en_editor.encounter().occurred_at
    assert moved == tokyo + timedelta(hours=1)
    assert moved.utcoffset() == timedelta(hours=9)  # editing keeps the entry's own offset


def test_finnish_date_time_display(fi_editor, catalogue):
    fi_editor.set_encounter(full_encounter(catalogue).copy(facts=""))
    assert control(fi_editor, QDateTimeEdit, "Ajankohta").text() == "14.3.2025 9.30"
    assert control(fi_editor, QDateEdit, "Määräpäivä").text() == "21.3.2025"


def test_stale_catalogue_ids_survive_a_round_trip(en_editor, catalogue):
    enc = full_encounter(catalogue).copy(
        facts="", channel="carrier_pigeon", my_feelings=["old_word"], elements={"retired_element": "yes"})
    en_editor.set_encounter(enc)
    channel = control(en_editor, QComboBox, "Channel")
    assert channel.currentText() == "carrier_pigeon"
    assert en_editor.encounter() == enc
    en_editor.set_encounter(full_encounter(catalogue).copy(facts="", channel=None))
    assert channel.findText("carrier_pigeon") == -1


def test_changed_fires_on_every_kind_of_edit_but_not_on_set_encounter(en_editor, qtbot, catalogue):
    ed = en_editor
    when = control(ed, QDateTimeEdit, "When")
    edits = [
        lambda: type_text(control(ed, QLineEdit, "Title"), "x"),
        lambda: control(ed, QComboBox, "Channel").setCurrentIndex(5),
        lambda: qtbot.mouseClick(segment(control(ed, SegmentedChoice, "Difficulty"), "5"), Qt.MouseButton.LeftButton),
        lambda: type_text(control(ed, QPlainTextEdit, "What happened (observations)"), "y"),
        lambda: qtbot.mouseClick(control(ed, TermPicker, "My feelings").chip("tired"), Qt.MouseButton.LeftButton),
        lambda: qtbot.mouseClick(control(ed, TermPicker, "Their feelings (my guess)").chip("tired"),
                                 Qt.MouseButton.LeftButton),
        lambda: qtbot.mouseClick(segment(control(ed, SegmentedChoice, "Authenticity"), "No"),
                                 Qt.MouseButton.LeftButton),
        lambda: qtbot.mouseClick(control(ed, QCheckBox, "Has a due date"), Qt.MouseButton.LeftButton),
        lambda: qtbot.mouseClick(control(ed, QCheckBox, "Follow-up done"), Qt.MouseButton.LeftButton),
        lambda: qtbot.mouseClick(control(ed, QCheckBox, "Fill in later"), Qt.MouseButton.LeftButton),
        lambda: type_text(control(ed, QPlainTextEdit, "Notes"), "z"),
        lambda: type_text(control(ed, QPlainTextEdit, "Follow-up"), "w"),
        lambda: when.setDateTime(when.dateTime().addDays(-1)),
    ]
    for number, edit in enumerate(edits):
        with qtbot.assertNotEmitted(ed.changed):
            ed.set_encounter(full_encounter(catalogue).copy(facts="short", elements={}))
        assert not ed.is_dirty()
        with qtbot.waitSignal(ed.changed, timeout=1000, raising=False) as blocker:
            edit()
        assert blocker.signal_triggered, f"edit {number} did not emit changed"
        assert ed.is_dirty()
        ed.mark_clean()
        assert not ed.is_dirty()


def test_missing_title_is_explained_marked_and_focused(en_editor, qtbot):
    ed = en_editor
    banner, title = control(ed, ProblemBanner, "Problems"), control(ed, QLineEdit, "Title")
    ed.show_problems([Problem("title", "required")])
    assert banner.isVisible()
    assert "Title: this field is required." in banner.text()
    assert title.property("problem") is True
    assert label_for(title).text().startswith("\u26a0")
    assert title.accessibleDescription() == "Title: this field is required."
    qtbot.waitUntil(lambda: QApplication.focusWidget() is title)
    ed.clear_problems()
    assert not banner.isVisible() and banner.text() == ""
    assert not title.property("problem")
    assert label_for(title).text() == "Title"
    assert title.accessibleDescription() == ""


def test_problem_sentences_come_from_the_shared_error_texts_in_finnish(fi_editor, qtbot):
    problems = [Problem("elements", "unknown_value", "x"), Problem("title", "required")]
    fi_editor.show_problems(problems)
    for problem in problems:
        assert describe_problem(problem) in control(fi_editor, ProblemBanner, "Ongelmat").text()
    # The first bad field in the form's order gets focus, whatever order the problems came in.
    title = control(fi_editor, QLineEdit, "Otsikko")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is title)
    assert control(fi_editor, ElementsEditor, "Toteutuneet elementit").property("problem") is True


def test_problems_further_down_are_scrolled_into_view_and_focused(en_editor, qtbot):
    notes = control(en_editor, QPlainTextEdit, "Notes")
    en_editor.show_problems([Problem("notes", "too_long", 6_000_000)])
    qtbot.waitUntil(lambda: QApplication.focusWidget() is notes)
    assert scroll_area(en_editor).verticalScrollBar().value() > 0
    assert notes.visibleRegion().boundingRect().height() > 0


def test_labels_follow_the_catalogue_language(fi_editor, en_editor):
    # Both fixtures at once leave the Finnish translator installed: the form speaks Finnish in both,
    # and only the catalogue's words (channels, feelings, elements) follow each editor's language.
    fi_channel, en_channel = control(fi_editor, QComboBox, "Kanava"), control(en_editor, QComboBox, "Kanava")
    fi_channels = [fi_channel.itemText(i) for i in range(fi_channel.count())]
    en_channels = [en_channel.itemText(i) for i in range(en_channel.count())]
    assert "Kasvokkain" in fi_channels and "Face to face" in en_channels
    assert fi_channel.itemData(0) is None  # "not chosen" first
    assert control(fi_editor, TermPicker, "Omat tunteeni").chip("irritated").text() == "ärtynyt"
    assert control(en_editor, TermPicker, "Omat tunteeni").chip("irritated").text() == "irritated"
    assert segment(control(fi_editor, SegmentedChoice, "Personointi"), "Ei valittu").toolTip() == (
        "Toinen kohdataan yksilönä eikä tapausnumerona.")


def test_every_control_has_an_accessible_name(en_editor):
    kinds = (QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QAbstractSpinBox)
    unnamed = [
        w for w in en_editor.findChildren(QWidget)
        if isinstance(w, kinds) and not isinstance(w.parentWidget(), QAbstractSpinBox) and not w.accessibleName()
    ]
    assert unnamed == []
    assert [p.accessibleName() for p in controls(en_editor, TermPicker)] == [
        "My feelings", "Their feelings (my guess)"]


def test_tab_order_follows_the_visual_order(en_editor):
    host = scroll_area(en_editor).widget()
    start = control(en_editor, QDateTimeEdit, "When")
    chain, widget = [], start
    while True:
        if (widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisibleTo(host)
                and widget.isEnabled() and host.isAncestorOf(widget)
                and not isinstance(widget.parentWidget(), QAbstractSpinBox)):  # a date edit's own line edit
            chain.append(widget)
        widget = widget.nextInFocusChain()
        if widget is start:
            break
    tops = [w.mapTo(host, w.rect().topLeft()).y() for w in chain]
    assert tops == sorted(tops), [w.accessibleName() for w in chain]
    names = [w.accessibleName() for w in chain]
    assert names[:3] == ["When", "Title", "Fill in later"]
    assert names[-2:] == ["Notes", "Share with coach"]
    assert chain.count(control(en_editor, TermPicker, "My feelings").focusProxy()) == 1  # one stop, not one per word
    assert len(chain) < 40


def test_ctrl_s_reaches_the_window(qtbot, catalogue, en_app):
    window = QMainWindow()
    qtbot.addWidget(window)
    editor = EncounterEditor(catalogue, "en")
    window.setCentralWidget(editor)
    saved = []
    action = QAction("Save", window)
    action.setShortcut(QKeySequence.StandardKey.Save)
    action.triggered.connect(lambda: saved.append(True))
    window.addAction(action)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    for field in (control(editor, QLineEdit, "Title"), control(editor, QPlainTextEdit, "What happened (observations)"),
                  control(editor, QComboBox, "Channel"), control(editor, QDateTimeEdit, "When")):
        field.setFocus()
        qtbot.waitUntil(field.hasFocus)
        qtbot.keyClick(field, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert len(saved) == 4


def test_a_megabyte_of_text_stays_responsive(en_editor, catalogue, monkeypatch):
    """Typing does no whole-text work: the megabyte is read once, by encounter(), never per key."""
    enc = full_encounter(catalogue)
    facts = control(en_editor, QPlainTextEdit, "What happened (observations)")
    reads = []
    whole_text = facts.toPlainText
    monkeypatch.setattr(facts, "toPlainText", lambda: reads.append(1) or whole_text())
    edits = []
    en_editor.changed.connect(lambda: edits.append(1))
    en_editor.set_encounter(enc)
    assert (reads, edits) == ([], [])  # loading reads nothing back and is no user edit
    facts.moveCursor(facts.textCursor().MoveOperation.End)
    type_text(facts, "lisää tekstiä")
    assert edits and reads == []  # every key says "changed" without reading the text
    assert en_editor.encounter().facts == enc.facts + "lisää tekstiä"
    assert len(reads) == 1


def test_follow_up_without_due_date_and_not_rated_difficulty_are_none(en_editor, qtbot, catalogue):
    en_editor.set_encounter(full_encounter(catalogue).copy(facts=""))
    qtbot.mouseClick(control(en_editor, QCheckBox, "Has a due date"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(segment(control(en_editor, SegmentedChoice, "Difficulty"), "Not rated"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(segment(control(en_editor, SegmentedChoice, "Personalisation"), "Not set"),
                     Qt.MouseButton.LeftButton)
    enc = en_editor.encounter()
    assert enc.follow_up.due is None and not control(en_editor, QDateEdit, "Due date").isEnabled()
    assert enc.difficulty is None
    assert "personal" not in enc.elements


def test_quick_entry_marker_is_shown_ticked_and_can_be_cleared(en_editor, qtbot, catalogue):
    en_editor.set_encounter(full_encounter(catalogue).copy(facts="", needs_completion=True))
    box = control(en_editor, QCheckBox, "Fill in later")
    assert box.isVisible() and box.isChecked()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert en_editor.encounter().needs_completion is False


def test_focus_title(en_editor, qtbot):
    control(en_editor, QPlainTextEdit, "Notes").setFocus()
    en_editor.focus_title()
    title = control(en_editor, QLineEdit, "Title")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is title)


def test_the_form_fits_900_pixels_without_sideways_scrolling(en_editor, fi_editor):
    for editor in (en_editor, fi_editor):
        scroll = scroll_area(editor)
        assert scroll.widget().minimumSizeHint().width() <= scroll.viewport().width()


def test_scrolling_over_an_unfocused_choice_scrolls_the_form_not_the_choice(en_editor):
    combo = control(en_editor, QComboBox, "Channel")
    control(en_editor, QLineEdit, "Title").setFocus()
    before = combo.currentIndex()
    centre = QPointF(combo.rect().center())
    wheel = QWheelEvent(centre, QPointF(combo.mapToGlobal(centre)), QPoint(), QPoint(0, -120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(combo, wheel)
    assert combo.currentIndex() == before
    assert not wheel.isAccepted()  # ignored, so Qt hands a real wheel event on to the scrolling form


def test_skills_exercised_are_ticked_by_the_user_and_kept_with_heading_ids(en_editor, qtbot, catalogue):
    ed = en_editor
    marks = control(ed, SkillMarks, "Skills exercised")
    assert "communication" not in marks.boxes and "eq" not in marks.boxes  # headings, not rated skills
    assert len(marks.boxes) == 10
    assert marks.boxes["listening"].text() == "Listening"
    ed.set_encounter(Encounter(occurred_at=datetime(2025, 3, 14, 9, 0, tzinfo=HELSINKI_SPRING), title="t",
                               skills=["communication", "presence"]))
    assert marks.boxes["presence"].isChecked()
    changes = []
    ed.changed.connect(lambda: changes.append(1))
    scroll_area(ed).ensureWidgetVisible(marks)
    box = marks.boxes["presence"]
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))  # clears it
    assert not marks.boxes["presence"].isChecked()
    marks.boxes["listening"].setFocus()
    qtbot.keyClick(marks.boxes["listening"], Qt.Key.Key_Space)
    box = marks.boxes["eq.empathy"]
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert changes and ed.is_dirty()
    assert ed.encounter().skills == ["listening", "eq.empathy", "communication"]
