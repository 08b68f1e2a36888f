"""Skill self-ratings (taitoarvio) on the behaviourally anchored instrument of domain.md §4.

- Instrument / Item / Anchor: the static instrument (resources/content/ratings/bars.toml).
- RatingSession: one sitting — "monthly" (all items), "weekly_focus" (one item) or "retrospective"
  (all items, about `refers_to_date`, "how was I three months ago, with what I know now?").
- SkillRating: one item's level 0–5 (0 = no evidence yet), its evidence (a one-line example or a
  linked encounter, required for 1–5), confidence 1–3 or None, and a note.
- validate_session(session, instrument) -> list[Problem]; ValidationError as for encounters.

Problem fields are the item id (or "kind", "ratings", "refers_to_date", "rated_at"); codes:
"unknown_value", "out_of_range", "evidence_required", "missing_items", "one_item_expected",
"duplicate_item", "required", "naive_time".
"""

from __future__ import annotations

import calendar
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from .content import Catalogue, ContentError
from .encounter import new_id
from .timeutil import parse_iso
from .validation import Problem, ValidationError

SESSION_KINDS = ("monthly", "weekly_focus", "retrospective")
FULL_KINDS = ("monthly", "retrospective")  # every item rated
LEVEL_RANGE = range(0, 6)  # 0 = no evidence yet
CONFIDENCE_RANGE = range(1, 4)
WINDOW_DAYS = 28  # "the last four weeks"
RETROSPECTIVE_MONTHS = 3
INSTRUMENT_TEXTS = (
    "window",
    "not_appraisal",
    "zero",
    "evidence_prompt",
    "retrospective_prompt",
    "response_shift_note",
)
LANGS = ("fi", "en")

__all__ = [
    "Anchor",
    "Instrument",
    "Item",
    "Problem",
    "RatingSession",
    "SkillRating",
    "ValidationError",
    "load_default_instrument",
    "load_instrument",
    "months_before",
    "validate_session",
]


# -- the instrument --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Anchor:
    """One level's behavioural description."""

    level: int
    texts: dict[str, str]

    def text(self, lang: str) -> str:
        return self.texts.get(lang) or self.texts["fi"]


@dataclass(frozen=True)
class Item:
    """One rated skill; `id` is a skill id of the catalogue."""

    id: str
    names: dict[str, str]
    questions: dict[str, str]
    anchors: tuple[Anchor, ...]  # levels 1..5 in order

    def name(self, lang: str) -> str:
        return self.names.get(lang) or self.names["fi"]

    def question(self, lang: str) -> str:
        return self.questions.get(lang) or self.questions["fi"]

    def anchor(self, level: int) -> Anchor:
        """The anchor of level 1–5 (KeyError otherwise; level 0 has the instrument's "zero" text)."""
        for a in self.anchors:
            if a.level == level:
                return a
        raise KeyError(level)


@dataclass(frozen=True)
class Instrument:
    version: int
    items: tuple[Item, ...]
    texts: dict[str, dict[str, str]]  # key (INSTRUMENT_TEXTS) -> lang -> text

    def ids(self) -> list[str]:
        return [i.id for i in self.items]

    def item(self, item_id: str) -> Item:
        for i in self.items:
            if i.id == item_id:
                return i
        raise KeyError(item_id)

    def text(self, key: str, lang: str) -> str:
        texts = self.texts[key]
        return texts.get(lang) or texts["fi"]

    def level_text(self, item_id: str, level: int, lang: str) -> str:
        """The anchor sentence for 1–5, the "no evidence yet" sentence for 0."""
        if level == 0:
            return self.text("zero", lang)
        return self.item(item_id).anchor(level).text(lang)


def _pair(raw: dict[str, Any], key: str, where: str) -> dict[str, str]:
    out = {}
    for lang in LANGS:
        value = raw.get(f"{key}_{lang}")
        if not isinstance(value, str) or not value.strip():
            raise ContentError(f"{where}: {key}_{lang} is missing or empty")
        out[lang] = value.strip()
    return out


