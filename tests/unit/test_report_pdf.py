"""The coach report PDF, read back as its reader would: text, pages, metadata, bookmarks."""

from __future__ import annotations

import io
import shutil
import subprocess

import pytest
from pypdf import PdfReader

from tests.helpers.report_samples import large_document, sample_document
from tyokirja.domain.report import SECTIONS, Count, Excerpt, GoalBlock, ThenNow
from tyokirja.reports.fonts import make_to_unicode_cmap
from tyokirja.reports.progress_pdf import ReportCancelled, render

ROUND_TRIP = "äöåÄÖÅ čđŋšŧž ÁáŊŋŦŧ 😀🙂👍 ✓"


def read(data: bytes) -> PdfReader:
    assert data.startswith(b"%PDF-")
    return PdfReader(io.BytesIO(data))


def text_of(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in read(data).pages)


def lines_of(data: bytes) -> set[str]:
    """Every text line, without list bullets (a heading is a line of its own)."""
    return {line.strip().lstrip("•").strip() for line in text_of(data).splitlines()}


def heading(doc, kind: str) -> str:
    return doc.text(f"section_{kind}")


def top_bookmarks(reader: PdfReader) -> list[str]:
    return [item.title for item in reader.outline if not isinstance(item, list)]


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_only_the_chosen_sections_appear(lang):
    chosen = ["cover", "skills", "practice", "appendix"]
    doc = sample_document(lang, sections=chosen)
    data = render(doc)
    assert top_bookmarks(read(data)) == [heading(doc, k) for k in ("skills", "practice", "appendix")]
    lines = lines_of(data)  # a skill is called by its one name, so no item shares a section's heading
    for kind in set(SECTIONS) - {"cover"}:
        assert (heading(doc, kind) in lines) == (kind in chosen), kind


def test_filled_data_of_an_unchosen_section_is_not_drawn():
    secret = [Excerpt("encounter", "Secret heading", "Secret meta", [("What happened", "SECRET-EXCERPT")])]
    doc = sample_document("en", sections=["cover", "skills", "practice"], agenda=["SECRET-AGENDA"],
                          excerpts=secret,
                          goals=[GoalBlock("SECRET-GOAL", "Listening", "active", [], "", "", "", "")])
    data = render(doc)
    assert "SECRET" not in text_of(data)
    assert top_bookmarks(read(data)) == [heading(doc, "skills"), heading(doc, "practice")]
    for kind in ("agenda", "goals", "excerpts", "wellbeing", "feedback", "patterns"):
        assert heading(doc, kind) not in lines_of(data)
    assert doc.wellbeing is not None and doc.feedback is not None  # the data was there


def test_a_chosen_section_without_data_says_so():
    doc = sample_document("fi", sections=["practice", "wellbeing", "agenda"], practice=None, wellbeing=None, agenda=[])
    text = text_of(render(doc))
    assert text.count(doc.text("nothing_in_period")) == 3


def test_feelings_and_quotes_have_no_heading_of_their_own():
    doc = sample_document("en", sections=["feelings", "quotes"])
    lines = lines_of(render(doc))
    assert heading(doc, "feelings") not in lines
    assert heading(doc, "quotes") not in lines


def test_feelings_and_quotes_show_inside_patterns_and_feedback():
    doc = sample_document("en", sections=["patterns", "feelings", "feedback", "quotes"])
    text = text_of(render(doc))
    assert doc.text("patterns_feelings") in text and "relieved 7" in text
    assert "You summarised the customer's worry before answering." in text
    plain = sample_document("en", sections=["patterns", "feedback"])
    text = text_of(render(plain))
    assert doc.text("patterns_feelings") not in text and "worry" not in text


def test_user_text_prints_literally_and_embeds_nothing():
    tricky = ['<img src="/etc/passwd"/>', "a < b & c", "<b>not bold</b> &amp; <font size=40>big</font>"]
    goal = GoalBlock('<img src="/etc/hostname"/> wish', "<i>skill</i>", "active", [("x < 1", "y > 2 & z")],
                     "", "line one\nline two", "", "")
    excerpt = Excerpt("encounter", "<a href='file:///etc'>link</a>", "<br/>meta",
                      [("<u>label</u>", '<img src="/etc/passwd" width="400"/>')])
    doc = sample_document("en", sections=["agenda", "goals", "excerpts"], agenda=tricky, goals=[goal],
                          excerpts=[excerpt])
    data = render(doc)
    text = text_of(data)
    for literal in [*tricky, '<img src="/etc/hostname"/> wish', "<i>skill</i>", "If x < 1, then y > 2 & z.",
                    "<a href='file:///etc'>link</a>", "<br/>meta", "<u>label</u>"]:
        assert literal in text
    assert "line one\nline two" in text
    for page in read(data).pages:
        xobjects = page["/Resources"].get("/XObject")
        assert not xobjects or all(x.get_object()["/Subtype"] != "/Image" for x in xobjects.get_object().values())
    assert b"/Subtype /Image" not in data


