"""The practice arrays of the exchange format (version 2): sessions, follow-ups, feedback, goals.

Each array has its record type, its export order, its timestamp and date fields, and the content
ids checked against the catalogue (and the exercise library) on import.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Generic, TypeAlias, TypeVar

from tyokirja.domain.content import Catalogue, ContentError
from tyokirja.domain.exercise import ExerciseLibrary, Step
from tyokirja.domain.practice import ExerciseSession, FeedbackRequest, FollowUpTask, Goal
from tyokirja.domain.practice_rules import check_answer
from tyokirja.domain.timeutil import to_storage

from . import limits
from .rejection import ImportRejected, date_rejection, int_rejection, is_plain_name, record_id, surrogate_field

PracticeRecord: TypeAlias = ExerciseSession | FollowUpTask | FeedbackRequest | Goal
R = TypeVar("R", ExerciseSession, FollowUpTask, FeedbackRequest, Goal)


@dataclass(frozen=True)
class ArraySpec(Generic[R]):
    name: str  # the top-level key
    record_type: type[R]
    times: tuple[str, ...]  # ISO timestamps with offset
    days: tuple[str, ...]  # YYYY-MM-DD
    order: Callable[[R], tuple[str, str]]  # export sort key


# Any one of the four arrays.
PracticeSpec: TypeAlias = (
    ArraySpec[ExerciseSession] | ArraySpec[FollowUpTask] | ArraySpec[FeedbackRequest] | ArraySpec[Goal]
)


def _instant(moment: datetime | None) -> str:
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


def build_arrays(records: PracticeRecords | None) -> dict[str, list[dict[str, Any]]]:
    """The four arrays, each in its stable export order."""
    records = records or PracticeRecords()
    return {
        spec.name: [r.to_dict() for r in sorted(getattr(records, spec.name), key=spec.order)]
        for spec in ARRAYS
    }


def bad_date(spec: PracticeSpec, record: dict[str, Any]) -> tuple[str, str] | None:
    """(field, "not_real" | "years") for the first timestamp or day of `record` that is no real
    moment or day in the years the diary handles (limits.MIN_YEAR..MAX_YEAR)."""
    for names, check in ((spec.times, limits.moment_problem), (spec.days, limits.day_problem)):
        for name in names:
            value = record.get(name)
            problem = check(value) if value is not None else None
            if problem is not None:
                return name, problem
    return None


def answer_field(spec: PracticeSpec, record: dict[str, Any], steps: dict[str, Step]) -> tuple[str, str] | None:
    """(field, detail) for the first answer in `record` that cannot be stored or shown, else None.

    Every answer passes limits.answer_problem ("huge_number", "too_long"); one for a step of the
    exercise as this program ships it (`steps`: step id -> Step; empty when the answers were
    made with another version of the exercise) must also have that step's shape ("answer_shape").
    """
    name = limits.ANSWER_FIELDS.get(spec.name)
    if name is None or name not in record:
        return None
    answers = record[name] if spec.name == "exercise_sessions" else {record.get("step_id"): record[name]}
    for step_id, value in answers.items():
        shown = f"{name}.{step_id}" if spec.name == "exercise_sessions" else name
        problem = limits.answer_problem(value)
        if problem is not None:
            return shown, problem[1]
        step = steps.get(step_id) if step_id is not None else None
        if step is not None:
            try:
                check_answer(step, value)
            except ValueError:
                return shown, "answer_shape"
    return None


def unknown_value(record: PracticeRecord, catalogue: Catalogue, library: ExerciseLibrary | None) -> str | None:
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
    if isinstance(record, Goal) and record.skill_id is not None and record.skill_id not in catalogue.ids("skills"):
        return "skill_id"
    return None


def default_library(catalogue: Catalogue) -> ExerciseLibrary | None:
    """The shipped exercise library, or None when it cannot be read (exercise ids go unchecked)."""
    from tyokirja.domain.exercise_loader import load_default_library

    try:
        return load_default_library(catalogue)
    except ContentError:
        return None


def parse_practice(
    document: dict[str, Any], catalogue: Catalogue, library: ExerciseLibrary | None = None
) -> PracticeRecords:
    """The checked practice records of a version 2 document whose schema already passed.

    Per array, in order: ids well formed, text valid Unicode, real dates in the years the diary
    handles, ids unique within the array, integers in range (limits.INT_FIELDS), answers usable
    and, when made with the exercise version this program ships, of their step's shape (a
    follow-up's result against its session's step when that session is in the file), content
    ids known (exercise ids against `library`, the shipped library when None).
    """
    library = library if library is not None else default_library(catalogue)
    steps: dict[str, dict[str, Step]] = {}  # session id -> its steps, when checkable
    sessions, follow_ups, feedback_requests, goals = ARRAYS  # in this order: sessions fill `steps`
    return PracticeRecords(
        exercise_sessions=_records(document, sessions, catalogue, library, steps),
        follow_ups=_records(document, follow_ups, catalogue, library, steps),
        feedback_requests=_records(document, feedback_requests, catalogue, library, steps),
        goals=_records(document, goals, catalogue, library, steps),
    )


def _steps_of(record: dict[str, Any], library: ExerciseLibrary | None) -> dict[str, Step]:
    """The steps an exercise session's answers were made with, by id ({} when unknown here)."""
    exercise_id = record.get("exercise_id")
    if library is None or exercise_id not in library or not isinstance(exercise_id, str):
        return {}
    exercise = library.get(exercise_id)
    if exercise.version != record.get("exercise_version", 1):
        return {}  # made with other content: only the general limits apply
    return {step.id: step for step in exercise.steps}


def _records(document: dict[str, Any], spec: ArraySpec[R], catalogue: Catalogue, library: ExerciseLibrary | None,
             steps: dict[str, dict[str, Step]]) -> list[R]:
    seen: set[str] = set()
    records: list[R] = []
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
            raise date_rejection(position, rid, *bad, spec.name)
        if rid in seen:
            raise ImportRejected(position, rid, "id", "duplicate_id", "", spec.name)
        seen.add(rid)
        rejected = int_rejection(position, rid, record, spec.name)
        if rejected is not None:
            raise rejected
        if spec.name == "exercise_sessions":
            steps[rid] = _steps_of(record, library)
        session_id = rid if spec.name == "exercise_sessions" else record.get("session_id")
        wrong = answer_field(spec, record, steps.get(session_id, {}) if session_id else {})
        if wrong is not None:
            raise ImportRejected(position, rid, wrong[0], "schema", wrong[1], spec.name)
        item = spec.record_type.from_dict(record)
        unknown = unknown_value(item, catalogue, library)
        if unknown is not None:
            raise ImportRejected(position, rid, unknown, "unknown_value", "unknown_value", spec.name)
        records.append(item)
    return records
