"""Finnish-aware search, judged on the quality set (tests/helpers/search_quality.py).

Every query must find each of its `must` entries and none of its `must_not` look-alikes, through
the same DiaryService the diary list uses. bench/search_quality.py prints the same set as figures.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from tests.helpers.search_quality import DOCS, QUERIES, evaluate, fill_diary
from tyokirja.domain.encounter import Encounter, EncounterFilter
from tyokirja.services.workbook import open_workbook

WHEN = datetime(2026, 3, 2, 9, 0, tzinfo=timezone(timedelta(hours=2)))


@pytest.fixture(scope="module")
def quality_diary(tmp_path_factory, catalogue):
    workbook = open_workbook(Path(tmp_path_factory.mktemp("quality")) / "diary.sqlite", create=True,
                             catalogue=catalogue)
    titles: dict[str, str] = {}

    def save(title: str, text: str) -> None:
        titles[workbook.diary.save(Encounter(occurred_at=WHEN, title=title, facts=text)).id] = title

    fill_diary(save)

    def search(query: str) -> set[str]:
        return {titles[s.id] for s in workbook.diary.summaries(EncounterFilter(text=query), limit=500)}

    yield search
    workbook.close()


@pytest.mark.parametrize("q", QUERIES, ids=[f"{q.category}:{q.query}" for q in QUERIES])
def test_query_finds_its_entries_and_not_the_look_alikes(quality_diary, q):
    found = quality_diary(q.query)
    assert set(q.must) <= found, f"{q.query!r} should find {sorted(set(q.must) - found)}"
    assert not found & set(q.must_not), f"{q.query!r} must not find {sorted(found & set(q.must_not))}"


def test_the_set_is_big_enough_and_every_category_has_queries():
    assert len(QUERIES) >= 40
    assert {q.category for q in QUERIES} == {"inflection", "gradation", "compounds", "ä/ö", "upper case",
                                             "hyphens", "English"}
    assert all(d in DOCS for q in QUERIES for d in (*q.must, *q.must_not))


def test_scores_are_perfect_on_the_set(quality_diary):
    scores = evaluate(quality_diary)
    assert scores["all"].recall == 1.0, scores["all"].misses
    assert scores["all"].precision == 1.0, scores["all"].misses


@pytest.mark.parametrize("query, expected", [
    ("saa", {"d12"}),  # saada, never sää
    ("sää", {"d11", "d13"}),
    ("säästä", {"d13"}),  # the weather's elative, not "saa"
])
def test_a_and_ä_never_meet(quality_diary, query, expected):
    found = quality_diary(query)
    assert expected <= found
    assert not found & ({"d11", "d13"} if query == "saa" else {"d12"})
