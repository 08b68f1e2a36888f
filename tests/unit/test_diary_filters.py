"""The diary's filters by what an entry is about, and the day counts behind the calendar."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from tyokirja.domain.encounter import Encounter, EncounterFilter, FollowUp

HKI = timezone(timedelta(hours=2))


def _entry(title: str, day: int = 1, **fields) -> Encounter:
    return Encounter(occurred_at=datetime(2026, 12, day, 10, 0, tzinfo=HKI), title=title, **fields)


def _titles(diary, flt: EncounterFilter) -> set[str]:
    assert diary.count(flt) == len(diary.summaries(flt))
    return {s.title for s in diary.summaries(flt)}


def _fill(diary) -> None:
    for enc in (
        _entry("kuuntelu", skills=["listening"], difficulty=4, share_with_coach=True),
        _entry("empatia", skills=["eq.empathy"], elements={"personal": "yes", "exceed": "partly"}),
        _entry("ongelma", skills=["problem_solving"], elements={"personal": "no"},
               follow_up=FollowUp(text="Soita takaisin")),
        _entry("pikainen", needs_completion=True, difficulty=2, facts="Asiakas soitti."),
        _entry("eräpäivä", follow_up=FollowUp(due=date(2026, 12, 9))),
    ):
        diary.save(enc)


def test_each_filter_keeps_only_the_entries_it_names(diary):
    _fill(diary)
    assert _titles(diary, EncounterFilter(skill="listening")) == {"kuuntelu"}
    assert _titles(diary, EncounterFilter(skill="eq")) == {"empatia"}  # a parent skill finds its sub-skills
    assert _titles(diary, EncounterFilter(skill="problem")) == set()  # not a prefix of a word
    assert _titles(diary, EncounterFilter(element="personal")) == {"empatia", "ongelma"}
    assert _titles(diary, EncounterFilter(element="personal", element_level="yes")) == {"empatia"}
    assert _titles(diary, EncounterFilter(element="exceed", element_level="partly")) == {"empatia"}
    assert _titles(diary, EncounterFilter(difficulty=4)) == {"kuuntelu"}
    assert _titles(diary, EncounterFilter(to_complete=True)) == {"pikainen"}
    assert _titles(diary, EncounterFilter(shared_with_coach=True)) == {"kuuntelu"}
    assert _titles(diary, EncounterFilter(has_follow_up=True)) == {"ongelma", "eräpäivä"}


def test_filters_combine_with_the_search_and_each_other(diary):
    _fill(diary)
    assert _titles(diary, EncounterFilter(text="asiakkaan", to_complete=True)) == {"pikainen"}
    assert _titles(diary, EncounterFilter(text="asiakkaan", shared_with_coach=True)) == set()
    assert _titles(diary, EncounterFilter(has_follow_up=True, skill="problem_solving")) == {"ongelma"}


def test_day_counts_count_each_local_day_of_the_range(workbook):
    diary = workbook.diary
    for day, hour in ((3, 0), (3, 23), (4, 12), (31, 23)):
        diary.save(Encounter(occurred_at=datetime(2026, 12, day, hour, 30, tzinfo=HKI), title=f"{day} {hour}"))
    diary.save(Encounter(occurred_at=datetime(2026, 11, 30, 23, 30, tzinfo=HKI), title="marraskuu"))
    diary.save(Encounter(occurred_at=datetime(2027, 1, 1, 0, 30, tzinfo=HKI), title="tammikuu"))
    counts = diary.day_counts(date(2026, 12, 1), date(2026, 12, 31))
    assert counts == {date(2026, 12, 3): 2, date(2026, 12, 4): 1, date(2026, 12, 31): 1}
    assert diary.day_counts(date(2026, 11, 1), date(2026, 11, 30)) == {date(2026, 11, 30): 1}
