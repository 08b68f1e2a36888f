"""The encounter diary's record: one significant work encounter (kohtaamismerkintä)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from typing import Any

ELEMENT_LEVELS = ("no", "partly", "yes")
DIFFICULTY_RANGE = range(1, 6)
# Customer metrics an organisation may share (domain.md: org_metric): context, not a score of the user.
METRIC_KINDS = ("nps", "csat", "ces")
METRIC_RANGES = {"nps": range(0, 11), "csat": range(1, 6), "ces": range(1, 8)}
MAX_TEXT_CHARS = 5_000_000  # a UI limit well below SQLite's own; a 1 MB entry fits easily


def new_id() -> str:
    """A random, non-guessable identifier that survives export and import."""
    return uuid.uuid4().hex


def now_local() -> datetime:
    """The current time as an aware datetime in the machine's local zone."""
    return datetime.now(UTC).astimezone()


@dataclass
class FollowUp:
    """Something to do after the encounter, with an optional due date."""

    text: str = ""
    due: date | None = None
    done: bool = False

    def is_empty(self) -> bool:
        return not self.text.strip() and self.due is None and not self.done


@dataclass(frozen=True)
class OrgMetric:
    """One customer metric the organisation shared about the encounter (Asiakasmittari)."""

    kind: str  # one of METRIC_KINDS
    value: int  # within METRIC_RANGES[kind]


@dataclass
class Encounter:
    """One encounter. Other people appear only by role (counterpart_role), never by name."""

    occurred_at: datetime
    title: str
    id: str = field(default_factory=new_id)
    my_role: str | None = None
    counterpart_role: str | None = None
    scope: str | None = None  # "internal" | "external"
    channel: str | None = None
    situation: str | None = None
    difficulty: int | None = None  # 1–5
    facts: str = ""
    my_feelings: list[str] = field(default_factory=list)  # emotion term ids
    my_feelings_text: str = ""
    their_feelings: list[str] = field(default_factory=list)  # a guess, always
    their_feelings_text: str = ""
    impact_on_other: str = ""
    went_well: str = ""
    do_differently: str = ""
    elements: dict[str, str] = field(default_factory=dict)  # element id -> no/partly/yes
    follow_up: FollowUp = field(default_factory=FollowUp)
    notes: str = ""
    skills: list[str] = field(default_factory=list)
    needs_completion: bool = False  # a quick entry waiting to be filled in
    share_with_coach: bool = False
    org_metric: OrgMetric | None = None  # only if the organisation shares it
    created_at: datetime | None = None
    updated_at: datetime | None = None

    def copy(self, **changes: Any) -> Encounter:
        return replace(self, **changes)

    def text_fields(self) -> dict[str, str]:
        """Every free-text field by name (what search indexes and erasure must reach)."""
        return {
            "title": self.title,
            "facts": self.facts,
            "my_feelings_text": self.my_feelings_text,
            "their_feelings_text": self.their_feelings_text,
            "impact_on_other": self.impact_on_other,
            "went_well": self.went_well,
            "do_differently": self.do_differently,
            "follow_up_text": self.follow_up.text,
            "notes": self.notes,
        }


TEXT_FIELDS = tuple(Encounter(occurred_at=datetime.now(UTC), title="").text_fields())


@dataclass(frozen=True)
class EncounterSummary:
    """What the diary list shows for one entry: no bodies, so a long list stays light."""

    id: str
    occurred_at: datetime
    title: str
    my_role: str | None
    counterpart_role: str | None
    channel: str | None
    situation: str | None
    difficulty: int | None
    needs_completion: bool


@dataclass(frozen=True)
class EncounterFilter:
    """Search text and filters, combined with AND. Dates are local calendar days, inclusive."""

    text: str = ""
    date_from: date | None = None
    date_to: date | None = None
    my_role: str | None = None
    channel: str | None = None
    situation: str | None = None
    skill: str | None = None  # a skill id; a parent skill also finds its sub-skills
    element: str | None = None  # an element id, with element_level: marked at that level (None: marked at all)
    element_level: str | None = None  # one of ELEMENT_LEVELS
    difficulty: int | None = None  # 1–5
    to_complete: bool = False  # quick entries waiting to be filled in
    shared_with_coach: bool = False
    has_follow_up: bool = False

    def is_empty(self) -> bool:
        return self == EncounterFilter()


def encounter_to_dict(enc: Encounter) -> dict[str, Any]:
    """A JSON-ready dict of every field (used by the exchange format and editor drafts)."""
    return {
        "id": enc.id,
        "occurred_at": enc.occurred_at.isoformat(),
        "title": enc.title,
        "my_role": enc.my_role,
        "counterpart_role": enc.counterpart_role,
        "scope": enc.scope,
        "channel": enc.channel,
        "situation": enc.situation,
        "difficulty": enc.difficulty,
        "facts": enc.facts,
        "my_feelings": list(enc.my_feelings),
        "my_feelings_text": enc.my_feelings_text,
        "their_feelings": list(enc.their_feelings),
        "their_feelings_text": enc.their_feelings_text,
        "impact_on_other": enc.impact_on_other,
        "went_well": enc.went_well,
        "do_differently": enc.do_differently,
        "elements": dict(enc.elements),
        "follow_up": {
            "text": enc.follow_up.text,
            "due": enc.follow_up.due.isoformat() if enc.follow_up.due else None,
            "done": enc.follow_up.done,
        },
        "notes": enc.notes,
        "skills": list(enc.skills),
        "needs_completion": enc.needs_completion,
        "share_with_coach": enc.share_with_coach,
        "org_metric": (
            {"kind": enc.org_metric.kind, "value": enc.org_metric.value} if enc.org_metric else None
        ),
        "created_at": enc.created_at.isoformat() if enc.created_at else None,
        "updated_at": enc.updated_at.isoformat() if enc.updated_at else None,
    }


def encounter_from_dict(data: dict[str, Any]) -> Encounter:
    """Inverse of encounter_to_dict. Raises KeyError/ValueError/TypeError on malformed input."""
    from .timeutil import parse_iso

    follow = data.get("follow_up") or {}
    due = follow.get("due")
    metric = data.get("org_metric")
    return Encounter(
        id=data["id"],
        occurred_at=parse_iso(data["occurred_at"]),
        title=data["title"],
        my_role=data.get("my_role"),
        counterpart_role=data.get("counterpart_role"),
        scope=data.get("scope"),
        channel=data.get("channel"),
        situation=data.get("situation"),
        difficulty=data.get("difficulty"),
        facts=data.get("facts", ""),
        my_feelings=list(data.get("my_feelings", [])),
        my_feelings_text=data.get("my_feelings_text", ""),
        their_feelings=list(data.get("their_feelings", [])),
        their_feelings_text=data.get("their_feelings_text", ""),
        impact_on_other=data.get("impact_on_other", ""),
        went_well=data.get("went_well", ""),
        do_differently=data.get("do_differently", ""),
        elements=dict(data.get("elements", {})),
        follow_up=FollowUp(
            text=follow.get("text", ""),
            due=date.fromisoformat(due) if due else None,
            done=bool(follow.get("done", False)),
        ),
        notes=data.get("notes", ""),
        skills=list(data.get("skills", [])),
        needs_completion=bool(data.get("needs_completion", False)),
        share_with_coach=bool(data.get("share_with_coach", False)),
        org_metric=OrgMetric(kind=metric["kind"], value=metric["value"]) if metric is not None else None,
        created_at=parse_iso(data["created_at"]) if data.get("created_at") else None,
        updated_at=parse_iso(data["updated_at"]) if data.get("updated_at") else None,
    )
