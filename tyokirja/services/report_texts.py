"""The parts of the coach report that carry the user's own words (excerpts and feedback quotes), and
the report's wording that ReportBuilder and these share.

SharedTexts reads only the records it is asked for; ReportBuilder calls it only when the section
was ticked. Other people appear by role only.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from tyokirja.domain.content import Catalogue
from tyokirja.domain.exercise import ExerciseLibrary, Step
from tyokirja.domain.report import Excerpt, FeedbackQuote, ReportOptions, format_date
from tyokirja.storage.encounters import EncounterRepository
from tyokirja.storage.errors import NotFoundError
from tyokirja.storage.feedback import FeedbackRepository
from tyokirja.storage.sessions import SessionRepository

ENCOUNTER_FIELDS = (
    ("facts", "excerpt_facts"),
    ("impact_on_other", "excerpt_impact"),
    ("went_well", "excerpt_went_well"),
    ("do_differently", "excerpt_differently"),
    ("notes", "excerpt_notes"),
)


def as_list(raw: object) -> list[Any]:
    """A stored list (a list, JSON text of a list, or one id) as a list."""
    if isinstance(raw, list):
        return raw
    if isinstance(raw, str) and raw.startswith("["):
        try:
            value = json.loads(raw)
        except ValueError:
            return []
        return value if isinstance(value, list) else []
    return [raw] if isinstance(raw, str) and raw else []


class ReportWording:
    """One report's words: its fixed texts, catalogue labels and dates, in the report's language."""

    def __init__(self, lang: str, texts: dict[str, str], catalogue: Catalogue) -> None:
        self.lang = lang
        self.texts = texts
        self.catalogue = catalogue

    def t(self, key: str) -> str:
        return self.texts[key]

    def label(self, kind: str, term_id: str | None) -> str:
        if not term_id:
            return self.t("not_set")
        try:
            return self.catalogue.label(kind, term_id, self.lang)
        except KeyError:
            return term_id

    def date(self, day: date | datetime) -> str:
        return format_date(day, self.lang)


class SharedTexts:
    """Excerpts of entries and reflections, and feedback quotes, exactly as the options chose them."""

    def __init__(self, options: ReportOptions, words: ReportWording, *, encounters: EncounterRepository,
                 sessions: SessionRepository, feedback: FeedbackRepository, library: ExerciseLibrary) -> None:
        self.o = options
        self.lang = options.lang
        self.t, self.label, self.date = words.t, words.label, words.date
        self.encounters = encounters
        self.sessions = sessions
        self.feedback = feedback
        self.library = library

    # -- excerpts -------------------------------------------------------------------------------

    def excerpts(self) -> list[Excerpt]:
        out = []
        for ref in self.o.shared_items():
            if ref.kind == "encounter":
                found = self.encounter_excerpt(ref.id)
            elif ref.kind == "reflection":
                found = self.session_excerpt(ref.id)
            else:
                continue
            if found is not None:
                out.append(found)
        return out

    def encounter_excerpt(self, encounter_id: str) -> Excerpt | None:
        try:
            e = self.encounters.get(encounter_id)
        except (KeyError, NotFoundError):
            return None
        roles = " → ".join(x for x in (self.label("my_roles", e.my_role) if e.my_role else "",
                                        self.label("counterpart_roles", e.counterpart_role)
                                        if e.counterpart_role else "") if x)
        meta = [self.date(e.occurred_at), roles,
                self.label("channels", e.channel) if e.channel else "",
                self.label("situations", e.situation) if e.situation else "",
                self.t("excerpt_difficulty").format(n=e.difficulty) if e.difficulty else ""]
        fields = [(self.t(key), getattr(e, name)) for name, key in ENCOUNTER_FIELDS[:1]]
        if self.o.has("feelings"):
            fields.append((self.t("excerpt_my_feelings"), self._feelings(e.my_feelings, e.my_feelings_text)))
            fields.append((self.t("excerpt_their_feelings"),
                           self._feelings(e.their_feelings, e.their_feelings_text)))
        fields += [(self.t(key), getattr(e, name)) for name, key in ENCOUNTER_FIELDS[1:]]
        fields.append((self.t("excerpt_follow_up"), e.follow_up.text))
        present = [f"{self.label('elements', k)}: {self.t('value_' + v)}" for k, v in e.elements.items()
                   if v in ("yes", "partly", "no")]
        if present:
            fields.append((self.t("excerpt_elements"), ", ".join(present)))
        return Excerpt("encounter", e.title, " · ".join(m for m in meta if m),
                       [(k, v.strip()) for k, v in fields if v and v.strip()])

    def _feelings(self, terms: list[str], text: str) -> str:
        words = ", ".join(self.label("emotions", t) for t in terms)
        return "\n".join(x for x in (words, text.strip()) if x)

    def session_excerpt(self, session_id: str) -> Excerpt | None:
        try:
            s = self.sessions.get(session_id)
            exercise = self.library.get(s.exercise_id)
        except (KeyError, NotFoundError):
            return None
        when = s.completed_at or s.started_at
        fields = []
        for step in exercise.steps:
            text = self.answer_text(step, s.responses.get(step.id))
            if text:
                fields.append((step.prompt(self.lang), text))
        heading = self.t("excerpt_reflection").format(exercise=exercise.name(self.lang), date=self.date(when))
        return Excerpt("reflection", heading, "", fields)

    def answer_text(self, step: Step, value: Any) -> str:
        """An answer as plain text; feelings only with their tick, never another person's name."""
        if value is None or value == "" or value == []:
            return ""
        kind = step.kind
        if kind == "text":
            return value.strip() if isinstance(value, str) else ""
        if kind == "choice":
            ids = value if isinstance(value, list) else [value]
            return ", ".join(o.label(self.lang) for o in (step.option(i) for i in ids) if o)
        if kind == "scale":
            return str(value) if isinstance(value, int) else ""
        if kind == "terms":
            if step.vocabulary == "emotions" and not self.o.has("feelings"):
                return ""
            return ", ".join(self.label(step.vocabulary or "emotions", t) for t in as_list(value))
        if kind == "if_then":
            plans = value if isinstance(value, list) else [value]
            return "\n".join(self.t("excerpt_if_then").format(**{"if": p.get("if", ""), "then": p.get("then", "")})
                             for p in plans if isinstance(p, dict) and (p.get("if") or p.get("then")))
        return ""

    def quote(self, feedback_id: str) -> FeedbackQuote | None:
        try:
            f = self.feedback.get(feedback_id)
        except (KeyError, NotFoundError):
            return None
        when = f.received_at or f.asked_at or f.created_at
        role = self.label("counterpart_roles", f.asked_role)
        heading = self.t("feedback_from").format(role=role)
        if when is not None:
            heading = f"{heading} · {self.date(when)}"
        fields = [
            ("feedback_target", f.target_behaviour), ("feedback_content", f.content),
            ("feedback_situation", f.sbi.situation), ("feedback_behaviour", f.sbi.behaviour),
            ("feedback_impact", f.sbi.impact), ("feedback_take", f.take), ("feedback_leave", f.leave),
            ("feedback_action", f.action),
        ]
        return FeedbackQuote(heading, [(self.t(k), v.strip()) for k, v in fields if v.strip()])
