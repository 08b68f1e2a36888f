"""The coach report as a PDF: exactly the sections in ReportDocument.sections, nothing else.

    data = render(doc, progress=lambda done, total: ..., cancelled=lambda: False)

Platypus on A4 with the embedded DejaVu family (reports/fonts.py). A report with more than four
headed sections besides the cover gets a table of contents after the cover (two layout passes);
every section heading is a PDF bookmark. Metadata: the title and period, creator "Työkirja", and no
author, subject, keywords or dates.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfdoc
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate, Paragraph, Spacer
from reportlab.platypus.tableofcontents import TableOfContents

from tyokirja.domain.report import ReportCancelled, ReportDocument

from .fonts import REGULAR
from .sections import Heading, SectionBuilder
from .styles import MUTED, Styles, esc, make_styles

CREATOR = "Työkirja"
TOC_MIN_SECTIONS = 5  # headed sections besides the cover before a table of contents is worth it
_UNHEADED = frozenset({"cover", "feelings", "quotes"})

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]



class _NeutralInfo(pdfdoc.PDFInfo):  # type: ignore[misc]  # reportlab ships no type information: its classes are Any
    """The document information dictionary without empty entries and without dates."""

    def format(self, document: pdfdoc.PDFDocument) -> bytes:
        entries = {"Title": self.title, "Author": self.author, "Subject": self.subject,
                   "Keywords": self.keywords, "Creator": self.creator, "Producer": self.producer}
        kept = {k: pdfdoc.PDFString(v) for k, v in entries.items() if v and v not in ("anonymous", "unspecified")}
        text: bytes = pdfdoc.PDFDictionary(kept).format(document)
        return text


class _Canvas(Canvas):  # type: ignore[misc]  # reportlab ships no type information: its classes are Any
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        info = _NeutralInfo()
        info.__dict__.update(self._doc.info.__dict__)
        self._doc.info = info


class _Template(BaseDocTemplate):  # type: ignore[misc]  # reportlab ships no type information: its classes are Any
    def __init__(self, buffer: io.BytesIO, doc: ReportDocument, *, toc: bool, check: Callable[[], None]):
        margin = 20 * mm
        super().__init__(buffer, pagesize=A4, leftMargin=margin, rightMargin=margin, topMargin=18 * mm,
                         bottomMargin=20 * mm, title=f"{doc.title} {doc.period}", author="", subject="",
                         creator=CREATOR, keywords=[], invariant=1, lang=doc.lang)
        self.report, self.with_toc, self.check = doc, toc, check
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate("page", [frame], onPage=self._footer)])

    def _footer(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        self.check()
        canvas.saveState()
        canvas.setFont(REGULAR, 7.5)
        canvas.setFillColor(MUTED)
        y = 11 * mm
        canvas.drawString(self.leftMargin, y, f"{self.report.title} · {self.report.period}")
        page = self.report.text("page").format(page=canvas.getPageNumber())
        canvas.drawRightString(self.leftMargin + self.width, y, page)
        canvas.restoreState()

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 (reportlab's name)
        if isinstance(flowable, Heading):
            self.canv.addOutlineEntry(flowable.plain, flowable.key, level=flowable.level, closed=flowable.level > 0)
            if flowable.level == 0 and self.with_toc:
                self.notify("TOCEntry", (0, esc(flowable.plain), self.page, flowable.key))


def _toc(doc: ReportDocument, styles: Styles) -> list[Flowable]:
    toc = TableOfContents()
    toc.levelStyles = [styles.toc]
    toc.dotsMinLevel = 0
    toc.tableStyle = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                      ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 1),
                      ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]
    return [Spacer(1, 14), Paragraph(esc(doc.text("toc")), styles.h2), toc]


def render(doc: ReportDocument, *, progress: Progress | None = None, cancelled: Cancelled | None = None) -> bytes:
    """The PDF bytes for `doc`. Raises ReportCancelled as soon as `cancelled()` says so."""

    def check() -> None:
        if cancelled is not None and cancelled():
            raise ReportCancelled()

    def report(done: int) -> None:
        if progress is not None:
            progress(done, total)

    total = len(doc.sections) + 1  # one step per section, one for laying out the pages
    check()
    report(0)
    styles = make_styles()
    headed = [k for k in doc.sections if k not in _UNHEADED]
    with_toc = len(headed) >= TOC_MIN_SECTIONS
    buffer = io.BytesIO()
    template = _Template(buffer, doc, toc=with_toc, check=check)
    builder = SectionBuilder(doc, styles, template.width)
    story: list[Flowable] = []
    if with_toc and "cover" not in doc.sections:
        story += [*_toc(doc, styles), PageBreak()]
    for done, kind in enumerate(doc.sections, start=1):
        check()
        story += builder.build(kind)
        if kind == "cover" and with_toc:  # a short report goes on below the cover
            story += [*_toc(doc, styles), PageBreak()]
        report(done)
    check()
    while story and isinstance(story[-1], PageBreak):
        story.pop()
    if not story:
        story.append(Paragraph(esc(doc.text("nothing_in_period")), styles.muted))
    if with_toc:
        template.multiBuild(story, canvasmaker=_Canvas)
    else:
        template.build(story, canvasmaker=_Canvas)
    report(total)
    return buffer.getvalue()
