"""Progress (Edistyminen): skills over time, the profile then vs now, practice, elements, listening, feedback.

Every chart states n and the period; any bar or point opens the list of entries and sessions behind
it. Charts are built on first show and from ProgressService data only (light SQL, no bodies).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tyokirja.domain.progress import FUNNEL_STAGES, PRACTICE_KINDS
from tyokirja.services.progress import ProgressData
from tyokirja.storage.errors import StorageError
from tyokirja.ui import messages
from tyokirja.ui.charts.bar_chart import BarChart, BarSeries
from tyokirja.ui.charts.base import ChartCard, ChartWidget
from tyokirja.ui.charts.drilldown import DrillDownDialog
from tyokirja.ui.charts.point_charts import ProfileChart, SkillLineChart
from tyokirja.ui.dates import format_day
from tyokirja.ui.widgets.scroll_region import scroll_region
from tyokirja.ui.widgets.segmented_choice import SegmentedChoice
from tyokirja.ui.widgets.wrap_label import WrapLabel

PERIODS = ("3m", "12m", "all")
ELEMENT_VALUES = ("yes", "partly", "no")

C = TypeVar("C", bound=ChartWidget)


def _day(day: date) -> str:
    return format_day(day)


class ProgressPage(QWidget):
    open_requested = Signal(str, str)  # (kind, id) of an entry or session behind a figure
    rating_saved = Signal(object)  # RatingSession
    status_message = Signal(str)

    def __init__(self, progress, diary, catalogue, lang: str, parent: QWidget | None = None,
                 session_days=None):
        """`session_days()` gives the days of coaching sessions held, marked on the skill charts."""
        super().__init__(parent)
        self.progress, self.diary, self.catalogue, self.lang = progress, diary, catalogue, lang
        self.session_days = session_days
        self.data: ProgressData | None = None
        self.built = False
        self.drilldown: DrillDownDialog | None = None
        heading = QLabel(self.tr("Progress"))
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.5)
        heading.setFont(font)
        self.period = SegmentedChoice(list(PERIODS), [self.tr("3 months"), self.tr("12 months"), self.tr("All")])
        self.period.setAccessibleName(self.tr("Period"))
        self.period.set_value("3m")
        self.period.changed.connect(self.refresh)
        self.rate_button = QPushButton(self.tr("Rate my skills…"))
        self.rate_button.clicked.connect(lambda: self.open_rating("monthly"))
        self.focus_button = QPushButton(self.tr("Focus item…"))
        self.focus_button.setToolTip(self.tr("Rate one skill you are focusing on this week"))
        self.focus_button.clicked.connect(self.open_focus_rating)
        self.retro_button = QPushButton(self.tr("Look back three months…"))
        self.retro_button.clicked.connect(lambda: self.open_rating("retrospective"))
        self.mark_sessions = QCheckBox(self.tr("Mark coaching sessions"))
        self.mark_sessions.setToolTip(self.tr("A dashed line on the skill charts for each coaching session held"))
        self.mark_sessions.setChecked(session_days is not None)
        self.mark_sessions.setVisible(session_days is not None)
        self.mark_sessions.toggled.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.mark_sessions)
        top.addWidget(self.period)
        actions = QHBoxLayout()
        for button in (self.rate_button, self.focus_button, self.retro_button):
            actions.addWidget(button)
        actions.addStretch(1)
        self.note = WrapLabel(progress.instrument.text("response_shift_note", lang))
        italic = self.note.font()
        italic.setItalic(True)
        self.note.setFont(italic)

        self.body = QVBoxLayout()
        self.body.setSpacing(12)
        box = QWidget()
        column = QVBoxLayout(box)
        column.addLayout(top)
        column.addLayout(actions)
        column.addWidget(self.note)
        column.addLayout(self.body)
        column.addStretch(1)
        scroll = scroll_region(box, self.tr("Skill charts"), tab_stop=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    # -- building (lazily, on first show) ----------------------------------------------------

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        if not self.built:
            self.build()

    def build(self) -> None:
        self.built = True
        self.skill_cards: dict[str, ChartCard[SkillLineChart]] = {}
        grid = QGridLayout()
        grid.setSpacing(10)
        for index, item in enumerate(self.progress.instrument.items):
            chart = SkillLineChart()
            chart.activated.connect(lambda key, iid=item.id: self._show_behind(
                self.progress.behind_point(key, iid), self.tr("Rating session")))
            card = ChartCard(item.name(self.lang), chart)
            grid.addWidget(card, index // 2, index % 2)
            self.skill_cards[item.id] = card
        self.body.addWidget(self._heading(self.tr("Skills over time")))
        self.body.addLayout(grid)
        self.profile_card = self._card(self.tr("Latest rating beside an earlier one"), ProfileChart(),
                                       self._on_profile_activated)
        self.retro_card = self._card(self.tr("Three months ago: rated then, and seen with what you know now"),
                                     ProfileChart(), self._on_retro_activated)
        self.weeks_card = self._card(self.tr("Practice per week"), BarChart(stacked=True), self._on_week_activated)
        self.elements_card = self._card(self.tr("Elements present in the encounters"),
                                        BarChart(stacked=True, horizontal=True), self._on_element_activated)
        self.listening_card = self._card(self.tr("Listening levels"), BarChart(), self._on_listening_activated)
        self.funnel_card = self._card(self.tr("Feedback requests"), BarChart(), self._on_funnel_activated)
        self.refresh()

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text)
        font = label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        label.setFont(font)
        return label

    def _card(self, title: str, chart: C, slot: Callable[[object], None]) -> ChartCard[C]:
        chart.activated.connect(slot)
        card = ChartCard(title, chart)
        self.body.addWidget(card)
        return card

    def _loaded(self) -> ProgressData:
        assert self.data is not None  # the charts show (and offer clicks on) data only once refresh() fetched it
        return self.data

    def _period_text(self) -> str:
        return _day(self._loaded().start) + "–" + _day(self._loaded().end)

    def _caption(self, n: int, what: str) -> str:
        return (self.tr("n = {n} {what} · {period}").replace("{n}", str(n)).replace("{what}", what)
                .replace("{period}", self._period_text()))

    def refresh(self) -> None:
        """Fetch the chart data for the chosen period and redraw every chart."""
        if not self.built:
            return
        try:
            d: ProgressData = self.progress.progress(self.period.value() or "3m")
        except StorageError as exc:
            messages.storage_error(self, exc)
            return
        self.data = d
        marks: list = []
        if self.session_days is not None and self.mark_sessions.isChecked():
            try:
                marks = self.session_days()
            except StorageError as exc:
                messages.storage_error(self, exc)
        for item_id, card in self.skill_cards.items():
            points = d.series.get(item_id, [])
            card.chart.set_data([(p.day, p.level, p.session_id) for p in points], d.start, d.end)
            card.chart.set_markers(marks)
            card.set_caption(self._caption(len(points), self.tr("ratings")))
        self._fill_profile()
        self._fill_retrospective()
        kinds = {"entries": self.tr("Entries"), "reflections": self.tr("Reflections"),
                 "exercises": self.tr("Exercises"), "feedback_requests": self.tr("Feedback requests")}
        weeks = d.weeks
        bars = [BarSeries(kinds[k], tuple(float(w.counts.get(k, 0)) for w in weeks)) for k in PRACTICE_KINDS]
        if len(weeks) > 53:  # more than a year of weeks: each week names its year, and the axis shows the years
            years = [w.start.isocalendar()[0] for w in weeks]
            self.weeks_card.chart.set_data(
                [self.tr("w{n} {year}").replace("{n}", str(w.start.isocalendar()[1])).replace("{year}", str(y))
                 for w, y in zip(weeks, years, strict=True)], bars,
                axis_labels=[str(y) if i == 0 or y != years[i - 1] else "" for i, y in enumerate(years)])
        else:
            self.weeks_card.chart.set_data(
                [self.tr("w{n}").replace("{n}", str(w.start.isocalendar()[1])) for w in weeks], bars,
                label_every=max(1, len(weeks) // 13))
        totals = ", ".join(kinds[k] + " " + str(d.practice_n.get(k, 0)) for k in PRACTICE_KINDS)
        self.weeks_card.set_caption(self.tr("Active weeks {n}/{of} · {totals} · {period}").replace(
            "{n}", str(d.active[0])).replace("{of}", str(d.active[1])).replace("{totals}", totals).replace(
            "{period}", self._period_text()))
        values = {"yes": self.tr("Yes"), "partly": self.tr("Partly"), "no": self.tr("No")}
        self.elements_card.chart.set_data(
            [self.catalogue.label("elements", e.element_id, self.lang) for e in d.elements],
            [BarSeries(values[v], tuple(float(getattr(e, v)) for e in d.elements), v)  # ui.charts.base.CHART_COLOURS
             for v in ELEMENT_VALUES])
        self.elements_card.set_caption(self._caption(d.elements_n, self.tr("entries")))
        level_names = {1: self.tr("1 Downloading"), 2: self.tr("2 Factual"), 3: self.tr("3 Empathic"),
                       4: self.tr("4 Generative")}
        self.listening_card.chart.set_data(
            [level_names[k] for k in (1, 2, 3, 4)],
            [BarSeries("", tuple(float(d.listening.counts.get(k, 0)) for k in (1, 2, 3, 4)))])
        self.listening_card.set_caption(self._caption(d.listening.n, self.tr("listening-level exercises")))
        stages = {"asked": self.tr("Asked"), "received": self.tr("Received"), "processed": self.tr("Processed"),
                  "closed": self.tr("Loop closed")}
        self.funnel_card.chart.set_data([stages[s] for s in FUNNEL_STAGES],
                                        [BarSeries("", tuple(float(getattr(d.funnel, s)) for s in FUNNEL_STAGES))])
        self.funnel_card.set_caption(self._caption(d.funnel.n, self.tr("requests")))

    def _fill_profile(self) -> None:
        d, instrument = self._loaded(), self.progress.instrument
        rows = [(instrument.item(r.item_id).name(self.lang), r.then, r.now, r.item_id) for r in d.profile]
        if d.latest is None:
            rows = []
        then_name = _day(d.earlier.rated_at.date()) if d.earlier else self.tr("no earlier rating")
        now_name = _day(d.latest.rated_at.date()) if d.latest else ""
        self.profile_card.chart.set_data(rows, then_name, now_name)
        rated = sum(1 for r in d.profile if r.now)
        if d.latest is None:
            self.profile_card.set_caption(self.tr("No monthly rating yet. Start one with \"Rate my skills\"."))
        else:
            self.profile_card.set_caption(self.tr("n = {n} of {total} skills rated · {now} beside {then}").replace(
                "{n}", str(rated)).replace("{total}", str(len(d.profile))).replace("{now}", now_name).replace(
                "{then}", then_name))

    def _fill_retrospective(self) -> None:
        """The response-shift view: a retrospective's re-rating beside the monthly rating made back then."""
        d, instrument = self._loaded(), self.progress.instrument
        self.retro_card.setVisible(d.retrospective is not None)
        if d.retrospective is None:
            return
        refers = d.retrospective.refers_to_date
        rows = [(instrument.item(r.item_id).name(self.lang), r.then, r.now, r.item_id) for r in d.retro_compare]
        self.retro_card.chart.set_data(rows, self.tr("rated then"), self.tr("seen now"))
        rated = sum(1 for r in d.retro_compare if r.now)
        self.retro_card.set_caption(self.tr("n = {n} skills · about {day} · looked back on {now}").replace(
            "{n}", str(rated)).replace("{day}", _day(refers) if refers else "–").replace(
            "{now}", _day(d.retrospective.rated_at.date())))

    def _on_retro_activated(self, item_id) -> None:
        retrospective = self._loaded().retrospective
        assert retrospective is not None  # its chart is shown only with a retrospective
        hits = self.progress.behind_point(retrospective.id, item_id)
        self._show_behind(hits, self.progress.instrument.item(item_id).name(self.lang))

    # -- drill-down ---------------------------------------------------------------------------

    def _kind_names(self) -> dict[str, str]:
        return {"encounter": self.tr("Entry"), "exercise": self.tr("Exercise"), "feedback": self.tr("Feedback"),
                "rating": self.tr("Rating")}

    def _delete_record(self, kind: str, record_id: str):
        """Delete a rating session behind a figure; return what puts it back (the dialog's Undo)."""
        assert kind == "rating", kind
        session = self.progress.delete_session(record_id)
        return lambda: self.progress.restore_session(session)

    def _show_behind(self, hits, heading: str) -> DrillDownDialog:
        dialog = DrillDownDialog(heading, hits, self._kind_names(), self, delete=self._delete_record,
                                 deletable=("rating",))
        dialog.open_requested.connect(self.open_requested)
        dialog.changed.connect(self.refresh)
        self.drilldown = dialog
        dialog.open()
        return dialog

    def _period_value(self) -> str:
        return self.period.value() or "3m"

    def _on_profile_activated(self, item_id) -> None:
        d = self._loaded()
        hits = []
        for session in (d.earlier, d.latest):
            if session is not None:
                hits += self.progress.behind_point(session.id, item_id)
        self._show_behind(hits, self.progress.instrument.item(item_id).name(self.lang))

    def _on_week_activated(self, key) -> None:
        week = self._loaded().weeks[key[0]]
        kind = PRACTICE_KINDS[key[1]]
        heading = self.tr("Week of {day}").replace("{day}", _day(week.start))
        self._show_behind(self.progress.behind_week(week.start, kind), heading)

    def _on_element_activated(self, key) -> None:
        element = self._loaded().elements[key[0]]
        value = ELEMENT_VALUES[key[1]]
        heading = self.catalogue.label("elements", element.element_id, self.lang)
        self._show_behind(self.progress.behind_element(element.element_id, value, self._period_value()), heading)

    def _on_listening_activated(self, key) -> None:
        level = key[0] + 1
        self._show_behind(self.progress.behind_listening_level(level, self._period_value()),
                          self.listening_card.chart.categories[key[0]])

    def _on_funnel_activated(self, key) -> None:
        stage = FUNNEL_STAGES[key[0]]
        self._show_behind(self.progress.behind_funnel(stage, self._period_value()),
                          self.funnel_card.chart.categories[key[0]])

    # -- rating sessions ----------------------------------------------------------------------

    def open_rating(self, kind: str, item_id: str | None = None):
        from tyokirja.ui.dialogs.rating_session_dialog import RatingSessionDialog

        dialog = RatingSessionDialog(self.progress, self.diary, self.lang, kind, item_id, self)
        dialog.session_saved.connect(self._on_rating_saved)
        dialog.open()
        return dialog

    def open_focus_rating(self):
        items = self.progress.instrument.items
        names = [item.name(self.lang) for item in items]
        name, ok = QInputDialog.getItem(self, self.tr("Focus item"), self.tr("Which skill are you focusing on?"),
                                        names, 0, False)
        if ok:
            return self.open_rating("weekly_focus", items[names.index(name)].id)
        return None

    def _on_rating_saved(self, session) -> None:
        self.status_message.emit(self.tr("Rating saved."))
        self.refresh()
        self.rating_saved.emit(session)
