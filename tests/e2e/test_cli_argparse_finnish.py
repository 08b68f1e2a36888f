"""The command line's own usage and error lines speak the chosen language too, not argparse's English."""

from __future__ import annotations

import re

import pytest

from tests.e2e.conftest import run_cli

# argparse's English words that must not reach a Finnish user
ENGLISH = re.compile(r"\b(usage|error|invalid choice|choose from|unrecognized arguments|"
                     r"the following arguments are required|show this help message|positional arguments|"
                     r"options:|expected one argument)\b")


@pytest.mark.parametrize(("args", "finnish"), [
    (["tuntematon"], "tuntematon valinta 'tuntematon'"),
    (["export", "json"], "nämä argumentit puuttuvat: --output"),
    (["export", "json", "--output"], "odotettiin yhtä arvoa"),
    (["check", "--ylimaarainen"], "tuntemattomia argumentteja: --ylimaarainen"),
    (["report", "--from", "2026-13-45", "--output", "r.pdf"], "argumentti --from: ei ole päivämäärä: 2026-13-45"),
])
def test_bad_command_lines_are_explained_in_finnish(tmp_path, args, finnish):
    done = run_cli("--db", tmp_path / "tyokirja.sqlite", *args, lang="fi")

    assert done.returncode == 2
    assert done.stderr.startswith("käyttö: tyokirja"), done.stderr
    assert re.search(r"^tyokirja( [a-z]+)*: virhe: ", done.stderr, re.M), done.stderr
    assert finnish in done.stderr
    assert not ENGLISH.search(done.stderr), done.stderr
    assert not (tmp_path / "tyokirja.sqlite").exists()  # a refused command line creates nothing


def test_help_is_finnish_with_lang_fi():
    done = run_cli("export", "--help", lang="fi")

    assert done.returncode == 0
    assert done.stdout.startswith("käyttö: tyokirja export")
    assert "valinnat:" in done.stdout and "näytä tämä ohje ja lopeta" in done.stdout
    assert not ENGLISH.search(done.stdout), done.stdout


def test_english_stays_argparse_english():
    done = run_cli("tuntematon", lang="en")

    assert done.returncode == 2
    assert done.stderr.startswith("usage: tyokirja")
    assert "tyokirja: error: argument COMMAND: invalid choice: 'tuntematon'" in done.stderr
