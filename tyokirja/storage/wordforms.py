"""Finnish-aware word keys for search: base forms (lemmas) of Finnish words, stems of the rest.

Chosen by measurement (bench/search_quality.py, bench/results.md): Voikko's morphology (pyvoikko,
a finite-state transducer with its Finnish dictionary inside the wheel, run by kfst-rs) finds the
base form through inflection and consonant gradation ("asiakkaan" -> "asiakas", "kuuntelin" ->
"kuunnella", "tilanteessa" -> "tilanne"), the verb of a participle and the parts of compounds; words it does not know
(English, names, slang) get an English Snowball stem (PyStemmer) instead.

An entry's text becomes `document_terms(text)`: the space-separated set of keys of its words, kept in
`encounters.search_terms` and indexed by FTS5 beside the trigram index. A query word matches an
entry when it occurs as a substring (trigram index) or when one of `query_keys(word)` is among the
entry's keys. Compounds add the keys of their tail ("tiimipalaverissa" -> "tiimipalaveri" and
"palaveri"), so a word finds the compounds it ends, while the trigram index finds those it starts.
ä and ö are letters of their own throughout: "saa" (saada) never meets "sää".

The transducer takes about a second and ~200 MB to load, so it is loaded once per process, on first
use (`preload()` lets the app do that off the GUI thread). Words are cached.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from functools import cache, lru_cache
from typing import Any

# Bump when the keys change: the diary's index is rebuilt by a migration that calls this module.
ANALYSER_VERSION = 1
MIN_KEY_LETTERS = 3

# Letters only: digits and punctuation split words; hyphenated compounds ("IT-tuesta") are parts.
WORD = re.compile(r"[^\W\d_]+")
_LEMMA_PART = re.compile(r"\[X[a-z]\][^\[]*")
_TAG = re.compile(r"\[[^\]]*\]")
_lock = threading.Lock()


@cache
def _voikko() -> Any:
    with _lock:
        import pyvoikko  # about a second: the transducer is read here

        return pyvoikko


@cache
def _english() -> Any:
    import Stemmer

    return Stemmer.Stemmer("english")


def preload() -> None:
    """Load the analyser now (e.g. from a worker thread at start-up) instead of on first use."""
    _voikko()
    _english()


def words(text: str) -> list[str]:
    """The words of `text`, case-folded, in order (letters only; hyphens and digits split)."""
    return [w.casefold() for w in WORD.findall(text)]


def _surface(segment: str) -> str:
    """The written letters of one compound segment of Voikko's FST output."""
    return _TAG.sub("", _LEMMA_PART.sub("", segment))


_VERB = re.compile(r"^\[Lt\]\[Xp\]([^\[]+)")


@lru_cache(maxsize=65536)
def _analyses(word: str) -> tuple[tuple[str, str, str], ...]:
    """(base form, FST output, verb of a participle or "") for a lower-case word; () if unknown."""
    try:
        found = _voikko().analyse(word)
    except Exception:  # noqa: BLE001 - the transducer refuses odd input with its own errors
        return ()
    result = []
    for a in found:
        if not a.BASEFORM:
            continue
        verb = _VERB.match(a.FSTOUTPUT.split("[Bh]")[-1].removeprefix("[Bc]")) if a.PARTICIPLE else None
        result.append((a.BASEFORM.casefold(), a.FSTOUTPUT, verb.group(1).casefold() if verb else ""))
    return tuple(result)


def _tails(base: str, fst: str) -> set[str]:
    """Base forms of a compound's tails: "asiakaspalaute" -> {"palaute"}, "kuukausikokous" -> two."""
    segments = fst.split("[Bh]")
    tails: set[str] = set()
    written = ""
    for segment in segments[:-1]:
        written += _surface(segment).casefold()
        if not base.startswith(written):
            break
        tail = base[len(written):]
        if len(tail) >= MIN_KEY_LETTERS:
            tails.add(tail)
    return tails


