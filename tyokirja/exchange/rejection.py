"""Why an import was refused: ImportRejected and the small checks every record array shares."""

from __future__ import annotations

import json
import re
from typing import Any

from tyokirja.domain.timeutil import MAX_YEAR, MIN_YEAR

from . import limits

# The fixed set of reasons an import is refused (ImportRejected.code).
CODES = (
    "not_json",
    "wrong_format",
    "unsupported_version",
    "schema",
    "bad_date",
    "duplicate_id",
    "already_exists",
    "unknown_value",
    "too_large",
    "too_deep",
    "too_many",
    "changed",  # the file changed between the check and the import
)
# The schema's id pattern, matched over the whole string (JSON Schema's "$" lets a final "\n" in).
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,127}")


class ImportRejected(ValueError):
    """An import file was refused; nothing was written to the diary.

    record_index is the 1-based position of the record in its array (`array`: "encounters",
    "exercise_sessions", "follow_ups", "feedback_requests" or "goals"; both None for a problem with
    the file as a whole), record_id its "id" when that is a well-formed id, field the JSON field
    (dotted for nested ones, e.g. "follow_up.due"), code one of CODES and detail a short machine
    word (a JSON Schema keyword, "encoding", a version number...); limits the allowed
    (lowest, highest) when the problem is a value out of range. Never holds diary text.
    """

    def __init__(
        self,
        record_index: int | None,
        record_id: str | None,
        field: str | None,
        code: str,
        detail: str = "",
        array: str | None = None,
        *,
        limits: tuple[int, int] | None = None,
    ):
        assert code in CODES, code
        self.array = array if array is not None or record_index is None else "encounters"
        self.record_index = record_index
        self.record_id = record_id
        self.field = field
        self.code = code
        self.detail = detail
        self.limits = limits
        where = f"{self.array} record {record_index}" if record_index is not None else "file"
        super().__init__(f"{code}: {where}, field {field or '-'} ({detail})")


def date_rejection(index: int, rid: str | None, field: str, problem: str, array: str) -> ImportRejected:
    """The refusal of a date field (limits.moment_problem): not a real one, or outside the years."""
    if problem == "years":
        return ImportRejected(index, rid, field, "bad_date", "years", array, limits=(MIN_YEAR, MAX_YEAR))
    return ImportRejected(index, rid, field, "bad_date", "", array)


def int_rejection(
    index: int | None, rid: str | None, record: dict[str, Any], array: str | None
) -> ImportRejected | None:
    """The refusal of the first integer field of `record` that is no whole number in its range
    (limits.INT_FIELDS; `array` None for the file's header), else None."""
    problem = limits.int_problem(record, array)
    if problem is None:
        return None
    field, detail, bounds = problem
    return ImportRejected(index, rid, field, "schema", detail, array, limits=bounds)


def is_plain_name(value: object) -> bool:
    return isinstance(value, str) and 0 < len(value) <= 128 and value.isascii() and value.isprintable()


def record_id(record: object) -> str | None:
    """The entry's id when it is a well-formed id (safe to show in a message), else None."""
    if isinstance(record, dict):
        value = record.get("id")
        if isinstance(value, str) and _ID.fullmatch(value):
            return value
    return None


def surrogate_field(value: object, trail: tuple[str, ...] = ()) -> tuple[str, ...] | None:
    """Where a lone surrogate (text that cannot be stored as UTF-8) hides, if anywhere."""
    if not trail and isinstance(value, (dict, list)):
        # One pass in C over the whole record first: almost every record is clean, and walking
        # its values one call at a time cost a fifth of reading an export.
        try:
            json.dumps(value, ensure_ascii=False).encode("utf-8")
        except (TypeError, ValueError):  # a lone surrogate somewhere (or not plain JSON data): walk it
            pass
        else:
            return None
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return trail
    elif isinstance(value, dict):
        for key, item in value.items():
            found = surrogate_field(item, (*trail, key))
            if found is not None:
                return found
    elif isinstance(value, list):
        for item in value:
            found = surrogate_field(item, trail)
            if found is not None:
                return found
    return None
