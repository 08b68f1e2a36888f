"""Chart colours keep a contrast of at least 4.5:1 against the page, in a light and in a dark palette.

The contrast is WCAG 2's ratio of relative luminances, computed from the colours the charts really draw
with under each palette (the light palette of the default style, and a dark palette as a dark desktop
theme hands to Qt).
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette

from tyokirja.ui.charts.bar_chart import BarChart, BarSeries
from tyokirja.ui.charts.base import CHART_COLOURS, SERIES_COUNT, chart_colour, is_dark, series_colour


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#2b2b2b"), (QPalette.ColorRole.Base, "#1e1e1e"),
                         (QPalette.ColorRole.Text, "#f0f0f0"), (QPalette.ColorRole.WindowText, "#f0f0f0"),
                         (QPalette.ColorRole.Mid, "#5a5a5a")):
        palette.setColor(role, QColor(colour))
    return palette


def test_contrast_formula_matches_known_pairs():
    assert contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("mode", ["light", "dark"])
def test_every_chart_colour_keeps_4_5_to_1_against_the_card(qtbot, mode):
    chart = BarChart()
    qtbot.addWidget(chart)
    if mode == "dark":
        chart.setPalette(dark_palette())
    base = chart.palette().color(QPalette.ColorRole.Base)  # the card behind every chart
    assert is_dark(chart) == (mode == "dark")

    drawn = {key: chart_colour(chart, key) for key in CHART_COLOURS}
    drawn.update({f"series {n}": series_colour(chart, n) for n in range(SERIES_COUNT)})
    chart.set_data(["a"], [BarSeries("kyllä", (1.0,), "yes"), BarSeries("ei", (1.0,), "no"), BarSeries("", (2.0,))])
    drawn.update({"bar yes": chart.colour_of(0), "bar no": chart.colour_of(1), "bar series": chart.colour_of(2)})

    ratios = {name: round(contrast(colour, base), 2) for name, colour in drawn.items()}
    low = {name: ratio for name, ratio in ratios.items() if ratio < 4.5}
    assert not low, f"{mode}: below 4.5:1 against {base.name()}: {low}"
    assert drawn["bar no"].name() == drawn["no"].name()
    assert drawn["no"].hue() < 40 or drawn["no"].hue() > 330  # "no" is red/vermilion, never green
