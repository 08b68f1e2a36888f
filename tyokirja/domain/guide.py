"""The guide (Help → Guide): short articles on what the app practises, as data (resources/content/guide.toml).

Each article has a title, a body (paragraphs separated by a blank line) and the framework it draws on,
in Finnish and English, the concept ids of the content model it covers, and the areas and exercises
whose "?" opens it. Search matches every word in any language's title, body or framework.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from .content import LANGUAGES, ContentError

GUIDE_FILE = "guide.toml"
_TEXTS = ("title", "body", "framework")


@dataclass(frozen=True)
class Article:
    id: str
    texts: dict[str, dict[str, str]]  # "title" | "body" | "framework" -> lang -> text
    concepts: tuple[str, ...] = ()
    areas: tuple[str, ...] = ()
    exercises: tuple[str, ...] = ()

    def text(self, key: str, lang: str) -> str:
        values = self.texts[key]
        return values.get(lang) or values["fi"]

    def title(self, lang: str) -> str:
        return self.text("title", lang)

    def framework(self, lang: str) -> str:
        return self.text("framework", lang)

    def paragraphs(self, lang: str) -> list[str]:
        return [" ".join(p.split()) for p in self.text("body", lang).strip().split("\n\n") if p.strip()]

    def matches(self, query: str) -> bool:
        """Every word of `query` is in some language's title, body or framework (case and accents kept
        apart as the diary's search does: "saa" does not find "sää")."""
        words = query.casefold().split()
        haystack = " ".join(t for texts in self.texts.values() for t in texts.values()).casefold()
        return all(word in haystack for word in words)


class Guide:
    def __init__(self, articles: list[Article], version: int):
        self.articles = articles
        self.version = version

    def get(self, article_id: str) -> Article:
        for article in self.articles:
            if article.id == article_id:
                return article
        raise KeyError(article_id)

    def search(self, query: str) -> list[Article]:
        return [a for a in self.articles if a.matches(query)] if query.strip() else list(self.articles)

    def for_area(self, area: str) -> Article | None:
        return next((a for a in self.articles if area in a.areas), None)

    def for_exercise(self, exercise_id: str) -> Article | None:
        return next((a for a in self.articles if exercise_id in a.exercises), None)


def load_guide(path: Path) -> Guide:
    """Read and check the guide: every article has every text in every language (ContentError otherwise)."""
    try:
        raw = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ContentError(f"{path.name}: {exc}") from exc
    articles = []
    seen: set[str] = set()
    for entry in raw.get("articles", []):
        article_id = entry.get("id")
        if not isinstance(article_id, str) or article_id in seen:
            raise ContentError(f"{path.name}: an article without a unique id")
        seen.add(article_id)
        texts: dict[str, dict[str, str]] = {}
        for key in _TEXTS:
            texts[key] = {}
            for lang in LANGUAGES:
                value = entry.get(f"{key}_{lang}")
                if not isinstance(value, str) or not value.strip():
                    raise ContentError(f"{path.name}: article {article_id} lacks {key}_{lang}")
                texts[key][lang] = value
        articles.append(Article(article_id, texts, tuple(entry.get("concepts", [])), tuple(entry.get("areas", [])),
                                tuple(entry.get("exercises", []))))
    return Guide(articles, int(raw.get("version", 1)))


def load_default_guide() -> Guide:
    from tyokirja.resources import resources_dir

    return load_guide(resources_dir() / "content" / GUIDE_FILE)
