"""The feeling-word picker: chips grouped by family, chosen by mouse or keyboard, in the UI language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QToolButton

from tyokirja.ui.widgets.term_picker import TermPicker

# The offscreen platform warns whenever a shown top-level window gets size constraints.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def picker(qtbot, catalogue, fi_app):
    widget = TermPicker(catalogue, "fi")
    qtbot.addWidget(widget)
    widget.resize(600, 400)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    return widget


def chips(widget: TermPicker) -> list[QToolButton]:
    return widget.findChildren(QToolButton)


def test_every_emotion_is_a_chip_under_its_family_heading(picker, catalogue):
    assert len(chips(picker)) == len(catalogue.terms("emotions"))
    headings = [label.text() for label in picker.findChildren(QLabel)]
    assert headings == [f.label("fi") for f in catalogue.terms("emotion_families")]
    assert picker.chip("irritated").text() == "ärtynyt"
    assert picker.chip("irritated").accessibleName() == "ärtynyt"
    assert picker.chip("irritated").accessibleDescription() == "Vihainen"


def test_english_labels(qtbot, catalogue, en_app):
    widget = TermPicker(catalogue, "en")
    qtbot.addWidget(widget)
    assert widget.chip("irritated").text() == "irritated"
    assert "Angry" in [label.text() for label in widget.findChildren(QLabel)]


def test_clicking_chips_selects_in_the_order_chosen(picker, qtbot):
    with qtbot.waitSignals([picker.changed] * 3):
        qtbot.mouseClick(picker.chip("worried"), Qt.MouseButton.LeftButton)
        qtbot.mouseClick(picker.chip("irritated"), Qt.MouseButton.LeftButton)
        qtbot.mouseClick(picker.chip("relieved"), Qt.MouseButton.LeftButton)
    assert picker.selected() == ["worried", "irritated", "relieved"]
    assert picker.chip("worried").text().startswith("\u2713")  # the state shows without colour too
    qtbot.mouseClick(picker.chip("irritated"), Qt.MouseButton.LeftButton)
    assert picker.selected() == ["worried", "relieved"]
    assert picker.chip("irritated").text() == "ärtynyt"


def test_set_selected_is_silent_and_keeps_order(picker, qtbot):
    with qtbot.assertNotEmitted(picker.changed):
        picker.set_selected(["tired", "worried", "tired"])
    assert picker.selected() == ["tired", "worried"]
    assert picker.chip("tired").isChecked() and picker.chip("worried").isChecked()
    picker.set_selected([])
    assert picker.selected() == []
    assert not any(chip.isChecked() for chip in chips(picker))


def test_a_word_no_longer_in_the_content_is_kept_and_can_be_cleared(picker, qtbot):
    picker.set_selected(["irritated", "old_word"])
    assert picker.selected() == ["irritated", "old_word"]
    stray = picker.chip("old_word")
    assert stray.isVisibleTo(picker) and stray.isChecked()
    qtbot.mouseClick(stray, Qt.MouseButton.LeftButton)
    assert picker.selected() == ["irritated"]


def test_picker_is_one_tab_stop_and_arrows_move_between_words(picker, qtbot):
    tab_stops = [c for c in chips(picker) if c.focusPolicy() & Qt.FocusPolicy.TabFocus]
    assert len(tab_stops) == 1
    picker.setFocus()
    first = picker.chip("irritated")
    assert first.hasFocus()
    qtbot.keyClick(first, Qt.Key.Key_Right)
    second = picker.chip("frustrated")
    assert second.hasFocus()
    qtbot.keyClick(second, Qt.Key.Key_Space)
    assert picker.selected() == ["frustrated"]
    qtbot.keyClick(second, Qt.Key.Key_Down)  # next family, same position
    assert picker.chip("nervous").hasFocus()
    qtbot.keyClick(picker.chip("nervous"), Qt.Key.Key_Space)
    assert picker.selected() == ["frustrated", "nervous"]
    # The chip last used is now the Tab stop, so Tab comes back where the user left off.
    assert [c for c in chips(picker) if c.focusPolicy() & Qt.FocusPolicy.TabFocus] == [picker.chip("nervous")]
