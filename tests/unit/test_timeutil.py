"""Aware timestamps: UTC instant + offset, correct across Helsinki's daylight-saving changes."""

from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from tyokirja.domain.timeutil import (
    edited_time,
    from_storage,
    local_day_bounds_utc,
    parse_iso,
    shown_time,
    to_storage,
)

HKI = ZoneInfo("Europe/Helsinki")


def test_round_trip_keeps_instant_and_offset():
    moment = datetime(2026, 10, 25, 3, 30, tzinfo=timezone(timedelta(hours=3)))
    text, offset = to_storage(moment)
    assert (text, offset) == ("2026-10-25T00:30:00.000000Z", 180)
    assert from_storage(text, offset) == moment
    assert from_storage(text, offset).utcoffset() == timedelta(hours=3)


def test_storage_strings_sort_in_time_order_across_the_autumn_change():
    # 03:30 happens twice on 25 Oct 2026 in Helsinki: first in summer time, then in winter time.
    first = datetime(2026, 10, 25, 3, 30, fold=0, tzinfo=HKI)
    second = datetime(2026, 10, 25, 3, 30, fold=1, tzinfo=HKI)
    assert to_storage(first)[0] < to_storage(second)[0]
    assert to_storage(first)[1] == 180 and to_storage(second)[1] == 120


def test_naive_times_are_refused():
    with pytest.raises(ValueError):
        to_storage(datetime(2026, 1, 1))
    with pytest.raises(ValueError):
        parse_iso("2026-01-01T10:00:00")


@pytest.mark.parametrize(
    "day, lo, hi",
    [
        (date(2026, 3, 29), "2026-03-28T22:00:00.000000Z", "2026-03-29T21:00:00.000000Z"),  # 23 h day
        (date(2026, 10, 25), "2026-10-24T21:00:00.000000Z", "2026-10-25T22:00:00.000000Z"),  # 25 h day
        (date(2026, 7, 1), "2026-06-30T21:00:00.000000Z", "2026-07-01T21:00:00.000000Z"),
    ],
)
def test_local_day_bounds_follow_daylight_saving(day, lo, hi):
    assert local_day_bounds_utc(day, day, HKI) == (lo, hi)
    assert local_day_bounds_utc(day, day) == (lo, hi)  # the machine's zone (tests run in Helsinki)


def test_open_ended_bounds():
    assert local_day_bounds_utc(None, None) == (None, None)
    assert local_day_bounds_utc(date(2026, 1, 1), None, HKI)[1] is None


# -- the one display rule (issue 10): a record's own local time, its offset when not the machine's --

NEW_YORK, KOLKATA = ZoneInfo("America/New_York"), ZoneInfo("Asia/Kolkata")
WRITTEN = datetime(2026, 3, 8, 8, 21, tzinfo=timezone(timedelta(hours=3)))  # 05:21 UTC


@pytest.mark.parametrize("machine", [HKI, NEW_YORK, KOLKATA])
def test_a_record_is_shown_in_its_own_offset_with_the_offset_when_the_machine_differs(machine):
    shown = shown_time(WRITTEN, machine)
    assert (shown.local.date(), shown.local.hour, shown.local.minute) == (date(2026, 3, 8), 8, 21)
    assert shown.local.utcoffset() == timedelta(hours=3) and shown.local == WRITTEN
    assert shown.show_offset and shown.offset == "+03:00"


def test_the_offset_is_left_out_when_it_is_the_machines_for_that_instant():
    summer = datetime(2026, 7, 1, 9, 0, tzinfo=timezone(timedelta(hours=3)))
    winter = datetime(2026, 1, 1, 9, 0, tzinfo=timezone(timedelta(hours=2)))
    assert not shown_time(summer, HKI).show_offset and not shown_time(winter, HKI).show_offset
    assert shown_time(datetime(2026, 1, 1, 9, 0, tzinfo=timezone(timedelta(hours=3))), HKI).show_offset
    # the machine's zone by default (tests run in Helsinki), stored moments included
    assert not shown_time(from_storage("2026-07-01T06:00:00.000000Z", 180)).show_offset
    assert shown_time(from_storage("2026-07-01T06:00:00.000000Z", 0)).show_offset


@pytest.mark.parametrize("minutes, text", [(180, "+03:00"), (-240, "-04:00"), (330, "+05:30"), (0, "+00:00"),
                                           (-570, "-09:30")])
def test_offsets_are_written_as_plus_minus_hours_and_minutes(minutes, text):
    moment = from_storage("2026-03-08T05:21:00.000000Z", minutes)
    assert shown_time(moment).offset == text


def test_a_record_in_a_named_zone_is_shown_in_that_zone_as_a_fixed_offset():
    moment = datetime(2026, 3, 8, 2, 30, tzinfo=KOLKATA)
    shown = shown_time(moment, NEW_YORK)
    assert (shown.local.hour, shown.local.minute, shown.offset, shown.show_offset) == (2, 30, "+05:30", True)
    with pytest.raises(ValueError):
        shown_time(datetime(2026, 1, 1))


def test_an_edited_time_keeps_a_foreign_records_offset():
    moved = edited_time(datetime(2026, 3, 8, 9, 21), WRITTEN, NEW_YORK)
    assert moved == WRITTEN + timedelta(hours=1) and moved.utcoffset() == timedelta(hours=3)


def test_an_edited_home_or_new_time_takes_the_machines_offset_for_that_date():
    home = datetime(2026, 1, 10, 9, 0, tzinfo=timezone(timedelta(hours=2)))
    summer = edited_time(datetime(2026, 7, 10, 9, 0), home, HKI)
    assert summer.utcoffset() == timedelta(hours=3) and summer.hour == 9
    assert edited_time(datetime(2026, 7, 10, 9, 0), None).utcoffset() == timedelta(hours=3)  # Helsinki
