"""`tyokirja sessions [list | show N | agenda]` end to end: what the user planned, agreed and flagged, read only."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from tests.e2e.conftest import run_cli
from tyokirja.services.workbook import open_workbook

HEL = timezone(timedelta(hours=2))


@pytest.fixture
def diary(tmp_path):
    path = tmp_path / "diary.sqlite"
    book = open_workbook(path, create=True)
    try:
        coaching = book.coaching
        held = coaching.plan(datetime(2026, 3, 2, 14, 0, tzinfo=HEL), "valmentaja", "phone")
        coaching.add_agreement(held.id, "Kysyn ensin, mitä asiakas jo tietää", "goal", date(2026, 3, 16))
        held.status, held.insights = "held", "Kysymys ennen neuvoa toimii."
        coaching.update(held)
        entry = book.diary.quick_entry("Vaikea reklamaatio", "", None)
        coaching.flag("encounter", entry.id, entry.title)
        upcoming = coaching.plan(datetime(2099, 3, 30, 14, 0, tzinfo=HEL), "valmentaja", "video")
    finally:
        book.close()
    return path, upcoming


def test_list_show_and_agenda(diary):
    path, upcoming = diary
    listed = run_cli("--db", path, "sessions", "list")
    assert listed.returncode == 0, listed.stderr
    lines = listed.stdout.splitlines()
    assert len(lines) == 2
    assert lines[0].split()[:4] == ["1", "2026-03-02", "14:00", "held"] and "agreements 1" in lines[0]
    assert lines[1].split()[:4] == ["2", "2099-03-30", "14:00", "planned"]

    shown = run_cli("--db", path, "sessions", "show", "1")
    assert shown.returncode == 0, shown.stderr
    assert "Kysymys ennen neuvoa toimii." in shown.stdout
    assert "- Kysyn ensin, mitä asiakas jo tietää (2026-03-16) · open, goal active" in shown.stdout

    agenda = run_cli("--db", path, "sessions", "agenda")
    assert agenda.returncode == 0, agenda.stderr
    items = [line.strip() for line in agenda.stdout.splitlines() if line.strip()[:2] in ("1.", "2.", "3.")]
    assert items[:2] == ["1. Agreed last time – open, goal active: Kysyn ensin, mitä asiakas jo tietää",
                         "2. Flagged: Vaikea reklamaatio"]
    again = run_cli("--db", path, "sessions", "agenda")  # read only: nothing was stored the first time
    assert again.stdout == agenda.stdout
    fi = run_cli("--db", path, "sessions", "list", lang="fi")
    assert "pidetty" in fi.stdout and "suunniteltu" in fi.stdout


def test_a_session_number_out_of_range_is_refused_in_one_sentence(diary):
    path, _ = diary
    result = run_cli("--db", path, "sessions", "show", "7")
    assert result.returncode == 2 and result.stdout == ""
    assert "There is no session 7: the list has 2." in result.stderr