def load_instrument(path: Path, skills: Mapping[str, Mapping[str, str]] | set[str] | None = None) -> Instrument:
    """Read and check an instrument file; with `skills`, every item must be a known skill.

    Given as {skill id: {lang: name}} (the catalogue's names), each item is called by its skill's one
    name, so a skill reads the same on the rating dialog, the charts, the editor and the report; an
    item's own `name_fi`/`name_en` are only for instrument files read without a catalogue.
    """
    skill_ids = set(skills) if skills is not None else None
    names = skills if isinstance(skills, Mapping) else {}
    path = Path(path)
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ContentError(f"{path.name}: {exc}") from exc
    version = raw.get("version")
    if not isinstance(version, int) or version < 1:
        raise ContentError(f"{path.name}: version must be a positive integer")
    texts = {key: _pair(raw, key, path.name) for key in INSTRUMENT_TEXTS}
    items: list[Item] = []
    for n, entry in enumerate(raw.get("items", []), start=1):
        where = f"{path.name} item {n}"
        item_id = entry.get("id")
        if not isinstance(item_id, str) or not item_id:
            raise ContentError(f"{where}: id is missing")
        if any(i.id == item_id for i in items):
            raise ContentError(f"{where}: duplicate id {item_id}")
        if skill_ids is not None and item_id not in skill_ids:
            raise ContentError(f"{where}: {item_id} is not a skill")
        anchors = []
        for a in entry.get("anchors", []):
            texts_a = {lang: str(a.get(lang, "")).strip() for lang in LANGS}
            if not all(texts_a.values()):
                raise ContentError(f"{where}: anchor text missing")
            anchors.append(Anchor(int(a.get("level", 0)), texts_a))
        if [a.level for a in anchors] != [1, 2, 3, 4, 5]:
            raise ContentError(f"{where}: anchors must be levels 1 to 5 in order")
        name = dict(names[item_id]) if item_id in names else _pair(entry, "name", where)
        items.append(Item(item_id, name, _pair(entry, "question", where), tuple(anchors)))
    if not items:
        raise ContentError(f"{path.name}: no items")
    return Instrument(version, tuple(items), texts)


def load_default_instrument(catalogue: Catalogue | None = None) -> Instrument:
    """The shipped instrument; with a catalogue, item ids are checked against its skills."""
    from tyokirja.resources import resources_dir

    catalogue = catalogue or Catalogue.load_default()
    skills = {sid: {lang: catalogue.label("skills", sid, lang) for lang in LANGS} for sid in catalogue.ids("skills")}
    return load_instrument(resources_dir() / "content" / "ratings" / "bars.toml", skills)


# -- records ---------------------------------------------------------------------------------------


