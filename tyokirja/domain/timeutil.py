"""Aware timestamps: stored as a UTC instant plus the local offset in effect at the time."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone


def to_storage(moment: datetime) -> tuple[str, int]:
    """Split an aware datetime into a sortable UTC string and its offset in minutes."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("naive datetime")
    offset = int(moment.utcoffset().total_seconds() // 60)
    utc = moment.astimezone(timezone.utc)
    return utc.strftime("%Y-%m-%dT%H:%M:%S.%fZ"), offset


def from_storage(utc_text: str, offset_minutes: int) -> datetime:
    """Rebuild the aware datetime, shown in the offset it was recorded in."""
    # fromisoformat reads the stored "...Z" form directly and is ~30x faster than strptime,
    # which matters when a list or a statistic rebuilds thousands of timestamps.
    utc = datetime.fromisoformat(utc_text)
    if utc.tzinfo is None:
        utc = utc.replace(tzinfo=timezone.utc)
    return utc.astimezone(timezone(timedelta(minutes=offset_minutes)))


def local_day_bounds_utc(day_from: date | None, day_to: date | None, tz=None) -> tuple[str | None, str | None]:
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
