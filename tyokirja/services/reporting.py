"""The coach report use cases: choose, preview, check for names, write the PDF, log the export.

Public API (the wizard, the CLI and the tests call only these):

    service = ReportService.open(db, catalogue, progress, library=None, clock=now_local, tz=None)
        (library: the ExerciseLibrary; None loads the shipped one)
    options(period="3m" | "4w" | "12m" | "since", *, since=None, today=None, lang="fi",
            sections=DEFAULT_SECTIONS, agenda="", items=(), goal_ids=None) -> ReportOptions
            (ReportOptionError for an unknown period/section/language, start after end, a long agenda)
    default_period(period) -> (start, end) in local days
    choices(start, end) -> list[Choice]   the records whose text may be picked as excerpts
            (encounters, completed exercise sessions, feedback requests) oldest first;
            Choice.preselected = the record's own "share with coach" mark
    goals(options) -> list[Goal]          the goals the goals section would show
    document(options, progress=None, cancelled=None) -> ReportDocument   exactly what will leave
    name_check(options) -> list[NameHit]  likely personal names in the text that would leave
    export(options, path, progress=None, cancelled=None, doc=None) -> CoachExport
            renders `doc` (the previewed document; built from `options` when None), writes
            owner-only (0600) through a temp file and rename (an earlier file at `path` is
            untouched on failure or cancel), then logs the export. ReportCancelled when
            `cancelled()` turned true; OSError from the file system.
    exports() -> list[CoachExport] (newest first);  forget_export(id)

`progress(done, total)` is called as sections are built and once more when the PDF is rendered.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from tyokirja.domain.content import Catalogue
from tyokirja.domain.encounter import now_local
from tyokirja.domain.exercise import ExerciseLibrary
from tyokirja.domain.names import NameHit, likely_names
from tyokirja.domain.practice import Goal
from tyokirja.domain.report import (
    DEFAULT_SECTIONS,
    EN_MONTHS,
    FI_MONTHS,
    CoachExport,
    ItemRef,
    ReportCancelled,
    ReportDocument,
    ReportOptions,
    load_report_texts,
    period_bounds,
)
from tyokirja.domain.timeutil import local_day_bounds_utc
from tyokirja.resources import resources_dir
from tyokirja.storage.encounters import EncounterRepository
from tyokirja.storage.exports import CoachExportRepository
from tyokirja.storage.feedback import FeedbackRepository
from tyokirja.storage.goals import GoalRepository
from tyokirja.storage.report_queries import ReportQueries
from tyokirja.storage.sessions import SessionRepository
from tyokirja.storage.wordforms import word_sense

from .coaching import CoachingService
from .progress import ProgressService
from .report_builder import ReportBuilder
from .report_sessions import session_blocks

if TYPE_CHECKING:
    import sqlite_utils

ProgressFn = Callable[[int, int], None] | None
CancelFn = Callable[[], bool] | None
OWN_EXERCISES_LEFT_OUT = ("load_check",)  # its answers belong to the wellbeing section

__all__ = ["Choice", "ReportCancelled", "ReportService"]


@dataclass(frozen=True)
class Choice:
    """One record the user may include as an excerpt (titles are shown only on this laptop)."""

    ref: ItemRef
    day: date
    title: str  # an encounter's title, an exercise id, or a feedback request's target behaviour
    detail: str  # encounter: counterpart role id; exercise: exercise id; feedback: status
    preselected: bool


class ReportService:
    def __init__(self, *, progress: ProgressService, library: ExerciseLibrary, sessions: SessionRepository,
                 feedback: FeedbackRepository, goals: GoalRepository, queries: ReportQueries,
                 exports: CoachExportRepository, encounters: EncounterRepository, catalogue: Catalogue,
                 texts: dict[str, dict[str, str]] | None = None,
                 clock: Callable[[], datetime] = now_local, tz: tzinfo | None = None,
                 coaching: CoachingService | None = None) -> None:
        self.progress = progress
        self.coaching = coaching  # None: no sessions section (a report built without the coaching loop)
        self.library = library
        self.sessions = sessions
        self.feedback = feedback
        self.goals_repo = goals
        self.queries = queries
        self.export_log = exports
        self.encounters = encounters
        self.catalogue = catalogue
        self.texts = texts or load_report_texts(resources_dir() / "content" / "report.toml")
        self.clock = clock
        self.tz = tz

    @classmethod
    def open(cls, db: sqlite_utils.Database, catalogue: Catalogue, progress: ProgressService,
             library: ExerciseLibrary | None = None, clock: Callable[[], datetime] = now_local,
             tz: tzinfo | None = None) -> ReportService:
        """Build over an open diary (the workbook wires its own repositories instead)."""
        from tyokirja.domain.exercise_loader import load_default_library

        return cls(progress=progress, library=library or load_default_library(catalogue),
                   sessions=SessionRepository(db), feedback=FeedbackRepository(db), goals=GoalRepository(db),
                   queries=ReportQueries(db), exports=CoachExportRepository(db), encounters=EncounterRepository(db),
                   catalogue=catalogue, clock=clock, tz=tz)

    def _now(self) -> datetime:
        now = self.clock()
        return now.astimezone(self.tz) if self.tz is not None else now

    def today(self) -> date:
        return self._now().date()

    # -- options --------------------------------------------------------------------------------

    def default_period(self, period: str, since: date | None = None, today: date | None = None) -> tuple[date, date]:
        return period_bounds(period, today or self._now().date(), since)

    def options(self, period: str = "3m", *, since: date | None = None, today: date | None = None,
                lang: str = "fi", sections: Iterable[str] = DEFAULT_SECTIONS, agenda: str = "",
                items: Iterable[ItemRef] = (), goal_ids: Iterable[str] | None = None,
                session_agenda: Iterable[str] = ()) -> ReportOptions:
        start, end = self.default_period(period, since, today)
        options = ReportOptions(start=start, end=end, lang=lang, sections=frozenset(sections),
                                agenda=agenda.strip(), items=tuple(items),
                                goal_ids=tuple(goal_ids) if goal_ids is not None else None,
                                session_agenda=tuple(s.strip() for s in session_agenda if s.strip()))
        options.check()
        return options

    def text(self, key: str, lang: str) -> str:
        return self.texts[lang][key]

    def choices(self, start: date, end: date) -> list[Choice]:
        lo, hi = local_day_bounds_utc(start, end, self.tz)
        out = [Choice(ItemRef("encounter", e.id), e.at.local_day(self.tz), e.title, "", e.shared)
               for e in self.queries.encounter_choices(lo, hi)]
        exercise_ids = tuple(e for e in self.library.ids() if e not in OWN_EXERCISES_LEFT_OUT)
        out += [Choice(ItemRef("reflection", s.id), s.at.local_day(self.tz), s.exercise_id, s.exercise_id, s.shared)
                for s in self.queries.session_choices(lo, hi, exercise_ids)]
        out += [Choice(ItemRef("feedback", f.id), f.at.local_day(self.tz), f.target_behaviour, f.status, f.shared)
                for f in self.queries.feedback_choices(lo, hi)]
        return sorted(out, key=lambda c: (c.day, c.ref.kind))

    def goals(self, options: ReportOptions) -> list[Goal]:
        """The goals the report holds with these options (without goal_ids: the ones shared with the coach)."""
        return self._builder(options).chosen_goals()

    def goal_choices(self, options: ReportOptions) -> list[Goal]:
        """Every goal of the period, for picking one by one (pre-tick those marked "share with coach")."""
        return self._builder(options).goals_to_pick()

    # -- the document ---------------------------------------------------------------------------

    def _builder(self, options: ReportOptions) -> ReportBuilder:
        return ReportBuilder(
            options, progress=self.progress, queries=self.queries, encounters=self.encounters,
            sessions=self.sessions, feedback=self.feedback, goals=self.goals_repo, library=self.library,
            catalogue=self.catalogue, texts=self.texts[options.lang], now=self._now(), tz=self.tz)

    def document(self, options: ReportOptions, progress: ProgressFn = None,
                 cancelled: CancelFn = None) -> ReportDocument:
        options.check()
        builder = self._builder(options)
        doc = builder.document()
        steps = builder.steps()
        for done, section in enumerate(steps):
            if cancelled is not None and cancelled():
                raise ReportCancelled()
            if section in ("sessions", "session_notes"):
                if self.coaching is not None and section == "sessions":
                    doc.sessions = session_blocks(self.coaching, options, self.texts[options.lang])
            else:
                builder.fill(doc, section)
            if progress is not None:
                progress(done + 1, len(steps) + 1)
        return doc

    def name_check(self, options: ReportOptions, doc: ReportDocument | None = None) -> list[NameHit]:
        """Capitalised words in the text that would leave which are not ordinary words or roles."""
        doc = doc or self.document(options)
        known = self.known_words(doc)
        hits: list[NameHit] = []
        seen: set[str] = set()
        for where, text in shared_texts(doc):
            for word in likely_names(text, known, common_names(), word_sense):
                if word not in seen:
                    seen.add(word)
                    hits.append(NameHit(word, where))
        return hits

    def known_words(self, doc: ReportDocument) -> frozenset[str]:
        words = set(common_words()) | {m.lower() for m in EN_MONTHS + FI_MONTHS}
        for kind in self.catalogue.kinds():
            for term in self.catalogue.terms(kind):
                for label in term.labels.values():
                    words.update(w.lower() for w in _words(label))
        for lang_texts in self.texts.values():
            for text in lang_texts.values():
                words.update(w.lower() for w in _words(text))
        for exercise in self.library.all():
            for step in exercise.steps:
                for lang in ("fi", "en"):
                    words.update(w.lower() for w in _words(step.prompt(lang)))
            for lang in ("fi", "en"):
                words.update(w.lower() for w in _words(exercise.name(lang)))
        # A word the user also writes in lower case is an ordinary word, not a name.
        for _where, text in shared_texts(doc):
            words.update(w for w in _words(text) if w.islower())
        return frozenset(words)

    # -- export ---------------------------------------------------------------------------------

    def export(self, options: ReportOptions, path: Path, progress: ProgressFn = None,
               cancelled: CancelFn = None, doc: ReportDocument | None = None) -> CoachExport:
        """Write the PDF of `doc` (the previewed document; built from `options` when not given)."""
        # imported here: reportlab and the JSON schema tooling are not needed to start the app
        from tyokirja.exchange.json_format import write_atomically
        from tyokirja.reports.progress_pdf import render

        sections = self._builder(options).steps() if doc is None else doc.sections
        gather = len(sections) if doc is None else 0
        total = gather + len(sections) + 2  # gather and draw each section, lay out, write

        def report(offset: int) -> ProgressFn:
            return None if progress is None else (lambda done, _of: progress(min(offset + done, total), total))

        if doc is None:
            doc = self.document(options, report(0), cancelled)
        data = render(doc, progress=report(gather), cancelled=cancelled)
        if cancelled is not None and cancelled():
            raise ReportCancelled()
        write_atomically(Path(path), data)
        if progress is not None:
            progress(total, total)
        record = CoachExport(
            created_at=self._now(), start=options.start, end=options.end, lang=options.lang,
            sections=tuple(doc.sections), items=self.included_items(options, doc),
            file_name=Path(path).name, file_hash=hashlib.sha256(data).hexdigest())
        return self.export_log.add(record)

    @staticmethod
    def included_items(options: ReportOptions, doc: ReportDocument) -> tuple[ItemRef, ...]:
        """The records whose own text the report carries: goals shown, excerpts, quoted feedback."""
        return tuple(ItemRef("goal", g.id) for g in doc.goals) + options.shared_items()

    def exports(self) -> list[CoachExport]:
        return self.export_log.all()

    def forget_export(self, export_id: str) -> None:
        self.export_log.delete(export_id)


def shared_texts(doc: ReportDocument) -> list[tuple[str, str]]:
    """(where, text) for every piece of user-written text in the document."""
    out: list[tuple[str, str]] = []
    agenda = doc.texts.get("section_agenda", "agenda")
    out += [(agenda, line) for line in doc.agenda]
    for g in doc.goals:
        out += [(g.wish, t) for t in (g.wish, g.success_signal, g.happened, g.next_step) if t]
        out += [(g.wish, f"{a} {b}") for a, b in g.plans]
    for s in doc.sessions:
        out += [(s.heading, s.meta)] + [(s.heading, text) for text, _fate in s.agreements]
        out += [(f"{s.heading} · {label}", text) for label, text in s.notes]
    for e in doc.excerpts:
        out.append((e.heading, e.heading))
        out += [(f"{e.heading} · {label}", text) for label, text in e.fields]
    if doc.feedback is not None and doc.feedback.quotes:
        for q in doc.feedback.quotes:
            out += [(f"{q.heading} · {label}", text) for label, text in q.fields]
    return out


def _word_file(name: str) -> frozenset[str]:
    text = (resources_dir() / "content" / name).read_text(encoding="utf-8")
    return frozenset(w for line in text.splitlines() if not line.startswith("#") for w in line.split())


@functools.lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """resources/content/common_words.txt: ordinary words that often start a sentence."""
    return _word_file("common_words.txt")


@functools.lru_cache(maxsize=1)
def common_names() -> frozenset[str]:
    """resources/content/common_names.txt: first names and surnames, flagged even at a sentence start."""
    return _word_file("common_names.txt")


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]+", text)
