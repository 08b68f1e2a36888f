"""What every importer from another journal shares: the refusal, the report and the entry it makes.

An importer reads its source whole, checks it, and returns a ForeignImport: diary entries (quick
entries "to be completed", like the ones the user types in half a minute) in an ImportBundle that
goes through the same all-or-nothing merge import as a Työkirja file, and what the dry run says
about the source (entries read, duplicates inside it, the period, what does not come over).

Ids are derived from the source (uuid5 over the source kind and the record's own id, or its date
and text), so importing the same source again finds every entry already there and adds nothing.
A problem raises SourceRejected naming the file, the record and the field; it never holds diary text.
"""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from tyokirja.domain.encounter import MAX_TEXT_CHARS, Encounter
from tyokirja.domain.timeutil import MAX_YEAR, MIN_YEAR, to_storage
from tyokirja.exchange.json_format import ImportBundle
from tyokirja.exchange.practice_records import PracticeRecords

KINDS = ("jrnl", "dayone", "rednotebook")
MAX_SOURCE_BYTES = 256 * 1024 * 1024  # one file of a source, as read (a zip member: as unpacked)
MAX_ENTRIES = 1_000_000
TITLE_CHARS = 120
_NAMESPACE = uuid.UUID("6f1d6c1e-8d0f-4c55-9a53-2b7f0e6a1c42")  # fixed forever: ids must stay stable
_SAFE_LABEL = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:+-]{0,63}")

# SourceRejected.code: the fixed set of reasons a source is refused.
CODES = (
    "encoding",  # not UTF-8 (detail: line) or text that is no valid Unicode (a lone surrogate)
    "not_json",  # detail "line:column"
    "not_yaml",  # detail: line
    "yaml_tag",  # a tag that would build something else than text, numbers, lists and mappings
    "yaml_aliases",  # more anchors/aliases than a month file can have (an alias bomb)
    "too_large",  # detail: bytes
    "wrong_shape",  # not the source's export layout at all
    "missing",  # a required field is missing
    "type",  # a field has a value of the wrong type
    "bad_date",  # not a real date or time, or outside the years the diary handles
    "too_long",  # a text longer than the diary stores
    "bad_zip",  # not a zip, or a damaged or truncated one
    "unsafe_name",  # a name inside the zip that points outside it (../, /, C:)
    "no_journal",  # a Day One zip without a journal JSON file
    "no_months",  # a RedNotebook folder without any YYYY-MM.txt month file
    "too_many",  # more entries than MAX_ENTRIES
)


class SourceRejected(ValueError):
    """A source journal was refused; nothing was written to the diary.

    `source` is the path the user chose; `part` the file inside it the problem is in (a zip
    member or a month file), `record` the 1-based position of the entry in that file (or the day
    of the month), `record_id` the entry's own id when it is a plain, safe one (a Day One uuid),
    `field` the source's field name, `code` one of CODES, `detail` a short machine word (a line
    number, "line:column", a size).
    """

    def __init__(self, source: Path, code: str, *, part: str | None = None, record: int | None = None,
                 record_id: str | None = None, field: str | None = None, detail: str = "",
                 unit: str = "entry") -> None:
        assert code in CODES, code
        self.source = Path(source)
        self.code = code
        self.part = part if part is not None and part.isprintable() and len(part) <= 200 else None
        self.unit = unit  # what `record` counts: "entry" (its position) or "day" (of the month file)
        self.record = record
        self.record_id = record_id if record_id is not None and _SAFE_LABEL.fullmatch(record_id) else None
        self.field = field if field is not None and _SAFE_LABEL.fullmatch(field) else None
        self.detail = detail
        super().__init__(f"{code}: {part or '-'} record {record or '-'} field {self.field or '-'} ({detail})")


@dataclass
class ForeignImport:
    """A checked source: the entries to merge in and what a dry run reports about the source."""

    kind: str
    source: Path
    bundle: ImportBundle
    read: int = 0  # entries found in the source
    duplicates: int = 0  # entries the source holds twice (imported once)
    first: date | None = None
    last: date | None = None
    not_imported: dict[str, int] = field(default_factory=dict)  # what -> how many (e.g. "photos": 3)

    @property
    def entries(self) -> list[Encounter]:
        """The entries read from the source (another journal's bundle holds them as a list)."""
        entries = self.bundle.encounters
        assert isinstance(entries, list), "an importer builds its bundle in memory"
        return entries


