"""Practice records: exercise sessions, follow-ups, feedback requests and goals (their rules:
practice_rules.py).

A reflection (pohdinta) is an ExerciseSession of daily_reflection / deep_reflection / weekly_review.
Every record converts to and from the JSON-ready dict the exchange format holds (to_dict/from_dict).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from .encounter import new_id
from .timeutil import parse_iso

SESSION_STATUSES = ("in_progress", "paused", "completed", "abandoned")
FOLLOWUP_STATUSES = ("due", "done", "dismissed")
FOLLOWUP_SOURCES = ("exercise", "goal_review", "feedback")
FEEDBACK_STATUSES = ("planned", "asked", "received", "processed", "closed")
GOAL_STATUSES = ("active", "continue", "adapted", "ended")
OPEN_GOAL_STATUSES = ("active", "continue", "adapted")
USEFULNESS_RANGE = range(1, 6)



def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def _moment(text: str | None) -> datetime | None:
    return parse_iso(text) if text else None


# -- records ------------------------------------------------------------------------------------


@dataclass
class ExerciseSession:
    """One time an exercise was done (harjoituskerta). The row is also its own autosaved draft."""

    exercise_id: str
    exercise_version: int
    started_at: datetime
    id: str = field(default_factory=new_id)
    updated_at: datetime | None = None
    completed_at: datetime | None = None
    status: str = "in_progress"
    current_step: int = 0
    responses: dict[str, Any] = field(default_factory=dict)  # step id -> answer (see domain/exercise.py)
    encounter_id: str | None = None
    usefulness: int | None = None  # 1–5
    statement_id: str | None = None  # listening mirror: the statement practised
    share_with_coach: bool = False

    @property
    def is_open(self) -> bool:
        """In progress or paused: resumable."""
        return self.status in ("in_progress", "paused")

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "exercise_id": self.exercise_id,
            "exercise_version": self.exercise_version,
            "started_at": _iso(self.started_at),
            "updated_at": _iso(self.updated_at),
            "completed_at": _iso(self.completed_at),
            "status": self.status,
            "current_step": self.current_step,
            "responses": dict(self.responses),
            "encounter_id": self.encounter_id,
            "usefulness": self.usefulness,
            "statement_id": self.statement_id,
            "share_with_coach": self.share_with_coach,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ExerciseSession:
        return cls(
            id=data["id"],
            exercise_id=data["exercise_id"],
            exercise_version=int(data.get("exercise_version", 1)),
            started_at=parse_iso(data["started_at"]),
            updated_at=_moment(data.get("updated_at")),
            completed_at=_moment(data.get("completed_at")),
            status=data.get("status", "completed"),
            current_step=int(data.get("current_step", 0)),
            responses=dict(data.get("responses", {})),
            encounter_id=data.get("encounter_id"),
            usefulness=data.get("usefulness"),
            statement_id=data.get("statement_id"),
            share_with_coach=bool(data.get("share_with_coach", False)),
        )


@dataclass
class FollowUpTask:
    """A later step (or review) that falls due on a day (jatkotoimi)."""

    due_on: date
    id: str = field(default_factory=new_id)
    session_id: str | None = None
    source_kind: str = "exercise"  # "exercise" | "goal_review" | "feedback"
    ref_id: str | None = None  # the goal or feedback request it is about, for those kinds
    step_id: str | None = None  # the exercise's later step
    status: str = "due"
    result: Any = None  # the later step's answer, once done
    created_at: datetime | None = None
    done_at: datetime | None = None  # when it was done or dismissed

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "session_id": self.session_id,
            "source_kind": self.source_kind,
            "ref_id": self.ref_id,
            "step_id": self.step_id,
            "due_on": self.due_on.isoformat(),
            "status": self.status,
            "result": self.result,
            "created_at": _iso(self.created_at),
            "done_at": _iso(self.done_at),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> FollowUpTask:
        return cls(
            id=data["id"],
            session_id=data.get("session_id"),
            source_kind=data.get("source_kind", "exercise"),
            ref_id=data.get("ref_id"),
            step_id=data.get("step_id"),
            due_on=date.fromisoformat(data["due_on"]),
            status=data.get("status", "due"),
            result=data.get("result"),
            created_at=_moment(data.get("created_at")),
            done_at=_moment(data.get("done_at")),
        )


@dataclass
class SBI:
    """Feedback filed as situation – behaviour – impact (tilanne – toiminta – vaikutus)."""

    situation: str = ""
    behaviour: str = ""
    impact: str = ""

    def to_dict(self) -> dict[str, str]:
        return {"situation": self.situation, "behaviour": self.behaviour, "impact": self.impact}

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> SBI:
        data = data or {}
        return cls(data.get("situation", ""), data.get("behaviour", ""), data.get("impact", ""))


@dataclass
class FeedbackRequest:
    """A request for feedback (palautepyyntö) through planned → asked → received → processed → closed."""

    target_behaviour: str
    id: str = field(default_factory=new_id)
    asked_role: str | None = None  # counterpart role id: the other person by role, never by name
    channel: str | None = None  # channel id
    question: str = ""
    question_template: str | None = None
    status: str = "planned"
    asked_at: datetime | None = None
    received_at: datetime | None = None
    processed_at: datetime | None = None
    closed_at: datetime | None = None
    content: str = ""  # summary of what was said
    sbi: SBI = field(default_factory=SBI)
    my_reaction: list[str] = field(default_factory=list)  # emotion term ids
    take: str = ""  # otan käyttöön
    leave: str = ""  # jätän
    action: str = ""
    thanked: bool = False
    skills: list[str] = field(default_factory=list)
    session_id: str | None = None  # the feedforward session that planned it
    share_with_coach: bool = False
    created_at: datetime | None = None
    updated_at: datetime | None = None

    def text_fields(self) -> dict[str, str]:
        return {
            "target_behaviour": self.target_behaviour,
            "question": self.question,
            "content": self.content,
            "sbi_situation": self.sbi.situation,
            "sbi_behaviour": self.sbi.behaviour,
            "sbi_impact": self.sbi.impact,
            "take": self.take,
            "leave": self.leave,
            "action": self.action,
        }

    def event_times(self) -> list[datetime]:
        """Every life-cycle moment (planned = created_at) — practice acts for active weeks."""
        moments = (self.created_at, self.asked_at, self.received_at, self.processed_at, self.closed_at)
        return [m for m in moments if m is not None]

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "target_behaviour": self.target_behaviour,
            "asked_role": self.asked_role,
            "channel": self.channel,
            "question": self.question,
            "question_template": self.question_template,
            "status": self.status,
            "asked_at": _iso(self.asked_at),
            "received_at": _iso(self.received_at),
            "processed_at": _iso(self.processed_at),
            "closed_at": _iso(self.closed_at),
            "content": self.content,
            "sbi": self.sbi.to_dict(),
            "my_reaction": list(self.my_reaction),
            "take": self.take,
            "leave": self.leave,
            "action": self.action,
            "thanked": self.thanked,
            "skills": list(self.skills),
            "session_id": self.session_id,
            "share_with_coach": self.share_with_coach,
            "created_at": _iso(self.created_at),
            "updated_at": _iso(self.updated_at),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> FeedbackRequest:
        return cls(
            id=data["id"],
            target_behaviour=data["target_behaviour"],
            asked_role=data.get("asked_role"),
            channel=data.get("channel"),
            question=data.get("question", ""),
            question_template=data.get("question_template"),
            status=data.get("status", "planned"),
            asked_at=_moment(data.get("asked_at")),
            received_at=_moment(data.get("received_at")),
            processed_at=_moment(data.get("processed_at")),
            closed_at=_moment(data.get("closed_at")),
            content=data.get("content", ""),
            sbi=SBI.from_dict(data.get("sbi")),
            my_reaction=list(data.get("my_reaction", [])),
            take=data.get("take", ""),
            leave=data.get("leave", ""),
            action=data.get("action", ""),
            thanked=bool(data.get("thanked", False)),
            skills=list(data.get("skills", [])),
            session_id=data.get("session_id"),
            share_with_coach=bool(data.get("share_with_coach", False)),
            created_at=_moment(data.get("created_at")),
            updated_at=_moment(data.get("updated_at")),
        )


FEEDBACK_STAMP = {"asked": "asked_at", "received": "received_at", "processed": "processed_at", "closed": "closed_at"}


def next_feedback_status(status: str) -> str | None:
    """The life-cycle step after `status`, or None at the end."""
    i = FEEDBACK_STATUSES.index(status)
    return FEEDBACK_STATUSES[i + 1] if i + 1 < len(FEEDBACK_STATUSES) else None


@dataclass
class IfThen:
    """An if–then plan (jos–niin). In JSON and answers: {"if": ..., "then": ...}."""

    when: str = ""
    then: str = ""

    def to_dict(self) -> dict[str, str]:
        return {"if": self.when, "then": self.then}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> IfThen:
        return cls(data.get("if", ""), data.get("then", ""))

    def is_empty(self) -> bool:
        return not self.when.strip() and not self.then.strip()


@dataclass
class Goal:
    """A goal and experiment (tavoite ja kokeilu) in WOOP form."""

    wish: str
    id: str = field(default_factory=new_id)
    skill_id: str | None = None
    outcome: str = ""
    obstacle: str = ""
    plans: list[IfThen] = field(default_factory=list)
    start: date | None = None
    review_at: date | None = None
    success_signal: str = ""
    status: str = "active"
    encounter_ids: list[str] = field(default_factory=list)
    review_notes: str = ""
    session_id: str | None = None  # the session it came from, if any
    share_with_coach: bool = False
    created_at: datetime | None = None
    updated_at: datetime | None = None

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_GOAL_STATUSES

    def text_fields(self) -> dict[str, str]:
        plans = "\n".join(f"{p.when}\n{p.then}" for p in self.plans)
        return {
            "wish": self.wish,
            "outcome": self.outcome,
            "obstacle": self.obstacle,
            "plans": plans,
            "success_signal": self.success_signal,
            "review_notes": self.review_notes,
        }

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "skill_id": self.skill_id,
            "wish": self.wish,
            "outcome": self.outcome,
            "obstacle": self.obstacle,
            "plans": [p.to_dict() for p in self.plans],
            "start": self.start.isoformat() if self.start else None,
            "review_at": self.review_at.isoformat() if self.review_at else None,
            "success_signal": self.success_signal,
            "status": self.status,
            "encounter_ids": list(self.encounter_ids),
            "review_notes": self.review_notes,
            "session_id": self.session_id,
            "share_with_coach": self.share_with_coach,
            "created_at": _iso(self.created_at),
            "updated_at": _iso(self.updated_at),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Goal:
        return cls(
            id=data["id"],
            skill_id=data.get("skill_id"),
            wish=data["wish"],
            outcome=data.get("outcome", ""),
            obstacle=data.get("obstacle", ""),
            plans=[IfThen.from_dict(p) for p in data.get("plans", [])],
            start=date.fromisoformat(data["start"]) if data.get("start") else None,
            review_at=date.fromisoformat(data["review_at"]) if data.get("review_at") else None,
            success_signal=data.get("success_signal", ""),
            status=data.get("status", "active"),
            encounter_ids=list(data.get("encounter_ids", [])),
            review_notes=data.get("review_notes", ""),
            session_id=data.get("session_id"),
            share_with_coach=bool(data.get("share_with_coach", False)),
            created_at=_moment(data.get("created_at")),
            updated_at=_moment(data.get("updated_at")),
        )


def session_texts(responses: dict[str, Any]) -> list[str]:
    """Every piece of free text in a session's answers (what search indexes), in step order."""
    out: list[str] = []

    def walk(value: Any) -> None:
        if isinstance(value, str):
            if value.strip():
                out.append(value)
        elif isinstance(value, dict):
            for key in sorted(value):
                if key not in ("goal_id", "status"):
                    walk(value[key])
        elif isinstance(value, list):
            for item in value:
                walk(item)

    for value in responses.values():
        walk(value)
    return out
