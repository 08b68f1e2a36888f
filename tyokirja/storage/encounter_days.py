"""How many diary entries each day holds: the counts behind the diary's calendar."""

from __future__ import annotations

import contextlib
from datetime import date, timedelta

import sqlcipher3
import sqlite_utils

from .errors import classify


def day_counts(db: sqlite_utils.Database, first: date, last: date) -> dict[date, int]:
    """Entries per day from `first` to `last`, by each entry's own local day (as the list shows it).

    One GROUP BY over the time index between the days' bounds (a day's margin either side for the
    stored offsets), never loading the entries: a month costs the same at 1,000 or 100,000 entries.
    Days without entries are absent.
    """
    lo, hi = (first - timedelta(days=1)).isoformat(), (last + timedelta(days=2)).isoformat()
    try:
        rows = db.execute(
            "SELECT substr(datetime(occurred_utc, occurred_offset || ' minutes'), 1, 10) AS day, count(*) "
            "FROM encounters WHERE occurred_utc >= ? AND occurred_utc < ? GROUP BY day",
            [lo, hi],
        ).fetchall()
    except sqlcipher3.dbapi2.Error as exc:
        raise classify(exc) from exc
    counts: dict[date, int] = {}
    for day_text, n in rows:
        with contextlib.suppress(TypeError, ValueError):  # a damaged time is left out, not fatal
            day = date.fromisoformat(day_text)
            if first <= day <= last:
                counts[day] = n
    return counts
