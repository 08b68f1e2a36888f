"""The coaching loop: plan a session, flag things for it, assemble its agenda, record what was agreed.

Public API (every method that changes something saves at once):

    CoachingService(sessions, flags, agreements, goals: GoalService, followups: FollowUpRepository,
                    progress: ProgressService, library: ExerciseLibrary, clock=now_local)
    sessions() (newest first);  get(id);  plan(held_at, coach_label="", mode="video") -> CoachingSession
    update(session) -> CoachingSession;  delete(id) -> DeletedSession;  restore(deleted) -> CoachingSession
    next_session() -> the earliest planned one, or None;  previous_session(session) -> the last held before it
    flag(kind, ref_id, label) -> SessionFlag;  unflag(kind, ref_id);  is_flagged(kind, ref_id)
    assemble(session_id, lang) -> CoachingSession   the agenda with what is due, flagged or changed
    preview_agenda(session_id, lang) -> list[AgendaItem]   the same, without storing it
    add_agreement(session_id, text, kind, due_on=None, plan=None, exercise_id=None) -> Agreement
    agreements(session_id);  homework() -> open agreements;  complete(agreement_id);  fate(agreement)

  Errors: ValueError (bad value), NotFoundError and the other typed storage errors.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from tyokirja.domain.coaching import (
    AgendaItem,
    Agreement,
    CoachingSession,
    SessionFlag,
    check_agreement,
    check_session,
    merge_agenda,
)
from tyokirja.domain.encounter import now_local
from tyokirja.domain.exercise import ExerciseLibrary
from tyokirja.domain.practice import Goal, IfThen
from tyokirja.storage.coaching import AgreementRepository, CoachingSessionRepository, FlagRepository
from tyokirja.storage.errors import NotFoundError
from tyokirja.storage.followups import FollowUpRepository
from tyokirja.storage.sessions import SessionRepository

from .goals import GoalService
from .progress import ProgressService

HELD = ("held", "followed_up")


@dataclass
class DeletedSession:
    """A deleted session and what lost its link to it (for Undo and for the notice)."""

    session: CoachingSession
    agreement_ids: list[str] = field(default_factory=list)
    flag_ids: list[str] = field(default_factory=list)
    goal_ids: list[str] = field(default_factory=list)  # goals born from it: kept, without the link


class CoachingService:
    """Sessions with a coach, their agenda and agreements; every change is saved at once."""

    def __init__(self, sessions: CoachingSessionRepository, flags: FlagRepository, agreements: AgreementRepository,
                 goals: GoalService, followups: FollowUpRepository, exercise_sessions: SessionRepository,
                 progress: ProgressService, library: ExerciseLibrary, clock: Callable[[], datetime] = now_local):
        self.repository, self.flags, self.agreement_repo = sessions, flags, agreements
        self.goals, self.followups, self.exercise_sessions = goals, followups, exercise_sessions
        self.progress, self.library, self.clock = progress, library, clock

    # -- sessions ------------------------------------------------------------------------------

    def sessions(self) -> list[CoachingSession]:
        return list(reversed(self.repository.all()))

    def get(self, session_id: str) -> CoachingSession:
        return self.repository.get(session_id)

    def plan(self, held_at: datetime, coach_label: str = "", mode: str = "video") -> CoachingSession:
        now = self.clock()
        session = CoachingSession(held_at=held_at, coach_label=coach_label.strip(), mode=mode,
                                  created_at=now, updated_at=now)
        check_session(session)
        return self.repository.save(session)

    def update(self, session: CoachingSession) -> CoachingSession:
        """Store the session; a flag whose line the user removed from the agenda is dropped."""
        check_session(session)
        kept = {item.ref_id for item in session.agenda if item.kind == "flag"}
        with self.repository.transaction():
            for flag in self.flags.for_session(session.id):
                if flag.id not in kept:
                    self.flags.delete(flag.id)
            return self.repository.save(replace(session, updated_at=self.clock()))

    def delete(self, session_id: str) -> DeletedSession:
        """Remove a session. Its agreements and the goals they became stay (they lose the link);
        its flags wait for the next session again."""
        session = self.repository.get(session_id)
        agreements = self.agreement_repo.for_session(session_id)
        flags = self.flags.for_session(session_id)
        with self.repository.transaction():
            self.agreement_repo.unlink_session(session_id)
            for flag in flags:
                self.flags.save(replace(flag, session_id=None))
            self.repository.delete(session_id)
        return DeletedSession(session, [a.id for a in agreements], [f.id for f in flags],
                              [a.goal_id for a in agreements if a.goal_id])

    def restore(self, deleted: DeletedSession) -> CoachingSession:
        """Undo delete(): the session as it was, with its agreements and flags linked again."""
        with self.repository.transaction():
            restored = self.repository.save(deleted.session)
            for agreement in self.agreement_repo.get_many(deleted.agreement_ids).values():
                self.agreement_repo.save(replace(agreement, session_id=restored.id))
            for flag in self.flags.get_many(deleted.flag_ids).values():
                self.flags.save(replace(flag, session_id=restored.id))
        return restored

    def next_session(self) -> CoachingSession | None:
        """The earliest session still planned (the one flags are for)."""
        planned = [s for s in self.repository.all() if s.status == "planned"]
        return planned[0] if planned else None

    def previous_session(self, session: CoachingSession) -> CoachingSession | None:
        """The last session held before `session`."""
        held = [s for s in self.repository.all()
                if s.status in HELD and s.id != session.id and s.held_at < session.held_at]
        return held[-1] if held else None

    def held_days(self) -> list[date]:
        """The local days of the sessions held (the progress charts mark them)."""
        return [s.held_at.date() for s in self.repository.all() if s.status in HELD]

    def last_held(self) -> CoachingSession | None:
        held = [s for s in self.repository.all() if s.status in HELD]
        return held[-1] if held else None

    # -- flags ---------------------------------------------------------------------------------

    def flag(self, kind: str, ref_id: str, label: str) -> SessionFlag:
        """Mark a record "for my next session" (flagging it twice keeps one flag)."""
        for existing in self.flags.for_ref(kind, ref_id):
            if existing.session_id is None:
                return existing
        return self.flags.save(SessionFlag(kind=kind, ref_id=ref_id, label=label.strip(), created_at=self.clock()))

    def unflag(self, kind: str, ref_id: str) -> None:
        for existing in self.flags.for_ref(kind, ref_id):
            if existing.session_id is None:
                self.flags.delete(existing.id)

    def is_flagged(self, kind: str, ref_id: str) -> bool:
        return any(f.session_id is None for f in self.flags.for_ref(kind, ref_id))

    def pending_flags(self) -> list[SessionFlag]:
        return self.flags.pending()

    # -- agenda --------------------------------------------------------------------------------

    def assemble(self, session_id: str, lang: str) -> CoachingSession:
        """Add to the session's agenda what it does not hold yet: last time's agreements (first), the
        flagged records, goals with a review due, follow-ups due, and skill ratings that changed since
        the previous session. The user's order, edits and own questions stay."""
        session = self.repository.get(session_id)
        agenda, flags = self._assembled(session, lang)
        with self.repository.transaction():
            for flag in flags:
                if flag.session_id is None:
                    self.flags.save(replace(flag, session_id=session.id))
            return self.repository.save(replace(session, agenda=agenda, updated_at=self.clock()))

    def preview_agenda(self, session_id: str, lang: str) -> list[AgendaItem]:
        """What assemble() would make the agenda, without storing anything (the command line)."""
        return self._assembled(self.repository.get(session_id), lang)[0]

    def _assembled(self, session: CoachingSession, lang: str) -> tuple[list[AgendaItem], list[SessionFlag]]:
        day = max(session.held_at.date(), self.clock().date())
        previous = self.previous_session(session)
        items: list[AgendaItem] = []
        agreed = self.agreement_repo.for_session(previous.id) if previous is not None else []
        items += [AgendaItem("agreement", a.text, a.id) for a in agreed]
        flags = self.flags.pending() + self.flags.for_session(session.id)
        items += [AgendaItem("flag", f.label, f.id) for f in flags]
        on_agenda = {a.goal_id for a in agreed}  # a goal agreed last time is on the agenda already
        items += [AgendaItem("goal_review", g.wish, g.id) for g in self.goals.due_reviews(day) if g.id not in on_agenda]
        items += [AgendaItem("follow_up", self._followup_text(t.session_id, lang), t.id)
                  for t in self.followups.open_due_by(day)]
        items += self._skill_changes(previous, session, lang)
        return merge_agenda(session.agenda, items), flags

    def _followup_text(self, exercise_session_id: str | None, lang: str) -> str:
        if exercise_session_id is None:
            return ""
        try:
            exercise_id = self.exercise_sessions.get(exercise_session_id).exercise_id
            return self.library.get(exercise_id).name(lang)
        except (NotFoundError, KeyError):
            return ""

    def _skill_changes(self, previous: CoachingSession | None, session: CoachingSession,
                       lang: str) -> list[AgendaItem]:
        """One line per skill whose rating moved, in the newest full rating since the previous session."""
        since = previous.held_at if previous is not None else None
        ratings = [r for r in self.progress.sessions() if r.kind in ("monthly", "retrospective")
                   and (since is None or r.rated_at > since)]
        if not ratings:
            return []
        latest = max(ratings, key=lambda r: r.rated_at)
        before = self.progress.previous_levels(latest)
        out = []
        for item_id, level in latest.levels().items():
            old = before.get(item_id)
            if old is not None and old != level and old and level:
                try:
                    name = self.progress.instrument.item(item_id).name(lang)
                except KeyError:
                    name = item_id
                out.append(AgendaItem("skill_change", f"{name}: {old} → {level}", f"{latest.id}:{item_id}"))
        return out

    # -- agreements ----------------------------------------------------------------------------

    def add_agreement(self, session_id: str, text: str, kind: str = "goal", due_on: date | None = None,
                      plan: IfThen | None = None, exercise_id: str | None = None) -> Agreement:
        """Record an agreement; a goal or an experiment becomes a Goal with the review date, in one write."""
        now = self.clock()
        agreement = Agreement(text=text.strip(), kind=kind, session_id=session_id, due_on=due_on,
                              exercise_id=exercise_id if kind == "exercise" else None, created_at=now)
        check_agreement(agreement)
        if kind == "exercise" and agreement.exercise_id not in self.library:
            raise ValueError("unknown exercise")
        self.repository.get(session_id)
        with self.repository.transaction():
            if kind in ("goal", "experiment"):
                plans = [plan] if plan is not None and (plan.when.strip() or plan.then.strip()) else []
                goal = self.goals.add(Goal(wish=agreement.text, plans=plans, review_at=due_on, start=now.date(),
                                           created_at=now, updated_at=now))
                agreement.goal_id = goal.id
            return self.agreement_repo.save(agreement)

    def agreements(self, session_id: str) -> list[Agreement]:
        return self.agreement_repo.for_session(session_id)

    def homework(self) -> list[Agreement]:
        """Agreements not done yet (Today lists them until done)."""
        return self.agreement_repo.open_agreements()

    def complete(self, agreement_id: str, done: bool = True) -> Agreement:
        agreement = self.agreement_repo.get(agreement_id)
        changed = replace(agreement, status="done" if done else "open", done_at=self.clock() if done else None)
        return self.agreement_repo.save(changed)

    def delete_agreement(self, agreement_id: str) -> Agreement:
        """Remove an agreement; the goal it became stays."""
        return self.agreement_repo.delete(agreement_id)

    def fate(self, agreement: Agreement) -> tuple[str, str | None]:
        """(the agreement's status, the status of the goal it became or None): what came of it."""
        if agreement.goal_id is None:
            return agreement.status, None
        try:
            return agreement.status, self.goals.get_goal(agreement.goal_id).status
        except NotFoundError:
            return agreement.status, None

    def agreement(self, agreement_id: str) -> Agreement:
        return self.agreement_repo.get(agreement_id)

    def session_of_goal(self, goal_id: str) -> CoachingSession | None:
        """The session a goal was agreed in (None when it was not, or the session is gone)."""
        for agreement in self.agreement_repo.for_goal(goal_id):
            if agreement.session_id is not None:
                try:
                    return self.repository.get(agreement.session_id)
                except NotFoundError:
                    return None
        return None
