"""Progress statistics (tyokirja/domain/progress.py) against hand-computed examples."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from tyokirja.domain.progress import (
    ElementCount,
    Funnel,
    MonthAverage,
    ProfileRow,
    SeriesPoint,
    Week,
    active_weeks,
    element_frequencies,
    feedback_funnel,
    listening_level_distribution,
    mean,
    monthly_averages,
    period_start,
    practice_per_week,
    profile,
    rating_due,
    skill_series,
)
from tyokirja.domain.rating import RatingSession, SkillRating

HELSINKI = ZoneInfo("Europe/Helsinki")
KIRITIMATI = ZoneInfo("Pacific/Kiritimati")  # UTC+14
ST_JOHNS = ZoneInfo("America/St_Johns")  # UTC−3:30 in winter
UTC = UTC
ZERO = dict.fromkeys(("entries", "reflections", "exercises", "feedback_requests"), 0)


def counts(**kw) -> dict:
    return {**ZERO, **kw}


def session(sid: str, when: datetime, levels: dict[str, int], kind: str = "monthly", refers=None) -> RatingSession:
    ratings = [SkillRating(i, lv, "e" if lv else "") for i, lv in levels.items()]
    return RatingSession(kind, when, ratings, id=sid, refers_to_date=refers)


def at(y, m, d, h=12, tz=HELSINKI) -> datetime:
    return datetime(y, m, d, h, tzinfo=tz)


# -- averages and series ---------------------------------------------------------------------------


def test_mean_leaves_zeros_out_and_is_none_over_nothing():
    assert mean([]) is None
    assert mean([0, 0]) is None  # never 0
    assert mean([0, 2, 4]) == 3.0  # (2 + 4) / 2, not (0 + 2 + 4) / 3 = 2
    assert mean([3]) == 3.0


def test_skill_series_skips_zeros_missing_items_and_other_kinds():
    sessions = [
        session("a", at(2026, 1, 31), {"listening": 2, "presence": 3}),
        session("b", at(2026, 2, 28), {"listening": 0, "presence": 3}),  # 0: no evidence yet
        session("c", at(2026, 3, 7), {"listening": 3}, kind="weekly_focus"),
        session("d", at(2026, 3, 20), {"listening": 2}, kind="retrospective", refers=date(2025, 12, 20)),
        session("e", at(2026, 3, 31), {"presence": 4}),  # listening not rated at all
    ]
    assert skill_series(sessions, "listening") == [
        SeriesPoint(date(2026, 1, 31), 2, "a"),
        SeriesPoint(date(2026, 3, 7), 3, "c"),
    ]
    # asked for, a retrospective is placed on the day it refers to
    retro = skill_series(sessions, "listening", kinds=("retrospective",))
    assert retro == [SeriesPoint(date(2025, 12, 20), 2, "d")]


def test_skill_series_of_a_single_session_and_of_none():
    assert skill_series([], "presence") == []
    assert skill_series([session("x", at(2026, 5, 1), {"presence": 5})], "presence") == [
        SeriesPoint(date(2026, 5, 1), 5, "x")
    ]


def test_skill_series_uses_the_day_on_the_users_clock():
    # 00:30 on 1 March in Helsinki is still 28 February in UTC
    s = session("m", datetime(2026, 3, 1, 0, 30, tzinfo=HELSINKI), {"presence": 3})
    assert skill_series([s], "presence")[0].day == date(2026, 3, 1)


def test_monthly_averages_with_a_gap_of_months():
    points = [
        (date(2026, 1, 5), 2), (date(2026, 1, 26), 4), (date(2026, 1, 30), 0),  # Jan: (2+4)/2 = 3
        (date(2026, 4, 2), 5),  # Feb and Mar: nothing -> None, never 0
    ]
    assert monthly_averages(points, date(2026, 1, 15), date(2026, 4, 30)) == [
        MonthAverage(date(2026, 1, 1), 3.0, 2),
        MonthAverage(date(2026, 2, 1), None, 0),
        MonthAverage(date(2026, 3, 1), None, 0),
        MonthAverage(date(2026, 4, 1), 5.0, 1),
    ]


def test_monthly_averages_of_an_empty_period_and_across_a_year_end():
    assert monthly_averages([], date(2026, 6, 1), date(2026, 6, 30)) == [MonthAverage(date(2026, 6, 1), None, 0)]
    out = monthly_averages([(date(2026, 12, 31), 1), (date(2027, 1, 1), 2)], date(2026, 12, 1), date(2027, 1, 31))
    assert out == [MonthAverage(date(2026, 12, 1), 1.0, 1), MonthAverage(date(2027, 1, 1), 2.0, 1)]


def test_profile_pairs_then_and_now_with_zero_as_missing():
    earlier = session("e", at(2026, 1, 31), {"presence": 2, "listening": 0, "problem_solving": 3})
    latest = session("l", at(2026, 4, 30), {"presence": 3, "listening": 2})
    assert profile(latest, earlier, ["presence", "listening", "problem_solving", "eq.empathy"]) == [
        ProfileRow("presence", 2, 3),
        ProfileRow("listening", None, 2),
        ProfileRow("problem_solving", 3, None),
        ProfileRow("eq.empathy", None, None),
    ]
    assert profile(latest, None, ["presence"]) == [ProfileRow("presence", None, 3)]
    assert profile(None, None, ["presence"]) == [ProfileRow("presence", None, None)]


# -- weeks -----------------------------------------------------------------------------------------


def test_practice_per_week_counts_kinds_and_keeps_zero_weeks():
    events = [
        ("entries", at(2026, 1, 5)),  # before `start` (Tue 6 Jan): ignored, though its week is shown
        ("entries", at(2026, 1, 11)),  # Sunday of the first week
        ("reflections", at(2026, 1, 7)),
        ("feedback_requests", at(2026, 1, 21)),  # week of 19 Jan; 12 Jan stays empty
        ("exercises", date(2026, 1, 20)),  # a plain local date is taken as it is
        ("entries", at(2026, 1, 26)),  # after `end`: ignored
    ]
    weeks = practice_per_week(events, date(2026, 1, 6), date(2026, 1, 22), tz=HELSINKI)
    assert weeks == [
        Week(date(2026, 1, 5), counts(entries=1, reflections=1)),
        Week(date(2026, 1, 12), counts()),
        Week(date(2026, 1, 19), counts(exercises=1, feedback_requests=1)),
    ]
    assert active_weeks(weeks) == (2, 3)
    assert weeks[0].total == 2 and weeks[0].end == date(2026, 1, 11)


def test_practice_per_week_of_an_empty_period():
    weeks = practice_per_week([], date(2026, 2, 2), date(2026, 2, 8))
    assert weeks == [Week(date(2026, 2, 2), counts())]
    assert active_weeks(weeks) == (0, 1)
    assert active_weeks([]) == (0, 0)


def test_unknown_practice_kind_is_refused():
    with pytest.raises(ValueError):
        practice_per_week([("naps", date(2026, 2, 3))], date(2026, 2, 2), date(2026, 2, 8))


def test_helsinki_spring_forward_week_boundary():
    # Summer time starts Sunday 2026-03-29 03:00 -> 04:00. The week 23–29 March is 167 hours long.
    sunday_late = datetime(2026, 3, 29, 23, 30, tzinfo=HELSINKI)  # 20:30 UTC, still Sunday
    monday_early = datetime(2026, 3, 30, 0, 30, tzinfo=HELSINKI)  # 21:30 UTC Sunday, local Monday
    assert monday_early.astimezone(UTC).date() == date(2026, 3, 29)
    events = [("entries", sunday_late.astimezone(UTC)), ("entries", monday_early.astimezone(UTC))]
    weeks = practice_per_week(events, date(2026, 3, 23), date(2026, 4, 12), tz=HELSINKI)
    assert [w.start for w in weeks] == [date(2026, 3, 23), date(2026, 3, 30), date(2026, 4, 6)]
    assert [w.counts["entries"] for w in weeks] == [1, 1, 0]


def test_helsinki_fall_back_week_boundary():
    # Summer time ends Sunday 2026-10-25 04:00 -> 03:00: that week is 169 hours long.
    before = datetime(2026, 10, 25, 3, 30, tzinfo=HELSINKI, fold=0)  # first 03:30 (EEST, 00:30 UTC)
    after = datetime(2026, 10, 25, 3, 30, tzinfo=HELSINKI, fold=1)  # second 03:30 (EET, 01:30 UTC)
    monday = datetime(2026, 10, 26, 0, 15, tzinfo=HELSINKI)  # 22:15 UTC on Sunday
    events = [("exercises", m.astimezone(UTC)) for m in (before, after, monday)]
    weeks = practice_per_week(events, date(2026, 10, 19), date(2026, 11, 1), tz=HELSINKI)
    assert [(w.start, w.counts["exercises"]) for w in weeks] == [(date(2026, 10, 19), 2), (date(2026, 10, 26), 1)]
    # adding 7 * 24 h to the Monday 00:00 before the change would land on Sunday 23:00
    naive_next = datetime(2026, 10, 19, tzinfo=HELSINKI).astimezone(UTC) + timedelta(hours=7 * 24)
    assert naive_next.astimezone(HELSINKI).day == 25


def test_utc_plus_fourteen_and_minus_three_thirty():
    # 10:30 UTC on Sunday 4 Jan is already Monday 00:30 on Kiritimati: a new week there.
    moment = datetime(2026, 1, 4, 10, 30, tzinfo=UTC)
    kiri = practice_per_week([("entries", moment)], date(2025, 12, 29), date(2026, 1, 11), tz=KIRITIMATI)
    assert [w.counts["entries"] for w in kiri] == [0, 1]
    # 03:00 UTC on Monday 5 Jan is still Sunday 23:30 in St John's: the earlier week.
    moment = datetime(2026, 1, 5, 3, 0, tzinfo=UTC)
    stj = practice_per_week([("entries", moment)], date(2025, 12, 29), date(2026, 1, 11), tz=ST_JOHNS)
    assert [w.counts["entries"] for w in stj] == [1, 0]
    # without a zone, the offset the moment was recorded in decides
    recorded = datetime(2026, 1, 4, 23, 30, tzinfo=timezone(timedelta(hours=-3, minutes=-30)))
    assert [w.counts["entries"] for w in practice_per_week([("entries", recorded)], date(2025, 12, 29),
                                                           date(2026, 1, 11))] == [1, 0]


def test_a_gap_of_months_shows_as_empty_weeks_not_a_reset():
    events = [("entries", date(2026, 1, 5)), ("entries", date(2026, 4, 6))]
    weeks = practice_per_week(events, date(2026, 1, 5), date(2026, 4, 12))
    assert len(weeks) == 14 and weeks[0].active and weeks[-1].active
    assert active_weeks(weeks) == (2, 14)


# -- elements, listening, funnel -------------------------------------------------------------------


def test_element_frequencies_counts_each_answer_and_not_set():
    maps = [
        {"personal": "yes", "authentic": "partly"},
        {"personal": "yes", "authentic": "no", "exceed": "yes"},
        {},
        {"personal": "maybe"},  # unknown value -> not set
    ]
    rows, n = element_frequencies(maps, ["personal", "authentic", "exceed"])
    assert n == 4
    assert rows == [
        ElementCount("personal", yes=2, partly=0, no=0, not_set=2),
        ElementCount("authentic", yes=0, partly=1, no=1, not_set=2),
        ElementCount("exceed", yes=1, partly=0, no=0, not_set=3),
    ]
    assert all(r.n == 4 for r in rows)
    assert element_frequencies([], ["personal"]) == ([ElementCount("personal")], 0)


def test_listening_level_distribution():
    dist = listening_level_distribution([1, 3, 3, None, 4, 0, 5, 3])
    assert dist.counts == {1: 1, 2: 0, 3: 3, 4: 1}
    assert dist.n == 5
    assert listening_level_distribution([]).n == 0


def test_feedback_funnel_is_cumulative():
    statuses = ["planned", "asked", "asked", "received", "processed", "closed", "closed"]
    assert feedback_funnel(statuses) == Funnel(n=7, asked=6, received=4, processed=3, closed=2)
    assert feedback_funnel([]) == Funnel(0, 0, 0, 0, 0)

    class Req:
        status = "received"

    assert feedback_funnel([Req()]) == Funnel(1, 1, 1, 0, 0)


# -- due and periods -------------------------------------------------------------------------------


def test_rating_due_rules():
    today = date(2026, 3, 31)
    assert rating_due(None, today)  # never rated
    assert not rating_due(date(2026, 3, 2), today)  # 29 days
    assert rating_due(date(2026, 3, 1), today)  # 30 days
    assert not rating_due(date(2026, 1, 1), today, snoozed_until=date(2026, 4, 1))  # snoozed
    assert rating_due(date(2026, 1, 1), today, snoozed_until=date(2026, 3, 31))  # snooze over today
    # a datetime counts by its own local day (23:50 on 1 March in Helsinki, 21:50 UTC)
    assert rating_due(datetime(2026, 3, 1, 23, 50, tzinfo=HELSINKI), today)


def test_period_starts():
    today = date(2026, 5, 31)
    assert period_start("3m", today) == date(2026, 3, 1)  # 28 Feb + 1 day
    assert period_start("12m", today) == date(2025, 6, 1)
    assert period_start("all", today, date(2019, 4, 2)) == date(2019, 4, 2)
    assert period_start("all", today) == today
