"""How the English UI writes a day ("3 Dec 2026"), spelled out here so tests do not depend on the C locale."""

from __future__ import annotations

from datetime import date

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def english_day(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