@dataclass
class SkillRating:
    """One item's rating. Level 1–5 needs evidence: a one-line example or a linked encounter."""

    item_id: str
    level: int = 0
    evidence_text: str = ""
    evidence_encounter_id: str | None = None
    confidence: int | None = None  # 1–3
    note: str = ""

    @property
    def has_evidence(self) -> bool:
        return bool(self.evidence_text.strip()) or bool(self.evidence_encounter_id)

    def to_dict(self) -> dict[str, Any]:
        return {
            "item_id": self.item_id,
            "level": self.level,
            "evidence_text": self.evidence_text,
            "evidence_encounter_id": self.evidence_encounter_id,
            "confidence": self.confidence,
            "note": self.note,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SkillRating:
        return cls(
            item_id=data["item_id"],
            level=int(data.get("level", 0)),
            evidence_text=data.get("evidence_text", "") or "",
            evidence_encounter_id=data.get("evidence_encounter_id"),
            confidence=None if data.get("confidence") is None else int(data["confidence"]),
            note=data.get("note", "") or "",
        )


@dataclass
class RatingSession:
    """One rating sitting. `rated_at` is aware; `refers_to_date` is set for a retrospective."""

    kind: str
    rated_at: datetime
    ratings: list[SkillRating] = field(default_factory=list)
    id: str = field(default_factory=new_id)
    instrument_version: int = 1
    refers_to_date: date | None = None
    window_days: int = WINDOW_DAYS
    note: str = ""

    def rating(self, item_id: str) -> SkillRating | None:
        for r in self.ratings:
            if r.item_id == item_id:
                return r
        return None

    def levels(self) -> dict[str, int]:
        """item id -> level (0 included)."""
        return {r.item_id: r.level for r in self.ratings}

    def text_fields(self) -> dict[str, str]:
        """Every free text by a stable name (what erasure must reach)."""
        out = {"note": self.note}
        for r in self.ratings:
            out[f"{r.item_id}.evidence_text"] = r.evidence_text
            out[f"{r.item_id}.note"] = r.note
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "rated_at": self.rated_at.isoformat(),
            "instrument_version": self.instrument_version,
            "refers_to_date": self.refers_to_date.isoformat() if self.refers_to_date else None,
            "window_days": self.window_days,
            "note": self.note,
            "ratings": [r.to_dict() for r in self.ratings],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> RatingSession:
        ref = data.get("refers_to_date")
        return cls(
            id=data["id"],
            kind=data["kind"],
            rated_at=parse_iso(data["rated_at"]),
            instrument_version=int(data.get("instrument_version", 1)),
            refers_to_date=date.fromisoformat(ref) if ref else None,
            window_days=int(data.get("window_days", WINDOW_DAYS)),
            note=data.get("note", "") or "",
            ratings=[SkillRating.from_dict(r) for r in data.get("ratings", [])],
        )


def months_before(day: date, months: int) -> date:
    """The same day `months` calendar months earlier (clamped to the month's last day)."""
    total = day.year * 12 + (day.month - 1) - months
    year, month0 = divmod(total, 12)
    last = calendar.monthrange(year, month0 + 1)[1]
    return date(year, month0 + 1, min(day.day, last))


# -- rules -----------------------------------------------------------------------------------------


def validate_session(session: RatingSession, instrument: Instrument) -> list[Problem]:
    """Every problem with `session`; an empty list means it may be saved."""
    problems: list[Problem] = []
    if session.kind not in SESSION_KINDS:
        problems.append(Problem("kind", "unknown_value", session.kind))
    if session.rated_at.tzinfo is None or session.rated_at.utcoffset() is None:
        problems.append(Problem("rated_at", "naive_time"))
    if session.kind == "retrospective" and session.refers_to_date is None:
        problems.append(Problem("refers_to_date", "required"))
    if session.window_days < 1:
        problems.append(Problem("window_days", "out_of_range", session.window_days))
    known = set(instrument.ids())
    seen: set[str] = set()
    for r in session.ratings:
        if r.item_id not in known:
            problems.append(Problem(r.item_id, "unknown_value", r.item_id))
            continue
        if r.item_id in seen:
            problems.append(Problem(r.item_id, "duplicate_item"))
        seen.add(r.item_id)
        if r.level not in LEVEL_RANGE:
            problems.append(Problem(r.item_id, "out_of_range", r.level))
        elif r.level >= 1 and not r.has_evidence:
            problems.append(Problem(r.item_id, "evidence_required"))
        if r.confidence is not None and r.confidence not in CONFIDENCE_RANGE:
            problems.append(Problem(r.item_id, "out_of_range", r.confidence))
    if session.kind in FULL_KINDS:
        missing = [i for i in instrument.ids() if i not in seen]
        if missing:
            problems.append(Problem("ratings", "missing_items", tuple(missing)))
    elif session.kind == "weekly_focus" and len(session.ratings) != 1:
        problems.append(Problem("ratings", "one_item_expected", len(session.ratings)))
    return problems


def check_session(session: RatingSession, instrument: Instrument) -> None:
    """Raise ValidationError when `session` cannot be saved."""
    problems = validate_session(session, instrument)
    if problems:
        raise ValidationError(problems)
