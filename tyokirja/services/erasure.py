""""Forget a word": find a word (a name, a role label) in every record and rewrite it away.

A single word matches whole words only: the word itself in any case, and its inflected forms
(storage.wordforms.is_form_of: "Äänisvaara" also hits "Äänisvaaran", "asia" hits "asian" but never
"asiakas"). Several words (a full name) match as one string, ignoring case. The preview shows the
counts and each hit in its context before anything changes. The rewrite runs in one transaction
across every table listed in tyokirja.storage.erasure.FORGET_TARGETS, then a TRUNCATE checkpoint
leaves no old text in the WAL. Backups made earlier still hold the word: `backups()` lists them,
`prune_backups()` deletes.
"""

from __future__ import annotations

import contextlib
import os
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import sqlite_utils

from tyokirja.domain.content import Catalogue
from tyokirja.storage import erasure
from tyokirja.storage.errors import classify
from tyokirja.storage.wordforms import WORD, is_form_of, words

if TYPE_CHECKING:
    from .diary import DiaryService

DEFAULT_REPLACEMENT = "[poistettu]"
ROLE_KINDS = ("counterpart_roles", "my_roles")


def _folded_with_map(text: str) -> tuple[str, dict[int, int]]:
    """text.casefold() and a map from folded positions to positions in `text` (char boundaries)."""
    parts, positions = [], {}
    pos = 0
    for index, char in enumerate(text):
        positions[pos] = index
        folded = char.casefold()
        parts.append(folded)
        pos += len(folded)
    positions[pos] = len(text)
    return "".join(parts), positions


def find_spans(text: str, word: str) -> list[tuple[int, int]]:
    """Where `word` occurs in `text`, as (start, end) indices of `text`.

    A single word: whole words of `text` that are it or its inflected forms. Anything else (two
    words, digits, punctuation): every case-insensitive occurrence of the string.
    """
    word = unicodedata.normalize("NFC", word).strip()
    if words(word) == [word.casefold()]:
        return [(m.start(), m.end()) for m in WORD.finditer(text) if is_form_of(word, m.group())]
    return _string_spans(text, word)


def _string_spans(text: str, word: str) -> list[tuple[int, int]]:
    needle = word.casefold()
    if not needle:
        return []
    folded, positions = _folded_with_map(text)
    spans, at = [], folded.find(needle)
    while at != -1:
        end = at + len(needle)
        if at in positions and end in positions:
            spans.append((positions[at], positions[end]))
            at = folded.find(needle, end)
        else:
            at = folded.find(needle, at + 1)
    return spans


def count_in(text: str, word: str) -> int:
    return len(find_spans(unicodedata.normalize("NFC", text), word))


def replace_in(text: str, word: str, replacement: str) -> str:
    """`text` with every case-insensitive occurrence of `word` replaced (unchanged when none)."""
    normal = unicodedata.normalize("NFC", text)
    spans = find_spans(normal, word)
    if not spans:
        return text
    out, last = [], 0
    for start, end in spans:
        out.append(normal[last:start])
        out.append(replacement)
        last = end
    out.append(normal[last:])
    return "".join(out)


CONTEXT_CHARS = 40
MAX_CONTEXTS = 50


def contexts_in(text: str, word: str) -> list[tuple[str, str, str]]:
    """Each hit of `word` in `text` as (text before, the hit, text after), a few words either side."""
    normal = " ".join(unicodedata.normalize("NFC", text).split())
    found = []
    for start, end in find_spans(normal, word):
        before = normal[max(0, start - CONTEXT_CHARS):start]
        after = normal[end:end + CONTEXT_CHARS]
        if start > CONTEXT_CHARS:
            before = "…" + before.split(" ", 1)[-1] if " " in before else "…" + before
        if end + CONTEXT_CHARS < len(normal):
            after = (after.rsplit(" ", 1)[0] if " " in after else after) + "…"
        found.append((before, normal[start:end], after))
    return found


