"""DejaVu for the PDF reports, with two reportlab 5.1.0 text-layer fixes.

Helvetica cannot draw č đ ŋ ŧ, so every report uses the embedded DejaVu Sans family. Two reportlab
5.1.0 problems would make text copy out of the PDF wrong, and both are fixed here:

- `ttfonts.makeToUnicodeCMap` writes `<%04X>` for every character, so a code point above U+FFFF
  (😀 U+1F600) becomes a five-digit value that PDF readers misread. The replacement writes the
  UTF-16BE surrogate pair (`<D83DDE00>`). `TTFont.addObjects` looks the function up in the module at
  call time, so assigning the module attribute is enough.
- `TTFont.splitString` gives every character missing from the font (🙂 U+1F642, 👍 U+1F44D) code 0,
  so it vanishes from the text layer. `_CopyableTTFont` first maps such characters to glyph 0: the
  page shows the .notdef box, but the ToUnicode map carries the real character, so copying and
  searching still work.
"""

from __future__ import annotations

import threading
import unicodedata
from typing import TYPE_CHECKING

from reportlab.pdfbase import pdfmetrics, ttfonts

from tyokirja.resources import resources_dir

if TYPE_CHECKING:
    from reportlab.pdfbase import pdfdoc

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"
FAMILY = "DejaVuSans"

_lock = threading.Lock()
_registered = False


def _unicode_hex(code: int) -> str:
    """A code point as PDF ToUnicode hex: four digits, or a UTF-16BE surrogate pair above U+FFFF."""
    if code > 0xFFFF:
        code -= 0x10000
        return f"{0xD800 + (code >> 10):04X}{0xDC00 + (code & 0x3FF):04X}"
    return f"{code:04X}"


def make_to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """`ttfonts.makeToUnicodeCMap`, but correct for characters outside the Basic Multilingual Plane."""
    cmap = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({fontname})",
        f"/Ordering ({fontname})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{fontname} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
        f"{len(subset)} beginbfchar",
    ]
    cmap += [f"<{i:02X}> <{_unicode_hex(v)}>" for i, v in enumerate(subset)]
    cmap += ["endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(cmap)


def _drawable(code: int) -> bool:
    """Whether a character missing from the font should still reach the text layer."""
    if code < 0x20 or 0x7F <= code < 0xA0 or 0xD800 <= code <= 0xDFFF:
        return False
    return unicodedata.category(chr(code)) not in ("Cc", "Cs")


class _CopyableTTFont(ttfonts.TTFont):  # type: ignore[misc]  # reportlab ships no type information: its classes are Any
    """A TTFont that keeps characters it cannot draw in the text layer (drawn as the .notdef box)."""

    def splitString(  # noqa: N802 (reportlab's name)
        self, text: str | bytes, doc: pdfdoc.PDFDocument, encoding: str = "utf-8"
    ) -> list[tuple[int, bytes]]:
        if isinstance(text, bytes):
            text = text.decode(encoding)
        char_to_glyph = self.face.charToGlyph
        for code in {ord(ch) for ch in text}:
            if code not in char_to_glyph and _drawable(code):
                char_to_glyph[code] = 0  # makeSubset maps the code to glyph 0
        chunks: list[tuple[int, bytes]] = super().splitString(text, doc, encoding)  # (subset, its bytes)
        return chunks


def register_fonts() -> str:
    """Register the DejaVu family once (thread-safe); return the family name for styles."""
    global _registered
    with _lock:
        if _registered:
            return FAMILY
        ttfonts.makeToUnicodeCMap = make_to_unicode_cmap
        folder = resources_dir() / "fonts"
        for name in (REGULAR, BOLD, ITALIC, BOLD_ITALIC):
            pdfmetrics.registerFont(_CopyableTTFont(name, str(folder / f"{name}.ttf")))
        pdfmetrics.registerFontFamily(FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC)
        _registered = True
        return FAMILY
