"""`tyokirja report` end to end: the same report as the wizard, privacy by default, clear refusals."""

from __future__ import annotations

import io
import os
import stat
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.e2e.conftest import run_cli
from tests.helpers.report_diary import fill
from tyokirja.domain.content import Catalogue
from tyokirja.storage.connection import close_diary, open_diary
from tyokirja.storage.encounters import EncounterRepository
from tyokirja.storage.exports import CoachExportRepository

HEL = timezone(timedelta(hours=2))


@pytest.fixture
def diary(tmp_path):
    path = tmp_path / "diary.sqlite"
    db = open_diary(path)
    try:
        markers = fill(db, Catalogue.load_default(), datetime.now(HEL))
    finally:
        close_diary(db)
    return path, markers


def text_of(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return "".join("".join(p.extract_text() for p in reader.pages).split())


def logged(path: Path) -> list:
    db = open_diary(path, create=False)
    try:
        return CoachExportRepository(db).all()
    finally:
        close_diary(db)


def test_default_report_leaves_private_fields_out_and_is_logged(diary, tmp_path):
    path, markers = diary
    out = tmp_path / "raportti.pdf"
    done = run_cli("--db", path, "report", "--output", out, "--lang", "fi")
    assert done.returncode == 0, done.stderr
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    text = text_of(out)
    assert "Valmennusraportti" in text
    assert [k for k, v in markers.private.items() if v in text] == []
    assert all(v in text for v in markers.goal.values())
    records = logged(path)
    assert len(records) == 1 and records[0].file_name == "raportti.pdf" and records[0].lang == "fi"
    assert "excerpts" not in records[0].sections


def test_included_sections_carry_the_entries_marked_for_the_coach(diary, tmp_path):
    path, markers = diary
    out = tmp_path / "r.pdf"
    done = run_cli("--db", path, "report", "-o", out, "--lang", "en",
                   "--include", "excerpts,feelings,quotes,wellbeing", "--agenda", "How do I slow down?")
    assert done.returncode == 0, done.stderr
    text = text_of(out)
    assert "Coachingreport" in text and "HowdoIslowdown?" in text
    for group in (markers.excerpt, markers.feelings, markers.quotes):
        assert [k for k, v in group.items() if v not in text] == []
    assert [k for k, v in markers.never.items() if v in text] == []


def test_the_cli_makes_the_same_report_as_the_service(diary, tmp_path):
    from tyokirja.services.progress import ProgressService
    from tyokirja.services.reporting import ReportService

    path, _markers = diary
    out = tmp_path / "cli.pdf"
    assert run_cli("--db", path, "report", "-o", out, "--lang", "en", "--from", "2026-01-01",
                   "--exclude", "appendix").returncode == 0
    db = open_diary(path, create=False)
    try:
        catalogue = Catalogue.load_default()
        service = ReportService.open(db, catalogue, ProgressService.open(db, catalogue))
        from tyokirja.domain.report import DEFAULT_SECTIONS

        options = service.options("since", since=datetime(2026, 1, 1).date(), lang="en",
                                  sections=DEFAULT_SECTIONS - {"appendix"})
        service.export(options, tmp_path / "service.pdf")
    finally:
        close_diary(db)
    assert text_of(out) == text_of(tmp_path / "service.pdf")


def test_unknown_section_and_impossible_period_are_refused_and_write_nothing(diary, tmp_path):
    path, _ = diary
    out = tmp_path / "r.pdf"
    done = run_cli("--db", path, "report", "-o", out, "--include", "diary_dump")
    assert done.returncode == 2 and "diary_dump" in done.stderr and "Traceback" not in done.stderr
    done = run_cli("--db", path, "report", "-o", out, "--from", "2030-01-01", "--to", "2029-01-01")
    assert done.returncode == 2 and "period" in done.stderr
    done = run_cli("--db", path, "report", "-o", out, "--from", "1.1.2026")
    assert done.returncode == 2 and "YYYY-MM-DD" in done.stderr
    assert not out.exists() and logged(path) == []


def test_a_likely_name_stops_the_cli_until_checked(diary, tmp_path):
    path, markers = diary
    db = open_diary(path, create=False)
    try:
        repo = EncounterRepository(db)
        enc = repo.get(markers.encounter_id)
        enc.facts = "Asiakas kertoi, että Pirjo Mäkelä oli luvannut hyvityksen."
        repo.save(enc)
    finally:
        close_diary(db)
    out = tmp_path / "r.pdf"
    done = run_cli("--db", path, "report", "-o", out, "--include", "excerpts", lang="fi")
    assert done.returncode == 2 and "Pirjo" in done.stderr and "Mäkelä" in done.stderr
    assert "Asiakas" not in done.stderr.split(":")[1] if ":" in done.stderr else True
    assert not out.exists()
    done = run_cli("--db", path, "report", "-o", out, "--include", "excerpts", "--names-checked", lang="fi")
    assert done.returncode == 0, done.stderr
    assert "PirjoMäkelä" in text_of(out)
    # without the excerpts tick the text does not leave, so no check is needed
    assert run_cli("--db", path, "report", "-o", tmp_path / "plain.pdf").returncode == 0


def test_report_from_a_missing_diary_is_refused(tmp_path):
    done = run_cli("--db", tmp_path / "none.sqlite", "report", "-o", tmp_path / "r.pdf")
    assert done.returncode == 2 and not (tmp_path / "none.sqlite").exists()
