"""The practice arrays of the exchange format (version 2): sessions, follow-ups, feedback, goals.

Each array has its record type, its export order, its timestamp and date fields, and the content
ids checked against the catalogue (and the exercise library) on import.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from tyokirja.domain.content import Catalogue, ContentError
from tyokirja.domain.exercise import ExerciseLibrary
from tyokirja.domain.practice import ExerciseSession, FeedbackRequest, FollowUpTask, Goal
from tyokirja.domain.timeutil import parse_iso, to_storage

from .rejection import ImportRejected, is_plain_name, record_id, surrogate_field


@dataclass(frozen=True)
class ArraySpec:
    name: str  # the top-level key
    record_type: type
    times: tuple[str, ...]  # ISO timestamps with offset
    days: tuple[str, ...]  # YYYY-MM-DD
    order: Callable  # export sort key


def _instant(moment) -> str:
    return to_storage(moment)[0] if moment is not None else ""


ARRAYS = (
    ArraySpec("exercise_sessions", ExerciseSession, ("started_at", "updated_at", "completed_at"), (),
              lambda s: (_instant(s.started_at), s.id)),
    ArraySpec("follow_ups", FollowUpTask, ("created_at", "done_at"), ("due_on",),
              lambda t: (t.due_on.isoformat(), t.id)),
    ArraySpec("feedback_requests", FeedbackRequest,
              ("asked_at", "received_at", "processed_at", "closed_at", "created_at", "updated_at"), (),
              lambda r: (_instant(r.created_at), r.id)),
    ArraySpec("goals", Goal, ("created_at", "updated_at"), ("start", "review_at"),
              lambda g: (_instant(g.created_at), g.id)),
)
ARRAY_NAMES = tuple(a.name for a in ARRAYS)


@dataclass
class PracticeRecords:
    """The practice records of a diary (what an export holds besides the encounters)."""

    exercise_sessions: list[ExerciseSession] = field(default_factory=list)
    follow_ups: list[FollowUpTask] = field(default_factory=list)
    feedback_requests: list[FeedbackRequest] = field(default_factory=list)
    goals: list[Goal] = field(default_factory=list)

    def count(self) -> int:
        return sum(len(getattr(self, name)) for name in ARRAY_NAMES)


def build_arrays(records: PracticeRecords | None) -> dict[str, list[dict]]:
    """The four arrays, each in its stable export order."""
    records = records or PracticeRecords()
    return {
        spec.name: [r.to_dict() for r in sorted(getattr(records, spec.name), key=spec.order)]
        for spec in ARRAYS
    }


def bad_date(spec: ArraySpec, record: dict) -> str | None:
    """The first timestamp or date field of `record` that is not a real moment or day."""
    for name in spec.times:
        value = record.get(name)
        if value is None:
            continue
        try:
            to_storage(parse_iso(value))
        except (ValueError, OverflowError):
            return name
    for name in spec.days:
        value = record.get(name)
        if value is None:
            continue
        try:
            date.fromisoformat(value)
        except ValueError:
            return name
    return None


def unknown_value(record, catalogue: Catalogue, library: ExerciseLibrary | None) -> str | None:
    """The first field holding a content id this catalogue (or exercise library) does not know."""
    if isinstance(record, ExerciseSession):
        if library is not None and record.exercise_id not in library:
            return "exercise_id"
        return None
    if isinstance(record, FeedbackRequest):
        if record.asked_role is not None and record.asked_role not in catalogue.ids("counterpart_roles"):
            return "asked_role"
        if record.channel is not None and record.channel not in catalogue.ids("channels"):
            return "channel"
        if any(t not in catalogue.ids("emotions") for t in record.my_reaction):
            return "my_reaction"
        if any(s not in catalogue.ids("skills") for s in record.skills):
            return "skills"
        return None
    if isinstance(record, Goal):
        if record.skill_id is not None and record.skill_id not in catalogue.ids("skills"):
            return "skill_id"
    return None


def default_library(catalogue: Catalogue) -> ExerciseLibrary | None:
    """The shipped exercise library, or None when it cannot be read (exercise ids go unchecked)."""
    from tyokirja.domain.exercise_loader import load_default_library

    try:
        return load_default_library(catalogue)
    except ContentError:
        return None


def parse_practice(document: dict, catalogue: Catalogue, library: ExerciseLibrary | None = None) -> PracticeRecords:
    """The checked practice records of a version 2 document whose schema already passed.

    Per array, in order: ids well formed, text valid Unicode, real dates, ids unique within the
    array, content ids known (exercise ids against `library`, the shipped library when None).
    """
    library = library if library is not None else default_library(catalogue)
    return PracticeRecords(**{spec.name: _records(document, spec, catalogue, library) for spec in ARRAYS})


def _records(document: dict, spec: ArraySpec, catalogue: Catalogue, library: ExerciseLibrary | None) -> list:
    seen: set[str] = set()
    records = []
    for position, record in enumerate(document[spec.name], start=1):
        rid = record_id(record)
        if rid is None:
            raise ImportRejected(position, None, "id", "schema", "pattern", spec.name)
        hidden = surrogate_field(record)
        if hidden is not None:
            field = ".".join(hidden) if all(is_plain_name(p) for p in hidden) else None
            raise ImportRejected(position, rid, field, "not_json", "encoding", spec.name)
        bad = bad_date(spec, record)
        if bad is not None:
            raise ImportRejected(position, rid, bad, "bad_date", "", spec.name)
        if rid in seen:
            raise ImportRejected(position, rid, "id", "duplicate_id", "", spec.name)
        seen.add(rid)
        item = spec.record_type.from_dict(record)
        unknown = unknown_value(item, catalogue, library)
        if unknown is not None:
            raise ImportRejected(position, rid, unknown, "unknown_value", "unknown_value", spec.name)
        records.append(item)
    return records
