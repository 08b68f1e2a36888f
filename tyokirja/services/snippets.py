"""Search snippets: a short piece of an entry around the first match, with the matched words marked.

    make_snippet(texts, query) -> Snippet(parts=((text, matched), ...))

A word of the text is marked when it contains a query word as written (the substring the trigram
index matched) or is one of its forms (the word-form index: "asiakkaan" for "asiakas"); a quoted
phrase is marked where it occurs. The list draws the marked parts in bold, the CLI prints them
between [ and ] (or as character ranges with --json). No Qt here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from tyokirja.domain.search_query import SearchQuery
from tyokirja.storage.wordforms import WORD, same_word, words

SNIPPET_CHARS = 140
SCAN_CHARS = 20_000
_BEFORE = 40  # characters of context shown before the first match


@dataclass(frozen=True)
class Snippet:
    """Pieces of one line of text, each with whether it matched the search."""

    parts: tuple[tuple[str, bool], ...] = ()

    def text(self) -> str:
        return "".join(part for part, _ in self.parts)

    def marked(self, before: str = "[", after: str = "]") -> str:
        return "".join(f"{before}{part}{after}" if hit else part for part, hit in self.parts)

    def ranges(self) -> list[tuple[int, int]]:
        """(start, end) character offsets of the matched parts in text()."""
        spans, pos = [], 0
        for part, hit in self.parts:
            if hit:
                spans.append((pos, pos + len(part)))
            pos += len(part)
        return spans


def _match_spans(text: str, query: SearchQuery) -> list[tuple[int, int]]:
    """Sorted, merged (start, end) spans of `text` that the query's positive terms match."""
    spans: list[tuple[int, int]] = []
    folded = text.casefold()
    plain_words: list[str] = []
    for term in query.positive_terms():
        if term.phrase:
            needle = term.text.casefold()
            if needle and len(folded) == len(text):
                spans.extend((m.start(), m.end()) for m in re.finditer(re.escape(needle), folded))
        else:
            plain_words.extend(words(term.text) or [term.text.casefold()])
    if plain_words and len(folded) == len(text):  # casefold kept the offsets (no ß and the like)
        for match in WORD.finditer(text):
            token = match.group()
            low = token.casefold()
            if any(w in low or same_word(w, token) for w in plain_words):
                spans.append((match.start(), match.end()))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def make_snippet(texts: Sequence[str], query: SearchQuery, width: int = SNIPPET_CHARS) -> Snippet:
    """A line from the first text with a match, matches marked; empty when no text has one.

    A hit found only by its title (which the row shows anyway) gets no snippet. Only the first
    SCAN_CHARS of each text are looked at, so a very long entry costs no more than a short one.
    """
    chosen, spans = "", []
    for text in texts:
        line = " ".join(text[:SCAN_CHARS].split())
        found = _match_spans(line, query) if line else []
        if found:
            chosen, spans = line, found
            break
    if not chosen:
        return Snippet()
    start = 0
    if spans[0][0] > _BEFORE:
        start = chosen.rfind(" ", 0, spans[0][0] - _BEFORE) + 1
    end = min(len(chosen), start + width)
    if end < len(chosen):
        cut = chosen.rfind(" ", start, end)
        end = cut if cut > spans[0][1] else end
    parts: list[tuple[str, bool]] = [("…", False)] if start > 0 else []
    pos = start
    for s, e in spans:
        if e <= start or s >= end:
            continue
        s, e = max(s, start), min(e, end)
        if s > pos:
            parts.append((chosen[pos:s], False))
        parts.append((chosen[s:e], True))
        pos = e
    if pos < end:
        parts.append((chosen[pos:end], False))
    if end < len(chosen):
        parts.append(("…", False))
    return Snippet(tuple(parts))