def test_finnish_sami_and_emoji_copy_out_with_pypdf():
    doc = sample_document("fi", sections=["agenda", "goals"], agenda=[ROUND_TRIP],
                          goals=[GoalBlock(ROUND_TRIP, "", "", [], "", "", "", "")])
    text = text_of(render(doc))
    assert text.count(ROUND_TRIP) == 2  # regular and bold


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext is not installed")
def test_finnish_sami_and_emoji_copy_out_with_pdftotext(tmp_path):
    path = tmp_path / "report.pdf"
    path.write_bytes(render(sample_document("en", sections=["agenda"], agenda=[ROUND_TRIP])))
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True)
    assert ROUND_TRIP in out.stdout.decode("utf-8")


def test_characters_above_the_bmp_get_surrogate_pairs_in_the_cmap():
    cmap = make_to_unicode_cmap("F1", [0, 0x41, 0x1F600, 0x1F642])
    assert "<01> <0041>" in cmap and "<02> <D83DDE00>" in cmap and "<03> <D83DDE42>" in cmap


def test_metadata_names_the_report_and_nobody():
    doc = sample_document("fi", sections=["cover", "skills"])
    meta = read(render(doc)).metadata
    assert meta.title == f"{doc.title} {doc.period}"
    assert "/Author" not in meta and "/Keywords" not in meta
    assert not meta.get("/Subject")
    assert meta.creator == "Työkirja"


def test_every_page_has_its_number_in_the_footer():
    doc = sample_document("en")
    pages = read(render(doc)).pages
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        assert doc.text("page").format(page=number) in page.extract_text()


def test_a_long_report_has_contents_and_bookmarks():
    doc = sample_document("en")
    reader = read(render(doc))
    first = reader.pages[0].extract_text()
    assert doc.text("toc") in first
    assert heading(doc, "appendix") in first and heading(doc, "practice") in first
    headed = [k for k in doc.sections if k not in ("cover", "feelings", "quotes", "session_notes")]
    assert top_bookmarks(reader) == [heading(doc, k) for k in headed]


def test_a_short_report_has_no_contents():
    doc = sample_document("en", sections=["cover", "agenda", "goals", "skills"])
    assert doc.text("toc") not in text_of(render(doc))


def test_every_chart_has_a_caption_with_n_and_the_period():
    doc = sample_document("en", sections=["practice"])
    assert f"n = {sum(doc.practice.totals.values())} · {doc.period}" in text_of(render(doc))


def test_long_free_text_flows_over_pages():
    long = "\n".join(f"Paragraph {i}: " + "words that keep going " * 40 for i in range(40))
    doc = sample_document("en", sections=["excerpts"], excerpts=[Excerpt("reflection", "Long", "", [("Notes", long)])])
    reader = read(render(doc))
    assert len(reader.pages) > 3
    assert "Paragraph 39:" in reader.pages[-1].extract_text()


def test_the_same_document_gives_the_same_bytes():
    doc = sample_document("fi")
    assert render(doc) == render(doc)


def test_cancel_before_anything_raises():
    with pytest.raises(ReportCancelled):
        render(sample_document("fi"), cancelled=lambda: True)


def test_cancel_between_sections_raises_and_stops_progress():
    calls: list[tuple[int, int]] = []
    with pytest.raises(ReportCancelled):
        render(sample_document("fi"), progress=lambda d, t: calls.append((d, t)), cancelled=lambda: len(calls) >= 3)
    assert calls and calls[-1][0] < calls[-1][1]


def test_progress_counts_up_to_the_total():
    calls: list[tuple[int, int]] = []
    render(sample_document("en"), progress=lambda d, t: calls.append((d, t)))
    done = [d for d, _ in calls]
    totals = {t for _, t in calls}
    assert len(totals) == 1 and done == sorted(set(done)) and done[-1] == totals.pop()


def test_a_twelve_month_report_renders():
    doc = large_document("en")
    reader = read(render(doc))
    assert len(doc.practice.weeks) >= 52 and len(doc.excerpts) == 60
    assert 10 < len(reader.pages) < 40


def test_every_section_empty_still_renders():
    doc = sample_document("en", agenda=[], goals=[], skills=None, practice=None, patterns=None, feedback=None,
                          excerpts=[], wellbeing=None, appendix=[], metrics=[])
    text = text_of(render(doc))
    assert doc.text("goal_none") in text
    assert text.count(doc.text("nothing_in_period")) == 9  # agenda, skills … metrics, appendix


def test_sparse_data_draws_charts_without_errors():
    doc = sample_document("fi")
    doc.skills.blocks[0].points = doc.skills.blocks[0].points[:1]
    doc.skills.profile = [ThenNow("Ei arvioita", None, None), ThenNow("Vain nyt", None, 4)]
    doc.practice.weeks = doc.practice.weeks[:1]
    doc.practice.weeks[0].counts = dict.fromkeys(doc.practice.weeks[0].counts, 0)
    doc.patterns.elements = []
    doc.patterns.listening = [Count(c.label, 0) for c in doc.patterns.listening]
    doc.patterns.presence = []
    doc.feedback.funnel = [Count(c.label, 0) for c in doc.feedback.funnel]
    doc.wellbeing.series = [("Kuormitus", [])]
    text = text_of(render(doc))
    assert "Vain nyt" in text and doc.text("patterns_listening") in text


def test_cancel_during_layout_raises():
    doc = sample_document("en")
    calls: list[int] = []
    with pytest.raises(ReportCancelled):
        render(doc, progress=lambda d, t: calls.append(d), cancelled=lambda: len(calls) > len(doc.sections))
