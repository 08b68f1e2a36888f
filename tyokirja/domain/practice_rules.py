"""Pure practice rules: active weeks, the suggested exercise, what falls due, what an exercise creates.

Rules take `today` (a local calendar date) or aware datetimes as arguments and never read the
clock, so they can be tested against hand-computed examples.

- active_weeks: practice as "active weeks out of the last N" (e.g. 3/4), never a streak.
- suggest_exercise / pick_statement: what the today view suggests (deterministic given the day
  and the history).
- due_followups / is_due / due_goal_reviews / follow_up_day: what has fallen due by `today`.
- check_answer / is_answered: the answer shape each step kind stores.
- feedback_from_session / goal_from_plan: records a completed session creates.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta, tzinfo
from typing import Any

from .content import Catalogue
from .exercise import Exercise, Step
from .practice import GOAL_STATUSES, ExerciseSession, FeedbackRequest, FollowUpTask, Goal, IfThen

DAILY_EXERCISE = "daily_reflection"
RETURN_EXERCISE = "presence_transition"  # the 1-minute option offered after a gap
# Drills the suggestion rotates through when nothing is due by rhythm (domain.md §3.14).
ROTATION = ("listening_mirror", "empathy_map", "listening_level", "ofnr")
WEEKLY_FIRST = "weekly_review"  # before the load check when both are due
WEEKLY_FROM_WEEKDAY = 4  # weekly exercises are suggested from Friday on, until done that ISO week
WELCOME_BACK_DAYS = 14  # no practice for this long before today: "Tervetuloa takaisin"


# -- rules: answers -------------------------------------------------------------------------------


def is_answered(value: Any) -> bool:
    """Whether an answer holds anything (blank text, empty lists and dicts do not count)."""
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, dict):
        return any(is_answered(v) for v in value.values())
    if isinstance(value, list):
        return any(is_answered(v) for v in value)
    return True


def check_answer(step: Step, value: Any) -> None:
    """ValueError when `value` does not have the shape `step.kind` stores (None always clears)."""
    if value is None:
        return
    kind = step.kind
    ok = True
    if kind == "text" or kind == "encounter" or kind == "statement":
        ok = isinstance(value, str)
    elif kind == "choice":
        ids = value if step.multiple and isinstance(value, list) else [value]
        ok = all(isinstance(v, str) and step.option(v) is not None for v in ids)
    elif kind == "scale":
        low, high = step.min, step.max  # a scale step always has both (the loader checks)
        ok = type(value) is int and low is not None and high is not None and low <= value <= high
    elif kind == "terms":
        ok = isinstance(value, list) and all(isinstance(v, str) for v in value)
        if ok and step.max is not None:
            ok = len(value) <= step.max
    elif kind == "if_then":
        plans = value if isinstance(value, list) else [value]
        ok = all(isinstance(p, dict) and set(p) <= {"if", "then"} and all(isinstance(x, str) for x in p.values())
                 for p in plans) and (step.count > 1 or not isinstance(value, list))
    elif kind == "goals_review":
        ok = isinstance(value, list) and all(
            isinstance(v, dict) and isinstance(v.get("goal_id"), str) and v.get("status") in GOAL_STATUSES
            for v in value
        )
    elif kind == "focus_rating":
        ok = (isinstance(value, dict) and isinstance(value.get("item_id"), str)
              and type(value.get("level")) is int and 0 <= value["level"] <= 5
              and isinstance(value.get("evidence_text", ""), str)
              and value.get("confidence") in (None, 1, 2, 3)
              and (value["level"] == 0 or bool(str(value.get("evidence_text", "")).strip())
                   or bool(value.get("evidence_encounter_id"))))
    elif kind in ("info", "model_answers"):
        ok = False
    if not ok:
        raise ValueError(f"answer of the wrong shape for a {kind} step")


# -- rules: active weeks ------------------------------------------------------------------------


def week_start(day: date) -> date:
    """The Monday of `day`'s ISO week."""
    return day - timedelta(days=day.weekday())


def local_day(moment: datetime, tz: tzinfo | None = None) -> date:
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
    oldest = min(last_done.get(ex_id, date.min) for ex_id in pool)
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


def follow_up_day(completed_at: datetime, later_days: int, tz: tzinfo | None = None) -> date:
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


def _first_text(responses: dict[str, Any], step_ids: tuple[str, ...]) -> str | None:
    for step_id in step_ids:
        value = responses.get(step_id)
        if isinstance(value, str) and value.strip():
            return value
    return None


def feedback_from_session(
    exercise: Exercise, session: ExerciseSession, catalogue: Catalogue | None = None
) -> FeedbackRequest | None:
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
    reaction: list[Any] = next((r[k] for k in FEEDFORWARD_REACTION if isinstance(r.get(k), list)), [])
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


def plan_answers(exercise: Exercise, session: ExerciseSession) -> list[IfThen]:
    """The if–then plans the session's plan step holds (empty ones left out)."""
    step = exercise.plan_step()
    if step is None:
        return []
    value = session.responses.get(step.id)
    items = value if isinstance(value, list) else [value] if isinstance(value, dict) else []
    plans = [IfThen.from_dict(v) for v in items if isinstance(v, dict)]
    return [p for p in plans if not p.is_empty()]


def goal_from_plan(exercise: Exercise, session: ExerciseSession, now: datetime, review_days: int = 7) -> Goal | None:
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
