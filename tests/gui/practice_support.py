"""Shared set-up for the practice GUI tests: a settable clock, the practice graph over a real diary
file, and a driver that answers any exercise step through its real widgets, as a user would."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from tests.helpers.typing import commit_text
from tyokirja.services.workbook import open_workbook
from tyokirja.storage.connection import close_diary
from tyokirja.ui.widgets import step_widgets as sw

HKI = timezone(timedelta(hours=2))
TEXTS = {
    "fi": ["Asiakas kertoi huolensa – kuuntelin loppuun.", "Sanoitin hänen turhautumisensa ääneen.",
           "Ensi kerralla kysyn ensin, mitä hän jo tietää.", "Hän vaikutti rauhoittuvan; arvaus."],
    "en": ["The customer told me their worry; I listened to the end.", "I named their frustration aloud.",
           "Next time I ask first what they already know.", "They seemed to calm down; a guess."],
}


class Clock:
    """A settable clock: the service reads the time only through it."""

    def __init__(self, moment: datetime):
        self.now = moment

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta) -> None:
        self.now = self.now + timedelta(**delta)


def open_practice(db_path, catalogue, clock):
    """(Workbook, db) over the diary file at db_path, with the shipped exercise content: its practice
    services are workbook.exercises, .feedback, .goals and .today."""
    workbook = open_workbook(db_path, create=True, catalogue=catalogue, clock=clock)
    return workbook, workbook.db


def close(db) -> None:
    close_diary(db)


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def answer_current(runner, qtbot, lang: str, n: int):
    """Answer the runner's current step through its widget; return the value the user gave (None: no input)."""
    widget = runner.current
    text = TEXTS[lang][n % len(TEXTS[lang])]
    if isinstance(widget, sw.TextStep):
        commit_text(widget.edit, text)
        return text
    if isinstance(widget, sw.ChoiceStep):
        option_id, button = list(widget.buttons.items())[n % len(widget.buttons)]
        # on the indicator: a radio button reacts to clicks on its circle and label, not its empty width
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
        return [option_id] if widget.multiple else option_id
    if isinstance(widget, sw.ScaleStep):
        button = widget.scale.buttons()[-1]
        click(qtbot, button)
        return widget.scale.value()
    if isinstance(widget, sw.TermsStep):
        picker = widget.picker
        vocabulary = "needs" if isinstance(picker, sw.ChipSet) else "emotions"
        term = runner.catalogue.terms(vocabulary)[n % 5].id
        click(qtbot, picker.chip(term))
        return [term]
    if isinstance(widget, sw.EncounterStep):
        view = widget.choice.list
        click_item(qtbot, view, 0)
        return view.item(0).data(Qt.ItemDataRole.UserRole)
    if isinstance(widget, sw.IfThenStep):
        plans = []
        for index, (if_edit, then_edit) in enumerate(widget.rows[:2]):
            plan = {"if": text[:20] + str(index), "then": TEXTS[lang][(n + 1) % 4]}
            commit_text(if_edit, plan["if"])
            commit_text(then_edit, plan["then"])
            plans.append(plan)
        return plans if widget.count > 1 else plans[0]
    if type(widget).__name__ == "FocusRatingStep":
        widget.skill.setCurrentIndex(widget.skill.findData("listening"))
        form = widget.form
        radio = form.group.button(4)
        qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))
        commit_text(form.evidence, text)
        click(qtbot, form.confidence.buttons()[3])
        return {"item_id": "listening", "level": 4, "evidence_text": text,
                "evidence_encounter_id": None, "confidence": 3}
    if isinstance(widget, sw.GoalsReviewStep):
        if not widget.rows:
            return None
        goal_id, choice, note = widget.rows[0]
        click(qtbot, choice.buttons()[1])
        commit_text(note, text)
        return [{"goal_id": goal_id, "status": choice.value(), "note": text}]
    return None


def click_item(qtbot, view, row: int) -> None:
    rect = view.visualItemRect(view.item(row))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def press_next(qtbot, runner, use_alt: bool) -> None:
    """Next by keyboard: Alt+Right or Ctrl+Enter, sent to the widget that has focus."""
    target = QApplication.focusWidget() or runner
    if use_alt:
        qtbot.keyClick(target, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    else:
        qtbot.keyClick(target, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def run_through(runner, qtbot, lang: str) -> dict:
    """Answer every step of the open session and finish; return {step id: value given}."""
    given = {}
    for n in range(len(runner.steps)):
        assert runner.index == n, (n, runner.index, runner.hint.text(), runner.session.responses)
        step = runner.steps[n]
        value = answer_current(runner, qtbot, lang, n)
        if value is not None:
            given[step.id] = value
        press_next(qtbot, runner, use_alt=n % 2 == 0)
    return given
