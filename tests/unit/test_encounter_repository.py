"""Saving, loading, listing and searching encounters as stored in the file."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from tyokirja.domain.encounter import Encounter, EncounterFilter, FollowUp
from tyokirja.domain.validation import ValidationError
from tyokirja.storage.errors import NotFoundError

HKI_SUMMER = timezone(timedelta(hours=3))


def full_encounter(**changes) -> Encounter:
    enc = Encounter(
        occurred_at=datetime(2026, 6, 15, 14, 30, tzinfo=HKI_SUMMER),
        title="Reklamaatio laskutuksesta <b>&amp;",
        my_role="service",
        counterpart_role="customer",
        scope="external",
        channel="phone",
        situation="complaint",
        difficulty=4,
        facts="Asiakas kertoi, että lasku oli väärä. ČĐŊŠŦŽ čđŋšŧž 🙂👍🏽👨‍👩‍👧",
        my_feelings=["irritated", "nervous"],
        my_feelings_text="Kiire painoi.",
        their_feelings=["frustrated"],
        their_feelings_text="Arvaan: turhautunut, koska asia toistui.",
        impact_on_other="Rauhoittui, kun kuuntelin loppuun.",
        went_well="Annoin puhua loppuun.",
        do_differently="Tarkistaisin ymmärrykseni aiemmin.",
        elements={"personal": "yes", "anticipate": "partly", "exceed": "no"},
        follow_up=FollowUp(text="Soita takaisin", due=date(2026, 6, 17), done=False),
        notes="<img src='/etc/passwd'/> & muuta",
        skills=["listening", "eq.empathy"],
    )
    return enc.copy(**changes)


def test_every_field_round_trips_exactly(diary):
    enc = full_encounter()
    saved = diary.save(enc)
    loaded = diary.get(enc.id)
    for name in ("created_at", "updated_at"):
        assert getattr(loaded, name) is not None
    assert loaded.copy(created_at=None, updated_at=None) == enc
    assert loaded.occurred_at.utcoffset() == timedelta(hours=3)
    assert saved == loaded


def test_one_megabyte_entry_saves_and_loads(diary):
    text = ("Äänekoski ja čđŋ — pitkä havainto. " * 40_000)[:1_000_000]
    enc = full_encounter(facts=text)
    diary.save(enc)
    assert diary.get(enc.id).facts == text


def test_update_keeps_created_and_changes_updated(diary):
    enc = diary.save(full_encounter())
    later = diary.save(enc.copy(title="Uusi otsikko"))
    assert later.title == "Uusi otsikko"
    assert later.created_at == enc.created_at
    assert later.updated_at >= enc.updated_at
    assert diary.count() == 1


def test_invalid_record_is_not_stored(diary):
    with pytest.raises(ValidationError) as caught:
        diary.save(full_encounter(title="  ", difficulty=9, channel="pigeon"))
    assert {(p.field, p.code) for p in caught.value.problems} == {
        ("title", "required"), ("difficulty", "out_of_range"), ("channel", "unknown_value"),
    }
    assert diary.count() == 0


def test_several_entries_per_day_newest_first(diary):
    base = datetime(2026, 3, 2, 8, 0, tzinfo=timezone(timedelta(hours=2)))
    for hour in (9, 13, 11):
        diary.save(full_encounter(id=f"id{hour}", title=f"klo {hour}", occurred_at=base.replace(hour=hour)))
    assert [s.title for s in diary.summaries()] == ["klo 13", "klo 11", "klo 9"]


def test_delete_returns_the_entry_and_restore_puts_it_back(diary):
    enc = diary.save(full_encounter())
    removed = diary.delete(enc.id)
    assert diary.count() == 0
    with pytest.raises(NotFoundError):
        diary.get(enc.id)
    diary.restore(removed)
    assert diary.get(enc.id) == enc
    assert diary.count(EncounterFilter(text="laskutuksesta")) == 1


@pytest.mark.parametrize(
    "query, hits",
    [
        ("asiak", 2),  # prefix of asiakkaan / asiakaskohtaamisessa
        ("kohtaami", 1),  # inside a compound
        ("ASIAKASKOHTAAMISESSA", 1),  # case folds
        ("sää", 1),
        ("saa", 0),  # ä is its own letter
        ("čđŋ", 1),
        ("🙂", 1),
        ("asiak sää", 1),  # words combine with AND
        ("yö", 1),  # two-letter word, substring
        ("YÖ", 1),  # short words fold non-ASCII letters too
        ("zzzz", 0),
        ("%", 0),  # LIKE wildcards in user text are literal
        ("_", 0),
        ('"', 3),  # nothing searchable: same as an empty search
        ("tiimi\" OR (", 1),  # an unclosed quote and FTS syntax in user text are literal, not an error
        ("NEAR(asiak*", 0),  # FTS5 operators are letters to look for
    ],
)
def test_search_suits_finnish(diary, query, hits):
    diary.save(full_encounter(id="a", title="Asiakkaan palaute", facts="Sää oli huono, yö pitkä. čđŋ 🙂"))
    diary.save(full_encounter(id="b", title="Tiimipalaveri", facts="Asiakaskohtaamisessa opin paljon."))
    diary.save(full_encounter(id="c", title="Kehityskeskustelu", facts="Sovimme tavoitteet."))
    assert diary.count(EncounterFilter(text=query)) == hits


def test_filters_combine_with_and(diary):
    t = datetime(2026, 5, 10, 12, 0, tzinfo=timezone(timedelta(hours=3)))
    diary.save(full_encounter(id="1", occurred_at=t, my_role="service", channel="phone", situation="complaint"))
    diary.save(full_encounter(id="2", occurred_at=t, my_role="service", channel="email", situation="complaint"))
    diary.save(full_encounter(id="3", occurred_at=t - timedelta(days=30), my_role="manager", channel="phone",
                              situation="development_talk", title="Kehityskeskustelu"))
    assert diary.count(EncounterFilter(my_role="service")) == 2
    assert diary.count(EncounterFilter(my_role="service", channel="phone")) == 1
    assert diary.count(EncounterFilter(channel="phone", date_from=date(2026, 5, 1))) == 1
    assert diary.count(EncounterFilter(date_to=date(2026, 4, 30))) == 1
    assert diary.count(EncounterFilter(text="kehitys", situation="development_talk")) == 1
    assert diary.count(EncounterFilter(text="kehitys", situation="complaint")) == 0


def test_date_filter_uses_local_calendar_days(diary):
    # 00:30 local time on 1 June in Helsinki is still 31 May in UTC.
    just_after_midnight = datetime(2026, 6, 1, 0, 30, tzinfo=HKI_SUMMER)
    diary.save(full_encounter(occurred_at=just_after_midnight))
    assert diary.count(EncounterFilter(date_from=date(2026, 6, 1), date_to=date(2026, 6, 1))) == 1
    assert diary.count(EncounterFilter(date_to=date(2026, 5, 31))) == 0


def test_quick_entry_is_flagged_for_completion(diary):
    enc = diary.quick_entry("Nopea", "Asiakas oli tyytyväinen.", "relieved")
    loaded = diary.get(enc.id)
    assert loaded.needs_completion and loaded.my_feelings == ["relieved"]
    assert diary.summaries()[0].needs_completion


def test_drafts_survive_and_are_cleared_by_save(diary):
    enc = full_encounter(title="Kesken")
    diary.save_draft(enc, is_new=True)
    (draft, restored), = diary.pending_drafts()
    assert restored == enc and draft.key == "encounter:new"
    diary.save(enc)
    assert diary.pending_drafts() == []


@pytest.mark.parametrize("order", ["date", "relevance"])
@pytest.mark.parametrize("text", ["", "palaveri"])
def test_keyset_pages_read_every_row_once_in_the_order_of_one_long_page(diary, order, text):
    # Several entries share a moment, and a search ranks rows by score: paging "after the last
    # row" must still give exactly the rows (and order) of one page holding them all.
    base = datetime(2026, 3, 2, 8, 0, tzinfo=timezone(timedelta(hours=2)))
    for n in range(23):
        when = base if n % 4 == 0 else base - timedelta(hours=n)
        title = "Palaveri " + "palaveri " * (n % 3) if n % 5 else "Puhelu"
        diary.encounters.save(Encounter(occurred_at=when, title=title, facts=f"Kohta {n}"))
    flt = EncounterFilter(text=text)
    whole = [s.id for s in diary.encounters.summaries(flt, limit=1000, order=order)]
    paged: list[str] = []
    after = None
    while True:
        page = diary.encounters.summaries(flt, limit=4, order=order, after=after)
        paged.extend(s.id for s in page)
        if len(page) < 4:
            break
        after = page[-1].id
    assert paged == whole and len(whole) == (23 if not text else 18)
