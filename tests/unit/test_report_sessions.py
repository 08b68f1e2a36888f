"""The coach report's "Sessions and agreements": agreements on by default, session notes only with both
ticks (the section and the session's own), and the name check reads them."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from tyokirja.domain.report import DEFAULT_SECTIONS, PRIVATE_SECTIONS
from tyokirja.services.workbook import open_workbook

HKI = timezone(timedelta(hours=2))
NOW = datetime(2026, 3, 20, 12, 0, tzinfo=HKI)


@pytest.fixture
def book(db_path, catalogue):
    workbook = open_workbook(db_path, create=True, catalogue=catalogue, clock=lambda: NOW)
    coaching = workbook.coaching
    held = coaching.plan(datetime(2026, 3, 2, 14, 0, tzinfo=HKI), "valmentaja", "phone")
    coaching.add_agreement(held.id, "Kysyn ensin, mitä asiakas jo tietää", "goal", date(2026, 3, 16))
    held.status, held.insights = "held", "Kysymys ennen neuvoa toimii, sanoi Hilppa."
    coaching.update(held)
    planned = coaching.plan(datetime(2026, 3, 30, 14, 0, tzinfo=HKI), "valmentaja")
    coaching.add_agreement(planned.id, "Ei vielä pidetty", "goal")
    yield workbook
    workbook.close()


def options(book, sections):
    return book.reports.options("4w", today=NOW.date(), sections=sections)


def test_the_agreements_are_on_by_default_and_the_notes_are_private(book):
    assert "sessions" in DEFAULT_SECTIONS and "session_notes" in PRIVATE_SECTIONS
    doc = book.reports.document(options(book, DEFAULT_SECTIONS))
    [block] = doc.sessions  # the planned session is not in the report
    assert block.heading == "2.3.2026" and block.meta == "Puhelin · valmentaja"
    assert block.agreements == [("Kysyn ensin, mitä asiakas jo tietää (16.3.2026)", "kesken, tavoite käynnissä")]
    assert block.notes == []
    # the section alone is not enough: the session itself must allow its notes
    with_section = book.reports.document(options(book, DEFAULT_SECTIONS | {"session_notes"}))
    assert with_section.sessions[0].notes == []


def test_notes_go_along_with_both_ticks_and_the_name_check_reads_them(book):
    session = book.coaching.sessions()[-1]
    session.share_notes = True
    book.coaching.update(session)
    sections = DEFAULT_SECTIONS | {"session_notes"}
    doc = book.reports.document(options(book, sections))
    assert doc.sessions[0].notes == [("Omat oivallukset", "Kysymys ennen neuvoa toimii, sanoi Hilppa.")]
    assert "Hilppa" in [hit.word for hit in book.reports.name_check(options(book, sections), doc)]
    assert "Hilppa" not in [hit.word for hit in book.reports.name_check(options(book, DEFAULT_SECTIONS))]


def test_the_pdf_prints_the_section(book, tmp_path):
    import io

    from pypdf import PdfReader

    path = tmp_path / "raportti.pdf"
    book.reports.export(options(book, DEFAULT_SECTIONS), path)
    text = "".join("".join(p.extract_text() for p in PdfReader(io.BytesIO(path.read_bytes())).pages).split())
    assert "Valmennuskerratjasopimukset" in text and "Kysynensin,mitäasiakasjotietää" in text
    assert "Kysymysennenneuvoa" not in text
