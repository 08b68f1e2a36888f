"""Likely personal names in text that is about to leave the laptop (the coach report's last check).

Other people appear in Työkirja by role only. Before an export, the selected free text is checked
for capitalised words that are not ordinary words or roles; the user reviews what is found.
Standard library only.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*", re.UNICODE)


@dataclass(frozen=True)
class NameHit:
    """A capitalised word that may be someone's name, with where it was found."""

    word: str
    where: str  # a label the UI shows, e.g. the item heading and field


def likely_names(text: str, known_words: frozenset[str], names: frozenset[str] = frozenset(),
                 sense: Callable[[str], str] | None = None) -> list[str]:
    """Capitalised words that may be someone's name, in order of first appearance.

    - a known ordinary word or role (`known_words`, lower case) is never flagged; a word counts as
      known if it is known or is a known word of four letters or more plus a case ending;
    - a common personal name (`names`, lower case) is flagged anywhere, inflected too (Mikolle,
      Virtasen, Annalle), also at the start of a sentence;
    - any other capitalised word is flagged in the middle of a sentence only (at the start of a
      sentence every word is capitalised);
    - all-capital abbreviations of two to five letters (IT, HR, CRM) are left alone.

    With `sense` (a morphological analyser: "word", "name" or "unknown" for a lower-case word), the
    start of a sentence is judged too: an ordinary word there is not a name even if it looks like an
    inflected one ("Veikkaan" is "I bet", not Veikka), while a proper name or a word the analyser does
    not know is flagged ("Hilppa soitti.").
    """
    found: list[str] = []
    stems = _name_stems(names)
    for match in _WORD.finditer(text):
        word = match.group(0)
        if not word[0].isupper() or word in found:
            continue
        if 2 <= len(word) <= 5 and word.isupper():
            continue
        head, _, rest = word.partition("-")
        if rest and head.isupper() and rest.islower():  # VPN-yhteys, CRM-järjestelmä
            continue
        lower = word.lower()
        if _is_known(lower, known_words):
            continue
        at_start = _starts_sentence(text, match.start())
        if sense is not None and at_start:
            kind = sense(lower)
            if lower in names or kind in ("name", "unknown") or (kind != "word" and _is_name(lower, stems)):
                found.append(word)
        elif _is_name(lower, stems) or not at_start:
            found.append(word)
    return found


_ENDING = re.compile(r"[aeiouyäö]?(?:n|lle|lla|llä|lta|ltä|sta|stä|ssa|ssä|ksi|na|nä|a|ä|t|hin|hen|seen|in)?"
                     r"(?:kin|kaan|kään|han|hän)?")


def _starts_sentence(text: str, at: int) -> bool:
    before = text[:at].rstrip(" \t\"'“”‘’«»(–—-")
    return not before or before[-1] in ".!?…:;\n"


@functools.lru_cache(maxsize=4)
def _name_stems(names: frozenset[str]) -> dict[str, set[str]]:
    """Stems of each name by their first three letters: mikko -> mikko, mikk, mik; virtanen -> virtase."""
    out: dict[str, set[str]] = {}
    for name in names:
        stems = {name, name[:-1]}
        if name.endswith("nen"):
            stems.add(name[:-3] + "se")
        if name[-3:-1] in ("kk", "pp", "tt"):
            stems.add(name[:-2])
        for stem in stems:
            if len(stem) >= 3:
                out.setdefault(stem[:3], set()).add(stem)
    return out


def _is_name(lower: str, stems: dict[str, set[str]]) -> bool:
    return any(lower.startswith(stem) and _ENDING.fullmatch(lower[len(stem):])
               for stem in stems.get(lower[:3], ()))


def _is_known(lower: str, known: frozenset[str]) -> bool:
    if lower in known:
        return True
    for cut in range(1, 6):  # a known word with a case ending: asiakkaalle, kollegalta
        if len(lower) - cut >= 4 and lower[:-cut] in known and _ENDING.fullmatch(lower[-cut:]):
            return True
    parts = [p for p in re.split(r"[-'’]", lower) if p]
    return len(parts) > 1 and all(_is_known(p, known) for p in parts)