@dataclass(frozen=True)
class ForgetPreview:
    """What forgetting `word` would change: occurrences per (record kind, field), and hits in context."""

    word: str
    counts: dict[tuple[str, str], int]
    role_labels: list[tuple[str, str]] = field(default_factory=list)  # (kind, id) the word names
    contexts: list[tuple[str, str, str]] = field(default_factory=list)  # the first MAX_CONTEXTS hits

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def by_kind(self) -> dict[str, int]:
        result: dict[str, int] = {}
        for (kind, _column), n in self.counts.items():
            result[kind] = result.get(kind, 0) + n
        return result


@dataclass(frozen=True)
class ForgetResult:
    word_occurrences: int
    records_changed: int
    backups: list[Path]  # files made before, which may still hold the word


class ForgetService:
    """Preview and carry out "Forget a word" over the open diary, and prune older backups."""

    def __init__(self, db: sqlite_utils.Database, diary_path: Path | None, catalogue: Catalogue | None = None):
        self.db = db
        self.diary_path = Path(diary_path) if diary_path else None
        self.catalogue = catalogue

    @classmethod
    def for_diary(cls, diary: DiaryService, diary_path: Path | None) -> ForgetService:
        """Build from a DiaryService (the composition the UI already holds)."""
        return cls(diary.encounters.db, diary_path, diary.catalogue)

    def preview(self, word: str) -> ForgetPreview:
        word = word.strip()
        if not word:
            return ForgetPreview(word, {})
        contexts: list[tuple[str, str, str]] = []

        def count(text: str) -> int:
            n = count_in(text, word)
            if n and len(contexts) < MAX_CONTEXTS:
                contexts.extend(contexts_in(text, word)[:MAX_CONTEXTS - len(contexts)])
            return n

        try:
            counts = erasure.scan_texts(self.db, count)
        except Exception as exc:
            raise classify(exc) from exc
        return ForgetPreview(word, counts, self._role_labels(word), contexts)

    def _role_labels(self, word: str) -> list[tuple[str, str]]:
        """Catalogue roles whose label (any language) or id is `word`: stored as ids, kept as they are."""
        if self.catalogue is None:
            return []
        folded = word.casefold()
        found = []
        for kind in ROLE_KINDS:
            for term in self.catalogue.terms(kind):
                names = {term.id, term.label("fi"), term.label("en")}
                if folded in {n.casefold() for n in names if n}:
                    found.append((kind, term.id))
        return found

    def forget(self, word: str, replacement: str = DEFAULT_REPLACEMENT) -> ForgetResult:
        """Rewrite every occurrence in one transaction, then empty the WAL; report older backups."""
        word = word.strip()
        if not word:
            raise ValueError("nothing to forget")
        if count_in(replacement, word):
            raise ValueError("the replacement contains the word")
        before = self.preview(word).total
        changed = erasure.rewrite_texts(self.db, lambda text: replace_in(text, word, replacement))
        return ForgetResult(before, changed, self.backups())

    # -- backups -----------------------------------------------------------------------------

    def backups(self) -> list[Path]:
        """Backup files of this diary (they were made before and may hold forgotten words)."""
        if self.diary_path is None:
            return []
        from tyokirja.storage.backup import list_backups

        found = [info.path for info in list_backups(self.diary_path)]
        folder = self.diary_path.parent / "backups"
        with contextlib.suppress(OSError):
            # anything else in the backups folder is a copy of a diary too (renamed, older scheme)
            found += sorted(p for p in folder.glob("*.sqlite") if p not in found)
        return found

    def prune_backups(self, paths: list[Path] | None = None) -> list[Path]:
        """Delete the given backups (default: all of them); return the ones removed."""
        known = self.backups()
        chosen = known if paths is None else [Path(p) for p in paths if Path(p) in known]  # only backups
        removed = []
        for path in chosen:
            try:
                for suffix in ("-wal", "-shm", "-journal"):
                    Path(f"{path}{suffix}").unlink(missing_ok=True)
                os.unlink(path)
            except FileNotFoundError:
                continue
            except OSError as exc:
                raise classify(exc, Path(path)) from exc
            removed.append(Path(path))
        return removed