def stable_id(kind: str, *parts: str) -> str:
    """An id that is the same every time the same source record is imported."""
    return f"{kind}-{uuid.uuid5(_NAMESPACE, chr(31).join((kind, *parts))).hex}"


def title_from(text: str, fallback: str) -> str:
    """The first non-empty line of `text`, shortened to TITLE_CHARS (the whole text stays in facts)."""
    for line in text.splitlines():
        line = line.strip().strip("#=*").strip()
        if line:
            return line if len(line) <= TITLE_CHARS else line[: TITLE_CHARS - 1].rstrip() + "…"
    return fallback


def note_value(value: Any) -> str:
    """A source field's value as a note line shows it (text as it is, anything else as JSON)."""
    if isinstance(value, str):
        return value
    try:
        return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    except (TypeError, ValueError):  # keys of mixed types (YAML): as Python shows it
        return str(value)


def make_entry(entry_id: str, when: datetime, title: str, facts: str, notes: list[str]) -> Encounter:
    """A quick entry waiting to be completed: the source's text, its extras in the note."""
    return Encounter(id=entry_id, occurred_at=when, title=title, facts=facts, notes="\n".join(notes),
                     needs_completion=True)


class Checker:
    """Checks of one source file's values that raise SourceRejected naming where they are."""

    def __init__(self, source: Path, part: str | None = None, unit: str = "entry") -> None:
        self.source, self.part, self.unit = source, part, unit

    def reject(self, code: str, *, record: int | None = None, record_id: str | None = None,
               field: str | None = None, detail: str = "") -> SourceRejected:
        return SourceRejected(self.source, code, part=self.part, record=record, record_id=record_id,
                              field=field, detail=detail, unit=self.unit)

    def text(self, value: object, record: int | None, field: str, *, record_id: str | None = None,
             required: bool = False) -> str:
        """A text field: a str (None or missing counts as empty unless `required`), valid Unicode, not too long."""
        if value is None and not required:
            return ""
        if value is None:
            raise self.reject("missing", record=record, record_id=record_id, field=field)
        if not isinstance(value, str):
            raise self.reject("type", record=record, record_id=record_id, field=field)
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise self.reject("encoding", record=record, record_id=record_id, field=field) from None
        if "\x00" in value:
            raise self.reject("encoding", record=record, record_id=record_id, field=field, detail="nul")
        if len(value) > MAX_TEXT_CHARS:
            raise self.reject("too_long", record=record, record_id=record_id, field=field)
        return value

    def moment(self, value: datetime, record: int | None, field: str, *, record_id: str | None = None) -> datetime:
        """A moment the diary can store (years MIN_YEAR..MAX_YEAR, aware)."""
        if not MIN_YEAR <= value.year <= MAX_YEAR:
            raise self.reject("bad_date", record=record, record_id=record_id, field=field, detail="years")
        try:
            to_storage(value)
        except (ValueError, OverflowError):
            raise self.reject("bad_date", record=record, record_id=record_id, field=field) from None
        return value


def decode_utf8(data: bytes, check: Checker) -> str:
    """UTF-8 text (a leading byte-order mark dropped), or SourceRejected("encoding") naming the line."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise check.reject("encoding", detail=str(line)) from None


def read_capped(path: Path, check: Checker) -> bytes:
    """A source file's bytes, refusing one over MAX_SOURCE_BYTES before reading it whole."""
    size = path.stat().st_size
    if size > MAX_SOURCE_BYTES:
        raise check.reject("too_large", detail=str(size))
    with open(path, "rb") as handle:
        data = handle.read(MAX_SOURCE_BYTES + 1)
    if len(data) > MAX_SOURCE_BYTES:
        raise check.reject("too_large", detail=str(len(data)))
    return data


def load_json(data: bytes, check: Checker) -> object:
    """JSON text to Python values, refusals naming the line and column; no NaN or Infinity."""
    text = decode_utf8(data, check)

    def no_constant(name: str) -> object:
        raise ValueError(name)

    try:
        return json.loads(text, parse_constant=no_constant, parse_int=_parse_int)
    except json.JSONDecodeError as exc:
        raise check.reject("not_json", detail=f"{exc.lineno}:{exc.colno}") from None
    except RecursionError:
        raise check.reject("wrong_shape", detail="depth") from None
    except ValueError:
        raise check.reject("not_json", detail="syntax") from None


