"""The diary's calendar: a month of days with the number of entries on each, and the year's active weeks.

Keyboard: the chosen day is one Tab stop; arrows move a day or a week, Page Up / Page Down a month,
Home goes to today, Enter or Space shows that day's entries in the list (again: every day). The counts
come from one GROUP BY query per month (and one per year for the strip), never from loading entries.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from typing import Protocol

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tyokirja.domain.encounter import EncounterFilter

from .filter_bar import FilterBar
from .year_strip import YearStrip, active_weeks, iso_year_span

_CELLS = 42  # six weeks of seven days: every month fits
_DAY_STEPS = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -7, Qt.Key.Key_Down: 7}
_MONTH_STEPS = {Qt.Key.Key_PageUp: -1, Qt.Key.Key_PageDown: 1}
_CHOOSE_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space, Qt.Key.Key_Select)



class _DayButton(QToolButton):
    """One day of the grid; its keys and focus go to the calendar (a subclass: an event filter on 42
    buttons costs a Python call for every event they get)."""

    def __init__(self, owner: DiaryCalendar, cell: int):
        super().__init__()
        self._owner, self.cell = owner, cell

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._owner._on_day_key(event):
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._owner._on_day_focused(self.cell)


class DayCounts(Protocol):
    def day_counts(self, first: date, last: date) -> dict[date, int]: ...


def add_months(day: date, months: int) -> date:
    """The same day `months` later (earlier when negative), or the month's last day when it is shorter."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class DiaryCalendar(QWidget):
    """day_chosen(date) when the user picks a day, day_chosen(None) when they pick the chosen one again."""

    day_chosen = Signal(object)

    def __init__(self, source: DayCounts, today: Callable[[], date] = date.today, parent: QWidget | None = None):
        super().__init__(parent)
        self._source, self._today = source, today
        self._current = today()
        self._chosen: date | None = None
        self._shown: tuple[int, int] | None = None  # (year, month) in the grid
        self._strip_year: int | None = None
        self._active_weeks: set[int] = set()
        self._counts: dict[date, int] = {}
        self._cells: list[date | None] = [None] * _CELLS
        locale = QLocale()
        self._weeks = calendar.Calendar(firstweekday=locale.firstDayOfWeek().value - 1)
        self.setAccessibleName(self.tr("Calendar"))
        self._chosen_palette = QPalette(self.palette())
        for role, from_role in ((QPalette.ColorRole.Button, QPalette.ColorRole.Highlight),
                                (QPalette.ColorRole.Window, QPalette.ColorRole.Highlight),
                                (QPalette.ColorRole.ButtonText, QPalette.ColorRole.HighlightedText)):
            self._chosen_palette.setColor(role, self.palette().color(from_role))

        self.previous = self._nav_button("‹", self.tr("Previous month (Page Up)"), -1)
        self.next = self._nav_button("›", self.tr("Next month (Page Down)"), 1)
        self.title = QLabel()
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self.previous)
        header.addWidget(self.title, 1)
        header.addWidget(self.next)

        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(1)
        for column, weekday in enumerate(self._weeks.iterweekdays()):
            label = QLabel(locale.dayName(weekday + 1, QLocale.FormatType.ShortFormat))
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(label, 0, column)
        self.buttons: list[_DayButton] = []
        for cell in range(_CELLS):
            button = _DayButton(self, cell)
            button.setCheckable(True)
            button.setAutoRaise(True)  # flat: a day with entries is raised and bold
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            button.clicked.connect(lambda _checked=False, c=cell: self._on_cell_clicked(c))
            grid.addWidget(button, 1 + cell // 7, cell % 7)
            self.buttons.append(button)

        self.strip = YearStrip()
        self.strip.week_chosen.connect(self._on_strip_week_chosen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(header)
        layout.addLayout(grid)
        layout.addWidget(self.strip)
        self.show_day(self._current)

    def _nav_button(self, text: str, name: str, months: int) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setAccessibleName(name)
        button.setToolTip(name)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys do the same from the days
        button.clicked.connect(lambda: self.show_day(add_months(self._current, months), focus=False))
        return button

    # -- state -------------------------------------------------------------------------------

    def current_day(self) -> date:
        """The day the keyboard is on."""
        return self._current

    def chosen_day(self) -> date | None:
        """The day whose entries the list shows, or None."""
        return self._chosen

    def shown_month(self) -> tuple[int, int]:
        return self._current.year, self._current.month

    def count(self, day: date) -> int:
        return self._counts.get(day, 0)

    def button_for(self, day: date) -> QToolButton | None:
        return self.buttons[self._cells.index(day)] if day in self._cells else None

    def set_chosen(self, day: date | None) -> None:
        """Mark `day` as the one the list shows (the list's filter changed), without announcing it."""
        self._chosen = day
        if day is not None and (day.year, day.month) != self._shown:
            self._current = day
            self._load_month()
        self._paint_marks()

    def set_open(self, on: bool) -> None:
        """Show the calendar (counted afresh) with the keyboard on its chosen or current day, or hide it."""
        self.setVisible(on)
        if on:
            self.refresh()
            self.show_day(self._chosen or self._current)

    def refresh_if_shown(self) -> None:
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Count again (an entry was saved, deleted or imported)."""
        self._strip_year = None
        self._load_month()

    def show_day(self, day: date, *, focus: bool = True) -> None:
        """Move the keyboard to `day`, turning the month when it is in another one."""
        self._current = day
        if (day.year, day.month) != self._shown:
            self._load_month()
        else:
            self._paint_marks()
        if focus:
            button = self.button_for(day)
            if button is not None:
                button.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- drawing -----------------------------------------------------------------------------

    def _load_month(self) -> None:
        year, month = self._current.year, self._current.month
        days = [d for week in self._weeks.monthdatescalendar(year, month) for d in week]
        self._cells = [d if d.month == month else None for d in days] + [None] * (_CELLS - len(days))
        first, last = date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        self._counts = self._source.day_counts(first, last)
        self._shown = (year, month)
        locale = QLocale()
        self.title.setText(locale.standaloneMonthName(month, QLocale.FormatType.LongFormat) + f" {year}")
        self.title.setAccessibleName(self.title.text())
        for button, day in zip(self.buttons, self._cells, strict=True):
            if day is None:
                button.setText("")
                button.setAccessibleName("")
                button.setToolTip("")
                button.setEnabled(False)
                continue
            n = self._counts.get(day, 0)
            button.setEnabled(True)
            button.setText(f"{day.day}\n{n}" if n else f"{day.day}\n")
            name = self._day_name(day, n)
            button.setAccessibleName(name)
            button.setToolTip(name)
            if button.autoRaise() == (n > 0):
                button.setAutoRaise(n == 0)
                font = button.font()
                font.setBold(n > 0)
                button.setFont(font)
        self._update_strip()
        self._paint_marks()

    def _day_name(self, day: date, n: int) -> str:
        when = QLocale().toString(_qdate(day), QLocale.FormatType.LongFormat)
        if n == 0:
            return self.tr("{date}, no encounters").replace("{date}", when)
        return self.tr("{date}, %n encounter(s)", "", n).replace("{date}", when)

    def _update_strip(self) -> None:
        iso_year = self._current.isocalendar().year
        if self._strip_year != iso_year:  # one query a year, not a month
            first, last = iso_year_span(iso_year)
            self._active_weeks = active_weeks(self._source.day_counts(first, last), iso_year)
            self._strip_year = iso_year
        self.strip.set_weeks(iso_year, self._active_weeks, self._current.isocalendar().week)

    def _paint_marks(self) -> None:
        today = self._today()
        for button, day in zip(self.buttons, self._cells, strict=True):
            chosen = day is not None and day == self._chosen
            if button.isChecked() != chosen:
                button.setChecked(chosen)
                # The chosen day in the highlight colour (a palette: a style sheet would slow every repaint).
                button.setPalette(self._chosen_palette if chosen else self.palette())
            # One Tab stop: the day the keyboard is on; the others take focus by click only.
            current = day is not None and day == self._current
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus if current else Qt.FocusPolicy.ClickFocus)
            if button.font().underline() != (day == today):
                font = button.font()
                font.setUnderline(day == today)
                button.setFont(font)

    # -- keyboard and mouse ------------------------------------------------------------------

    def _on_day_focused(self, cell: int) -> None:
        day = self._cells[cell]
        if day is not None and day != self._current:
            self._current = day
            self._paint_marks()

    def _on_day_key(self, event: QKeyEvent) -> bool:
        key = Qt.Key(event.key())
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        if key in _DAY_STEPS:
            self.show_day(self._current + timedelta(days=_DAY_STEPS[key]))
        elif key in _MONTH_STEPS:
            self.show_day(add_months(self._current, _MONTH_STEPS[key]))
        elif key == Qt.Key.Key_Home:
            self.show_day(self._today())
        elif key in _CHOOSE_KEYS:
            self._choose(self._current)
        else:
            return False
        return True

    def _on_cell_clicked(self, cell: int) -> None:
        day = self._cells[cell]
        if day is not None:
            self._current = day
            self._choose(day)

    def _choose(self, day: date) -> None:
        self._chosen = None if day == self._chosen else day
        self._paint_marks()
        self.day_chosen.emit(self._chosen)

    def _on_strip_week_chosen(self, monday: date) -> None:
        self.show_day(monday, focus=False)


def link_to_filter_bar(cal: DiaryCalendar, bar: FilterBar) -> None:
    """A day picked in the calendar becomes the list's date filter (the other filters kept); a one-day
    date filter set in the bar marks that day in the calendar."""

    def on_day_chosen(day: date | None) -> None:
        bar.set_filter(replace(bar.current_filter(), date_from=day, date_to=day))

    def on_filter_changed(flt: EncounterFilter) -> None:
        cal.set_chosen(flt.date_from if flt.date_from is not None and flt.date_from == flt.date_to else None)

    cal.day_chosen.connect(on_day_chosen)
    bar.filter_changed.connect(on_filter_changed)
