"""The report's sections as Platypus flowables, drawn from a ReportDocument and nothing else.

Every piece of text from the document goes through `esc()` before it becomes a Paragraph. Long free
text is never put in a Table cell (a cell taller than a page cannot be split: LayoutError); tables
hold short labels and numbers only, and the skill grid holds content texts of a sentence or two.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from datetime import date, timedelta

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import BalancedColumns, Flowable, Paragraph, Spacer, Table, TableStyle

from tyokirja.domain.progress import PRACTICE_KINDS
from tyokirja.domain.report import Count, Point, ReportDocument, ThenNow, format_date

from . import charts
from .styles import MUTED, RULE, Styles, esc

_keys = itertools.count(1)


class Heading(Paragraph):  # type: ignore[misc]  # reportlab ships no type information: its classes are Any
    """A heading for the PDF outline: level 0 (sections) also goes in the table of contents."""

    def __init__(self, text: str, style: ParagraphStyle, level: int):
        super().__init__(esc(text), style)
        self.plain = text.replace("\n", " ")
        self.level = level
        self.key = f"h{next(_keys)}"

    def draw(self) -> None:
        super().draw()
        self.canv.bookmarkHorizontal(self.key, 0, self.height + 6)


class Block(Flowable):  # type: ignore[misc]  # reportlab ships no type information: its classes are Any
    """Flowables drawn as one piece that is never parted by a page or column break.

    Only a block taller than most of a page may be split, into its parts (else: LayoutError).
    """

    def __init__(self, parts: list[Flowable]):
        super().__init__()
        self.parts = parts
        self.spaceBefore = parts[0].getSpaceBefore() if parts else 0
        self.spaceAfter = parts[-1].getSpaceAfter() if parts else 0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.sizes: list[tuple[float, float]] = []
        total = 0.0
        for i, part in enumerate(self.parts):
            _, h = part.wrap(avail_width, avail_height)
            gap = max(part.getSpaceBefore(), self.parts[i - 1].getSpaceAfter()) if i else 0
            self.sizes.append((gap, h))
            total += gap + h
        self.width, self.height = avail_width, total
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        self.wrap(avail_width, avail_height)
        if self.height <= avail_height:
            return [self]
        return list(self.parts) if self.height > 500 else []

    def draw(self) -> None:
        y = self.height
        for part, (gap, h) in zip(self.parts, self.sizes, strict=False):
            y -= gap + h
            part.drawOn(self.canv, 0, y)


def Figure(drawing: Flowable, caption: Paragraph) -> Block:  # noqa: N802 (reads like a class)
    """A chart and its caption line beneath it."""
    return Block([drawing, caption])


def period_dates(doc: ReportDocument) -> tuple[date, date]:
    """The period's first and last day (from the document; a document without them: the data's span)."""
    if doc.start is not None and doc.end is not None:
        return doc.start, doc.end
    found: list[date] = []
    if doc.skills:
        found += [p.day for b in doc.skills.blocks for p in b.points]
    if doc.practice:
        found += [d for w in doc.practice.weeks for d in (w.monday, w.monday + timedelta(days=6))]
    if doc.patterns:
        found += [p.day for p in doc.patterns.presence]
    if doc.wellbeing:
        found += [p.day for _, pts in doc.wellbeing.series for p in pts]
    if found:
        return min(found), max(found)
    today = date.today()
    return today - timedelta(days=27), today


class SectionBuilder:
    """Flowables for one document; `build(kind)` returns one section's flowables."""

    def __init__(self, doc: ReportDocument, styles: Styles, width: float):
        self.doc, self.st, self.width = doc, styles, width
        self.start, self.end = period_dates(doc)

    # -- small pieces ---------------------------------------------------------------------------

    def t(self, key: str, **values: object) -> str:
        text = self.doc.text(key)
        return text.format(**values) if values else text

    def p(self, text: str, style: ParagraphStyle | None = None) -> Paragraph:
        return Paragraph(esc(text), style or self.st.body)

    def caption(self, n: int, before: str = "") -> Paragraph:
        text = self.t("chart_caption", n=n, period=self.doc.period)
        return self.p(f"{before} · {text}" if before else text, self.st.caption)

    def chart(self, drawing: Flowable, n: int, heading: str = "", before: str = "") -> list[Flowable]:
        """An optional subheading, then the drawing with its caption (one unbreakable figure)."""
        return ([Heading(heading, self.st.h2, 1)] if heading else []) + [Figure(drawing, self.caption(n, before))]

    def intro(self, text: str, style: ParagraphStyle | None = None) -> Paragraph:
        """An introductory sentence that stays on the page of what it introduces."""
        para = self.p(text, style)
        para.keepWithNext = 1
        return para

    def nothing(self) -> list[Flowable]:
        return [self.p(self.t("nothing_in_period"), self.st.muted)]

    def fields(self, pairs: list[tuple[str, str]]) -> list[Flowable]:
        """Label and text pairs, one paragraph each (they split across pages; never a table)."""
        out: list[Flowable] = []
        for label, text in pairs:
            if text and text.strip():
                colon = "" if label.rstrip()[-1:] in ":?!." else ":"
                out.append(Paragraph(f"<b>{esc(label.strip())}{colon}</b> {esc(text.strip())}", self.st.field))
        return out

    def date(self, day: date | None) -> str:
        return format_date(day, self.doc.lang) if day else "–"

    def counts_line(self, counts: list[Count]) -> Paragraph:
        return self.p(" · ".join(f"{c.label} {c.n}" for c in counts), self.st.small)

    def table(self, header: list[str], rows: list[list[object]], widths: list[float]) -> Table:
        """A small table of short labels and numbers (the last column right-aligned)."""
        def cells(row: Sequence[object], bold: bool = False) -> list[Paragraph]:
            styles = [self.st.cell] * (len(row) - 1) + [self.st.cell_right]
            return [Paragraph(("<b>%s</b>" if bold else "%s") % esc(v), s) for v, s in zip(row, styles, strict=False)]
        table = Table([cells(header, True)] + [cells(r) for r in rows], colWidths=widths, repeatRows=1)
        table.setStyle(TableStyle([
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, MUTED),
            ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ]))
        table.hAlign = "LEFT"
        return table

    def grid(self, cells: list[list[Flowable]]) -> list[Flowable]:
        """Small multiples, two per row, one table per row; a cell holds a chart and a sentence or two."""
        half = self.width / 2
        style = TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 10),
            ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ])
        rows = []
        for i in range(0, len(cells), 2):
            pair = cells[i:i + 2]
            rows.append(Table([pair + [""] * (2 - len(pair))], colWidths=[half, half], style=style))
        return rows

    def line_cell(self, name: str, points: list[Point], extra: Sequence[Flowable] = (),
                  low: int = 1, high: int = 5) -> list[Flowable]:
        drawing = charts.level_line(points, self.start, self.end, self.doc.lang, width=self.width / 2 - 12,
                                    height=92, low=low, high=high)
        return [self.p(name, self.st.h3), Figure(drawing, self.caption(len(points))), *extra]

    # -- sections -------------------------------------------------------------------------------

    def build(self, kind: str) -> list[Flowable]:
        method: Callable[[], list[Flowable]] | None = getattr(self, f"_{kind}", None)
        if method is None:  # feelings and quotes live inside patterns, feedback and excerpts
            return []
        if kind == "cover":
            return method()
        return [Heading(self.t(f"section_{kind}"), self.st.h1, 0), *method()]

    def _cover(self) -> list[Flowable]:
        st = self.st
        facts = [(self.t("cover_period"), self.doc.period), (self.t("cover_generated"), self.doc.generated),
                 (self.t("cover_instrument"), str(self.doc.instrument_version))]
        included = [k for k in self.doc.sections if k != "cover"]
        out: list[Flowable] = [self.p(self.doc.title, st.title), self.p(self.t("subtitle"), st.subtitle)]
        out += [Paragraph(f"<font color='#5e5e5e'>{esc(k)}</font>&nbsp;&nbsp;{esc(v)}", st.body) for k, v in facts]
        out += [Spacer(1, 10), self.p(self.t("cover_line"), st.body), Spacer(1, 8)]
        if included:
            out.append(self.p(self.t("cover_sections"), st.label))
            out += [Paragraph(esc(self.t(f"section_{k}")), st.bullet, bulletText="•") for k in included]
        return out

    def _agenda(self) -> list[Flowable]:
        if not self.doc.agenda:
            return self.nothing()
        return [Paragraph(esc(line), self.st.bullet, bulletText="•") for line in self.doc.agenda]

    def _goals(self) -> list[Flowable]:
        if not self.doc.goals:
            return [self.p(self.t("goal_none"), self.st.muted)]
        out: list[Flowable] = []
        for goal in self.doc.goals:
            status = self.doc.texts.get(f"status_{goal.status}", goal.status)
            meta = [f"{self.t('goal_skill')}: {goal.skill}" if goal.skill else "",
                    f"{self.t('goal_status')}: {status}" if status else "", goal.dates]
            out += [Heading(goal.wish, self.st.h3, 1), self.p(" · ".join(m for m in meta if m), self.st.muted)]
            plans = [self.t("goal_plan", **{"if": a, "then": b}) for a, b in goal.plans if a or b]
            if plans:
                out.append(self.p(self.t("goal_plans"), self.st.label))
                out += [Paragraph(esc(plan), self.st.bullet, bulletText="•") for plan in plans]
            out += self.fields([(self.t("goal_signal"), goal.success_signal),
                                (self.t("goal_happened"), goal.happened), (self.t("goal_next"), goal.next_step)])
        return out

    def _sessions(self) -> list[Flowable]:
        if not self.doc.sessions:
            return [self.p(self.t("session_none"), self.st.muted)]
        out: list[Flowable] = []
        for session in self.doc.sessions:
            out += [Heading(session.heading, self.st.h3, 1)]
            if session.meta:
                out.append(self.p(session.meta, self.st.muted))
            if session.agreements:
                out.append(self.p(self.t("session_agreements"), self.st.label))
                out += [Paragraph(esc(f"{text} – {fate}"), self.st.bullet, bulletText="•")
                        for text, fate in session.agreements]
            out += self.fields(session.notes)
        return out

    def _skills(self) -> list[Flowable]:
        sk = self.doc.skills
        if sk is None or not (sk.blocks or sk.profile or sk.retro):
            return self.nothing()
        out: list[Flowable] = [self.intro(self.t("skills_intro"))]
        if self.doc.texts.get("not_appraisal"):
            out.append(self.intro(self.doc.texts["not_appraisal"], self.st.muted))
        cells = []
        for block in sk.blocks:
            latest = (self.t("skills_latest", level=block.latest_level, anchor=block.latest_anchor).rstrip(": ")
                      if block.latest_level is not None else self.t("skills_no_latest"))
            cells.append(self.line_cell(block.name, block.points, [
                self.p(latest, self.st.small), self.p(self.t("skills_evidence", n=block.evidence_n), self.st.muted)]))
        out += self.grid(cells)
        for rows, dates, head, cap in ((sk.profile, sk.profile_dates, "skills_profile", "skills_profile_caption"),
                                       (sk.retro, sk.retro_dates, "skills_retro", "skills_retro_caption")):
            if rows:
                if dates[0] is None and head == "skills_profile":  # one rating only: no "– and <date>"
                    caption = self.t("skills_profile_single_caption", now=self.date(dates[1]))
                else:
                    caption = self.t(cap, then=self.date(dates[0]), now=self.date(dates[1]))
                out += self._then_now(rows, self.t(head), caption)
        if (sk.profile or sk.retro) and self.doc.texts.get("response_shift_note"):
            out.append(self.p(self.doc.texts["response_shift_note"], self.st.muted))
        return out

    def _then_now(self, rows: list[ThenNow], heading: str, caption: str) -> list[Flowable]:
        drawing = charts.then_now(rows, self.t("skills_then"), self.t("skills_now"), width=self.width)
        return self.chart(drawing, len(rows), heading, caption)

    def _practice(self) -> list[Flowable]:
        pr = self.doc.practice
        if pr is None or not pr.weeks:
            return self.nothing()
        kinds = [(k, self.t(f"kind_{k}")) for k in PRACTICE_KINDS]
        drawing = charts.weekly_stacked(pr.weeks, kinds, self.doc.lang, width=self.width)
        totals = [Count(label, pr.totals.get(k, 0)) for k, label in kinds]
        return [self.intro(self.t("practice_intro")), *self.chart(drawing, sum(pr.totals.values())),
                self.p(self.t("practice_active", x=pr.active[0], y=pr.active[1]), self.st.small),
                self.counts_line(totals)]

    def _patterns(self) -> list[Flowable]:
        pa = self.doc.patterns
        if pa is None:
            return self.nothing()
        out: list[Flowable] = [self.intro(self.t("patterns_intro"))]
        if pa.entries_n == 0 and not (pa.presence or pa.listening_n):
            return out + self.nothing()
        if pa.channel_situation:
            rows = [[c, s, n] for c, s, n in pa.channel_situation]  # most frequent first, "others" last
            w = self.width
            out += [Heading(self.t("patterns_channels"), self.st.h2, 1),
                    self.table([self.t("patterns_channel"), self.t("patterns_situation"), self.t("patterns_count")],
                               rows, [w * 0.36, w * 0.44, w * 0.12]), self.caption(pa.entries_n)]
        if pa.scopes:
            out += [self.p(self.t("patterns_scope"), self.st.label), self.counts_line(pa.scopes)]
        if pa.difficulty_mean is not None:
            mean = f"{pa.difficulty_mean:.1f}"
            mean = mean.replace(".", ",") if self.doc.lang == "fi" else mean
            out.append(self.p(self.t("patterns_difficulty", mean=mean, n=pa.difficulty_n), self.st.small))
        elif pa.entries_n:
            out.append(self.p(self.t("patterns_no_difficulty"), self.st.muted))
        if pa.elements:
            values = [self.t(f"value_{v}") for v in ("yes", "partly", "no")]
            out += (self.chart(charts.element_bars(pa.elements, values, width=self.width), pa.entries_n,
                                  self.t("patterns_elements")))
        if pa.listening_n:
            out += (self.chart(charts.count_bars(pa.listening, width=self.width), pa.listening_n,
                                  self.t("patterns_listening")))
        if pa.presence:
            drawing = charts.level_line(pa.presence, self.start, self.end, self.doc.lang, width=self.width,
                                        height=95)
            out += (self.chart(drawing, len(pa.presence), self.t("patterns_presence")))
        if pa.top_feelings is not None:
            out.append(Heading(self.t("patterns_feelings"), self.st.h2, 1))
            out.append(self.counts_line(pa.top_feelings) if pa.top_feelings else self.nothing()[0])
        return out

    def _feedback(self) -> list[Flowable]:
        fb = self.doc.feedback
        if fb is None or not (any(c.n for c in fb.funnel) or fb.themes or fb.quotes):
            return self.nothing()
        out: list[Flowable] = []
        if fb.funnel:
            out += (self.chart(charts.count_bars(fb.funnel, width=self.width), max(c.n for c in fb.funnel),
                                  self.t("feedback_funnel")))
        if fb.themes:
            rows = [[theme.skill, theme.n] for theme in fb.themes]
            out += [Heading(self.t("feedback_themes"), self.st.h2, 1),
                    self.table([self.t("goal_skill"), self.t("patterns_count")], rows,
                               [self.width * 0.6, self.width * 0.12])]
        if fb.quotes is not None:
            out.append(Heading(self.t("section_quotes"), self.st.h2, 1))
            if not fb.quotes:
                out += self.nothing()
            for quote in fb.quotes:
                out += [Heading(quote.heading, self.st.h3, 1), *self.fields(quote.fields)]
        return out

    def _excerpts(self) -> list[Flowable]:
        if not self.doc.excerpts:
            return self.nothing()
        out: list[Flowable] = []
        for item in self.doc.excerpts:
            out.append(Heading(item.heading, self.st.h3, 1))
            if item.meta:
                out.append(self.p(item.meta, self.st.muted))
            out += self.fields(item.fields)
        return out

    def _wellbeing(self) -> list[Flowable]:
        wb = self.doc.wellbeing
        if wb is None or not (wb.series or wb.sources):
            return self.nothing()
        out: list[Flowable] = [self.intro(self.t("wellbeing_intro"))]
        if wb.series:
            out += self.grid([self.line_cell(label, pts) for label, pts in wb.series])
        if wb.sources:
            out += (self.chart(charts.count_bars(wb.sources, width=self.width), wb.checks_n,
                                  self.t("wellbeing_sources")))
        return out

    def _metrics(self) -> list[Flowable]:
        series = self.doc.metrics
        if not series:
            return self.nothing()
        cells = []
        for m in series:
            mean = f"{m.mean:.1f}".replace(".", ",") if self.doc.lang == "fi" else f"{m.mean:.1f}"
            cells.append(self.line_cell(m.label, m.points, [self.p(self.t("metrics_mean", mean=mean), self.st.small)],
                                        low=m.low, high=m.high))
        return [self.intro(self.t("metrics_intro")), *self.grid(cells)]

    def _appendix(self) -> list[Flowable]:
        if not self.doc.appendix:
            return self.nothing()
        out: list[Flowable] = [self.p(self.t("appendix_intro"))]
        items: list[Flowable] = []
        for item in self.doc.appendix:
            levels = [Paragraph(f"<b>{level}</b>&nbsp;&nbsp;&nbsp;{esc(text)}", self.st.hanging)
                      for level, text in item.anchors]
            items.append(Block([Heading(item.name, self.st.h3, 1), self.p(item.question, self.st.question), *levels]))
        return [*out, BalancedColumns(items, nCols=2, innerPadding=14, leftPadding=0, rightPadding=0)]

