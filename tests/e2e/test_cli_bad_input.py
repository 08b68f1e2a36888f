"""Files that are not a healthy diary, through the command line: refused, explained, untouched."""

from __future__ import annotations

import json

import pytest

from tests.e2e.conftest import run_cli
from tests.unit.test_bad_input import BAD_KINDS, companions, fingerprint, make_bad_file

MESSAGES = {
    "text": "is not a Työkirja diary",
    "foreign_sqlite": "is not a Työkirja diary",
    "truncated_diary": "is damaged",
    "empty": "is an empty file",
}


@pytest.mark.parametrize("command", ["check", "search", "export", "import"])
@pytest.mark.parametrize("kind", BAD_KINDS)
def test_bad_diary_files_are_refused_and_left_untouched(tmp_path, kind, command):
    diary = make_bad_file(kind, tmp_path / "kansio" / "tyokirja.sqlite")
    before = fingerprint(diary)
    out = tmp_path / "vienti.json"
    source = tmp_path / "tuonti.json"
    source.write_text(json.dumps({"format": "tyokirja-export", "format_version": 1, "encounters": [
        {"id": "x1", "occurred_at": "2026-01-01T10:00+02:00", "title": "Uusi"}]}), encoding="utf-8")
    args = {
        "check": ["check"],
        "search": ["search", "asiakas"],
        "export": ["export", "json", "--output", out],
        "import": ["import", source],
    }[command]

    done = run_cli("--db", diary, *args)

    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr and done.stdout == ""
    assert MESSAGES[kind] in done.stderr and str(diary) in done.stderr
    assert "left untouched" in done.stderr
    assert fingerprint(diary) == before  # never replaced by a new, empty diary
    assert companions(diary) == []
    assert not out.exists()
