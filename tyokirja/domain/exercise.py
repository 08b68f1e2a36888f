"""Guided exercises (harjoitukset) and the listening statement library, read from content files.

Exercises live one per file in resources/content/exercises/<id>.toml, Finnish and English side by
side; the listening mirror's statements live in resources/content/listening.toml. Nothing about an
exercise is hard-coded in widgets: the runner builds each step from its `kind`.

Step kinds (Step.kind) and the answer value each one stores in ExerciseSession.responses:
- "text": a string. Key `lines` (int) hints the field height.
- "choice": an option id (str), or a list of ids when `multiple = true`. Key `options` =
  [{id, fi, en}, ...].
- "scale": an int between `min` and `max`, with `min_label_fi/en` and `max_label_fi/en`.
- "terms": a list of term ids from catalogue kind `vocabulary` ("emotions" | "needs"); `max`
  limits how many may be picked.
- "encounter": an encounter id (str); `allow_new = true` lets the runner create a quick entry.
- "if_then": {"if": str, "then": str}; with `count = N` (N > 1) a list of up to N such dicts.
- "statement": the id of the listening statement shown (chosen by ExerciseService.start).
- "model_answers": no input (None); shows the chosen statement's model answers only after the
  user's own answers.
- "info": no input (None); a short instruction.
- "focus_rating": one skill rated with the self-rating instrument, as
  {"item_id", "level" 0–5, "evidence_text", "evidence_encounter_id", "confidence" 1–3 or None};
  completing the session files it as a weekly-focus rating session.
- "goals_review": a list of {"goal_id": str, "status": "continue" | "adapted" | "ended",
  "note": str}, one per active goal (the weekly review walks through the goals).

A step with `later_days = N` (N >= 1) is a *later* step: the session is complete when every other
step is done, and a follow-up falls due N days after completion; answering it closes the follow-up.

Every text key needs both languages (`prompt_fi` and `prompt_en`...); the loaders are in
domain/exercise_loader.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .content import Catalogue, ContentError

STEP_KINDS = (
    "text",
    "choice",
    "scale",
    "terms",
    "encounter",
    "if_then",
    "statement",
    "model_answers",
    "info",
    "goals_review",
    "focus_rating",
)
INPUT_KINDS = frozenset({"text", "choice", "scale", "terms", "encounter", "if_then", "goals_review", "focus_rating"})
RHYTHMS = ("daily", "weekly", "as_needed")
VOCABULARIES = ("emotions", "needs")
SITUATIONS = (
    "complaint",
    "development_talk",
    "it_support",
    "sales",
    "colleague_pressure",
    "service",
    "manager",
    "other",
)
MODEL_ANSWER_KINDS = ("paraphrase", "reflection", "clarifying", "summary")


def _pick(texts: dict[str, str], lang: str) -> str:
    return texts.get(lang) or texts.get("fi", "")


@dataclass(frozen=True)
class Option:
    """One choice of a "choice" step."""

    id: str
    labels: dict[str, str]

    def label(self, lang: str) -> str:
        return _pick(self.labels, lang)


@dataclass(frozen=True)
class Step:
    """One step of an exercise; `kind` decides the widget and the shape of the answer."""

    id: str
    kind: str
    prompts: dict[str, str]
    helps: dict[str, str] = field(default_factory=dict)
    optional: bool = False
    later_days: int | None = None
    # kind-specific settings
    options: tuple[Option, ...] = ()
    multiple: bool = False
    min: int | None = None
    max: int | None = None  # scale upper bound, or the most terms a "terms" step takes
    min_labels: dict[str, str] = field(default_factory=dict)
    max_labels: dict[str, str] = field(default_factory=dict)
    vocabulary: str | None = None
    lines: int | None = None
    allow_new: bool = False
    count: int = 1

    def prompt(self, lang: str) -> str:
        return _pick(self.prompts, lang)

    def help(self, lang: str) -> str:
        return _pick(self.helps, lang)

    def min_label(self, lang: str) -> str:
        return _pick(self.min_labels, lang)

    def max_label(self, lang: str) -> str:
        return _pick(self.max_labels, lang)

    @property
    def is_later(self) -> bool:
        return self.later_days is not None

    @property
    def takes_input(self) -> bool:
        return self.kind in INPUT_KINDS

    def option(self, option_id: str) -> Option | None:
        return next((o for o in self.options if o.id == option_id), None)


@dataclass(frozen=True)
class Exercise:
    """A guided exercise (static, versioned content)."""

    id: str
    version: int
    minutes: int
    rhythm: str
    skills: tuple[str, ...]
    names: dict[str, str]
    purposes: dict[str, str]
    frameworks: dict[str, str]
    abouts: dict[str, str]
    closings: dict[str, str]
    steps: tuple[Step, ...]

    def name(self, lang: str) -> str:
        return _pick(self.names, lang)

    def purpose(self, lang: str) -> str:
        return _pick(self.purposes, lang)

    def framework(self, lang: str) -> str:
        return _pick(self.frameworks, lang)

    def about(self, lang: str) -> str:
        return _pick(self.abouts, lang)

    def closing(self, lang: str) -> str:
        return _pick(self.closings, lang)

    def step(self, step_id: str) -> Step:
        for step in self.steps:
            if step.id == step_id:
                return step
        raise KeyError(step_id)

    def step_index(self, step_id: str) -> int:
        return next(i for i, s in enumerate(self.steps) if s.id == step_id)

    def now_steps(self) -> tuple[Step, ...]:
        """The steps done in the session itself (everything but the later steps)."""
        return tuple(s for s in self.steps if not s.is_later)

    def later_steps(self) -> tuple[Step, ...]:
        return tuple(s for s in self.steps if s.is_later)

    def has_kind(self, kind: str) -> bool:
        return any(s.kind == kind for s in self.steps)

    def plan_step(self) -> Step | None:
        """The last if–then step (the plan the exercise ends with), if it has one."""
        plans = [s for s in self.steps if s.kind == "if_then" and not s.is_later]
        return plans[-1] if plans else None


@dataclass(frozen=True)
class ListeningStatement:
    """A short statement from a work situation, with model answers for the listening mirror."""

    id: str
    situation: str
    texts: dict[str, str]
    model: dict[str, dict[str, str]]  # "paraphrase" | "reflection" | "clarifying" | "summary" -> lang -> text

    def text(self, lang: str) -> str:
        return _pick(self.texts, lang)

    def model_answer(self, kind: str, lang: str) -> str:
        return _pick(self.model[kind], lang)

    def model_answers(self, lang: str) -> dict[str, str]:
        """The four model answers in MODEL_ANSWER_KINDS order."""
        return {kind: self.model_answer(kind, lang) for kind in MODEL_ANSWER_KINDS}


class ExerciseLibrary:
    """Every exercise (in file-name order) and every listening statement (in file order)."""

    def __init__(self, exercises: list[Exercise], statements: list[ListeningStatement]):
        self._exercises = list(exercises)
        self._statements = list(statements)
        self._by_id = {e.id: e for e in self._exercises}
        self._statement_by_id = {s.id: s for s in self._statements}

    def get(self, exercise_id: str) -> Exercise:
        return self._by_id[exercise_id]

    def __contains__(self, exercise_id: object) -> bool:
        return exercise_id in self._by_id

    def all(self) -> list[Exercise]:
        return list(self._exercises)

    def ids(self) -> list[str]:
        return [e.id for e in self._exercises]

    def statements(self) -> list[ListeningStatement]:
        return list(self._statements)

    def statement(self, statement_id: str) -> ListeningStatement:
        return self._statement_by_id[statement_id]

    def validate(self, catalogue: Catalogue | None = None) -> None:
        """Raise ContentError on duplicate ids, later_days < 1, or (with a catalogue) unknown skills."""
        if len(self._by_id) != len(self._exercises):
            raise ContentError("duplicate exercise id")
        if len(self._statement_by_id) != len(self._statements):
            raise ContentError("duplicate listening statement id")
        for ex in self._exercises:
            step_ids = [s.id for s in ex.steps]
            if len(set(step_ids)) != len(step_ids):
                raise ContentError(f"{ex.id}: duplicate step id")
            for step in ex.steps:
                if step.later_days is not None and step.later_days < 1:
                    raise ContentError(f"{ex.id}.{step.id}: later_days must be at least 1")
            if ex.has_kind("statement") and not self._statements:
                raise ContentError(f"{ex.id}: uses listening statements but the library has none")
            if catalogue is not None:
                known = catalogue.ids("skills")
                for skill in ex.skills:
                    if skill not in known:
                        raise ContentError(f"{ex.id}: unknown skill {skill!r}")
