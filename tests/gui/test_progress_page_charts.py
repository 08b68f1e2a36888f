"""Chart widgets on their own: regions, keyboard, captions, and many repaints without a crash."""

from __future__ import annotations

import sys
from datetime import date

import pytest
from PySide6.QtCore import Qt

from tyokirja.ui.charts.bar_chart import BarChart, BarSeries
from tyokirja.ui.charts.point_charts import ProfileChart, SkillLineChart

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def test_hundreds_of_repaints_do_not_wear_out_none(qtbot):
    """PySide6 6.12 on Python 3.11 drops a reference to None per void Qt call; tyokirja.ui guards it."""
    chart = BarChart(stacked=True)
    qtbot.addWidget(chart)
    chart.resize(600, 300)
    chart.set_data([str(i) for i in range(52)], [BarSeries("a", tuple(float(i % 5) for i in range(52)))])
    for _ in range(300):
        chart.grab()
    if sys.version_info < (3, 12):
        assert sys.getrefcount(None) > 2 ** 39


def test_bar_regions_follow_the_data_and_the_keyboard(qtbot):
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.resize(400, 250)
    chart.set_data(["Asked", "Received"], [BarSeries("", (3.0, 1.0))])
    keys = [r.key for r in chart.regions()]
    assert keys == [(0, 0), (1, 0)]
    tall, short = chart.regions()
    assert tall.rect.height() == pytest.approx(3 * short.rect.height(), rel=0.05)
    assert "Received: 1" in chart.accessibleDescription()
    got = []
    chart.activated.connect(got.append)
    chart.show()
    qtbot.waitExposed(chart)
    chart.activateWindow()
    qtbot.waitUntil(chart.isActiveWindow)
    chart.setFocus()
    qtbot.keyClick(chart, Qt.Key.Key_Right)
    qtbot.keyClick(chart, Qt.Key.Key_Space)
    assert got == [(1, 0)]


def test_line_and_profile_charts_leave_out_missing_levels(qtbot):
    line = SkillLineChart()
    qtbot.addWidget(line)
    line.resize(400, 200)
    line.set_data([(date(2026, 9, 1), 2, "a"), (date(2026, 11, 1), 4, "b")], date(2026, 8, 24), date(2026, 11, 23))
    first, second = line.regions()
    assert first.rect.center().y() > second.rect.center().y()  # 2 is drawn lower than 4
    assert first.rect.center().x() < second.rect.center().x()
    profile = ProfileChart()
    qtbot.addWidget(profile)
    profile.resize(500, 300)
    profile.set_data([("Presence", None, 3, "presence")], "then", "now")
    (row,) = profile.regions()
    assert row.key == "presence" and "then –, now 3" in row.text
