"""The Markdown export renders as the user's own text: no heading, list, link or HTML from a note."""

from __future__ import annotations

import html
import re
from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from tyokirja.exchange.markdown import by_month, escape, render
from tyokirja.exchange.readable import Selection, Wording

from .test_exchange import EMOJI, SAMI, full_encounter

RENDERER = MarkdownIt("commonmark", {"html": True})  # a viewer that lets raw HTML through


def rendered_text(markdown: str) -> str:
    """The text a reader sees in a rendered paragraph (tags dropped, entities decoded)."""
    out = RENDERER.render(markdown)
    out = out.replace("<br />\n", "\n")
    assert re.fullmatch(r"(<p>.*</p>\n)?", out, re.S), out  # one plain paragraph, nothing else
    return html.unescape(re.sub(r"</?p>", "", out)).strip("\n")


def test_line_starts_and_markup_stay_text():
    for text in ["# otsikko", "- lista", "1. lista", "30.3.2026", "> lainaus", "<img src='/etc/passwd'/>",
                 "&amp; & <b>", "[linkki](http://x)", "*tähti* _alaviiva_", "`koodi`", "a\n===", "---",
                 f"{SAMI} {EMOJI}", "rivi 1\n+ rivi 2"]:
        assert rendered_text(escape(text)) == text, text


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")) | st.just("\n"), min_size=1))
def test_any_text_renders_as_itself(text):
    lines = [line.strip() for line in text.split("\n")]
    if not any(lines) or any(not line for line in lines):
        return  # blank lines start a new paragraph: the export writes each field as its own text
    assert rendered_text(escape("\n".join(lines))).split("\n") == lines


def test_the_document_names_its_scope_and_sections_in_finnish(catalogue):
    selection = Selection([full_encounter(1)], search="lasku")
    text = render(selection, Wording("fi", catalogue), exported_at=datetime(2026, 3, 1, 12, 0, tzinfo=UTC))
    assert text.startswith("# Työkirja\n\nViety 1.3.2026 · haku ”lasku”\n\n## Merkinnät\n")
    assert "- **Oma rooli:** Asiakaspalvelija" in text and "**Mitä tapahtui**" in text


def test_months_split_by_each_records_own_date(catalogue):
    parts = by_month(Selection([full_encounter(0), full_encounter(30)]))
    assert list(parts) == ["2026-01", "2026-02"]
    assert [e.id for e in parts["2026-02"].encounters] == ["enc0030"]
