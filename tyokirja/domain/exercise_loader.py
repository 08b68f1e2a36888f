"""Reading the exercises and the listening statements from their content files (TOML, fi + en).

load_exercises refuses content with a gap in either language, an unknown step kind, duplicate ids,
later_days < 1 or (given a Catalogue) a skill the catalogue does not know; see domain/exercise.py
for the step kinds and answer shapes.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any, overload

from .content import LANGUAGES, Catalogue, ContentError
from .exercise import (
    MODEL_ANSWER_KINDS,
    RHYTHMS,
    SITUATIONS,
    STEP_KINDS,
    VOCABULARIES,
    Exercise,
    ExerciseLibrary,
    ListeningStatement,
    Option,
    Step,
)


def _texts(raw: dict[str, Any], key: str, where: str, *, required: bool = True) -> dict[str, str]:
    """`key_fi` and `key_en` as {lang: text}; both or neither (when not required)."""
    found = {lang: raw.get(f"{key}_{lang}") for lang in LANGUAGES}
    present = {lang: v for lang, v in found.items() if v is not None}
    if not present and not required:
        return {}
    texts = {}
    for lang in LANGUAGES:
        value = found[lang]
        if not isinstance(value, str) or not value.strip():
            raise ContentError(f"{where}: {key}_{lang} is missing or empty")
        texts[lang] = value.strip()
    return texts


@overload
def _int(raw: dict[str, Any], key: str, where: str, default: int) -> int: ...


@overload
def _int(raw: dict[str, Any], key: str, where: str, default: None = None) -> int | None: ...


def _int(raw: dict[str, Any], key: str, where: str, default: int | None = None) -> int | None:
    """An integer setting; with an int `default` never None (TOML has no null)."""
    value: object = raw.get(key, default)
    if value is None or type(value) is int:
        return value
    raise ContentError(f"{where}: {key} must be an integer")


def _step(raw: dict[str, Any], where: str) -> Step:
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


def _read_toml(path: Path) -> dict[str, Any]:
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
