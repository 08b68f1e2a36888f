"""Fills a ReportDocument from the diary with exactly what ReportOptions chose (domain.md §5).

Private material is never read into the document unless its section is ticked: excerpts need
"excerpts", feelings need "feelings", load checks need "wellbeing", feedback texts need "quotes".
Other people appear by role only (the records hold no names).
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime, tzinfo
from typing import TYPE_CHECKING

from tyokirja.domain.content import Catalogue
from tyokirja.domain.encounter import METRIC_RANGES
from tyokirja.domain.exercise import ExerciseLibrary, Step
from tyokirja.domain.practice import Goal
from tyokirja.domain.progress import FUNNEL_STAGES, LISTENING_LEVELS, PRACTICE_KINDS
from tyokirja.domain.report import (
    SECTIONS,
    AnchorItem,
    Count,
    FeedbackQuote,
    FeedbackSection,
    FeedbackTheme,
    GoalBlock,
    MetricSeries,
    PatternsSection,
    Point,
    PracticeSection,
    ReportDocument,
    ReportOptions,
    SkillBlock,
    SkillsSection,
    ThenNow,
    WeekBar,
    WellbeingSection,
    agenda_lines,
    period_label,
)
from tyokirja.domain.timeutil import local_day_bounds_utc

from .progress import LISTENING_OPTIONS, ProgressData, ProgressService
from .report_texts import ReportWording, SharedTexts, as_list

if TYPE_CHECKING:
    from tyokirja.storage.encounters import EncounterRepository
    from tyokirja.storage.feedback import FeedbackRepository
    from tyokirja.storage.goals import GoalRepository
    from tyokirja.storage.report_queries import ReportQueries
    from tyokirja.storage.sessions import SessionRepository

WELLBEING_SCALES = ("load", "surface_acting", "detachment", "relaxation", "mastery", "control")
LISTENING_EXERCISE = "listening_level"
PRESENCE_EXERCISE = "presence_transition"
LOAD_EXERCISE = "load_check"
TOP_FEELINGS = 5
TOP_PAIRS = 10
METRIC_SCALES = {kind: (r.start, r.stop - 1) for kind, r in METRIC_RANGES.items()}


class ReportBuilder:
    """One report's document, built from the repositories and services it is given."""

    def __init__(self, options: ReportOptions, *, progress: ProgressService, queries: ReportQueries,
                 encounters: EncounterRepository, sessions: SessionRepository, feedback: FeedbackRepository,
                 goals: GoalRepository, library: ExerciseLibrary, catalogue: Catalogue, texts: dict[str, str],
                 now: datetime, tz: tzinfo | None = None) -> None:
        self.o = options
        self.lang = options.lang
        self.progress = progress
        self.queries = queries
        self.goals_repo = goals
        self.library = library
        self.catalogue = catalogue
        self.instrument = progress.instrument
        self.texts = dict(texts)
        self.texts["response_shift_note"] = self.instrument.text("response_shift_note", self.lang)
        self.texts["not_appraisal"] = self.instrument.text("not_appraisal", self.lang)
        words = ReportWording(self.lang, self.texts, catalogue)
        self.t, self.label, self.date = words.t, words.label, words.date
        self.shared = SharedTexts(options, words, encounters=encounters, sessions=sessions, feedback=feedback,
                                  library=library)
        self.now = now
        self.tz = tz
        self.lo, self.hi = local_day_bounds_utc(options.start, options.end, tz)
        self._data: ProgressData | None = None

    @property
    def data(self) -> ProgressData:
        if self._data is None:
            self._data = self.progress.between(self.o.start, self.o.end)
        return self._data

    # -- the document ---------------------------------------------------------------------------

    def steps(self) -> list[str]:
        """The sections to build, in report order (the progress bar counts them).

        An empty agenda is left out. Quotes live in the feedback section and the top feeling words
        in the patterns section, so ticking them brings their section along.
        """
        chosen = set(self.o.sections)
        if "quotes" in chosen:
            chosen.add("feedback")
        if "session_notes" in chosen:  # the notes are printed inside the sessions they belong to
            chosen.add("sessions")
        if "feelings" in chosen and "excerpts" not in chosen:
            chosen.add("patterns")
        has_agenda = bool(self.o.session_agenda or agenda_lines(self.o.agenda))
        return [s for s in SECTIONS if s in chosen and (s != "agenda" or has_agenda)]

    def document(self) -> ReportDocument:
        return ReportDocument(
            lang=self.lang,
            title=self.t("title"),
            period=period_label(self.o.start, self.o.end, self.lang),
            generated=self.date(self.now),
            instrument_version=self.instrument.version,
            texts=self.texts,
            sections=self.steps(),
            start=self.o.start,
            end=self.o.end,
        )

    def fill(self, doc: ReportDocument, section: str) -> None:
        """Put one section's data into `doc` (sections with nothing of their own do nothing)."""
        if section == "agenda":
            doc.agenda = list(self.o.session_agenda) + agenda_lines(self.o.agenda)
        elif section == "goals":
            doc.goals = self.goal_blocks()
        elif section == "skills":
            doc.skills = self.skills()
        elif section == "practice":
            doc.practice = self.practice()
        elif section == "patterns":
            doc.patterns = self.patterns()
        elif section == "feedback":
            doc.feedback = self.feedback()
        elif section == "excerpts":
            doc.excerpts = self.shared.excerpts()
        elif section == "wellbeing":
            doc.wellbeing = self.wellbeing()
        elif section == "metrics":
            doc.metrics = self.metrics()
        elif section == "appendix":
            doc.appendix = self.appendix()

    # -- goals ----------------------------------------------------------------------------------

    def chosen_goals(self) -> list[Goal]:
        goals = self.goals_repo.all()
        if self.o.goal_ids is not None:
            wanted = list(self.o.goal_ids)
            by_id = {g.id: g for g in goals}
            return [by_id[i] for i in wanted if i in by_id]
        # not chosen one by one: only the goals marked "share with coach" (consent per item, like excerpts)
        return [g for g in goals if g.share_with_coach and self.goal_in_period(g)]

    def goals_to_pick(self) -> list[Goal]:
        """Every goal the period could show, for the wizard to offer (pre-ticked when shared)."""
        return [g for g in self.goals_repo.all() if self.goal_in_period(g)]

    def goal_in_period(self, goal: Goal) -> bool:
        """Open goals started by the end of the period, and goals ended inside it."""
        begun = goal.start or (goal.created_at.date() if goal.created_at else self.o.start)
        if begun > self.o.end:
            return False
        if goal.is_open:
            return True
        changed = goal.updated_at.date() if goal.updated_at else None
        return changed is not None and changed >= self.o.start

    def goal_blocks(self) -> list[GoalBlock]:
        out = []
        for g in self.chosen_goals():
            dates = []
            if g.start:
                dates.append(self.t("goal_started").format(date=self.date(g.start)))
            if g.review_at:
                dates.append(self.t("goal_review").format(date=self.date(g.review_at)))
            out.append(GoalBlock(
                wish=g.wish,
                skill=self.label("skills", g.skill_id) if g.skill_id else "",
                status=self.t(f"status_{g.status}"),
                plans=[(p.when, p.then) for p in g.plans if not p.is_empty()],
                dates=" · ".join(dates),
                success_signal=g.success_signal,
                happened=g.review_notes,
                next_step="",
                id=g.id,
            ))
        return out

    # -- skills ---------------------------------------------------------------------------------

    def skills(self) -> SkillsSection:
        data = self.data
        sessions = [s for s in self.progress.sessions()
                    if self.o.start <= s.rated_at.date() <= self.o.end and s.kind in ("monthly", "weekly_focus")]
        blocks = []
        for item in self.instrument.items:
            points = [Point(p.day, p.level) for p in data.series.get(item.id, [])]
            rated = [(s.rated_at, rating) for s in sessions if (rating := s.rating(item.id)) is not None]
            leveled = [(when, r) for when, r in rated if r.level]
            latest = max(leveled, key=lambda x: x[0])[1] if leveled else None
            blocks.append(SkillBlock(
                name=item.name(self.lang),
                points=points,
                latest_level=latest.level if latest else None,
                latest_anchor=self.instrument.level_text(item.id, latest.level, self.lang) if latest else "",
                evidence_n=sum(1 for _, r in rated if r.has_evidence),
            ))
        names = {i.id: i.name(self.lang) for i in self.instrument.items}
        profile = [ThenNow(names[r.item_id], r.then, r.now) for r in data.profile]
        retro = [ThenNow(names[r.item_id], r.then, r.now) for r in data.retro_compare]
        retro_then = None
        if data.retrospective is not None:
            retro_then = data.retrospective.refers_to_date
        return SkillsSection(
            blocks=blocks,
            sessions_n=data.sessions_n,
            profile=profile if data.latest is not None else [],
            profile_dates=(data.earlier.rated_at.date() if data.earlier else None,
                           data.latest.rated_at.date() if data.latest else None),
            retro=retro,
            retro_dates=(retro_then, data.retrospective.rated_at.date() if data.retrospective else None),
        )

    # -- practice -------------------------------------------------------------------------------

    def practice(self) -> PracticeSection:
        data = self.data
        return PracticeSection(
            weeks=[WeekBar(w.start, {k: w.counts.get(k, 0) for k in PRACTICE_KINDS}) for w in data.weeks],
            active=data.active,
            totals=dict(data.practice_n),
        )

    # -- patterns -------------------------------------------------------------------------------

    def patterns(self) -> PatternsSection:
        rows = self.queries.encounter_marks(self.lo, self.hi, feelings=self.o.has("feelings"))
        pairs = Counter((row.channel, row.situation) for row in rows)
        scopes = Counter(row.scope for row in rows)
        difficulties = [row.difficulty for row in rows if row.difficulty]
        data = self.data
        order = [t.id for t in self.catalogue.terms("elements")]
        in_order = sorted(data.elements,
                          key=lambda e: order.index(e.element_id) if e.element_id in order else len(order))
        elements = [(self.label("elements", e.element_id), e.yes, e.partly, e.no) for e in in_order]
        listening_step = self._step(LISTENING_EXERCISE, "level")
        level_ids = {v: k for k, v in LISTENING_OPTIONS.items()}
        listening = []
        for level in LISTENING_LEVELS:
            option = listening_step.option(level_ids[level]) if listening_step else None
            listening.append(Count(option.label(self.lang) if option else str(level),
                                   data.listening.counts.get(level, 0)))
        presence = []
        for check in self.queries.exercise_answers(self.lo, self.hi, PRESENCE_EXERCISE):
            value = check.answers.get("presence_after")
            if isinstance(value, int):
                presence.append(Point(check.at.local_day(self.tz), value))
        top = None
        if self.o.has("feelings"):
            counts = Counter(term for row in rows for term in row.feelings)
            top = [Count(self.label("emotions", term), n) for term, n in
                   sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_FEELINGS]]
        ranked = sorted(((self.label("channels", c), self.label("situations", s), n) for (c, s), n in pairs.items()),
                        key=lambda row: (-row[2], row[0], row[1]))
        if len(ranked) > TOP_PAIRS:  # the most frequent pairs, then one row for the rest
            rest = sum(n for *_, n in ranked[TOP_PAIRS - 1:])
            ranked = [*ranked[:TOP_PAIRS - 1], (self.t("patterns_others"), "", rest)]
        return PatternsSection(
            entries_n=len(rows),
            channel_situation=ranked,
            scopes=[Count(self.label("scopes", scope), n) for scope, n in
                    sorted(scopes.items(), key=lambda kv: (kv[0] is None, kv[0] or ""))],
            difficulty_mean=sum(difficulties) / len(difficulties) if difficulties else None,
            difficulty_n=len(difficulties),
            elements=elements,
            listening=listening,
            listening_n=data.listening.n,
            presence=presence,
            top_feelings=top,
        )

    def _step(self, exercise_id: str, step_id: str) -> Step | None:
        try:
            return self.library.get(exercise_id).step(step_id)
        except KeyError:
            return None

    # -- feedback -------------------------------------------------------------------------------

    def feedback(self) -> FeedbackSection:
        funnel = self.data.funnel
        themes = Counter(skill for request in self.queries.feedback_skills(self.lo, self.hi)
                         for skill in request.skills)
        quotes: list[FeedbackQuote] | None = None
        if self.o.has("quotes"):
            found = [self.shared.quote(ref.id) for ref in self.o.shared_items() if ref.kind == "feedback"]
            quotes = [q for q in found if q is not None]
        return FeedbackSection(
            funnel=[Count(self.t(f"stage_{stage}"), funnel.stage(stage)) for stage in FUNNEL_STAGES],
            themes=[FeedbackTheme(self.label("skills", skill), n)
                    for skill, n in sorted(themes.items(), key=lambda kv: (-kv[1], kv[0]))],
            quotes=quotes,
        )

    # -- load and recovery ----------------------------------------------------------------------

    def wellbeing(self) -> WellbeingSection:
        rows = self.queries.exercise_answers(self.lo, self.hi, LOAD_EXERCISE)
        series: dict[str, list[Point]] = {scale: [] for scale in WELLBEING_SCALES}
        sources: Counter[str] = Counter()
        for check in rows:
            answers = check.answers
            day = check.at.local_day(self.tz)
            for scale in WELLBEING_SCALES:
                if isinstance(answers.get(scale), int):
                    series[scale].append(Point(day, answers[scale]))
            sources.update(as_list(answers.get("load_sources")))
        step = self._step(LOAD_EXERCISE, "load_sources")
        labels = {o.id: o.label(self.lang) for o in step.options} if step else {}
        return WellbeingSection(
            series=[(self.t(f"scale_{scale}"), points) for scale, points in series.items()],
            checks_n=len(rows),
            sources=[Count(labels.get(k, k), n) for k, n in sorted(sources.items(), key=lambda kv: (-kv[1], kv[0]))],
        )

    # -- customer metrics -----------------------------------------------------------------------

    def metrics(self) -> list[MetricSeries]:
        by_kind: dict[str, list[Point]] = {kind: [] for kind in METRIC_SCALES}
        for metric in self.queries.org_metrics(self.lo, self.hi):
            if metric.kind in by_kind and metric.value is not None:
                by_kind[metric.kind].append(Point(metric.at.local_day(self.tz), metric.value))
        out = []
        for kind, (low, high) in METRIC_SCALES.items():
            points = by_kind[kind]
            if points:
                out.append(MetricSeries(self.t(f"metric_{kind}"), low, high, points,
                                        sum(p.value for p in points) / len(points)))
        return out

    # -- appendix -------------------------------------------------------------------------------

    def appendix(self) -> list[AnchorItem]:
        return [AnchorItem(i.name(self.lang), i.question(self.lang),
                           [(a.level, a.text(self.lang)) for a in i.anchors]) for i in self.instrument.items]
