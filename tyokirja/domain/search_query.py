"""The search box's query language, parsed into plain data (no SQL here).

    asiakas palaute        both words (each also finds its inflected forms)
    "soitin takaisin"      the exact phrase, letter for letter
    -kiire                 entries without the word (or -"a phrase")
    puhelu OR sähköposti   either word (OR in capitals, between two terms)

Anything else is taken literally and is never an error: an unclosed quote is left out, a lone "-"
or an "OR" with nothing on one side is searched as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_PIECE = re.compile(r'(-?)"([^"]*)"|(\S+)')


@dataclass(frozen=True)
class Term:
    """One thing to look for: a word (with its forms) or an exact phrase."""

    text: str
    phrase: bool = False


@dataclass(frozen=True)
class SearchQuery:
    """All `groups` must match (each group: any of its terms); no `excluded` term may match."""

    groups: tuple[tuple[Term, ...], ...] = ()
    excluded: tuple[Term, ...] = field(default=())

    def is_empty(self) -> bool:
        return not self.groups and not self.excluded

    def positive_terms(self) -> list[Term]:
        """Every term that can make an entry match (for highlighting), in query order."""
        return [term for group in self.groups for term in group]


def _pieces(text: str) -> list[tuple[bool, Term]]:
    """(negated, term) in order; quotes pair up left to right, an unpaired quote is a letter."""
    pieces: list[tuple[bool, Term]] = []
    for match in _PIECE.finditer(text):
        minus, quoted, bare = match.groups()
        if bare is None:
            inner = " ".join(quoted.split())
            if inner:
                pieces.append((bool(minus), Term(inner, phrase=True)))
            continue
        negated = bare.startswith("-") and len(bare) > 1 and bare != "--"
        word = (bare[1:] if negated else bare).replace('"', "")
        if word:
            pieces.append((negated, Term(word)))
    return pieces


def parse_query(text: str) -> SearchQuery:
    """Parse what the user typed; never raises."""
    pieces = _pieces(text.strip())
    groups: list[list[Term]] = []
    excluded: list[Term] = []
    join_next = False
    for index, (negated, term) in enumerate(pieces):
        is_or = not negated and not term.phrase and term.text == "OR"
        if is_or and groups and not join_next and index + 1 < len(pieces) and not pieces[index + 1][0]:
            join_next = True
            continue
        if negated:
            excluded.append(term)
            join_next = False
            continue
        if join_next:
            groups[-1].append(term)
        else:
            groups.append([term])
        join_next = False
    return SearchQuery(tuple(tuple(g) for g in groups), tuple(excluded))
