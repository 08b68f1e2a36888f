"""Point charts on the 1–5 rating scale: one skill over time (a small multiple) and the then-vs-now profile."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QPainter, QPen
from PySide6.QtWidgets import QWidget

from tyokirja.ui.dates import format_day

from .base import ChartWidget, Region, series_colour

LEVELS = (1, 2, 3, 4, 5)


def _day(day: date) -> str:
    return format_day(day)


class SkillLineChart(ChartWidget):
    """One skill's levels over time. Points are (day, level, key); level 0 never reaches this chart."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.points: list[tuple[date, float, object]] = []
        self.markers: list[date] = []  # coaching session days, drawn as vertical lines
        self.start: date | None = None
        self.end: date | None = None
        self.setFixedHeight(int(self.line_height() * 7))

    def set_data(self, points: list[tuple[date, float, object]], start: date, end: date) -> None:
        self.points = sorted(points, key=lambda p: p[0])
        self.start, self.end = start, end
        self.data_changed()

    def set_markers(self, days: list[date]) -> None:
        """Days to mark with a vertical line (coaching sessions), so what changed after which session shows."""
        self.markers = sorted(days)
        self.update()

    def shown_markers(self) -> list[date]:
        """The marked days inside the chart's period (the ones drawn)."""
        if self.start is None or self.end is None:
            return []
        return [d for d in self.markers if self.start <= d <= self.end]

    def _plot(self, rect: QRectF) -> QRectF:
        lh = self.line_height()
        return rect.adjusted(self.fontMetrics().horizontalAdvance("5") + 8, lh * 0.5, -lh * 0.5, -lh * 1.4)

    def _xy(self, plot: QRectF, day: date, level: float, start: date, end: date) -> QPointF:
        span = max(1, (end - start).days)
        x = plot.left() + plot.width() * min(1.0, max(0.0, (day - start).days / span))
        y = plot.bottom() - plot.height() * (level - 1) / 4
        return QPointF(x, y)

    def _layout(self, rect: QRectF) -> list[Region]:
        if not self.points or self.start is None or self.end is None:  # set_data sets both
            return []
        plot = self._plot(rect)
        size = self.line_height() * 0.7
        regions = []
        for day, level, key in self.points:
            centre = self._xy(plot, day, level, self.start, self.end)
            text = self.tr("{day}: level {level}").replace("{day}", _day(day)).replace("{level}", _level(level))
            regions.append(Region(QRectF(centre.x() - size / 2, centre.y() - size / 2, size, size), key, text))
        return regions

    def _paint(self, painter: QPainter, rect: QRectF, regions: list[Region]) -> None:
        text = self.text_colour()
        plot = self._plot(rect)
        lh = self.line_height()
        painter.setPen(self.grid_pen())
        for level in LEVELS:
            y = plot.bottom() - plot.height() * (level - 1) / 4
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(text)
        for level in (1, 3, 5):
            y = plot.bottom() - plot.height() * (level - 1) / 4
            painter.drawText(QRectF(rect.left(), y - lh / 2, plot.left() - rect.left() - 4, lh),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(level))
        if self.start is not None and self.end is not None:  # set_data sets both
            painter.drawText(QRectF(plot.left(), plot.bottom() + 2, plot.width(), lh),
                             Qt.AlignmentFlag.AlignLeft, _day(self.start))
            painter.drawText(QRectF(plot.left(), plot.bottom() + 2, plot.width(), lh),
                             Qt.AlignmentFlag.AlignRight, _day(self.end))
        if self.start is not None and self.end is not None:
            painter.setPen(QPen(series_colour(self, 2), 1, Qt.PenStyle.DashLine))
            for day in self.shown_markers():
                x = self._xy(plot, day, 1, self.start, self.end).x()
                painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            painter.setPen(text)
        if not regions:
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, self.tr("No rating in this period"))
            return
        colour = series_colour(self, 0)
        painter.setPen(QPen(colour, 2))
        centres = [r.rect.center() for r in regions]
        for a, b in pairwise(centres):
            painter.drawLine(a, b)
        painter.setBrush(QBrush(colour))
        for region in regions:
            painter.drawEllipse(region.rect.adjusted(1, 1, -1, -1))


