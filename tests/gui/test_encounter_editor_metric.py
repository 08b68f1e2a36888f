"""The customer metric row of the encounter form: a kind, then a value within that kind's range."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QSpinBox

from tests.helpers.controls import control, label_for
from tests.helpers.typing import type_text
from tests.helpers.windows import shown_and_active
from tyokirja.app import build_main_window
from tyokirja.domain.encounter import Encounter, OrgMetric
from tyokirja.ui.widgets.encounter_editor import EncounterEditor

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # offscreen platform noise on show()

HELSINKI = timezone(timedelta(hours=2))


@pytest.fixture
def window(workbook, diary, catalogue, qtbot, fi_app):
    return shown_and_active(qtbot, build_main_window(workbook, "fi"))


@pytest.fixture
def editor(qtbot, catalogue, en_app):
    ed = EncounterEditor(catalogue, "en")
    qtbot.addWidget(ed)
    ed.resize(900, 700)
    ed.show()
    qtbot.waitExposed(ed)
    return ed


def _press(qtbot, widget, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(widget, key, modifier)
    QApplication.processEvents()


def test_choosing_csat_and_4_by_keyboard_stores_it_and_no_metric_clears_it(window, diary, qtbot):
    page = window.diary_page
    _press(qtbot, window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    type_text(QApplication.focusWidget(), "Palautekysely – asiakas tyytyväinen")
    kind = control(page.editor, QComboBox, "Asiakasmittari")
    value = control(page.editor, QSpinBox, "Asiakasmittarin arvo")
    assert not value.isEnabled()
    kind.setFocus()
    _press(qtbot, kind, Qt.Key.Key_Down)  # NPS
    _press(qtbot, kind, Qt.Key.Key_Down)  # CSAT
    assert kind.currentData() == "csat" and value.isEnabled()
    value.setFocus()
    _press(qtbot, value, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(value, "4")
    _press(qtbot, value, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert diary.count() == 1
    stored = diary.get(diary.summaries()[0].id)
    assert stored.title == "Palautekysely – asiakas tyytyväinen"
    assert stored.org_metric == OrgMetric("csat", 4)

    kind.setFocus()
    _press(qtbot, kind, Qt.Key.Key_Home)  # back to "no metric"
    assert kind.currentData() is None and not value.isEnabled()
    _press(qtbot, kind, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert diary.get(stored.id).org_metric is None


def test_the_row_speaks_finnish(window):
    editor = window.diary_page.editor
    kind = control(editor, QComboBox, "Asiakasmittari")
    labels = [kind.itemText(i) for i in range(kind.count())]
    assert labels[0] == "Ei mittaria" and labels[2].startswith("CSAT") and "1–5" in labels[2]
    assert label_for(kind).text() == "Asiakasmittari"
    notes = [w.text() for w in editor.findChildren(QLabel)]
    assert any(text.startswith("Vain jos organisaatiosi jakaa") for text in notes)


def metric_controls(editor) -> tuple[QComboBox, QSpinBox]:
    return control(editor, QComboBox, "Customer metric"), control(editor, QSpinBox, "Customer metric value")


def test_the_value_range_follows_the_kind(editor):
    kind, value = metric_controls(editor)
    expected = {"nps": (0, 10), "csat": (1, 5), "ces": (1, 7)}
    for key, (low, high) in expected.items():
        kind.setCurrentIndex(kind.findData(key))
        assert (value.minimum(), value.maximum()) == (low, high), key
        assert value.isEnabled()
    value.setValue(7)
    kind.setCurrentIndex(kind.findData("csat"))
    assert value.value() == 5  # clamped into the new range, never out of it
    assert editor.encounter().org_metric == OrgMetric("csat", 5)
    kind.setCurrentIndex(kind.findData(None))
    assert not value.isEnabled() and editor.encounter().org_metric is None


def test_a_stored_metric_is_shown_and_round_trips_unchanged(editor, qtbot):
    enc = Encounter(occurred_at=datetime(2026, 2, 2, 9, 0, tzinfo=HELSINKI), title="x",
                    org_metric=OrgMetric("nps", 0))
    kind, value = metric_controls(editor)
    with qtbot.assertNotEmitted(editor.changed):
        editor.set_encounter(enc)
    assert kind.currentData() == "nps" and value.value() == 0
    assert editor.encounter() == enc and not editor.is_dirty()
    editor.set_encounter(enc.copy(org_metric=None))
    assert editor.encounter().org_metric is None and not value.isEnabled()
    with qtbot.waitSignal(editor.changed, timeout=1000):
        kind.setCurrentIndex(kind.findData("ces"))
    assert editor.is_dirty()


def test_controls_are_named_and_ignore_a_stray_wheel(editor):
    kind, value = metric_controls(editor)  # found by these accessible names
    assert label_for(kind).text() == "Customer metric"  # the row's label is the kind's buddy
    control(editor, QLineEdit, "Title").setFocus()
    kind.setCurrentIndex(kind.findData("nps"))
    value.setValue(5)
    for widget in (kind, value):
        centre = QPointF(widget.rect().center())
        wheel = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre)), QPoint(), QPoint(0, -120),
                            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                            Qt.ScrollPhase.NoScrollPhase, False)
        QApplication.sendEvent(widget, wheel)
        assert not wheel.isAccepted()
        assert widget.focusPolicy() == Qt.FocusPolicy.StrongFocus  # a wheel never hands it focus
    assert editor.encounter().org_metric == OrgMetric("nps", 5)
