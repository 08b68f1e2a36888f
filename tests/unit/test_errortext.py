"""Every typed storage failure has a plain sentence that says what happened and what to do."""

from pathlib import Path

import pytest

from tyokirja import errortext
from tyokirja.domain.validation import Problem
from tyokirja.storage import errors

PATH = Path("/home/minä/päiväkirja.sqlite")


@pytest.mark.parametrize(
    "exc, words",
    [
        (errors.NotADiaryError("", PATH, reason="empty"), ["tyhjä tiedosto", "ei koskettu"]),
        (errors.NotADiaryError("", PATH, reason="foreign"), ["ei ole Työkirjan päiväkirja", "ei koskettu"]),
        (errors.NotADiaryError("", PATH, reason="newer"), ["uudemmalla versiolla"]),
        (errors.CorruptDiaryError("", PATH), ["vioittunut", "varmuuskopiosta"]),
        (errors.DiskFullError("", PATH), ["Levy on täynnä", "yhä muokkaimessa"]),
        (errors.ReadOnlyError("", PATH), ["vain luku", "yhä muokkaimessa"]),
        (errors.DiaryUnavailableError("", PATH), ["ei voitu avata"]),
    ],
)
def test_storage_errors_read_as_finnish_sentences(fi_app, exc, words):
    text = errortext.describe(exc)
    for word in words:
        assert word in text
    if "{path}" not in text and exc.code not in ("disk_full",):
        assert str(PATH) in text


def test_unknown_errors_do_not_leak_their_message(fi_app):
    text = errortext.describe(RuntimeError("salainen päiväkirjateksti"))
    assert "salainen" not in text
    assert "Tekstiäsi ei hylätty" in text


def test_problem_sentences_name_the_field(fi_app):
    assert errortext.describe_problem(Problem("title", "required")) == "Otsikko: tämä kenttä on pakollinen."
    assert errortext.describe_problem(Problem("difficulty", "out_of_range", 9)) == "Vaikeus: arvon pitää olla 1–5."


def test_english_is_the_source_language(en_app):
    assert errortext.describe_problem(Problem("title", "required")) == "Title: this field is required."
