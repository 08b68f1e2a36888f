"""Rules an encounter must satisfy before it is stored, with field-level problems."""

from __future__ import annotations

from dataclasses import dataclass

from .content import Catalogue
from .encounter import DIFFICULTY_RANGE, ELEMENT_LEVELS, MAX_TEXT_CHARS, METRIC_KINDS, METRIC_RANGES, Encounter


@dataclass(frozen=True)
class Problem:
    """One invalid field: `code` is a stable key the UI and CLI turn into a sentence."""

    field: str
    code: str  # "required", "unknown_value", "out_of_range", "too_long", "naive_time"
    value: object = None


def validate_encounter(enc: Encounter, catalogue: Catalogue) -> list[Problem]:
    """Return every problem with `enc`; an empty list means it may be saved."""
    problems: list[Problem] = []
    if not enc.title.strip():
        problems.append(Problem("title", "required"))
    if enc.occurred_at.tzinfo is None or enc.occurred_at.utcoffset() is None:
        problems.append(Problem("occurred_at", "naive_time"))
    choices = {
        "my_role": "my_roles",
        "counterpart_role": "counterpart_roles",
        "scope": "scopes",
        "channel": "channels",
        "situation": "situations",
    }
    for fname, kind in choices.items():
        value = getattr(enc, fname)
        if value is not None and value not in catalogue.ids(kind):
            problems.append(Problem(fname, "unknown_value", value))
    if enc.difficulty is not None and enc.difficulty not in DIFFICULTY_RANGE:
        problems.append(Problem("difficulty", "out_of_range", enc.difficulty))
    metric = enc.org_metric
    if metric is not None:
        if metric.kind not in METRIC_KINDS:
            problems.append(Problem("org_metric", "unknown_value", metric.kind))
        elif metric.value not in METRIC_RANGES[metric.kind]:
            problems.append(Problem("org_metric", "out_of_range", metric.value))
    emotions = catalogue.ids("emotions")
    for fname in ("my_feelings", "their_feelings"):
        for term in getattr(enc, fname):
            if term not in emotions:
                problems.append(Problem(fname, "unknown_value", term))
    elements = catalogue.ids("elements")
    for key, level in enc.elements.items():
        if key not in elements:
            problems.append(Problem("elements", "unknown_value", key))
        elif level not in ELEMENT_LEVELS:
            problems.append(Problem("elements", "unknown_value", level))
    skills = catalogue.ids("skills")
    for skill in enc.skills:
        if skill not in skills:
            problems.append(Problem("skills", "unknown_value", skill))
    for fname, text in enc.text_fields().items():
        if len(text) > MAX_TEXT_CHARS:
            problems.append(Problem(fname, "too_long", len(text)))
    return problems


class ValidationError(ValueError):
    """Raised when a record cannot be saved; `problems` says which fields and why."""

    def __init__(self, problems: list[Problem]):
        super().__init__(", ".join(f"{p.field}:{p.code}" for p in problems))
        self.problems = problems
