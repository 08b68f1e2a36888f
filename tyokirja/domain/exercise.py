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
- "statement": the id of the listening statement shown (chosen by PracticeService.start).
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

Every text key needs both languages (`prompt_fi` and `prompt_en`...); load_exercises refuses
content with a gap, an unknown step kind, duplicate ids, later_days < 1 or (given a Catalogue)
a skill the catalogue does not know.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from .content import LANGUAGES, Catalogue, ContentError

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


# -- loading ------------------------------------------------------------------------------------


def _texts(raw: dict, key: str, where: str, *, required: bool = True) -> dict[str, str]:
    """`key_fi` and `key_en` as {lang: text}; both or neither (when not required)."""
    found = {lang: raw.get(f"{key}_{lang}") for lang in LANGUAGES}
    present = {lang: v for lang, v in found.items() if v is not None}
    if not present and not required:
        return {}
    for lang in LANGUAGES:
        value = found[lang]
        if not isinstance(value, str) or not value.strip():
            raise ContentError(f"{where}: {key}_{lang} is missing or empty")
    return {lang: found[lang].strip() for lang in LANGUAGES}


def _int(raw: dict, key: str, where: str, default=None) -> int | None:
    value = raw.get(key, default)
    if value is not None and (type(value) is not int):
        raise ContentError(f"{where}: {key} must be an integer")
    return value


def _step(raw: dict, where: str) -> Step:
    if not isinstance(raw.get("id"), str) or not raw["id"]:
        raise ContentError(f"{where}: a step lacks its id")
    where = f"{where}.{raw['id']}"
    kind = raw.get("kind")
    if kind not in STEP_KINDS:
        raise ContentError(f"{where}: unknown step kind {kind!r}")
    options = []
    if kind == "choice":
        raw_options = raw.get("options")
        if not isinstance(raw_options, list) or not raw_options:
            raise ContentError(f"{where}: a choice step needs options")
        for opt in raw_options:
            if not isinstance(opt, dict) or not isinstance(opt.get("id"), str):
                raise ContentError(f"{where}: an option lacks its id")
            labels = {}
            for lang in LANGUAGES:
                text = opt.get(lang)
                if not isinstance(text, str) or not text.strip():
                    raise ContentError(f"{where}.{opt['id']}: option label {lang} is missing")
                labels[lang] = text.strip()
            options.append(Option(opt["id"], labels))
        if len({o.id for o in options}) != len(options):
            raise ContentError(f"{where}: duplicate option id")
    low, high = _int(raw, "min", where), _int(raw, "max", where)
    min_labels = max_labels = {}
    if kind == "scale":
        if low is None or high is None or low >= high:
            raise ContentError(f"{where}: a scale needs min < max")
        min_labels = _texts(raw, "min_label", where, required=False)
        max_labels = _texts(raw, "max_label", where, required=False)
    vocabulary = raw.get("vocabulary")
    if kind == "terms" and vocabulary not in VOCABULARIES:
        raise ContentError(f"{where}: vocabulary must be one of {VOCABULARIES}")
    later = _int(raw, "later_days", where)
    if later is not None and later < 1:
        raise ContentError(f"{where}: later_days must be at least 1")
    count = _int(raw, "count", where, 1)
    if count < 1:
        raise ContentError(f"{where}: count must be at least 1")
    return Step(
        id=raw["id"],
        kind=kind,
        prompts=_texts(raw, "prompt", where),
        helps=_texts(raw, "help", where, required=False),
        optional=bool(raw.get("optional", False)),
        later_days=later,
        options=tuple(options),
        multiple=bool(raw.get("multiple", False)),
        min=low,
        max=high,
        min_labels=min_labels,
        max_labels=max_labels,
        vocabulary=vocabulary if kind == "terms" else None,
        lines=_int(raw, "lines", where),
        allow_new=bool(raw.get("allow_new", False)),
        count=count,
    )


