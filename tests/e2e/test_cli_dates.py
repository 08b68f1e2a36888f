"""Dates on the command line outside the years a diary can hold are refused in a sentence."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import run_cli
from tyokirja.storage.connection import close_diary, open_diary


@pytest.mark.parametrize("option", [("--to", "9999-12-31"), ("--from", "0001-01-01"), ("--from", "1899-12-31")])
def test_report_dates_out_of_range_are_refused_without_a_traceback(tmp_path, option):
    path = tmp_path / "d.sqlite"
    close_diary(open_diary(path))
    before = path.read_bytes()
    done = run_cli("--db", path, "report", "-o", tmp_path / "r.pdf", *option, "--names-checked", lang="fi")
    assert done.returncode == 2
    assert "Traceback" not in done.stderr and "1900–9998" in done.stderr
    assert path.read_bytes() == before and not (tmp_path / "r.pdf").exists()
