"""The coach report's pure rules: periods, section lists, file names, likely personal names."""

from __future__ import annotations

from datetime import date

import pytest

from tyokirja.domain.names import likely_names
from tyokirja.domain.report import (
    DEFAULT_SECTIONS,
    ReportOptionError,
    default_file_name,
    parse_sections,
    period_bounds,
)
from tyokirja.services.reporting import common_names, common_words
from tyokirja.storage.wordforms import word_sense

KNOWN = common_words() | {"asiakkaan", "soitti", "lähettää", "tarjouksen", "kerroin", "tiimi", "apua"}


@pytest.mark.parametrize("text, expected", [
    ("Mikko soitti.", ["Mikko"]),  # a common name, even at the start of a sentence
    ("Soitin Mikolle ja Annalle.", ["Mikolle", "Annalle"]),  # inflected
    ("Virtasen tiimi soitti.", ["Virtasen"]),
    ("Tapasin asiakkaan ja Hilppa soitti.", ["Hilppa"]),  # unknown, mid-sentence
    ("Hilppa soitti.", []),  # unknown at the start of a sentence: every word is capitalised there
    ("Tarjosin apua. Kerroin asian.", []),
    ("Asiakas oli tyytyväinen. CRM toimi, ja VPN-yhteys katkesi.", []),
    ("“Mikä meni hyvin?” Asiakas kiitti.", []),
    ("The customer said Marjatta had promised a discount.", ["Marjatta"]),
])
def test_likely_names(text, expected):
    assert likely_names(text, KNOWN, common_names()) == expected


@pytest.mark.parametrize("text, expected", [
    ("Hilppa soitti.", ["Hilppa"]),  # the analyser does not know it: a name even at the start
    ("Veikkaan, että asiakas palaa.", []),  # "I bet", not Veikka, though it looks like an inflected name
    ("Mikko soitti. Annalle kerroin.", ["Mikko", "Annalle"]),
    ("Tapasin asiakkaan ja Hilppa soitti.", ["Hilppa"]),
    ("Tarjosin apua. Kerroin asian.", []),
    ("Asiakas oli tyytyväinen. CRM toimi, ja VPN-yhteys katkesi.", []),
    ("The customer said Marjatta had promised a discount.", ["Marjatta"]),
])
def test_likely_names_with_the_analyser(text, expected):
    assert likely_names(text, KNOWN, common_names(), word_sense) == expected


def test_periods_end_today_and_count_back_in_calendar_months():
    today = date(2026, 11, 23)
    assert period_bounds("4w", today) == (date(2026, 10, 27), today)
    assert period_bounds("3m", today) == (date(2026, 8, 24), today)
    assert period_bounds("12m", today) == (date(2025, 11, 24), today)
    assert period_bounds("3m", date(2026, 5, 31)) == (date(2026, 3, 1), date(2026, 5, 31))
    assert period_bounds("since", today, date(2026, 1, 1)) == (date(2026, 1, 1), today)
    with pytest.raises(ReportOptionError):
        period_bounds("since", today)


def test_section_lists_and_the_neutral_file_name():
    assert parse_sections("default, wellbeing") == DEFAULT_SECTIONS | {"wellbeing"}
    assert parse_sections("") == frozenset()
    with pytest.raises(ReportOptionError) as err:
        parse_sections("cover,everything")
    assert err.value.detail == "everything"
    assert default_file_name(date(2026, 11, 23), "fi") == "valmennusraportti-2026-11-23.pdf"
    assert default_file_name(date(2026, 11, 23), "en") == "coaching-report-2026-11-23.pdf"
