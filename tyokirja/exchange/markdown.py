"""Markdown export: the diary as text people read (one file, or one file per month).

Entries are headed sections ("### 2026-03-02 09:30 · title") with their fields in the user's
language; exercise sessions, feedback requests, goals and skill ratings follow in sections of
their own. User text is escaped so that it stays text: a line starting with "#" or "-" does not
become a heading or a list, and `<`, `&` never become HTML (a rendered `<img>` could load a local
file). Records come oldest first.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from datetime import date, datetime
from typing import Any, cast

from tyokirja.domain.encounter import Encounter
from tyokirja.domain.practice import ExerciseSession, FeedbackRequest, Goal
from tyokirja.domain.rating import RatingSession
from tyokirja.domain.timeutil import to_storage

from .readable import ENTRY_KINDS, Selection, Wording

# Characters that mean something to Markdown anywhere in a line; escaped with a backslash
# (CommonMark: any ASCII punctuation may be), which renders as the character itself.
_INLINE = re.compile(r"([\\`*_\[\]<>&|~])")
_LINE_START = re.compile(r"^(\s*)(\d*)([#>+\-=.)])")


def escape(text: str) -> str:
    """User text as Markdown that renders as exactly that text, line by line."""
    lines = []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = _INLINE.sub(r"\\\1", line)
        line = _LINE_START.sub(lambda m: m.group(1) + m.group(2) + "\\" + m.group(3), line)
        lines.append(line)
    return "  \n".join(lines)  # a hard line break keeps the user's line breaks


def _field(out: list[str], label: str, value: str) -> None:
    if value:
        out.append(f"- **{label}:** {escape(value)}")


def _block(out: list[str], label: str, value: str) -> None:
    """A longer text under its own bold label, as a paragraph."""
    if value.strip():
        out.extend(["", f"**{label}**", "", escape(value)])


def _entry(enc: Encounter, w: Wording) -> list[str]:
    out = ["", f"### {w.when(enc.occurred_at)} · {escape(enc.title)}", ""]
    for name in ("my_role", "counterpart_role", "scope", "channel", "situation"):
        _field(out, w.text(name), w.label(ENTRY_KINDS[name], getattr(enc, name)))
    if enc.difficulty is not None:
        _field(out, w.text("difficulty"), str(enc.difficulty))
    _field(out, w.text("my_feelings"), w.labels("emotions", enc.my_feelings))
    _field(out, w.text("their_feelings"), w.labels("emotions", enc.their_feelings))
    _field(out, w.text("elements"), w.elements(enc.elements))
    _field(out, w.text("skills"), w.labels("skills", enc.skills))
    if enc.org_metric is not None:
        _field(out, w.text("org_metric"), f"{enc.org_metric.kind.upper()} {enc.org_metric.value}")
    if enc.needs_completion:
        _field(out, w.text("needs_completion"), w.flag(True))
    if enc.share_with_coach:
        _field(out, w.text("share_with_coach"), w.flag(True))
    for name in ("facts", "my_feelings_text", "their_feelings_text", "impact_on_other", "went_well",
                 "do_differently", "notes"):
        _block(out, w.text(name), getattr(enc, name))
    if enc.follow_up.text or enc.follow_up.due:
        due = f" ({w.text('follow_up_due')}: {w.day(enc.follow_up.due)})" if enc.follow_up.due else ""
        done = f" – {w.text('follow_up_done')}: {w.flag(enc.follow_up.done)}"
        out.extend(["", f"**{w.text('follow_up')}**", "", escape(enc.follow_up.text) + escape(due) + escape(done)])
    return out


def _session(s: ExerciseSession, w: Wording) -> list[str]:
    out = ["", f"### {w.when(s.started_at)} · {escape(w.exercise(s.exercise_id))}", ""]
    _field(out, w.text("status"), w.status(s.status))
    if s.usefulness is not None:
        _field(out, w.text("usefulness"), str(s.usefulness))
    for step_id, answer in s.responses.items():
        _block(out, escape(w.step(s.exercise_id, step_id)), w.step_answer(s.exercise_id, step_id, answer))
    return out


def _feedback(r: FeedbackRequest, w: Wording) -> list[str]:
    out = ["", f"### {w.when(r.created_at)} · {escape(r.target_behaviour)}", ""]
    _field(out, w.text("status"), w.status(r.status))
    _field(out, w.text("asked_role"), w.label("counterpart_roles", r.asked_role))
    _field(out, w.text("channel"), w.label("channels", r.channel))
    _field(out, w.text("skills"), w.labels("skills", r.skills))
    _field(out, w.text("my_feelings"), w.labels("emotions", r.my_reaction))
    _block(out, w.text("question"), r.question)
    _block(out, w.text("content"), r.content)
    sbi = " – ".join(t for t in (r.sbi.situation, r.sbi.behaviour, r.sbi.impact) if t)
    _block(out, w.text("sbi"), sbi)
    for name in ("take", "leave", "action"):
        _block(out, w.text(name), getattr(r, name))
    return out


def _goal(g: Goal, w: Wording) -> list[str]:
    out = ["", f"### {w.day(g.start or g.created_at)} · {escape(g.wish)}", ""]
    _field(out, w.text("status"), w.status(g.status))
    _field(out, w.text("skills"), w.label("skills", g.skill_id))
    _field(out, w.text("review_at"), w.day(g.review_at))
    for name in ("outcome", "obstacle", "success_signal", "review_notes"):
        _block(out, w.text(name), getattr(g, name))
    plans = [w.text("plan", **{"if": p.when, "then": p.then}) for p in g.plans] if g.plans else []
    if plans:
        out.extend(["", f"**{w.text('plans')}**", "", *(f"- {escape(p)}" for p in plans)])
    return out


def _rating(s: RatingSession, w: Wording) -> list[str]:
    if s.kind == "retrospective":
        kind = w.text("rating_retrospective", date=w.day(s.refers_to_date))
    else:
        kind = w.text(f"rating_{s.kind}")
    out = ["", f"### {w.when(s.rated_at)} · {escape(kind)}", ""]
    for r in s.ratings:
        parts = [w.text("level", level=r.level)]
        if r.evidence_text:
            parts.append(f"{w.text('evidence')}: {r.evidence_text}")
        if r.confidence is not None:
            parts.append(w.text("confidence", n=r.confidence))
        if r.note:
            parts.append(r.note)
        out.append(f"- **{escape(w.label('skills', r.item_id))}:** {escape(' – '.join(parts))}")
    _block(out, w.text("notes"), s.note)
    return out


def _section(out: list[str], title: str, records: Iterable[Any], render: Callable[[Any, Wording], list[str]],
             w: Wording) -> Iterator[str]:
    """The section's lines appended to `out`, handed on (joined) every few records so that a long
    section is never held whole; nothing when there are no records."""
    first = True
    for n, item in enumerate(records, start=1):
        if first:
            out.extend(["", f"## {title}"])
            first = False
        out.extend(render(item, w))
        if n % 200 == 0:
            yield "\n".join(out) + "\n"
            out.clear()


def _instant(moment: datetime | None) -> str:
    return to_storage(moment)[0] if moment is not None else ""


def render(selection: Selection, wording: Wording, *, exported_at: datetime, heading: str | None = None) -> str:
    """The whole selection as one Markdown document (UTF-8 text, one final newline)."""
    return "".join(render_parts(selection, wording, exported_at=exported_at, heading=heading))


def render_parts(selection: Selection, wording: Wording, *, exported_at: datetime,
                 heading: str | None = None) -> Iterator[str]:
    """render() in pieces, reading the entries one at a time (an EntryStream comes in export
    order already; a list is sorted)."""
    w = wording
    out = [f"# {escape(heading or w.text('title'))}", "",
           f"{w.text('exported', date=w.day(exported_at))} · {escape(w.scope(selection))}"]
    practice = selection.practice
    entries: Iterable[Encounter] = selection.encounters
    if isinstance(entries, list):
        entries = sorted(entries, key=lambda e: (_instant(e.occurred_at), e.id))
    wrote = False
    for records, title, part in (
        (entries, "section_entries", _entry),
        (sorted(practice.exercise_sessions, key=lambda s: (_instant(s.started_at), s.id)), "section_sessions",
         _session),
        (sorted(practice.feedback_requests, key=lambda r: (_instant(r.created_at), r.id)), "section_feedback",
         _feedback),
        (sorted(practice.goals, key=lambda g: (_instant(g.created_at), g.id)), "section_goals", _goal),
        (sorted(selection.ratings, key=lambda s: (_instant(s.rated_at), s.id)), "section_ratings", _rating),
    ):
        for piece in _section(out, w.text(title), records, part, w):
            wrote = True
            yield piece
        wrote = wrote or len(out) > 3
    if not wrote:
        out.extend(["", w.text("nothing")])
    yield "\n".join(out) + "\n"


def _month(moment: datetime | date | None) -> str:
    if moment is None:
        return ""
    return f"{moment.year:04d}-{moment.month:02d}"


def by_month(selection: Selection) -> dict[str, Selection]:
    """The selection split by calendar month of each record's own date ("2026-03" -> records)."""
    months: dict[str, Selection] = {}

    def bucket(key: str) -> Selection:
        return months.setdefault(key, Selection([], date_from=selection.date_from, date_to=selection.date_to,
                                                search=selection.search))

    for enc in selection.encounters:
        cast(list[Encounter], bucket(_month(enc.occurred_at)).encounters).append(enc)
    for s in selection.practice.exercise_sessions:
        bucket(_month(s.started_at)).practice.exercise_sessions.append(s)
    for r in selection.practice.feedback_requests:
        bucket(_month(r.created_at)).practice.feedback_requests.append(r)
    for g in selection.practice.goals:
        bucket(_month(g.start or g.created_at)).practice.goals.append(g)
    for rating in selection.ratings:
        bucket(_month(rating.rated_at)).ratings.append(rating)
    return dict(sorted(months.items()))
