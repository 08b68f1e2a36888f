"""Practice records (exercise sessions, follow-ups, feedback requests, goals) and their pure rules.

Rules here take `today` (a local calendar date) or aware datetimes as arguments and never read the
clock, so they can be tested against hand-computed examples.

- active_weeks: practice as "active weeks out of the last N" (e.g. 3/4), never a streak.
- suggest_exercise: which exercise the today view suggests (deterministic given today and history).
- due_followups / is_due / due_goal_reviews: what has fallen due by `today`.

A reflection (pohdinta) is an ExerciseSession of daily_reflection / deep_reflection / weekly_review.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
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

DAILY_EXERCISE = "daily_reflection"
RETURN_EXERCISE = "presence_transition"  # the 1-minute option offered after a gap
# Drills the suggestion rotates through when nothing is due by rhythm (domain.md §3.14).
ROTATION = ("listening_mirror", "empathy_map", "listening_level", "ofnr")
WEEKLY_FIRST = "weekly_review"  # before the load check when both are due
WEEKLY_FROM_WEEKDAY = 4  # weekly exercises are suggested from Friday on, until done that ISO week
WELCOME_BACK_DAYS = 14  # no practice for this long before today: "Tervetuloa takaisin"


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

    def to_dict(self) -> dict:
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
    def from_dict(cls, data: dict) -> "ExerciseSession":
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

    def to_dict(self) -> dict:
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
    def from_dict(cls, data: dict) -> "FollowUpTask":
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

    def to_dict(self) -> dict:
        return {"situation": self.situation, "behaviour": self.behaviour, "impact": self.impact}

    @classmethod
    def from_dict(cls, data: dict | None) -> "SBI":
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

    def to_dict(self) -> dict:
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
    def from_dict(cls, data: dict) -> "FeedbackRequest":
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

    def to_dict(self) -> dict:
        return {"if": self.when, "then": self.then}

    @classmethod
    def from_dict(cls, data: dict) -> "IfThen":
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

    def to_dict(self) -> dict:
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
    def from_dict(cls, data: dict) -> "Goal":
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


# -- rules: active weeks ------------------------------------------------------------------------


def week_start(day: date) -> date:
    """The Monday of `day`'s ISO week."""
    return day - timedelta(days=day.weekday())


def local_day(moment: datetime, tz=None) -> date:
    """The calendar day of an aware moment: in the offset it was recorded in, or in zone `tz`.

    Stored moments come back in the offset they were recorded in, so by default this is the day
    the user saw on their clock at the time (a Monday 00:30 in summer time stays a Monday).
    """
    return moment.astimezone(tz).date() if tz is not None else moment.date()


def active_weeks(days: Iterable[date], today: date, weeks: int = 4) -> tuple[int, int]:
    """(n, of): how many of the last `weeks` ISO weeks (this one included) had a practice act.

    Days after `today` are ignored. A missed week never resets anything: the answer only ever
    looks at a fixed window, so "3/4" stays "3/4" whatever came before.
    """
    if weeks < 1:
        raise ValueError("weeks must be at least 1")
    current = week_start(today)
    first = current - timedelta(weeks=weeks - 1)
    active = {week_start(d) for d in days if d <= today and week_start(d) >= first}
    return len(active), weeks


def welcome_back(days: Iterable[date], today: date, gap_days: int = WELCOME_BACK_DAYS) -> bool:
    """True when someone who practised before returns after `gap_days` or more without practice."""
    before = [d for d in days if d < today]
    if not before:
        return False
    return (today - max(before)).days >= gap_days


# -- rules: suggestion ----------------------------------------------------------------------------


def suggest_exercise(
    exercises: list[tuple[str, str]], last_done: dict[str, date], today: date
) -> str | None:
    """The exercise id to suggest today, from (id, rhythm) pairs in library order.

    `last_done` maps exercise id -> the last local day it was completed. In order:
    1. a weekly exercise not done in this ISO week, from Friday on (weekly review first);
    2. a daily exercise not done today;
    3. the rotation drill (listening/empathy) done least recently — never done counts as oldest;
       ties are broken by the day, so the suggestion rotates from one day to the next.
    """
    this_week = week_start(today)
    if today.weekday() >= WEEKLY_FROM_WEEKDAY:
        weekly = sorted((ex_id for ex_id, rhythm in exercises if rhythm == "weekly"),
                        key=lambda ex_id: ex_id != WEEKLY_FIRST)
        for ex_id in weekly:
            done = last_done.get(ex_id)
            if done is None or week_start(done) < this_week:
                return ex_id
    for ex_id, rhythm in exercises:
        if rhythm == "daily" and last_done.get(ex_id) != today:
            return ex_id
    known = [ex_id for ex_id, _ in exercises]
    pool = [ex_id for ex_id in ROTATION if ex_id in known] or [
        ex_id for ex_id, rhythm in exercises if rhythm == "as_needed"
    ] or known
    if not pool:
        return None
    oldest = min((last_done.get(ex_id, date.min) for ex_id in pool))
    candidates = [ex_id for ex_id in pool if last_done.get(ex_id, date.min) == oldest]
    return candidates[today.toordinal() % len(candidates)]


