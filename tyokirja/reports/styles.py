"""Colours, paragraph styles and text escaping shared by the report's sections and charts."""

from __future__ import annotations

import re
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from .fonts import BOLD, ITALIC, REGULAR, register_fonts

# One calm accent (a muted blue) and greys; the accent's tints tell stacked series apart.
ACCENT = colors.HexColor("#2b6a8a")
TINTS = (colors.HexColor("#24546e"), colors.HexColor("#4f89a8"), colors.HexColor("#92b8cc"),
         colors.HexColor("#cfdfe8"))
TEXT = colors.HexColor("#202020")
MUTED = colors.HexColor("#5e5e5e")
LIGHT = colors.HexColor("#b4b4b4")
RULE = colors.HexColor("#d6d6d6")
GRID = colors.HexColor("#ececec")

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def esc(text: object) -> str:
    """Any text from the document as safe Paragraph markup: printed literally, newlines kept."""
    plain = _CONTROL.sub("", str(text)).replace("\r\n", "\n").replace("\r", "\n")
    return escape(plain).replace("\t", " ").replace("\n", "<br/>")


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    caption: ParagraphStyle
    label: ParagraphStyle
    field: ParagraphStyle
    bullet: ParagraphStyle
    hanging: ParagraphStyle
    question: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    toc: ParagraphStyle


def make_styles() -> Styles:
    register_fonts()
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=9.5, leading=13.5, textColor=TEXT, spaceAfter=4)
    small = ParagraphStyle("small", parent=body, fontSize=8.5, leading=11.5, spaceAfter=2)
    return Styles(
        body=body,
        small=small,
        muted=ParagraphStyle("muted", parent=small, textColor=MUTED),
        caption=ParagraphStyle("caption", parent=small, fontSize=7.5, leading=9.5, textColor=MUTED,
                               spaceBefore=1, spaceAfter=8),
        label=ParagraphStyle("label", parent=small, fontName=BOLD, textColor=MUTED, spaceBefore=3, spaceAfter=1),
        field=ParagraphStyle("field", parent=body, spaceAfter=3),
        bullet=ParagraphStyle("bullet", parent=body, leftIndent=12, bulletIndent=2, spaceAfter=2),
        hanging=ParagraphStyle("hanging", parent=small, fontSize=8, leading=10.5, leftIndent=12, firstLineIndent=-12,
                               spaceAfter=2),
        question=ParagraphStyle("question", parent=small, fontName=ITALIC, textColor=MUTED, spaceAfter=3),
        h1=ParagraphStyle("h1", parent=body, fontName=BOLD, fontSize=14.5, leading=18, textColor=ACCENT,
                          spaceBefore=14, spaceAfter=6, keepWithNext=1),
        h2=ParagraphStyle("h2", parent=body, fontName=BOLD, fontSize=10.5, leading=14, spaceBefore=9,
                          spaceAfter=3, keepWithNext=1),
        h3=ParagraphStyle("h3", parent=body, fontName=BOLD, fontSize=9.5, leading=13, spaceBefore=7,
                          spaceAfter=1, keepWithNext=1),
        title=ParagraphStyle("title", parent=body, fontName=BOLD, fontSize=24, leading=29, textColor=ACCENT,
                             spaceBefore=40, spaceAfter=4),
        subtitle=ParagraphStyle("subtitle", parent=body, fontSize=13, leading=17, textColor=MUTED, spaceAfter=22),
        cell=ParagraphStyle("cell", parent=small, spaceAfter=0),
        cell_right=ParagraphStyle("cell_right", parent=small, spaceAfter=0, alignment=TA_RIGHT),
        toc=ParagraphStyle("toc", parent=body, leftIndent=0, spaceBefore=1, spaceAfter=1),
    )