_DECODER = json.JSONDecoder(parse_constant=lambda name: _no_constant(name), parse_int=lambda t: _parse_int(t))
_SPACE = re.compile(r"[ \t\n\r]*")


def _no_constant(name: str) -> object:
    raise ValueError(name)


def load_entries_json(data: bytes, check: Checker) -> dict[str, Any]:
    """A JSON object whose "entries" array is decoded one entry at a time (as load_json otherwise).

    The same result as json.loads, but a 20,000-entry export is not one long C call: between
    entries the worker thread lets the GUI thread run (a single json.loads of a few megabytes holds
    the GIL for a quarter of a second on a busy machine). Refusals name the line and column.
    """
    text = decode_utf8(data, check)
    try:
        document = _object_with_entries(text)
    except json.JSONDecodeError as exc:
        raise check.reject("not_json", detail=f"{exc.lineno}:{exc.colno}") from None
    except RecursionError:
        raise check.reject("wrong_shape", detail="depth") from None
    except ValueError:
        raise check.reject("not_json", detail="syntax") from None
    if document is None:  # not an object at all: whatever it is, it is no journal export
        value = load_json(data, check)
        if not isinstance(value, dict):
            raise check.reject("wrong_shape", field="entries")
        return value
    return document


def _object_with_entries(text: str) -> dict[str, Any] | None:
    at = _SPACE.match(text, 0).end()  # type: ignore[union-attr]
    if not text.startswith("{", at):
        return None
    result: dict[str, Any] = {}
    at = _SPACE.match(text, at + 1).end()  # type: ignore[union-attr]
    if text.startswith("}", at):
        return _end(text, at + 1, result)
    while True:
        if not text.startswith('"', at):
            raise json.JSONDecodeError("Expecting property name enclosed in double quotes", text, at)
        key, at = _DECODER.raw_decode(text, at)
        at = _SPACE.match(text, at).end()  # type: ignore[union-attr]
        if not text.startswith(":", at):
            raise json.JSONDecodeError("Expecting ':' delimiter", text, at)
        at = _SPACE.match(text, at + 1).end()  # type: ignore[union-attr]
        if key == "entries" and text.startswith("[", at):
            value, at = _array(text, at + 1)
        else:
            value, at = _DECODER.raw_decode(text, at)
        result[key] = value
        at = _SPACE.match(text, at).end()  # type: ignore[union-attr]
        if text.startswith("}", at):
            return _end(text, at + 1, result)
        if not text.startswith(",", at):
            raise json.JSONDecodeError("Expecting ',' delimiter", text, at)
        at = _SPACE.match(text, at + 1).end()  # type: ignore[union-attr]


def _array(text: str, at: int) -> tuple[list[Any], int]:
    items: list[Any] = []
    at = _SPACE.match(text, at).end()  # type: ignore[union-attr]
    if text.startswith("]", at):
        return items, at + 1
    while True:
        item, at = _DECODER.raw_decode(text, at)
        items.append(item)
        at = _SPACE.match(text, at).end()  # type: ignore[union-attr]
        if text.startswith("]", at):
            return items, at + 1
        if not text.startswith(",", at):
            raise json.JSONDecodeError("Expecting ',' delimiter", text, at)
        at = _SPACE.match(text, at + 1).end()  # type: ignore[union-attr]


def _end(text: str, at: int, result: dict[str, Any]) -> dict[str, Any]:
    rest = _SPACE.match(text, at).end()  # type: ignore[union-attr]
    if rest != len(text):
        raise json.JSONDecodeError("Extra data", text, rest)
    return result


def _parse_int(text: str) -> int | float:
    return int(text) if len(text) <= 30 else float("inf")  # huge literals: out of every range


def finish(kind: str, source: Path, entries: list[Encounter], read: int,
           not_imported: dict[str, int]) -> ForeignImport:
    """The ForeignImport of `entries` (in source order): one per id, the period they cover."""
    seen: set[str] = set()
    unique: list[Encounter] = []
    for entry in entries:
        if entry.id in seen:
            continue
        seen.add(entry.id)
        unique.append(entry)
    days = [e.occurred_at.date() for e in unique]
    return ForeignImport(kind=kind, source=source, bundle=ImportBundle(unique, PracticeRecords()), read=read,
                         duplicates=len(entries) - len(unique), first=min(days, default=None),
                         last=max(days, default=None), not_imported={k: v for k, v in not_imported.items() if v})