def pick_statement(statement_ids: list[str], recent: list[str], today: date) -> str | None:
    """A listening statement not among the recently used ones (`recent`, newest first).

    Prefers statements never used, then the one used longest ago; rotates by the day among equals.
    """
    if not statement_ids:
        return None
    unused = [s for s in statement_ids if s not in recent]
    if unused:
        return unused[today.toordinal() % len(unused)]
    # every statement used: the one whose last use is oldest
    return max(statement_ids, key=lambda s: recent.index(s))


# -- rules: follow-ups and reviews ---------------------------------------------------------------


def follow_up_day(completed_at: datetime, later_days: int, tz=None) -> date:
    """The local day a later step falls due: the completion day plus `later_days`."""
    if later_days < 1:
        raise ValueError("later_days must be at least 1")
    return local_day(completed_at, tz) + timedelta(days=later_days)


def is_due(task: FollowUpTask, today: date) -> bool:
    """Open and due today or earlier."""
    return task.status == "due" and task.due_on <= today


def due_followups(tasks: Iterable[FollowUpTask], today: date) -> list[FollowUpTask]:
    """The open follow-ups due by `today`, oldest due first."""
    return sorted((t for t in tasks if is_due(t, today)), key=lambda t: (t.due_on, t.id))


def due_goal_reviews(goals: Iterable[Goal], today: date) -> list[Goal]:
    """Open goals whose review date has come, earliest first."""
    return sorted(
        (g for g in goals if g.is_open and g.review_at is not None and g.review_at <= today),
        key=lambda g: (g.review_at, g.id),
    )


# -- rules: records an exercise creates ----------------------------------------------------------

# Where feedforward's answers go in the FeedbackRequest it creates: field -> step ids, first
# answered wins. Steps not listed stay in the session, which the request links to.
FEEDFORWARD_FIELDS = {
    "target_behaviour": ("behaviour", "target_behaviour"),
    "asked_role": ("asked_role", "whom"),  # kept only when it is a counterpart role id
    "channel": ("channel",),
    "question": ("question",),
    "content": ("answer", "content"),
    "take": ("take_leave", "take"),
    "leave": ("leave",),
}
FEEDFORWARD_REACTION = ("reaction", "my_reaction")  # emotion term ids


def _first_text(responses: dict, step_ids: tuple[str, ...]) -> str | None:
    for step_id in step_ids:
        value = responses.get(step_id)
        if isinstance(value, str) and value.strip():
            return value
    return None


def feedback_from_session(exercise, session: ExerciseSession, catalogue=None) -> FeedbackRequest | None:
    """The FeedbackRequest a completed feedforward session records; None for other exercises.

    The session asks, hears and processes the advice, so the request starts at the furthest
    stage its answers show: "planned", "received" (an answer is logged) or "processed" (what I
    take and leave is written), stamped with the completion time. Closing the loop is the
    exercise's later step. The target behaviour falls back to the first text answer; the plan
    becomes the action as "if → then".
    """
    if exercise.id != "feedforward":
        return None
    r = session.responses
    values = {name: _first_text(r, ids) for name, ids in FEEDFORWARD_FIELDS.items()}
    texts = [r[s.id] for s in exercise.steps if s.kind == "text" and isinstance(r.get(s.id), str) and r[s.id].strip()]
    target = values["target_behaviour"] or (texts[0] if texts else "")
    if not target.strip():
        return None
    role = values["asked_role"]
    channel = values["channel"]
    if catalogue is not None:
        role = role if role in catalogue.ids("counterpart_roles") else None
        channel = channel if channel in catalogue.ids("channels") else None
    reaction = next((r[k] for k in FEEDFORWARD_REACTION if isinstance(r.get(k), list)), [])
    if catalogue is not None:
        reaction = [t for t in reaction if t in catalogue.ids("emotions")]
    plans = plan_answers(exercise, session)
    request = FeedbackRequest(
        target_behaviour=target,
        asked_role=role,
        channel=channel,
        question=values["question"] or "",
        content=values["content"] or "",
        my_reaction=list(reaction),
        take=values["take"] or "",
        leave=values["leave"] or "",
        action="\n".join(f"{p.when} → {p.then}" for p in plans),
        skills=list(exercise.skills),
        session_id=session.id,
        share_with_coach=session.share_with_coach,
    )
    if request.content.strip():
        request.status = "received"
        request.asked_at = request.received_at = session.completed_at
        if request.take.strip() or request.leave.strip():
            request.status = "processed"
            request.processed_at = session.completed_at
    return request


def plan_answers(exercise, session: ExerciseSession) -> list[IfThen]:
    """The if–then plans the session's plan step holds (empty ones left out)."""
    step = exercise.plan_step()
    if step is None:
        return []
    value = session.responses.get(step.id)
    items = value if isinstance(value, list) else [value] if isinstance(value, dict) else []
    plans = [IfThen.from_dict(v) for v in items if isinstance(v, dict)]
    return [p for p in plans if not p.is_empty()]


def goal_from_plan(exercise, session: ExerciseSession, now: datetime, review_days: int = 7) -> Goal | None:
    """A Goal (experiment) built from the session's if–then plan, reviewed in `review_days`."""
    plans = plan_answers(exercise, session)
    if not plans:
        return None
    skill = exercise.skills[0] if exercise.skills else None
    return Goal(
        wish=plans[0].then.strip() or plans[0].when.strip(),
        skill_id=skill,
        plans=plans,
        start=now.date(),
        review_at=now.date() + timedelta(days=review_days),
        session_id=session.id,
        share_with_coach=session.share_with_coach,
        created_at=now,
        updated_at=now,
    )
