"""What the coach report reads from the diary: small read models, one per query of ReportQueries.

Pure data (standard library only). storage/report_queries.py fills them, decoding the stored JSON
on the way; services/report_builder.py and services/reporting.py turn them into a ReportDocument.
None of these carries a diary body, except ExerciseAnswers, which the report reads only for the
exercises it names (the load check, the presence check).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo
from typing import Any


@dataclass(frozen=True)
class RecordedAt:
    """A stored moment: the UTC instant (to the second) and the offset it was recorded in."""

    utc: datetime  # aware, UTC
    offset_minutes: int

    def local_day(self, tz: tzinfo | None = None) -> date:
        """The calendar day in `tz`, or in the recorded offset when tz is None."""
        if tz is not None:
            return self.utc.astimezone(tz).date()
        return (self.utc + timedelta(minutes=self.offset_minutes)).date()


@dataclass(frozen=True)
class EncounterMarks:
    """The marks of one diary entry the patterns section counts (never its text)."""

    channel: str | None
    situation: str | None
    scope: str | None
    difficulty: int | None
    feelings: tuple[Any, ...] = ()  # emotion term ids; read only when the feelings section is ticked


@dataclass(frozen=True)
class EncounterChoice:
    """A diary entry the user may pick as an excerpt."""

    id: str
    at: RecordedAt
    title: str
    shared: bool  # the entry's own "share with coach" mark


@dataclass(frozen=True)
class SessionChoice:
    """A completed exercise session the user may pick as an excerpt."""

    id: str
    at: RecordedAt  # completed
    exercise_id: str
    shared: bool


@dataclass(frozen=True)
class FeedbackChoice:
    """A feedback request the user may pick for its quotes."""

    id: str
    at: RecordedAt  # created
    target_behaviour: str
    status: str
    asked_role: str | None
    shared: bool


@dataclass(frozen=True)
class FeedbackSkills:
    """The status and the skill ids of one feedback request."""

    status: str
    skills: tuple[Any, ...]


@dataclass(frozen=True)
class ExerciseAnswers:
    """The answers of one completed exercise session ({} when they cannot be read)."""

    at: RecordedAt  # completed
    answers: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class OrgMetric:
    """A customer metric (NPS, CSAT, CES) logged on a diary entry."""

    kind: str
    value: int | None
    at: RecordedAt  # the entry's time