@lru_cache(maxsize=262144)
def word_keys(word: str) -> frozenset[str]:
    """Keys an entry's word is found by: its base forms and compound tails, or an English stem."""
    if len(word) < MIN_KEY_LETTERS:
        return frozenset()
    found = _analyses(word)
    if not found:
        return frozenset({_english().stemWord(word)})
    keys: set[str] = set()
    for base, fst, verb in found:
        if " " in base:
            continue
        keys.add(base)
        if verb:  # a participle is found by its verb too: "kuuntelevani" by "kuunnella"
            keys.add(verb)
        if "[Bh]" in fst:
            keys |= _tails(base, fst)
    return frozenset(k for k in keys if len(k) >= MIN_KEY_LETTERS)


@lru_cache(maxsize=4096)
def query_keys(word: str) -> frozenset[str]:
    """Keys a query word looks for: itself when it is a base form, else its base forms.

    A base form is taken as meant ("tilanne" looks for tilanne, not for "tila" + possessive); a
    compound looks for itself only, never for its tail alone ("asiakaspalaute" is not "palaute").
    """
    word = word.casefold()
    if len(word) < MIN_KEY_LETTERS:
        return frozenset()
    found = _analyses(word)
    if not found:
        return frozenset({_english().stemWord(word)})
    bases = {base for base, _, _ in found if " " not in base and len(base) >= MIN_KEY_LETTERS}
    if word in bases:
        return frozenset({word})
    return frozenset(bases)


def document_terms(texts: Iterable[object]) -> str:
    """The search keys of every word in `texts`, sorted and space-separated (for the index)."""
    keys: set[str] = set()
    for text in texts:
        if isinstance(text, str) and text:
            for word in set(words(text)):
                keys |= word_keys(word)
    return " ".join(sorted(keys))


def same_word(query_word: str, text_word: str) -> bool:
    """Whether `text_word` is a form of `query_word` (keys in common, or the same letters)."""
    q = query_word.casefold()
    t = text_word.casefold()
    if q == t:
        return True
    return bool(query_keys(q) & word_keys(t))


# Endings a Finnish name (or any word Voikko does not know) takes: case endings, then an optional
# possessive suffix and clitic. "Äänisvaara" -> "Äänisvaaran", "Äänisvaaralle", "Äänisvaarallekin".
_CASES = ("", "n", "a", "ä", "ta", "tä", "na", "nä", "ksi", "ssa", "ssä", "sta", "stä", "lla", "llä", "lta",
          "ltä", "lle", "tta", "ttä", "ine", "in", "en", "an", "än", "on", "un", "yn", "hin", "seen", "iin",
          "t", "ja", "jä", "ista", "istä", "ille", "illa", "illä", "ilta", "iltä", "issa", "issä", "ina", "inä",
          "iksi", "itta", "ittä", "ineen")
_POSSESSIVES = ("", "ni", "si", "mme", "nne", "nsa", "nsä", "an", "en", "än")
_CLITICS = ("", "kin", "kaan", "kään", "ko", "kö", "han", "hän", "pa", "pä", "s")
_ENDINGS = frozenset(c + p + k for c in _CASES for p in _POSSESSIVES for k in _CLITICS)


def is_form_of(word: str, text_word: str) -> bool:
    """Whether `text_word` is `word` itself or one of its inflected forms (for "Forget a word").

    The same letters (any case); a base form in common by Voikko, compound tails not counted
    ("asia" is not "asiakas" nor "kokousasia"); for a word Voikko does not know (a name), the word
    followed by a Finnish case ending, possessive suffix or clitic ("Äänisvaaran").
    """
    q = word.casefold()
    t = text_word.casefold()
    if q == t:
        return True
    if len(q) < MIN_KEY_LETTERS:
        return False
    bases = {base for base, _, _ in _analyses(t) if " " not in base}
    if bases and bases & query_keys(q):
        return True
    return t.startswith(q) and t[len(q):] in _ENDINGS and (not bases or not _analyses(q))


_NAME_CLASSES = frozenset({"etunimi", "sukunimi", "paikannimi", "nimi"})


@lru_cache(maxsize=4096)
def word_sense(word: str) -> str:
    """"word" if Voikko reads `word` as an ordinary word, "name" if only as a proper name, else "unknown"."""
    try:
        found = _voikko().analyse(word.casefold())
    except Exception:  # noqa: BLE001 - the transducer refuses odd input with its own errors
        return "unknown"
    if not found:
        return "unknown"
    return "name" if all(a.CLASS in _NAME_CLASSES for a in found) else "word"
