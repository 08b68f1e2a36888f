"""The content catalogue: skills, elements, roles, channels, situations and vocabulary.

Content is data (TOML under resources/content/), Finnish and English side by side, so texts can
change without touching code and every record can store the ids it was made with.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

LANGUAGES = ("fi", "en")

# Kinds of term the catalogue must hold, and what each one is for.
KINDS = (
    "my_roles",  # roolini
    "counterpart_roles",  # kenen kanssa (rooli)
    "scopes",  # sisäinen / ulkoinen
    "channels",  # kanava
    "situations",  # tilanne
    "skills",  # avaintaidot and their sub-skills (parent)
    "elements",  # erinomaisen kohtaamisen viisi elementtiä
    "emotion_families",  # tunneperheet
    "emotions",  # tunnesanat (family, valence)
    "needs",  # tarpeet
)


class ContentError(ValueError):
    """A content file is missing, malformed or incomplete."""


@dataclass(frozen=True)
class Term:
    """One catalogue entry with its labels (and optional descriptions) in every language."""

    kind: str
    id: str
    labels: dict[str, str]
    descriptions: dict[str, str] = field(default_factory=dict)
    parent: str | None = None  # sub-skill -> skill
    family: str | None = None  # emotion -> emotion family
    valence: str | None = None  # emotion: "pleasant" | "unpleasant" | "neutral"

    def label(self, lang: str) -> str:
        return self.labels.get(lang) or self.labels["fi"]

    def description(self, lang: str) -> str:
        return self.descriptions.get(lang) or self.descriptions.get("fi", "")


class Catalogue:
    """All static content terms, ordered as written in the data files."""

    def __init__(self, terms: dict[str, list[Term]], version: int):
        self.version = version
        self._terms = terms
        self._by_id = {kind: {t.id: t for t in items} for kind, items in terms.items()}

    @classmethod
    def load(cls, directory: Path) -> Catalogue:
        """Read every *.toml file in `directory`; raise ContentError on any gap or clash."""
        terms: dict[str, list[Term]] = {kind: [] for kind in KINDS}
        versions = []
        files = sorted(directory.glob("*.toml"))
        if not files:
            raise ContentError(f"no content files in {directory}")
        for path in files:
            try:
                data = tomllib.loads(path.read_text(encoding="utf-8"))
            except (OSError, tomllib.TOMLDecodeError) as exc:
                raise ContentError(f"{path.name}: {exc}") from exc
            versions.append(int(data.get("version", 1)))
            for kind, items in data.items():
                if kind == "version":
                    continue
                if kind not in terms:
                    continue  # other content (exercises, ratings) is read by its own loader
                for raw in items:
                    terms[kind].append(_term(kind, raw, path.name))
        catalogue = cls(terms, max(versions))
        catalogue._check()
        return catalogue

    @classmethod
    def load_default(cls) -> Catalogue:
        from tyokirja.resources import resources_dir

        return cls.load(resources_dir() / "content")

    def _check(self) -> None:
        for kind in KINDS:
            items = self._terms[kind]
            if not items:
                raise ContentError(f"content kind {kind!r} is empty")
            if len(self._by_id[kind]) != len(items):
                raise ContentError(f"duplicate id in {kind!r}")
        skills = self._by_id["skills"]
        for t in self._terms["skills"]:
            if t.parent is not None and t.parent not in skills:
                raise ContentError(f"skill {t.id!r} has unknown parent {t.parent!r}")
        families = self._by_id["emotion_families"]
        for t in self._terms["emotions"]:
            if t.family not in families:
                raise ContentError(f"emotion {t.id!r} has unknown family {t.family!r}")

    def kinds(self) -> tuple[str, ...]:
        return KINDS

    def terms(self, kind: str) -> list[Term]:
        return list(self._terms[kind])

    def ids(self, kind: str) -> frozenset[str]:
        return frozenset(self._by_id[kind])

    def term(self, kind: str, term_id: str) -> Term:
        return self._by_id[kind][term_id]

    def label(self, kind: str, term_id: str | None, lang: str) -> str:
        """The label to show for an id; an id no longer in the content shows as itself."""
        if term_id is None:
            return ""
        term = self._by_id[kind].get(term_id)
        return term.label(lang) if term else term_id

    def children(self, kind: str, parent: str | None) -> list[Term]:
        return [t for t in self._terms[kind] if t.parent == parent]

    def emotions_in(self, family: str) -> list[Term]:
        return [t for t in self._terms["emotions"] if t.family == family]


def _term(kind: str, raw: dict[str, Any], source: str) -> Term:
    try:
        term_id = raw["id"]
        labels = {lang: raw[lang] for lang in LANGUAGES}
    except KeyError as exc:
        raise ContentError(f"{source}: {kind} entry {raw!r} lacks {exc}") from exc
    for lang, text in labels.items():
        if not isinstance(text, str) or not text.strip():
            raise ContentError(f"{source}: {kind}.{term_id} has an empty {lang} label")
    descriptions = {lang: raw[f"description_{lang}"] for lang in LANGUAGES if f"description_{lang}" in raw}
    if descriptions and set(descriptions) != set(LANGUAGES):
        raise ContentError(f"{source}: {kind}.{term_id} has a description in only some languages")
    return Term(
        kind=kind,
        id=term_id,
        labels=labels,
        descriptions=descriptions,
        parent=raw.get("parent"),
        family=raw.get("family"),
        valence=raw.get("valence"),
    )
