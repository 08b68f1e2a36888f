"""What an imported value may hold beyond what the JSON Schema says: numbers, days, texts, depth.

The schema files are never edited after release (docs/exchange-format.md), and the version 2
schema leaves some integers open-ended (exercise_version, content_version) and answers free
("any JSON value"). Python's json reads any number, but SQLite stores 64-bit integers, the
widgets that show an answer hold 32-bit ones, date arithmetic ends at the year 9999 and the
diary's storage writes four-digit years. So every integer field has a range here, every number
inside an answer is finite and bounded, every day lies in the years the app can handle, every
text inside an answer is bounded like the record texts, and nesting is shallow.
"""

from __future__ import annotations

import math
from datetime import date
from typing import Any

from tyokirja.domain.timeutil import MAX_YEAR, MIN_YEAR, parse_iso, to_storage

MAX_DEPTH = 100  # levels of arrays and objects; an export uses about six
# What one record (or one header value) of an import file may be: its JSON text in characters,
# and the strings, arrays and objects it holds (each costs memory once parsed). An entry whose
# every text is at the longest (MAX_TEXT) still fits; a 50 MB string or a million empty lists does not.
MAX_RECORD_CHARS = 32 * 1024 * 1024
MAX_RECORD_VALUES = 250_000
MAX_RECORDS = 2_000_000  # records in one array of an import file: 20 times the largest diary measured
MAX_TEXT = 5_000_000  # characters, the schema's maxLength of every record text
MAX_CONTENT_VERSION = 1_000_000  # exercise and catalogue versions count content edits
ANSWER_NUMBER = 2**31 - 1  # a number inside an answer: what a Qt widget can hold
_BIG_DIGITS = 30  # longer integer literals are not converted (Python refuses over 4,300 digits)
_TOO_BIG: int = 10**_BIG_DIGITS  # stands in for them: out of every range, reported by field

# Integer fields of each record array: (dotted field, lowest, highest). The schema bounds some
# of them already; the table holds the full range so a message can say it.
INT_FIELDS: dict[str | None, tuple[tuple[str, int, int], ...]] = {
    None: (("content_version", 1, MAX_CONTENT_VERSION),  # the file's header and its settings (version 3)
           ("settings.backup_keep", 1, 365), ("settings.lock_idle_minutes", 0, 1440)),
    "encounters": (("difficulty", 1, 5), ("org_metric.value", 0, 10)),
    "exercise_sessions": (("exercise_version", 1, MAX_CONTENT_VERSION), ("current_step", 0, 1000),
                          ("usefulness", 1, 5)),
    "follow_ups": (),
    "feedback_requests": (),
    "goals": (),
    "rating_sessions": (("instrument_version", 1, MAX_CONTENT_VERSION), ("window_days", 1, 3660),
                        ("ratings.level", 0, 5), ("ratings.confidence", 1, 3)),  # ratings: bounded by the schema
    "shared_reports": (),
    "coaching_sessions": (),
    "session_flags": (),
    "session_agreements": (),
}
# Fields that hold an answer: any JSON value, checked with answer_problem().
ANSWER_FIELDS = {"exercise_sessions": "responses", "follow_ups": "result"}


def int_range(array: str | None, field: str | None) -> tuple[int, int] | None:
    """The allowed range of an integer field (None when the field is not an integer)."""
    for name, low, high in INT_FIELDS.get(array, ()):
        if name == field:
            return low, high
    return None


def parse_int(text: str) -> int:
    """json.loads' parse_int: an integer literal, or a stand-in out of every range when huge.

    Without it Python refuses a literal over 4,300 digits with a ValueError that reads as a
    syntax error, and converts long ones in quadratic time.
    """
    if len(text.lstrip("-")) > _BIG_DIGITS:
        return -_TOO_BIG if text.startswith("-") else _TOO_BIG
    return int(text)


def int_problem(record: dict[str, Any], array: str | None) -> tuple[str, str, tuple[int, int]] | None:
    """(field, "type" | "out_of_range", range) for the first bad integer field, else None.

    A whole number written as 3.0 or 1e2 is replaced by the int in `record` (JSON Schema counts
    it as an integer); a boolean, a fraction or a value outside the range is a problem.
    """
    for dotted, low, high in INT_FIELDS[array]:
        *parents, key = dotted.split(".")
        container: object = record
        for name in parents:
            container = container.get(name) if isinstance(container, dict) else None
        if not isinstance(container, dict) or container.get(key) is None:
            continue
        value = container[key]
        if type(value) is bool or not isinstance(value, (int, float)):
            return dotted, "type", (low, high)
        if isinstance(value, float) and not (math.isfinite(value) and value.is_integer()):
            return dotted, "type", (low, high)
        number = int(value)
        if not low <= number <= high:
            return dotted, "out_of_range", (low, high)
        container[key] = number
    return None


def answer_problem(value: object) -> tuple[tuple[str, ...], str] | None:
    """(where, "huge_number" | "too_long") for the first unusable value inside an answer, else None.

    `where` is the path of object keys down to it. Numbers must be finite and within
    ±ANSWER_NUMBER; texts (and keys) at most MAX_TEXT characters. Iterative: depth is bounded by
    the caller, but a long list must not cost recursion.
    """
    stack: list[tuple[object, tuple[str, ...]]] = [(value, ())]
    while stack:
        item, trail = stack.pop()
        if isinstance(item, bool) or item is None:
            continue
        if isinstance(item, (int, float)):
            if not (math.isfinite(item) and -ANSWER_NUMBER <= item <= ANSWER_NUMBER):
                return trail, "huge_number"
        elif isinstance(item, str):
            if len(item) > MAX_TEXT:
                return trail, "too_long"
        elif isinstance(item, dict):
            for key, inner in reversed(list(item.items())):
                if len(key) > MAX_TEXT:
                    return trail, "too_long"
                stack.append((inner, (*trail, key)))
        elif isinstance(item, list):
            stack.extend((inner, trail) for inner in reversed(item))
    return None


def deeper_than(value: object, limit: int = MAX_DEPTH) -> bool:
    """Whether arrays and objects nest more than `limit` levels (the document itself is level 1)."""
    stack = [(value, 1)] if isinstance(value, (dict, list)) else []
    while stack:
        item, depth = stack.pop()
        if depth > limit:
            return True
        inner = item.values() if isinstance(item, dict) else item
        stack.extend((v, depth + 1) for v in inner if isinstance(v, (dict, list)))
    return False


def moment_problem(text: str) -> str | None:
    """None for a real timestamp in MIN_YEAR..MAX_YEAR, "not_real" or "years" otherwise."""
    try:
        moment = parse_iso(text)
    except ValueError:
        return "not_real"
    if not MIN_YEAR <= moment.year <= MAX_YEAR:
        return "years"
    try:
        to_storage(moment)
    except (ValueError, OverflowError):
        return "not_real"
    return None


def day_problem(text: str) -> str | None:
    """None for a real day (YYYY-MM-DD) in MIN_YEAR..MAX_YEAR, "not_real" or "years" otherwise."""
    try:
        day = date.fromisoformat(text)
    except ValueError:
        return "not_real"
    return None if MIN_YEAR <= day.year <= MAX_YEAR else "years"
