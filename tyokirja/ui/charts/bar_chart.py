"""Vertical bars: grouped or stacked series over categories (weeks, levels, funnel steps, elements)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import cast

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from .base import ChartWidget, Region, chart_colour, series_colour


@dataclass(frozen=True)
class BarSeries:
    name: str
    values: tuple[float, ...]
    colour: str = ""  # a key of base.CHART_COLOURS that carries meaning (yes / partly / no); "" = n-th series


class BarChart(ChartWidget):
    """Keys of activated() are (category index, series index). Empty bars (0) can still be clicked.

    `label_every` thins the category labels when there are many (52 weeks); `axis_labels`, when given,
    are drawn under the axis instead (one per category, "" for none: the years over a decade of weeks),
    each centred over its span up to the next one. `horizontal` draws one row per category with its
    label on the left, for long labels (the five elements).
    """

    def __init__(self, parent: QWidget | None = None, stacked: bool = False, horizontal: bool = False):
        super().__init__(parent)
        self.stacked, self.horizontal = stacked, horizontal
        self.categories: list[str] = []
        self.series: list[BarSeries] = []
        self.label_every = 1
        self._axis_labels: list[str] | None = None
        self.setMinimumHeight(int(self.line_height() * 9))

    def set_data(self, categories: list[str], series: list[BarSeries], label_every: int = 1,
                 axis_labels: list[str] | None = None) -> None:
        self.categories, self.series, self.label_every = list(categories), list(series), max(1, label_every)
        self._axis_labels = list(axis_labels) if axis_labels is not None else None
        if self.horizontal:
            rows = len(categories) * (1 if self.stacked else max(1, len(series)))
            self.setFixedHeight(int(self.line_height() * (1.6 * rows + 3)))
        else:
            self.setFixedHeight(int(self.line_height() * 11))
        self.data_changed()

    def colour_of(self, series: int) -> QColor:
        """The fill of a series' bars and legend swatch: its own colour, else the chart's n-th colour."""
        own = self.series[series].colour
        return chart_colour(self, own) if own else series_colour(self, series)

    def axis_labels(self) -> list[tuple[int, str]]:
        """The labels under the category axis of a vertical chart, by the category where each starts."""
        if self._axis_labels is not None:
            return [(c, label) for c, label in enumerate(self._axis_labels) if label]
        return [(c, name) for c, name in enumerate(self.categories) if c % self.label_every == 0]

    def _maximum(self) -> float:
        if self.stacked:
            totals = [sum(s.values[i] for s in self.series) for i in range(len(self.categories))]
        else:
            totals = [v for s in self.series for v in s.values]
        top = max(totals, default=0)
        return float(max(1, math.ceil(top)))

    def _region_text(self, cat: int, ser: int) -> str:
        value = self.series[ser].values[cat]
        shown = str(int(value)) if float(value).is_integer() else f"{value:.1f}"
        name = self.series[ser].name
        return f"{self.categories[cat]} – {name}: {shown}" if name else f"{self.categories[cat]}: {shown}"

    def _plot_rect(self, rect: QRectF) -> QRectF:
        lh = self.line_height()
        legend = lh * 1.4 if len(self.series) > 1 else 0
        if self.horizontal:
            label_w = max((self.fontMetrics().horizontalAdvance(c) for c in self.categories), default=0) + 8
            return rect.adjusted(min(label_w, rect.width() * 0.45), legend, -lh * 2, -lh * 1.3)
        axis_w = self.fontMetrics().horizontalAdvance(str(int(self._maximum()))) + 8
        return rect.adjusted(axis_w, legend + lh * 0.5, 0, -lh * 1.6)

    def _layout(self, rect: QRectF) -> list[Region]:
        if not self.categories or not any(v for s in self.series for v in s.values):
            return []  # nothing counted: the chart says so instead of drawing empty bars
        plot = self._plot_rect(rect)
        top = self._maximum()
        regions: list[Region] = []
        n_cat = len(self.categories)
        slots = 1 if self.stacked else len(self.series)
        extent = plot.height() if self.horizontal else plot.width()
        band = extent / n_cat
        gap = band * (0.15 if n_cat > 20 else 0.25)
        thick = max(1.0, (band - gap) / slots)
        for c in range(n_cat):
            base = 0.0
            for s, series in enumerate(self.series):
                value = series.values[c]
                length = (plot.width() if self.horizontal else plot.height()) * (value / top)
                offset = gap / 2 + (0 if self.stacked else s * thick)
                if self.horizontal:
                    x0 = plot.left() + (plot.width() * base / top if self.stacked else 0)
                    r = QRectF(x0, plot.top() + c * band + offset, max(length, 2.0), thick)
                else:
                    y0 = plot.bottom() - (plot.height() * base / top if self.stacked else 0)
                    r = QRectF(plot.left() + c * band + offset, y0 - max(length, 2.0), thick, max(length, 2.0))
                regions.append(Region(r, (c, s), self._region_text(c, s)))
                if self.stacked:
                    base += value
        return regions

    def _paint(self, painter: QPainter, rect: QRectF, regions: list[Region]) -> None:
        painter.setFont(self.font())
        text = self.text_colour()
        if not regions:
            painter.setPen(text)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.tr("Nothing to show for this period yet."))
            return
        plot = self._plot_rect(rect)
        top = self._maximum()
        lh = self.line_height()
        self._paint_legend(painter, rect)
        painter.setPen(self.grid_pen())
        for i in range(0, 5):
            frac = i / 4
            if self.horizontal:
                x = plot.left() + plot.width() * frac
                painter.drawLine(int(x), int(plot.top()), int(x), int(plot.bottom()))
            else:
                y = plot.bottom() - plot.height() * frac
                painter.drawLine(int(plot.left()), int(y), int(plot.right()), int(y))
        painter.setPen(text)
        for i in (0, 4):
            label = _number(top * i / 4)
            if self.horizontal:
                x = plot.left() + plot.width() * i / 4
                painter.drawText(QRectF(x - 30, plot.bottom() + 2, 60, lh), Qt.AlignmentFlag.AlignHCenter, label)
            else:
                y = plot.bottom() - plot.height() * i / 4
                painter.drawText(QRectF(rect.left(), y - lh / 2, plot.left() - rect.left() - 4, lh),
                                 Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
        for region in regions:
            c, s = cast(tuple[int, int], region.key)  # _layout keys each bar (category, series)
            if self.series[s].values[c] or not self.stacked:  # an empty stacked part is only a click target
                painter.fillRect(region.rect, self.colour_of(s))
            if self.horizontal and (not self.stacked or s == len(self.series) - 1):
                value = sum(x.values[c] for x in self.series) if self.stacked else self.series[s].values[c]
                painter.drawText(QRectF(region.rect.right() + 4, region.rect.top(), lh * 3, region.rect.height()),
                                 Qt.AlignmentFlag.AlignVCenter, _number(value))
        band = (plot.height() if self.horizontal else plot.width()) / len(self.categories)
        if self.horizontal:
            for c, name in enumerate(self.categories):
                r = QRectF(rect.left(), plot.top() + c * band, plot.left() - rect.left() - 6, band)
                painter.drawText(r, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, name)
        elif self._axis_labels is None:
            for c, name in self.axis_labels():
                width = band * self.label_every
                r = QRectF(plot.left() + c * band + band / 2 - width / 2, plot.bottom() + 2, width, lh * 1.4)
                painter.drawText(r, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                                 self.fontMetrics().elidedText(name, Qt.TextElideMode.ElideRight, int(width)))
        else:  # spans (years): a tick where each starts, its label centred over it when the label fits
            starts = self.axis_labels()
            ends = [c for c, _ in starts[1:]] + [len(self.categories)]
            for (c, name), end in zip(starts, ends, strict=True):
                x = plot.left() + c * band
                painter.drawLine(int(x), int(plot.bottom()), int(x), int(plot.bottom() + lh * 0.4))
                width = band * (end - c)
                if self.fontMetrics().horizontalAdvance(name) <= width:
                    painter.drawText(QRectF(x, plot.bottom() + 2, width, lh * 1.4),
                                     Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, name)
        painter.setPen(QPen(text, 1))
        if self.horizontal:
            painter.drawLine(int(plot.left()), int(plot.top()), int(plot.left()), int(plot.bottom()))
        else:
            painter.drawLine(int(plot.left()), int(plot.bottom()), int(plot.right()), int(plot.bottom()))

    def _paint_legend(self, painter: QPainter, rect: QRectF) -> None:
        if len(self.series) < 2:
            return
        lh = self.line_height()
        x = rect.left()
        for s, series in enumerate(self.series):
            painter.fillRect(QRectF(x, rect.top() + lh * 0.2, lh * 0.8, lh * 0.8), self.colour_of(s))
            x += lh
            painter.setPen(self.text_colour())
            painter.drawText(QRectF(x, rect.top(), 1000, lh), Qt.AlignmentFlag.AlignLeft, series.name)
            x += self.fontMetrics().horizontalAdvance(series.name) + lh


def _number(value: float) -> str:
    return str(round(value)) if abs(value - round(value)) < 1e-9 else f"{value:.1f}"