class ProfileChart(ChartWidget):
    """A dot plot: one row per item, an earlier level and the latest level on the 1–5 scale.

    Rows are (label, then, now, key); None or 0 means not rated (drawn as nothing, said in the tool tip).
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.rows: list[tuple[str, float | None, float | None, object]] = []
        self.names = ("", "")

    def set_data(self, rows, then_name: str, now_name: str) -> None:
        self.rows = list(rows)
        self.names = (then_name, now_name)
        self.setFixedHeight(int(self.line_height() * (1.7 * len(self.rows) + 4)))
        self.data_changed()

    def _plot(self, rect: QRectF) -> QRectF:
        lh = self.line_height()
        label_w = max((self.fontMetrics().horizontalAdvance(r[0]) for r in self.rows), default=0) + 10
        return rect.adjusted(min(label_w, rect.width() * 0.45) + lh, lh * 1.6, -lh, -lh * 1.4)

    def _layout(self, rect: QRectF) -> list[Region]:
        if not self.rows:
            return []
        plot = self._plot(rect)
        band = plot.height() / len(self.rows)
        regions = []
        for index, (label, then, now, key) in enumerate(self.rows):
            text = self.tr("{item}: then {then}, now {now}").replace("{item}", label).replace(
                "{then}", _level(then)).replace("{now}", _level(now))
            regions.append(Region(QRectF(plot.left(), plot.top() + index * band, plot.width(), band), key, text))
        return regions

    def _x(self, plot: QRectF, level: float) -> float:
        return plot.left() + plot.width() * (level - 1) / 4

    def _paint(self, painter: QPainter, rect: QRectF, regions: list[Region]) -> None:
        text = self.text_colour()
        lh = self.line_height()
        if not regions:
            painter.setPen(text)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.tr("No rating session yet."))
            return
        plot = self._plot(rect)
        x = rect.left()
        for s, name in enumerate(self.names):  # legend
            painter.setBrush(QBrush(series_colour(self, s)))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(QRectF(x, rect.top() + lh * 0.2, lh * 0.7, lh * 0.7))
            painter.setPen(text)
            painter.drawText(QRectF(x + lh, rect.top(), 1000, lh), Qt.AlignmentFlag.AlignLeft, name)
            x += lh * 2 + self.fontMetrics().horizontalAdvance(name)
        painter.setPen(self.grid_pen())
        for level in LEVELS:
            painter.drawLine(QPointF(self._x(plot, level), plot.top()), QPointF(self._x(plot, level), plot.bottom()))
        painter.setPen(text)
        for level in LEVELS:
            painter.drawText(QRectF(self._x(plot, level) - lh, plot.bottom() + 2, lh * 2, lh),
                             Qt.AlignmentFlag.AlignHCenter, str(level))
        size = lh * 0.75
        for region, (label, then, now, _key) in zip(regions, self.rows, strict=True):  # a region per row
            y = region.rect.center().y()
            painter.setPen(text)
            label_w = plot.left() - rect.left() - lh - 4
            label_rect = QRectF(rect.left(), region.rect.top(), label_w, region.rect.height())
            painter.drawText(label_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
            dots = [(v, s) for s, v in enumerate((then, now)) if v]
            if then and now:  # both dots
                painter.setPen(QPen(self.palette().color(self.palette().ColorRole.Mid), 2))
                painter.drawLine(QPointF(self._x(plot, then), y), QPointF(self._x(plot, now), y))
            for value, s in dots:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QBrush(series_colour(self, s)))
                offset = (-size * 0.2 if s == 0 else size * 0.2) if then == now else 0
                painter.drawEllipse(QRectF(self._x(plot, value) - size / 2 + offset, y - size / 2, size, size))


def _level(value: float | None) -> str:
    if not value:
        return "–"
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"
