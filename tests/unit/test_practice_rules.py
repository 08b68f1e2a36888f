"""Pure practice rules against hand-computed examples: active weeks, suggestion, follow-ups."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from tyokirja.domain.practice import FollowUpTask, Goal
from tyokirja.domain.practice_rules import (
    active_weeks,
    due_followups,
    due_goal_reviews,
    follow_up_day,
    is_due,
    local_day,
    pick_statement,
    suggest_exercise,
    week_start,
    welcome_back,
)

WINTER, SUMMER = timezone(timedelta(hours=2)), timezone(timedelta(hours=3))
HELSINKI = ZoneInfo("Europe/Helsinki")

# -- active weeks ---------------------------------------------------------------------------------


def test_week_start_is_the_iso_monday():
    assert week_start(date(2026, 3, 29)) == date(2026, 3, 23)  # Sunday belongs to the week before
    assert week_start(date(2026, 3, 30)) == date(2026, 3, 30)
    assert week_start(date(2027, 1, 1)) == date(2026, 12, 28)  # ISO week 53 of 2026 spans the new year


def test_active_weeks_counts_weeks_with_any_act_in_a_fixed_window():
    today = date(2026, 2, 5)  # Thursday; the window is the weeks of 12.1., 19.1., 26.1. and 2.2.
    assert active_weeks([], today) == (0, 4)
    assert active_weeks([date(2026, 2, 2), date(2026, 2, 3), date(2026, 2, 5)], today) == (1, 4)
    assert active_weeks([date(2026, 1, 12), date(2026, 1, 28), date(2026, 2, 4)], today) == (3, 4)
    # a gap week in the middle costs that one week, nothing more
    assert active_weeks([date(2026, 1, 12), date(2026, 1, 19), date(2026, 2, 2)], today) == (3, 4)
    # outside the window (11.1. is the Sunday before) and in the future: not counted
    assert active_weeks([date(2026, 1, 11), date(2026, 2, 6)], today) == (0, 4)
    assert active_weeks([date(2026, 1, 11)], today, weeks=5) == (1, 5)
    with pytest.raises(ValueError):
        active_weeks([], today, weeks=0)


def test_after_a_long_gap_the_count_comes_back_without_any_reset():
    history = [date(2026, 1, 5), date(2026, 1, 13), date(2026, 1, 21)]  # three active weeks, then nothing
    assert active_weeks(history, date(2026, 1, 22)) == (3, 4)
    assert active_weeks(history, date(2026, 3, 2)) == (0, 4)
    assert active_weeks(history + [date(2026, 3, 2)], date(2026, 3, 2)) == (1, 4)


def test_active_weeks_use_the_local_day_across_the_spring_dst_change():
    # Finland moves to summer time on Sunday 29.3.2026. Monday 00:30 summer time is Sunday 21:30 UTC:
    # the act belongs to the new week of Monday 30.3., not to the week before.
    monday_night = datetime(2026, 3, 30, 0, 30, tzinfo=SUMMER)
    assert local_day(monday_night) == date(2026, 3, 30)
    assert monday_night.astimezone(UTC).date() == date(2026, 3, 29)
    assert active_weeks([local_day(monday_night)], date(2026, 3, 30), weeks=1) == (1, 1)
    # Sunday 23:30 winter time, the day before the change, is still in the week of 23.3.
    sunday = datetime(2026, 3, 28, 23, 30, tzinfo=WINTER)
    assert active_weeks([local_day(sunday)], date(2026, 3, 30)) == (1, 4)
    assert active_weeks([local_day(sunday)], date(2026, 3, 30), weeks=1) == (0, 1)


def test_active_weeks_across_the_autumn_dst_change_and_an_explicit_zone():
    # Summer time ends on Sunday 25.10.2026. 23:30 that Sunday (+02:00) is in the week of 19.10.;
    # 00:10 on Monday is in the week of 26.10.
    late_sunday = datetime(2026, 10, 25, 23, 30, tzinfo=WINTER)
    early_monday = datetime(2026, 10, 25, 22, 10, tzinfo=UTC)  # = Monday 00:10 in Helsinki
    days = [local_day(late_sunday), local_day(early_monday, HELSINKI)]
    assert days == [date(2026, 10, 25), date(2026, 10, 26)]
    assert active_weeks(days, date(2026, 10, 26), weeks=2) == (2, 2)
    assert active_weeks(days, date(2026, 10, 26), weeks=1) == (1, 1)


def test_welcome_back_after_two_weeks_without_practice():
    assert not welcome_back([], date(2026, 1, 20))  # a first-time user is not "back"
    assert not welcome_back([date(2026, 1, 1)], date(2026, 1, 14))  # 13 days
    assert welcome_back([date(2026, 1, 1)], date(2026, 1, 15))  # 14 days
    assert welcome_back([date(2026, 1, 1), date(2026, 1, 15)], date(2026, 1, 15))  # practising today still welcomes


# -- suggestion ------------------------------------------------------------------------------------

LIBRARY = [
    ("daily_reflection", "daily"),
    ("empathy_map", "as_needed"),
    ("listening_level", "as_needed"),
    ("listening_mirror", "as_needed"),
    ("load_check", "weekly"),
    ("ofnr", "as_needed"),
    ("presence_transition", "as_needed"),
    ("weekly_review", "weekly"),
]
TUESDAY, THURSDAY, FRIDAY, SUNDAY = date(2026, 2, 3), date(2026, 2, 5), date(2026, 2, 6), date(2026, 2, 8)


def test_the_daily_reflection_comes_first_until_done_today():
    assert suggest_exercise(LIBRARY, {}, TUESDAY) == "daily_reflection"
    assert suggest_exercise(LIBRARY, {"daily_reflection": date(2026, 2, 2)}, TUESDAY) == "daily_reflection"
    assert suggest_exercise(LIBRARY, {}, THURSDAY) == "daily_reflection"  # weekly ones wait for Friday


def test_weekly_exercises_from_friday_until_done_that_iso_week():
    assert suggest_exercise(LIBRARY, {}, FRIDAY) == "weekly_review"  # review before the load check
    done = {"weekly_review": date(2026, 2, 2), "load_check": date(2026, 1, 30)}  # 30.1. is last week
    assert suggest_exercise(LIBRARY, done, FRIDAY) == "load_check"
    done["load_check"] = date(2026, 2, 6)
    assert suggest_exercise(LIBRARY, done, SUNDAY) == "daily_reflection"
    assert suggest_exercise(LIBRARY, {"weekly_review": date(2026, 2, 1)}, SUNDAY) == "weekly_review"


def test_otherwise_the_drill_done_least_recently():
    done = {
        "daily_reflection": TUESDAY,
        "listening_mirror": date(2026, 2, 1),
        "empathy_map": date(2026, 1, 30),
        "listening_level": date(2026, 1, 25),
        "ofnr": date(2026, 1, 28),
    }
    assert suggest_exercise(LIBRARY, done, TUESDAY) == "listening_level"
    done["listening_level"] = TUESDAY
    assert suggest_exercise(LIBRARY, done, TUESDAY) == "ofnr"


def test_ties_rotate_from_day_to_day_and_repeat_for_the_same_day():
    # Never-done drills tie; the day's ordinal picks among them in ROTATION order
    # (listening_mirror, empathy_map, listening_level, ofnr): 3.2.2026 is ordinal 739650, 739650 % 4 = 2.
    tue = suggest_exercise(LIBRARY, {"daily_reflection": TUESDAY}, TUESDAY)
    wed = suggest_exercise(LIBRARY, {"daily_reflection": date(2026, 2, 4)}, date(2026, 2, 4))
    assert (tue, wed) == ("listening_level", "ofnr")
    assert suggest_exercise(LIBRARY, {"daily_reflection": TUESDAY}, TUESDAY) == tue
    assert suggest_exercise([], {}, TUESDAY) is None


def test_a_listening_statement_is_not_repeated_until_all_were_used():
    ids = ["a", "b", "c"]
    assert pick_statement(ids, ["b"], TUESDAY) == "a"  # unused a, c; 739650 % 2 = 0
    assert pick_statement(ids, ["b"], date(2026, 2, 4)) == "c"
    assert pick_statement(ids, ["c", "a", "b"], TUESDAY) == "b"  # all used: the one used longest ago
    assert pick_statement([], [], TUESDAY) is None


# -- follow-ups and reviews --------------------------------------------------------------------------


def test_follow_up_day_counts_local_days_from_completion():
    assert follow_up_day(datetime(2026, 2, 3, 23, 50, tzinfo=WINTER), 2) == date(2026, 2, 5)
    # 22:30 UTC on Saturday 28.3. is already Sunday 00:30 in Helsinki: due Tuesday 31.3.
    assert follow_up_day(datetime(2026, 3, 28, 22, 30, tzinfo=UTC), 2, HELSINKI) == date(2026, 3, 31)
    assert follow_up_day(datetime(2026, 3, 28, 22, 30, tzinfo=UTC), 2) == date(2026, 3, 30)
    with pytest.raises(ValueError):
        follow_up_day(datetime(2026, 2, 3, tzinfo=WINTER), 0)


def test_only_open_follow_ups_due_by_today_are_listed_oldest_first():
    tasks = [
        FollowUpTask(date(2026, 2, 6), id="later"),
        FollowUpTask(date(2026, 2, 5), id="today"),
        FollowUpTask(date(2026, 2, 3), id="done", status="done"),
        FollowUpTask(date(2026, 2, 2), id="dismissed", status="dismissed"),
        FollowUpTask(date(2026, 2, 4), id="overdue"),
    ]
    assert [t.id for t in due_followups(tasks, date(2026, 2, 5))] == ["overdue", "today"]
    assert [t.id for t in due_followups(tasks, date(2026, 2, 3))] == []
    assert is_due(tasks[0], date(2026, 2, 6)) and not is_due(tasks[0], date(2026, 2, 5))


def test_goal_reviews_fall_due_on_their_day_while_the_goal_is_open():
    goals = [
        Goal("a", id="a", review_at=date(2026, 2, 5)),
        Goal("b", id="b", review_at=date(2026, 2, 1), status="continue"),
        Goal("c", id="c", review_at=date(2026, 2, 1), status="ended"),
        Goal("d", id="d"),
        Goal("e", id="e", review_at=date(2026, 2, 6), status="adapted"),
    ]
    assert [g.id for g in due_goal_reviews(goals, date(2026, 2, 5))] == ["b", "a"]
