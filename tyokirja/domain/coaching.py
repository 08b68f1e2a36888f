"""The coaching loop (valmennusjakso): sessions with a coach, "for my next session" flags, the agenda
and the agreements made in a session.

A coach appears as a role or a label the user chose ("valmentaja", "mentori"), never as a name the
app asks for. Session notes (what the coach reflected back, the user's own insights) are private
unless `share_notes` is ticked. An agreement becomes a goal or an experiment (a Goal, linked by
`goal_id`) or a scheduled exercise (`exercise_id`); it stays homework until marked done.
Every record converts to and from the JSON-ready dict the exchange format holds.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from .encounter import new_id
from .timeutil import parse_iso

MODES = ("face_to_face", "video", "phone")
STATUSES = ("planned", "held", "followed_up")
FLAG_KINDS = ("encounter", "exercise_session", "rating", "goal", "feedback")
# where an agenda item came from: a flag, a goal's due review, a due follow-up, a skill rating change,
# an agreement of the previous session, or the user's own question
AGENDA_KINDS = ("flag", "goal_review", "follow_up", "skill_change", "agreement", "question")
AGREEMENT_KINDS = ("goal", "experiment", "exercise")
AGREEMENT_STATUSES = ("open", "done")


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def _moment(text: str | None) -> datetime | None:
    return parse_iso(text) if text else None


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


@dataclass
class AgendaItem:
    """One line of a session's agenda; `ref_id` names the record it came from (None for a question)."""

    kind: str
    text: str
    ref_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "text": self.text, "ref_id": self.ref_id}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> AgendaItem:
        kind = str(data["kind"])
        if kind not in AGENDA_KINDS:
            raise ValueError(f"unknown agenda item kind {kind!r}")
        ref = data.get("ref_id")
        return cls(kind=kind, text=str(data["text"]), ref_id=str(ref) if ref is not None else None)

    @property
    def key(self) -> tuple[str, str | None]:
        """What makes two assembled items the same (a question is never the same as another)."""
        return (self.kind, self.ref_id) if self.ref_id is not None else (self.kind, self.text)


@dataclass
class CoachingSession:
    """One meeting with the coach, planned or held (valmennuskerta)."""

    held_at: datetime  # when it is (planned) or was (held)
    id: str = field(default_factory=new_id)
    coach_label: str = ""  # a role or a chosen label, never nudged toward a full name
    mode: str = "video"
    status: str = "planned"
    agenda: list[AgendaItem] = field(default_factory=list)
    coach_reflection: str = ""
    insights: str = ""
    share_notes: bool = False  # notes go into a report only when ticked
    created_at: datetime | None = None
    updated_at: datetime | None = None

    def text_fields(self) -> dict[str, str]:
        """Every free text by a stable name (what search and erasure reach)."""
        out = {"coach_label": self.coach_label, "coach_reflection": self.coach_reflection,
               "insights": self.insights}
        for i, item in enumerate(self.agenda):
            out[f"agenda.{i}"] = item.text
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "held_at": _iso(self.held_at),
            "coach_label": self.coach_label,
            "mode": self.mode,
            "status": self.status,
            "agenda": [item.to_dict() for item in self.agenda],
            "coach_reflection": self.coach_reflection,
            "insights": self.insights,
            "share_notes": self.share_notes,
            "created_at": _iso(self.created_at),
            "updated_at": _iso(self.updated_at),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CoachingSession:
        session = cls(
            id=str(data["id"]),
            held_at=parse_iso(data["held_at"]),
            coach_label=str(data.get("coach_label", "")),
            mode=str(data.get("mode", "video")),
            status=str(data.get("status", "planned")),
            agenda=[AgendaItem.from_dict(a) for a in data.get("agenda", [])],
            coach_reflection=str(data.get("coach_reflection", "")),
            insights=str(data.get("insights", "")),
            share_notes=bool(data.get("share_notes", False)),
            created_at=_moment(data.get("created_at")),
            updated_at=_moment(data.get("updated_at")),
        )
        check_session(session)
        return session


@dataclass
class SessionFlag:
    """ "For my next session": a record the user wants to bring up. `session_id` is set once the flag
    is on a session's agenda."""

    kind: str
    ref_id: str
    label: str  # what the agenda line says (the record's title at the time of flagging)
    id: str = field(default_factory=new_id)
    session_id: str | None = None
    created_at: datetime | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "kind": self.kind, "ref_id": self.ref_id, "label": self.label,
                "session_id": self.session_id, "created_at": _iso(self.created_at)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SessionFlag:
        kind = str(data["kind"])
        if kind not in FLAG_KINDS:
            raise ValueError(f"unknown flag kind {kind!r}")
        return cls(id=str(data["id"]), kind=kind, ref_id=str(data["ref_id"]), label=str(data.get("label", "")),
                   session_id=data.get("session_id"), created_at=_moment(data.get("created_at")))


@dataclass
class Agreement:
    """What the user agreed in a session (sopimus). `session_id` is None once the session was deleted."""

    text: str
    kind: str = "goal"
    id: str = field(default_factory=new_id)
    session_id: str | None = None
    goal_id: str | None = None  # the goal or experiment it became
    exercise_id: str | None = None  # the scheduled exercise, for kind "exercise"
    due_on: date | None = None  # the review date (goal, experiment) or the day to do the exercise by
    status: str = "open"
    created_at: datetime | None = None
    done_at: datetime | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "text": self.text, "kind": self.kind, "session_id": self.session_id,
            "goal_id": self.goal_id, "exercise_id": self.exercise_id,
            "due_on": self.due_on.isoformat() if self.due_on else None, "status": self.status,
            "created_at": _iso(self.created_at), "done_at": _iso(self.done_at),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Agreement:
        agreement = cls(
            id=str(data["id"]), text=str(data["text"]), kind=str(data.get("kind", "goal")),
            session_id=data.get("session_id"), goal_id=data.get("goal_id"), exercise_id=data.get("exercise_id"),
            due_on=_day(data.get("due_on")), status=str(data.get("status", "open")),
            created_at=_moment(data.get("created_at")), done_at=_moment(data.get("done_at")),
        )
        check_agreement(agreement)
        return agreement


def check_session(session: CoachingSession) -> None:
    """ValueError when a session's values are outside the allowed sets."""
    if session.mode not in MODES:
        raise ValueError(f"unknown mode {session.mode!r}")
    if session.status not in STATUSES:
        raise ValueError(f"unknown status {session.status!r}")


def check_agreement(agreement: Agreement) -> None:
    if not agreement.text.strip():
        raise ValueError("an agreement needs its text")
    if agreement.kind not in AGREEMENT_KINDS:
        raise ValueError(f"unknown agreement kind {agreement.kind!r}")
    if agreement.status not in AGREEMENT_STATUSES:
        raise ValueError(f"unknown agreement status {agreement.status!r}")
    if agreement.kind == "exercise" and not agreement.exercise_id:
        raise ValueError("a scheduled exercise needs its exercise")


def merge_agenda(current: list[AgendaItem], assembled: list[AgendaItem]) -> list[AgendaItem]:
    """The agenda with assembled items it does not hold yet: last time's agreements first, then the
    user's own order; an item the user removed comes back only if it is assembled again."""
    have = {item.key for item in current}
    new = [item for item in assembled if item.key not in have]
    first = [item for item in new if item.kind == "agreement"]
    rest = [item for item in new if item.kind != "agreement"]
    return first + list(current) + rest
