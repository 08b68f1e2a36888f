"""The coach report's "Sessions and agreements" section: the coaching sessions held in the period, each
with what was agreed and what came of it; the session notes only with the private "session_notes"
section ticked *and* the session's own "notes may go into a report" tick (consent per item).
"""

from __future__ import annotations

from tyokirja.domain.report import ReportOptions, SessionBlock, format_date

from .coaching import HELD, CoachingService


def session_blocks(coaching: CoachingService, options: ReportOptions, texts: dict[str, str]) -> list[SessionBlock]:
    """One block per session held in [options.start, options.end], oldest first."""
    def t(key: str, fallback: str) -> str:
        return texts.get(key, fallback)

    with_notes = options.has("session_notes")
    out = []
    for session in reversed(coaching.sessions()):
        day = session.held_at.date()
        if session.status not in HELD or not options.start <= day <= options.end:
            continue
        agreements = []
        for agreement in coaching.agreements(session.id):
            status, goal_status = coaching.fate(agreement)
            fate = t(f"fate_{status}", status)
            if goal_status is not None:
                fate += ", " + t(f"goal_fate_{goal_status}", goal_status)
            due = f" ({format_date(agreement.due_on, options.lang)})" if agreement.due_on else ""
            agreements.append((agreement.text + due, fate))
        notes: list[tuple[str, str]] = []
        if with_notes and session.share_notes:
            notes = [(t("session_reflection", "coach_reflection"), session.coach_reflection.strip()),
                     (t("session_insights", "insights"), session.insights.strip())]
            notes = [(label, text) for label, text in notes if text]
        meta = " · ".join(p for p in (t(f"mode_{session.mode}", session.mode), session.coach_label) if p)
        out.append(SessionBlock(heading=format_date(day, options.lang), meta=meta, agreements=agreements,
                                notes=notes, id=session.id))
    return out
