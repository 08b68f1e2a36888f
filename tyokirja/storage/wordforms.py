"""Finnish-aware word keys for search: base forms (lemmas) of Finnish words, stems of the rest.

Chosen by measurement (bench/search_quality.py, bench/results.md): Voikko's morphology (pyvoikko,
a finite-state transducer with its Finnish dictionary inside the wheel, run by kfst-rs) finds the
base form through inflection and consonant gradation ("asiakkaan" -> "asiakas", "kuuntelin" ->
"kuunnella", "tilanteessa" -> "tilanne"), the verb of a participle and the parts of compounds; words it does not know
(English, names, slang) get an English Snowball stem (PyStemmer) instead.

An entry's text becomes `document_terms(text)`: the space-separated set of keys of its words, kept
per field group (`encounters.title_terms`, `facts_terms` and `search_terms` for the other fields,
migration 0013) and indexed by FTS5 beside the trigram index. A query word matches an
entry when it occurs as a substring (trigram index) or when one of `query_keys(word)` is among the
entry's keys. Compounds add the keys of their tail ("tiimipalaverissa" -> "tiimipalaveri" and
"palaveri"), so a word finds the compounds it ends, while the trigram index finds those it starts.
ä and ö are letters of their own throughout: "saa" (saada) never meets "sää".

The analyser (Voikko's transducer) runs in a process of its own (analyser_worker.py): it takes about
a second and ~280 MB to load and holds the GIL while it does. `preload()` starts that process early;
analyses are asked for a whole entry's new words at once and kept in this process.
"""

from __future__ import annotations

import contextlib
import re
import threading
from collections.abc import Iterable
from functools import cache, lru_cache
from typing import Any

from .analyser_worker import AnalyserProcess, AnalyserUnavailable, Analysis, analyse

# Bump when the keys change: the diary's index is rebuilt by a migration that calls this module.
ANALYSER_VERSION = 1
MIN_KEY_LETTERS = 3

# Letters only: digits and punctuation split words; hyphenated compounds ("IT-tuesta") are parts.
WORD = re.compile(r"[^\W\d_]+")
_LEMMA_PART = re.compile(r"\[X[a-z]\][^\[]*")
_TAG = re.compile(r"\[[^\]]*\]")
_KNOWN_LIMIT = 400_000  # analyses kept in this process (about 100 bytes each)
_lock = threading.Lock()
_known: dict[str, tuple[Analysis, ...]] = {}
_process = AnalyserProcess()


@cache
def _local_voikko() -> Any:
    """Voikko in this process: only when its own process cannot run (see analyser_worker.py)."""
    import pyvoikko

    return pyvoikko


@cache
def _english() -> Any:
    import Stemmer

    return Stemmer.Stemmer("english")


def preload() -> None:
    """Start the analyser's process now, so that it has loaded by the first save or search."""
    _english()
    with contextlib.suppress(AnalyserUnavailable):  # if so, the first analysis falls back to this process
        _process.start()


def learn(word_list: Iterable[str]) -> dict[str, tuple[Analysis, ...]]:
    """Analyse the words not analysed yet in one request (an entry's words, a query's); return those."""
    with _lock:
        new = sorted({w for w in word_list if w and w not in _known})
    if not new:
        return {}
    try:
        found = _process.analyse_many(new)
    except AnalyserUnavailable:
        voikko = _local_voikko()
        found = [analyse(voikko, w) for w in new]
    with _lock:
        if len(_known) + len(new) > _KNOWN_LIMIT:
            _known.clear()
        learnt = dict(zip(new, found, strict=True))
        _known.update(learnt)
    return learnt


def words(text: str) -> list[str]:
    """The words of `text`, case-folded, in order (letters only; hyphens and digits split)."""
    return [w.casefold() for w in WORD.findall(text)]


def _surface(segment: str) -> str:
    """The written letters of one compound segment of Voikko's FST output."""
    return _TAG.sub("", _LEMMA_PART.sub("", segment))


def _analyses(word: str) -> tuple[Analysis, ...]:
    """(base form, FST output, verb of a participle or "", class) of a lower-case word; () if unknown."""
    found = _known.get(word)
    if found is None:
        found = learn([word]).get(word)
    return _known.get(word, ()) if found is None else found


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
    for base, fst, verb, _ in found:
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
    bases = {base for base, _, _, _ in found if " " not in base and len(base) >= MIN_KEY_LETTERS}
    if word in bases:
        return frozenset({word})
    return frozenset(bases)


def document_terms(texts: Iterable[object]) -> str:
    """The search keys of every word in `texts`, sorted and space-separated (for the index)."""
    return grouped_terms([texts])[0]


def grouped_terms(groups: Iterable[Iterable[object]]) -> tuple[str, ...]:
    """document_terms of each group of texts (an entry's field groups), their new words analysed in
    one request to the analyser's process."""
    found = [{w for text in texts if isinstance(text, str) and text for w in words(text)} for texts in groups]
    learn(set().union(*found))
    return tuple(" ".join(sorted(set().union(*(word_keys(w) for w in group)))) for group in found)


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
    bases = {base for base, _, _, _ in _analyses(t) if " " not in base}
    if bases and bases & query_keys(q):
        return True
    return t.startswith(q) and t[len(q):] in _ENDINGS and (not bases or not _analyses(q))


_NAME_CLASSES = frozenset({"etunimi", "sukunimi", "paikannimi", "nimi"})


@lru_cache(maxsize=4096)
def word_sense(word: str) -> str:
    """"word" if Voikko reads `word` as an ordinary word, "name" if only as a proper name, else "unknown"."""
    found = _analyses(word.casefold())
    if not found:
        return "unknown"
    return "name" if all(cls in _NAME_CLASSES for _, _, _, cls in found) else "word"