def _read_toml(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ContentError(f"{path.name}: {exc}") from exc


def load_exercise(path: Path) -> Exercise:
    """One exercise file; ContentError names the file and key of any problem."""
    data = _read_toml(path)
    where = path.name
    head = data.get("exercise")
    if not isinstance(head, dict):
        raise ContentError(f"{where}: no [exercise] table")
    ex_id = head.get("id")
    if not isinstance(ex_id, str) or not ex_id:
        raise ContentError(f"{where}: exercise id is missing")
    where = f"{path.name}:{ex_id}"
    rhythm = head.get("rhythm", "as_needed")
    if rhythm not in RHYTHMS:
        raise ContentError(f"{where}: rhythm must be one of {RHYTHMS}")
    minutes = _int(head, "minutes", where)
    if minutes is None or minutes < 1:
        raise ContentError(f"{where}: minutes must be a positive integer")
    skills = head.get("skills", [])
    if not isinstance(skills, list) or not all(isinstance(s, str) for s in skills):
        raise ContentError(f"{where}: skills must be a list of ids")
    raw_steps = data.get("steps")
    if not isinstance(raw_steps, list) or not raw_steps:
        raise ContentError(f"{where}: no [[steps]]")
    steps = tuple(_step(raw, where) for raw in raw_steps)
    if len({s.id for s in steps}) != len(steps):
        raise ContentError(f"{where}: duplicate step id")
    if all(s.is_later for s in steps):
        raise ContentError(f"{where}: every step is a later step")
    return Exercise(
        id=ex_id,
        version=_int(data, "version", where, 1),
        minutes=minutes,
        rhythm=rhythm,
        skills=tuple(skills),
        names=_texts(head, "name", where),
        purposes=_texts(head, "purpose", where),
        frameworks=_texts(head, "framework", where),
        abouts=_texts(head, "about", where),
        closings=_texts(head, "closing", where, required=False),
        steps=steps,
    )


def load_statements(path: Path) -> list[ListeningStatement]:
    """The listening library; every statement needs its text and four model answers in both languages."""
    data = _read_toml(path)
    result = []
    for raw in data.get("statements", []):
        if not isinstance(raw, dict) or not isinstance(raw.get("id"), str) or not raw["id"]:
            raise ContentError(f"{path.name}: a statement lacks its id")
        where = f"{path.name}:{raw['id']}"
        if raw.get("situation") not in SITUATIONS:
            raise ContentError(f"{where}: situation must be one of {SITUATIONS}")
        texts = {}
        for lang in LANGUAGES:
            value = raw.get(lang)
            if not isinstance(value, str) or not value.strip():
                raise ContentError(f"{where}: {lang} is missing or empty")
            texts[lang] = value.strip()
        model = {kind: _texts(raw, kind, where) for kind in MODEL_ANSWER_KINDS}
        result.append(ListeningStatement(raw["id"], raw["situation"], texts, model))
    return result


def load_exercises(
    directory: Path, *, listening: Path | None = None, catalogue: Catalogue | None = None
) -> ExerciseLibrary:
    """Every exercises/*.toml in `directory` plus the listening library, checked.

    The listening file defaults to `directory`/../listening.toml (optional: an exercise set
    without a "statement" step needs none). With a catalogue, skills are checked against it.
    """
    directory = Path(directory)
    files = sorted(directory.glob("*.toml"))
    if not files:
        raise ContentError(f"no exercise files in {directory}")
    exercises = [load_exercise(path) for path in files]
    listening = Path(listening) if listening is not None else directory.parent / "listening.toml"
    statements = load_statements(listening) if listening.exists() else []
    library = ExerciseLibrary(exercises, statements)
    library.validate(catalogue)
    return library


def load_default_library(catalogue: Catalogue | None = None) -> ExerciseLibrary:
    """The shipped exercises (resources/content/exercises) and listening library."""
    from tyokirja.resources import resources_dir

    return load_exercises(resources_dir() / "content" / "exercises", catalogue=catalogue)
