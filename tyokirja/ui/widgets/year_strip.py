"""A thin strip of the weeks of one year: a filled cell for each week that holds diary entries."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget


def iso_weeks(year: int) -> int:
    """How many ISO weeks `year` has (52 or 53)."""
    return date(year, 12, 28).isocalendar().week


def iso_year_span(year: int) -> tuple[date, date]:
    """The Monday of ISO week 1 and the Sunday of the last ISO week of `year`."""
    first = date.fromisocalendar(year, 1, 1)
    return first, date.fromisocalendar(year, iso_weeks(year), 7)


class YearStrip(QWidget):
    """Paints weeks 1–52/53 of a year; week_chosen(Monday) when a week is clicked."""

    week_chosen = Signal(object)  # datetime.date: the Monday of the clicked week

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._year = date.today().year
        self._active: set[int] = set()
        self._marked: int | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(12)

    def set_weeks(self, year: int, active: set[int], marked: int | None) -> None:
        """Show `year` with the ISO week numbers in `active` filled and week `marked` outlined."""
        self._year, self._active, self._marked = year, set(active), marked
        self.setAccessibleName(self.tr("Active weeks in {year}: {active} of {weeks}")
                               .replace("{year}", str(year)).replace("{active}", str(len(self._active)))
                               .replace("{weeks}", str(iso_weeks(year))))
        self.update()

    def active_weeks(self) -> set[int]:
        return set(self._active)

    def sizeHint(self) -> QSize:
        return QSize(53 * 4, max(12, self.fontMetrics().height() // 2 + 6))

    def _cell(self, week: int) -> QRectF:
        width = self.width() / iso_weeks(self._year)
        return QRectF((week - 1) * width + 0.5, 1.5, max(1.0, width - 1.5), self.height() - 3.0)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        for week in range(1, iso_weeks(self._year) + 1):
            rect = self._cell(week)
            if week in self._active:
                painter.fillRect(rect, palette.color(QPalette.ColorRole.Highlight))
            else:
                painter.fillRect(rect, palette.color(QPalette.ColorRole.Midlight))
            if week == self._marked:
                painter.setPen(palette.color(QPalette.ColorRole.Text))
                painter.drawRect(rect.adjusted(-0.5, -1.0, 0.5, 1.0))
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self.width() <= 0:
            return
        weeks = iso_weeks(self._year)
        week = min(weeks, max(1, int(event.position().x() / (self.width() / weeks)) + 1))
        self.week_chosen.emit(date.fromisocalendar(self._year, week, 1))


def active_weeks(counts: dict[date, int], year: int) -> set[int]:
    """The ISO weeks of `year` in which `counts` (entries per day) has any entry."""
    return {day.isocalendar().week for day, n in counts.items() if n and day.isocalendar().year == year}

