"""Small reportlab.graphics charts for the coach report. Fixed scales: levels always run 1–5.

Each function returns a `Drawing` (a flowable); the section code puts a caption with n and the
period beneath every one. Dates become x positions in days from the period's first day.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Circle, Drawing, Line, Rect, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib.colors import white
from reportlab.pdfbase.pdfmetrics import stringWidth

from tyokirja.domain.report import Count, Point, ThenNow, WeekBar, format_month

from .fonts import REGULAR
from .styles import ACCENT, GRID, LIGHT, MUTED, TEXT, TINTS

if TYPE_CHECKING:
    from reportlab.graphics.charts.axes import CategoryAxis, ValueAxis
    from reportlab.lib.colors import Color

FONT_SIZE = 7
LEVELS = (1, 2, 3, 4, 5)


def _axis_font(axis: ValueAxis | CategoryAxis) -> None:
    axis.labels.fontName = REGULAR
    axis.labels.fontSize = FONT_SIZE
    axis.labels.fillColor = MUTED
    axis.strokeColor = LIGHT
    axis.strokeWidth = 0.6


def _fit(text: str, width: float, size: float = FONT_SIZE) -> str:
    """Shorten a label with an ellipsis so it fits `width` points."""
    if stringWidth(text, REGULAR, size) <= width:
        return text
    while text and stringWidth(text + "…", REGULAR, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _nice_max(value: float) -> tuple[int, int]:
    """An axis maximum and step for counts: whole numbers, at most about five steps."""
    value = max(1, math.ceil(value))
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000):
        if value / step <= 5:
            return step * math.ceil(value / step), step
    step = 10 ** (len(str(value)) - 1)
    return step * math.ceil(value / step), step


def legend(drawing: Drawing, items: Sequence[tuple[object, str]], x: float, y: float,
           shapes: Sequence[str] = ()) -> None:
    """A row of small swatches ("square", "ring" or "dot") with labels, left to right from (x, y)."""
    for i, (colour, label) in enumerate(items):
        shape = shapes[i] if i < len(shapes) else "square"
        if shape == "ring":
            drawing.add(Circle(x + 3.5, y + 3, 3.2, fillColor=None, strokeColor=colour, strokeWidth=1))
        elif shape == "dot":
            drawing.add(Circle(x + 3.5, y + 3, 3, fillColor=colour, strokeColor=None))
        else:
            drawing.add(Rect(x, y, 7, 7, fillColor=colour, strokeColor=None))
        drawing.add(String(x + 10, y + 0.5, label, fontName=REGULAR, fontSize=FONT_SIZE, fillColor=TEXT))
        x += 10 + stringWidth(label, REGULAR, FONT_SIZE) + 12


def month_ticks(start: date, end: date, max_labels: int) -> list[date]:
    """First days of the months inside the period, thinned to at most `max_labels`."""
    firsts = []
    year, month = start.year, start.month
    while True:
        day = date(year, month, 1)
        if day > end:
            break
        if day >= start:
            firsts.append(day)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    if not firsts:
        return [start]
    step = max(1, math.ceil(len(firsts) / max(1, max_labels)))
    return firsts[::step]


def level_line(points: Sequence[Point], start: date, end: date, lang: str, *, width: float = 230,
               height: float = 100, colour: Color = ACCENT, low: int = 1, high: int = 5) -> Drawing:
    """Levels low–high (1–5 unless given) over the period: a line with a dot at every point.

    No points: the axes alone. The scale is fixed, never fitted to the data.
    """
    drawing = Drawing(width, height)
    plot = LinePlot()
    plot.x, plot.y = 16, 14
    plot.width, plot.height = width - plot.x - 8, height - plot.y - 6
    span = max(1, (end - start).days)
    inside = sorted((p for p in points if start <= p.day <= end), key=lambda p: p.day)
    if inside:
        plot.data = [[((p.day - start).days, min(float(high), max(float(low), p.value))) for p in inside]]
        plot.lines[0].strokeColor = colour
        plot.lines[0].strokeWidth = 1.2
        plot.lines[0].symbol = makeMarker("FilledCircle", size=3.6, fillColor=colour, strokeColor=colour)
    else:
        plot.data = [[(0, low)]]
        plot.lines[0].strokeColor = None
        plot.lines[0].symbol = None
    ticks = month_ticks(start, end, max(1, int(plot.width // 48)))
    labels: dict[int, str] = {}
    for day in ticks:  # each label starts at its month's first day; one running off the end is left out
        offset, text = (day - start).days, format_month(day, lang)
        if not labels or plot.width * offset / span + stringWidth(text, REGULAR, FONT_SIZE) <= plot.width + 6:
            labels[offset] = text
    x_axis = plot.xValueAxis
    x_axis.valueMin, x_axis.valueMax = 0, span
    x_axis.valueSteps = sorted(labels)
    x_axis.labelTextFormat = lambda v: labels.get(round(v), "")
    x_axis.tickDown = 3
    x_axis.labels.boxAnchor = "nw"
    x_axis.labels.dy = -1
    _axis_font(x_axis)
    y_axis = plot.yValueAxis
    y_axis.valueMin, y_axis.valueMax, y_axis.valueStep = low, high, 1 if high - low <= 6 else 2
    y_axis.labelTextFormat = "%d"
    y_axis.visibleGrid = 1
    y_axis.gridStrokeColor = GRID
    y_axis.gridStrokeWidth = 0.6
    y_axis.tickLeft = 2
    _axis_font(y_axis)
    drawing.add(plot)
    return drawing


def then_now(rows: Sequence[ThenNow], then_label: str, now_label: str, *, width: float = 480) -> Drawing:
    """Two markers per skill on a fixed 1–5 axis: hollow grey for then, filled accent for now."""
    row_h, bottom, top = 15, 16, 18
    height = bottom + row_h * len(rows) + top
    drawing = Drawing(width, height)
    names = [r.name for r in rows]
    label_w: float = min(width * 0.38, max([stringWidth(n, REGULAR, FONT_SIZE + 0.5) for n in names] + [40]) + 8)
    x0, x1 = label_w + 12, width - 10

    def xpos(level: float) -> float:
        return x0 + (x1 - x0) * (level - 1) / 4

    plot_top = bottom + row_h * len(rows)
    for level in LEVELS:
        x = xpos(level)
        drawing.add(Line(x, bottom, x, plot_top, strokeColor=GRID, strokeWidth=0.6))
        drawing.add(String(x, bottom - 9, str(level), fontName=REGULAR, fontSize=FONT_SIZE, fillColor=MUTED,
                           textAnchor="middle"))
    drawing.add(Line(x0, bottom, x1, bottom, strokeColor=LIGHT, strokeWidth=0.6))
    for i, row in enumerate(rows):
        y = plot_top - row_h * i - row_h / 2
        drawing.add(String(0, y - 2.5, _fit(row.name, label_w - 4, FONT_SIZE + 0.5), fontName=REGULAR,
                           fontSize=FONT_SIZE + 0.5, fillColor=TEXT))
        have = [v for v in (row.then, row.now) if v is not None]
        if row.then is not None and row.now is not None and row.then != row.now:
            drawing.add(Line(xpos(row.then), y, xpos(row.now), y, strokeColor=LIGHT, strokeWidth=1.4))
        if row.then is not None:
            drawing.add(Circle(xpos(row.then), y, 4.2, fillColor=white, strokeColor=MUTED, strokeWidth=1))
        if row.now is not None:
            drawing.add(Circle(xpos(row.now), y, 3, fillColor=ACCENT, strokeColor=None))
        if not have:
            drawing.add(String(x0 - 2, y - 2.5, "–", fontName=REGULAR, fontSize=FONT_SIZE, fillColor=MUTED))
    legend(drawing, [(MUTED, then_label), (ACCENT, now_label)], x0, height - 10, shapes=("ring", "dot"))
    return drawing


def weekly_stacked(weeks: Sequence[WeekBar], kinds: Sequence[tuple[str, str]], lang: str, *,
                   width: float = 480, height: float = 130) -> Drawing:
    """Practice per week, one stacked bar per week; `kinds` are (key, label) in stacking order."""
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 22, 26
    chart.width, chart.height = width - chart.x - 6, height - chart.y - 8
    chart.data = [[w.counts.get(key, 0) for w in weeks] or [0] for key, _ in kinds]
    chart.categoryAxis.style = "stacked"
    totals = [sum(w.counts.get(key, 0) for key, _ in kinds) for w in weeks] or [0]
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax, chart.valueAxis.valueStep = _nice_max(max(totals))
    chart.valueAxis.labelTextFormat = "%d"
    chart.valueAxis.visibleGrid = 1
    chart.valueAxis.gridStrokeColor = GRID
    _axis_font(chart.valueAxis)
    _axis_font(chart.categoryAxis)
    names = week_labels([w.monday for w in weeks], lang, int(chart.width // 46))
    bar_w = chart.width / max(1, len(weeks))
    chart.categoryAxis.categoryNames = [  # a label that would run off the right end is left out
        "" if bar_w * i + stringWidth(n, REGULAR, FONT_SIZE) > chart.width + 6 else n
        for i, n in enumerate(names)] or [""]
    chart.categoryAxis.tickDown = 0
    chart.categoryAxis.labels.boxAnchor = "nw"
    chart.categoryAxis.labels.dx = -2
    chart.barSpacing = 0
    chart.groupSpacing = 1.5 if len(weeks) > 20 else 4
    for i in range(len(kinds)):
        chart.bars[i].fillColor = TINTS[i % len(TINTS)]
        chart.bars[i].strokeColor = None
    drawing.add(chart)
    legend(drawing, [(TINTS[i % len(TINTS)], label) for i, (_, label) in enumerate(kinds)], chart.x, 2)
    return drawing


def week_labels(mondays: Sequence[date], lang: str, max_labels: int) -> list[str]:
    """A month label under the first week of each month (a week belongs to its Thursday's month)."""
    months = [(m + timedelta(days=3)).replace(day=1) for m in mondays]
    starts = [i for i, m in enumerate(months) if i == 0 or m != months[i - 1]]
    if len(starts) > 1 and starts[1] < 3:
        starts = starts[1:]  # the period began late in a month: its label would crowd the next one
    step = max(1, math.ceil(len(starts) / max(1, max_labels)))
    shown = set(starts[::step])
    return [format_month(months[i], lang) if i in shown else "" for i in range(len(mondays))]


def _label_width(labels: Sequence[str], width: float) -> float:
    label_w: float = min(width * 0.4, max([stringWidth(t, REGULAR, FONT_SIZE) for t in labels] + [20]) + 8)
    return label_w


def element_bars(elements: Sequence[tuple[str, int, int, int]], value_labels: Sequence[str], *,
                 width: float = 480) -> Drawing:
    """One horizontal stacked bar per element: yes, partly, no (counts)."""
    row_h = 15
    height = 30 + row_h * max(1, len(elements))
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    names = [e[0] for e in elements]
    label_w = _label_width(names, width)
    chart.x, chart.y = label_w, 26
    chart.width, chart.height = width - label_w - 12, row_h * max(1, len(elements))
    rows = list(reversed(elements))  # reportlab draws the first category at the bottom
    chart.data = [[r[k] for r in rows] or [0] for k in (1, 2, 3)]
    chart.categoryAxis.style = "stacked"
    chart.categoryAxis.categoryNames = [_fit(r[0], label_w - 8) for r in rows] or [""]
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.tickLeft = 0
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax, chart.valueAxis.valueStep = _nice_max(max([sum(r[1:]) for r in rows] + [1]))
    chart.valueAxis.labelTextFormat = "%d"
    chart.valueAxis.visibleGrid = 1
    chart.valueAxis.gridStrokeColor = GRID
    _axis_font(chart.valueAxis)
    _axis_font(chart.categoryAxis)
    chart.categoryAxis.labels.fillColor = TEXT
    chart.barWidth = 9
    chart.groupSpacing = 5
    colours = (ACCENT, TINTS[2], LIGHT)
    for i, colour in enumerate(colours):
        chart.bars[i].fillColor = colour
        chart.bars[i].strokeColor = None
    drawing.add(chart)
    legend(drawing, list(zip(colours, value_labels, strict=False)), chart.x, 2)
    return drawing


def count_bars(counts: Sequence[Count], *, width: float = 480) -> Drawing:
    """Plain horizontal bars for counts (listening levels, the feedback funnel), the number at each end."""
    row_h = 15
    height = 16 + row_h * max(1, len(counts))
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    names = [c.label for c in counts]
    label_w = _label_width(names, width)
    chart.x, chart.y = label_w, 12
    chart.width, chart.height = width - label_w - 24, row_h * max(1, len(counts))
    rows = list(reversed(counts))
    chart.data = [[c.n for c in rows] or [0]]
    chart.categoryAxis.categoryNames = [_fit(c.label, label_w - 8) for c in rows] or [""]
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.tickLeft = 0
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax, chart.valueAxis.valueStep = _nice_max(max([c.n for c in counts] + [1]))
    chart.valueAxis.labelTextFormat = "%d"
    chart.valueAxis.visibleGrid = 1
    chart.valueAxis.gridStrokeColor = GRID
    _axis_font(chart.valueAxis)
    _axis_font(chart.categoryAxis)
    chart.categoryAxis.labels.fillColor = TEXT
    chart.barWidth = 9
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = REGULAR
    chart.barLabels.fontSize = FONT_SIZE
    chart.barLabels.fillColor = TEXT
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    return drawing
