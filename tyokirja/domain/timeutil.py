"""Aware timestamps: stored as a UTC instant plus the local offset in effect at the time."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from typing import NamedTuple

# The years a record may carry: a work diary, with room on both sides for date arithmetic
# (a day after 31.12.9999 overflows). Imports, the CLI's dates and the date pickers share them.
MIN_YEAR, MAX_YEAR = 1900, 9998


def to_storage(moment: datetime) -> tuple[str, int]:
    """Split an aware datetime into a sortable UTC string and its offset in minutes."""
    own = moment.utcoffset() if moment.tzinfo is not None else None
    if own is None:
        raise ValueError("naive datetime")
    offset = int(own.total_seconds() // 60)
    u = moment.astimezone(UTC)
    # Formatted by hand: strftime is several times slower (and in a Qt process it passes PySide6's
    # import hook on every call), which an import of thousands of entries pays per timestamp.
    return (f"{u.year:04d}-{u.month:02d}-{u.day:02d}T{u.hour:02d}:{u.minute:02d}:{u.second:02d}."
            f"{u.microsecond:06d}Z"), offset


def minute_text(moment: datetime) -> str:
    """"2026-12-03 14:05": a moment to the minute as written in exports and the CLI (no strftime)."""
    return f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d} {moment.hour:02d}:{moment.minute:02d}"


def from_storage(utc_text: str, offset_minutes: int) -> datetime:
    """Rebuild the aware datetime, shown in the offset it was recorded in."""
    # fromisoformat reads the stored "...Z" form directly and is ~30x faster than strptime,
    # which matters when a list or a statistic rebuilds thousands of timestamps.
    utc = datetime.fromisoformat(utc_text)
    if utc.tzinfo is None:
        utc = utc.replace(tzinfo=UTC)
    return utc.astimezone(timezone(timedelta(minutes=offset_minutes)))


def local_day_bounds_utc(
    day_from: date | None, day_to: date | None, tz: tzinfo | None = None
) -> tuple[str | None, str | None]:
    """UTC storage strings bounding local calendar days [day_from, day_to] in zone `tz`."""
    def bound(d: date, t: time) -> str:
        local = datetime.combine(d, t)
        aware = local.replace(tzinfo=tz) if tz is not None else local.astimezone()
        return to_storage(aware)[0]

    lo = bound(day_from, time.min) if day_from else None
    hi = bound(day_to + timedelta(days=1), time.min) if day_to else None
    return lo, hi


def parse_iso(text: str) -> datetime:
    """Parse an ISO 8601 timestamp that must carry an offset."""
    value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    if value.tzinfo is None:
        raise ValueError("timestamp without offset")
    return value


class ShownTime(NamedTuple):
    """How every view shows a record's time: its own wall clock, and whether to add its offset."""

    local: datetime  # aware, in the fixed offset the record was written at
    show_offset: bool  # that offset is not this computer's offset at the same instant

    @property
    def offset(self) -> str:
        """The record's UTC offset as ±HH:MM (+03:00, -04:00, +05:30)."""
        minutes = int((self.local.utcoffset() or timedelta(0)).total_seconds() // 60)
        sign = "-" if minutes < 0 else "+"
        return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def shown_time(moment: datetime, machine_tz: tzinfo | None = None) -> ShownTime:
    """The one rule for showing a record's time: in the record's own local time (UTC instant +
    its stored offset), with the offset shown when it differs from the machine's offset for that
    instant (`machine_tz`, default this computer's zone), so no view shifts a time by the zone."""
    own = moment.utcoffset()
    if own is None:
        raise ValueError("naive datetime")
    here = moment.astimezone(machine_tz) if machine_tz is not None else moment.astimezone()
    return ShownTime(moment.astimezone(timezone(own)), here.utcoffset() != own)


def edited_time(wall: datetime, original: datetime | None, machine_tz: tzinfo | None = None) -> datetime:
    """A wall-clock time typed over a record's time, made aware: in the record's own offset when
    it was written at another offset than the machine's (editing keeps it), else in the machine's zone
    (a new or home entry moved across a daylight-saving change takes that date's offset)."""
    naive = wall.replace(tzinfo=None)
    if original is not None:
        shown = shown_time(original, machine_tz)
        if shown.show_offset:
            return naive.replace(tzinfo=shown.local.tzinfo)
    return naive.replace(tzinfo=machine_tz) if machine_tz is not None else naive.astimezone()
