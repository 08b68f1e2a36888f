"""The search box's query language: words, "exact phrase", -word, OR; odd input is never an error."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from tyokirja.domain.encounter import Encounter, EncounterFilter

HELSINKI = timezone(timedelta(hours=2))
TEXTS = {
    "puhelu": "Asiakas soitti takaisin laskusta, ja kuuntelin rauhassa.",
    "sähköposti": "Vastasin asiakkaalle sähköpostilla: lasku korjataan.",
    "palaveri": "Tiimipalaverissa kiire näkyi, mutta soitin takaisin myöhemmin.",
    "kehitys": "Kehityskeskustelussa puhuttiin palautteesta.",
}


@pytest.fixture
def titles(diary):
    for day, (title, facts) in enumerate(TEXTS.items(), start=1):
        diary.save(Encounter(occurred_at=datetime(2026, 5, day, 9, tzinfo=HELSINKI), title=title, facts=facts))

    def search(text: str) -> set[str]:
        found = diary.summaries(EncounterFilter(text=text))
        assert diary.count(EncounterFilter(text=text)) == len(found)
        return {s.title for s in found}

    return search


@pytest.mark.parametrize("query, expected", [
    ("asiakas lasku", {"puhelu", "sähköposti"}),  # all words, each in any of its forms
    ('"soitin takaisin"', {"palaveri"}),  # the phrase as written, not "soitti takaisin"
    ("soittaa takaisin", {"puhelu", "palaveri"}),  # as words the forms count
    ("asiakas -sähköposti", {"puhelu"}),
    ('takaisin -"kiire näkyi"', {"puhelu"}),
    ("sähköposti OR palaveri", {"sähköposti", "palaveri"}),
    ("kuunnella OR palaute lasku", {"puhelu"}),  # OR binds two terms; the next word is still required
    ("-asiakas", {"palaveri", "kehitys"}),  # only exclusions: every other entry
])
def test_query_syntax(titles, query, expected):
    assert titles(query) == expected


@pytest.mark.parametrize("query", ['"soitin takaisin', 'OR', 'asiakas OR', 'OR OR', '-', '--', '""', '"',
                                   "NEAR(a b)", "lasku*", "^asiakas", "{facts}:lasku", "a:b", "'", "(", "-\"\""])
def test_odd_syntax_is_searched_literally_and_never_fails(titles, query):
    titles(query)  # no exception; the count agrees with the list


def test_an_unclosed_quote_searches_the_words(titles):
    assert titles('"soitin takaisin') == {"palaveri"}  # "soitin" and "takaisin" as words


def test_or_alone_is_a_word_to_look_for(titles):
    assert titles("OR") == {"sähköposti"}  # the letters "or" of "korjataan"
