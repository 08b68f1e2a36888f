"""Aware timestamps: UTC instant + offset, correct across Helsinki's daylight-saving changes."""

from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from tyokirja.domain.timeutil import from_storage, local_day_bounds_utc, parse_iso, to_storage

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
