"""The common ground of the progress charts: clickable regions, keyboard focus, palette colours, a card.

Charts are own QPainter widgets (QtCharts is deprecated since Qt 6.10 and cannot follow the palette or be
driven by keyboard without as much code). Each chart lays out `Region`s — a bar, a point, a row — that
can be clicked or reached with the arrow keys; Enter or a click emits `activated(key)`, which the page
turns into the list of entries and sessions behind it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QHelpEvent, QKeyEvent, QMouseEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QToolTip, QVBoxLayout, QWidget

# Each colour as (on a light base, on a dark base): both at least 4.5:1 against the palette's base colour
# of their mode (tests/gui/test_chart_contrast.py computes it), so charts follow a dark system palette.
# Elements use Okabe–Ito hues told apart with the common colour-vision deficiencies: bluish green for
# yes, amber for partly, vermilion red for no (never green for no).
CHART_COLOURS: dict[str, tuple[str, str]] = {
    "series0": ("#1d5fa0", "#7ab8f5"),
    "series1": ("#a15c00", "#f5a742"),
    "series2": ("#1f7a50", "#5fd39a"),
    "series3": ("#7d3c98", "#c89be0"),
    "series4": ("#b03a2e", "#ff8a80"),
    "yes": ("#00775a", "#3fd0a4"),
    "partly": ("#8a6100", "#f0b545"),
    "no": ("#c62828", "#ff8a5c"),
}
SERIES_COUNT = 5
CARD_STYLE = "QFrame#chartCard { border: 1px solid palette(mid); border-radius: 6px; background: palette(base); }"


@dataclass(frozen=True)
class Region:
    """One clickable part of a chart: where it is, what it stands for, and a sentence for tool tips."""

    rect: QRectF
    key: object
    text: str


def is_dark(widget: QWidget) -> bool:
    """Does `widget` draw on a dark base (a dark system palette)?"""
    return widget.palette().color(QPalette.ColorRole.Base).lightnessF() < 0.5


def chart_colour(widget: QWidget, key: str) -> QColor:
    """The named chart colour for `widget`'s palette (light or dark)."""
    light, dark = CHART_COLOURS[key]
    return QColor(dark if is_dark(widget) else light)


def series_colour(widget: QWidget, index: int) -> QColor:
    return chart_colour(widget, f"series{index % SERIES_COUNT}")


class ChartWidget(QWidget):
    """Base class: subclasses implement _layout(rect) -> list[Region] and _paint(painter, rect, regions)."""

    activated = Signal(object)  # the region key

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._current = -1
        self._cache: tuple[QSize, list[Region]] | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    # -- for subclasses -----------------------------------------------------------------------

    def _layout(self, rect: QRectF) -> list[Region]:
        raise NotImplementedError

    def _paint(self, painter: QPainter, rect: QRectF, regions: list[Region]) -> None:
        raise NotImplementedError

    def data_changed(self) -> None:
        """Call after new data: forget the layout, describe the chart for screen readers, repaint."""
        self._cache = None
        self._current = -1
        texts = [r.text for r in self.regions()]
        self.setAccessibleDescription("; ".join(texts))
        self.update()

    def line_height(self) -> float:
        return float(self.fontMetrics().height())

    def text_colour(self) -> QColor:
        return self.palette().color(QPalette.ColorRole.Text)

    def grid_pen(self) -> QPen:
        colour = self.palette().color(QPalette.ColorRole.Mid)
        return QPen(colour, 1, Qt.PenStyle.DotLine)

    # -- public -------------------------------------------------------------------------------

    def regions(self) -> list[Region]:
        """The clickable parts at the current size (tests click their centres)."""
        size = self.size()
        if self._cache is None or self._cache[0] != size:
            self._cache = (QSize(size), self._layout(QRectF(self.rect()).adjusted(4, 4, -4, -4)))
        return self._cache[1]

    def region_at(self, point: QPointF) -> int:
        for index, region in enumerate(self.regions()):
            if region.rect.adjusted(-3, -3, 3, 3).contains(point):
                return index
        return -1

    # -- Qt -----------------------------------------------------------------------------------

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        regions = self.regions()
        self._paint(painter, QRectF(self.rect()).adjusted(4, 4, -4, -4), regions)
        if self.hasFocus() and 0 <= self._current < len(regions):
            painter.setPen(QPen(self.text_colour(), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(regions[self._current].rect.adjusted(-3, -3, 3, 3))
        painter.end()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        regions = self.regions()
        key = event.key()
        steps: dict[int, int] = {Qt.Key.Key_Left: -1, Qt.Key.Key_Up: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Down: 1}
        step = steps.get(key)
        if step is not None and regions:
            self._set_current(max(0, min(len(regions) - 1, self._current + step if self._current >= 0 else 0)))
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and 0 <= self._current < len(regions):
            self.activated.emit(regions[self._current].key)
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt API)
        if self._current < 0 and self.regions():
            self._set_current(0)
        super().focusInEvent(event)

    def _set_current(self, index: int) -> None:
        self._current = index
        region = self.regions()[index]
        self.setAccessibleName(region.text)
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        index = self.region_at(event.position())
        if index >= 0 and event.button() == Qt.MouseButton.LeftButton:
            self._set_current(index)
            self.activated.emit(self.regions()[index].key)
        else:
            super().mousePressEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.region_at(QPointF(event.pos()))
            if index >= 0:
                QToolTip.showText(event.globalPos(), self.regions()[index].text, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)


ChartT = TypeVar("ChartT", bound=QWidget)


class ChartCard(QFrame, Generic[ChartT]):
    """A chart with its title above and its caption (n and the period) below — every chart has both."""

    def __init__(self, title: str, chart: ChartT, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("chartCard")
        self.setStyleSheet(CARD_STYLE)
        self.title = QLabel(title)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.chart = chart
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.title)
        layout.addWidget(chart)
        layout.addWidget(self.caption)
        chart.setAccessibleName(title)

    def set_caption(self, text: str) -> None:
        self.caption.setText(text)
        self.chart.setAccessibleName(self.title.text() + ". " + text)
