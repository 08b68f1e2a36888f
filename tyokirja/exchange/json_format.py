"""The Työkirja JSON exchange format (docs/exchange-format.md): build, write, read and check.

Export writes one versioned, schema-described UTF-8 document, atomically and owner-only. Import is
all or nothing: the whole file is parsed, validated against the JSON Schema and checked record by
record before anything reaches the diary; the first problem raises ImportRejected.

Version 2 adds the practice arrays (exercise_sessions, follow_ups, feedback_requests, goals; see
practice_records.py); version 3 the rating sessions, the shared-reports log and the chosen settings
(format3.py). Version 1 and 2 files still import: they simply hold fewer kinds of record.
"""

from __future__ import annotations

import functools
import io
import json
import os
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO, Protocol, cast

import fastjsonschema
import jsonschema

from tyokirja.domain.content import Catalogue
from tyokirja.domain.encounter import Encounter, encounter_from_dict, encounter_to_dict
from tyokirja.domain.exercise import ExerciseLibrary
from tyokirja.domain.timeutil import parse_iso, to_storage
from tyokirja.domain.validation import validate_encounter
from tyokirja.resources import resources_dir

from . import format3, limits
from .atomic_file import write_atomically as write_atomically
from .atomic_file import write_chunks_atomically as write_chunks_atomically
from .format3 import HistoryRecords, build_history, parse_history
from .json_stream import StreamReader
from .json_text import _encode, _quote
from .json_text import dumps as dumps
from .practice_records import ARRAY_NAMES, PracticeRecords, build_arrays, parse_practice
from .rejection import (  # noqa: F401 (CODES, ImportRejected re-exported)
    CODES,
    ImportRejected,
    date_rejection,
    int_rejection,
    is_plain_name,
    record_id,
    surrogate_field,
)

_is_plain_name, _record_id, _surrogate_field = is_plain_name, record_id, surrogate_field

FORMAT = "tyokirja-export"
FORMAT_VERSION = 3
SUPPORTED_VERSIONS = (1, 2, 3)  # every version listed here stays importable
RECORD_ARRAYS = ("encounters", *ARRAY_NAMES, *format3.ARRAY_NAMES)
MAX_IMPORT_BYTES = 128 * 1024 * 1024
SCHEMA_FILE = "tyokirja-export-v{version}.schema.json"

_TIME_FIELDS = ("occurred_at", "created_at", "updated_at")


@dataclass(frozen=True)
class Header:
    """What an export says about itself."""

    format_version: int
    exported_at: str | None
    app_version: str | None
    content_version: int | None


# -- export -------------------------------------------------------------------------------------


def _sort_key(enc: Encounter) -> tuple[str, str]:
    return to_storage(enc.occurred_at)[0], enc.id


def record_dict(enc: Encounter) -> dict[str, Any]:
    """One entry as it appears in the file (elements in a stable key order)."""
    data = encounter_to_dict(enc)
    data["elements"] = dict(sorted(data["elements"].items()))
    return data


def build_document(
    encounters: list[Encounter],
    *,
    exported_at: datetime,
    app_version: str,
    content_version: int,
    practice: PracticeRecords | None = None,
    history: HistoryRecords | None = None,
) -> dict[str, Any]:
    """The export document: header fields, every entry by occurred_at and id, the practice arrays,
    then the rating sessions, the shared-reports log and the chosen settings."""
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "exported_at": exported_at.isoformat(timespec="seconds"),
        "app_version": app_version,
        "content_version": content_version,
        "encounters": [record_dict(enc) for enc in sorted(encounters, key=_sort_key)],
        **build_arrays(practice),
        **build_history(history),
    }


@dataclass
class ImportBundle:
    """Everything a checked export file holds, ready to insert."""

    encounters: list[Encounter] | FileEntries  # FileEntries: read from the file when needed (open_document)
    practice: PracticeRecords
    history: HistoryRecords = field(default_factory=HistoryRecords)

    def __len__(self) -> int:  # the number of diary entries
        return len(self.encounters)

    def counts(self) -> dict[str, int]:
        """How many records of each kind (RECORD_ARRAYS order), as the import message reports them."""
        return {"encounters": len(self.encounters),
                **{name: len(getattr(self.practice, name)) for name in ARRAY_NAMES},
                **{name: len(getattr(self.history, name)) for name in format3.ARRAY_NAMES}}


def iter_document_text(
    encounters: Iterable[Encounter],
    *,
    exported_at: datetime,
    app_version: str,
    content_version: int,
    practice: PracticeRecords | None = None,
    history: HistoryRecords | None = None,
    batch: int = 256,
) -> Iterator[str]:
    """The text of the export document in pieces, byte for byte what dumps(build_document(...))
    writes, with `encounters` read one at a time (they must come in export order: occurred_at
    instant, then id). An export of any size is written without holding it whole."""
    head: dict[str, Any] = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "exported_at": exported_at.isoformat(timespec="seconds"),
        "app_version": app_version,
        "content_version": content_version,
    }
    parts: list[str] = ["{"]
    for key, value in head.items():
        parts.append("\n  " + _quote(key) + ": ")
        _encode(value, "  ", parts)
        parts.append(",")
    parts.append('\n  "encounters": [')
    count = 0
    for enc in encounters:
        parts.append("\n    " if count == 0 else ",\n    ")
        _encode(record_dict(enc), "    ", parts)
        count += 1
        if count % batch == 0:
            yield "".join(parts)
            parts = []
    parts.append("\n  ]" if count else "]")
    for key, value in {**build_arrays(practice), **build_history(history)}.items():
        parts.append(",\n  " + _quote(key) + ": ")
        _encode(value, "  ", parts)
    parts.append("\n}\n")
    yield "".join(parts)


# -- import -------------------------------------------------------------------------------------


@functools.cache
def schema(version: int = FORMAT_VERSION) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a format version, from resources/schema/."""
    path = resources_dir() / "schema" / SCHEMA_FILE.format(version=version)
    document: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return document


@functools.cache
def _validator(version: int) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(schema(version))


def read_import_file(path: Path) -> bytes:
    """The raw bytes of an import file, refusing one that is too large before reading it."""
    path = Path(path)
    size = path.stat().st_size  # OSError for a missing or unreadable file goes to the caller
    if size > MAX_IMPORT_BYTES:
        raise ImportRejected(None, None, None, "too_large", str(size))
    with open(path, "rb") as handle:
        data = handle.read(MAX_IMPORT_BYTES + 1)
    if len(data) > MAX_IMPORT_BYTES:
        raise ImportRejected(None, None, None, "too_large", str(len(data)))
    return data


def decode(data: bytes) -> object:
    """UTF-8 (with or without a byte-order mark) JSON text to Python values, read with the
    streaming reader's limits (json_stream): nesting deeper than limits.MAX_DEPTH is "too_deep",
    however deep; a value past the record limits "too_large"."""
    document: dict[str, Any] = {}
    for kind, key, value in StreamReader(io.BytesIO(data), RECORD_ARRAYS).events():
        if kind == "value" and key == "":
            return value
        if kind == "array":
            document[key] = []
        elif kind == "record":
            document[key].append(value)
        else:
            document[key] = value
    return document


def check_header(document: object) -> Header:
    """Refuse anything that is not a Työkirja export of a version this program reads."""
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ImportRejected(None, None, "format", "wrong_format")
    version = document.get("format_version")
    if type(version) is not int or version not in SUPPORTED_VERSIONS:
        shown = str(version) if type(version) is int and 0 < version <= 1000 else ""
        raise ImportRejected(None, None, "format_version", "unsupported_version", shown)
    content_version = document.get("content_version")
    return Header(
        format_version=version,
        exported_at=document.get("exported_at") if isinstance(document.get("exported_at"), str) else None,
        app_version=document.get("app_version") if isinstance(document.get("app_version"), str) else None,
        content_version=content_version if type(content_version) is int else None,
    )


def _schema_error_field(error: jsonschema.ValidationError) -> str | None:
    """The JSON field a schema error is about (dotted), naming the offending key when it is one."""
    path = list(error.absolute_path)
    if path[:1] and path[0] in RECORD_ARRAYS and len(path) >= 2:
        path = path[2:]
    names = [str(p) for p in path if isinstance(p, str)]
    extra: str | None = None
    if error.validator == "required" and isinstance(error.instance, dict):
        missing = [k for k in error.validator_value if k not in error.instance]
        extra = missing[0] if missing else None
    elif error.validator == "additionalProperties" and isinstance(error.instance, dict):
        known = set(error.schema.get("properties", {}))
        unknown = sorted(k for k in error.instance if k not in known)
        extra = unknown[0] if unknown else None
    if extra is not None:
        names.append(extra if _is_plain_name(extra) else "?")
    if path and path[0] in ("elements", "responses", "result"):
        names = [path[0]]  # keys inside are content or step ids; the field is the container
    return ".".join(names) or None


@functools.cache
def _fast_validator(version: int) -> Callable[[object], object]:
    """The schema compiled to Python (fastjsonschema): about 15 times faster than jsonschema on
    an export. It only ever says "valid"; for anything it refuses, jsonschema decides and names
    the problem (the schema uses no keyword whose meaning differs between the two)."""
    compiled: Callable[[object], object] = fastjsonschema.compile(schema(version))
    return compiled


def _first_schema_error(document: dict[str, Any], version: int) -> ImportRejected | None:
    try:
        _fast_validator(version)(document)
        return None
    except fastjsonschema.JsonSchemaException:
        pass  # jsonschema names the first problem (or, should the two disagree, lets it pass)
    def order(error: jsonschema.ValidationError) -> tuple[int, int]:
        path = list(error.absolute_path)
        if path[:1] and path[0] in RECORD_ARRAYS and len(path) >= 2 and isinstance(path[1], int):
            return (1 + RECORD_ARRAYS.index(path[0]), path[1])
        return (0, 0)

    errors = sorted(_validator(version).iter_errors(document), key=order)
    if not errors:
        return None
    error = errors[0]
    while error.context:  # oneOf (org_metric): the branch of the value's type, deepest error first
        error = max(error.context, key=lambda e: (e.validator != "type", len(e.absolute_path)))
    path = list(error.absolute_path)
    index = record_id = array = None
    if path[:1] and path[0] in RECORD_ARRAYS and len(path) >= 2 and isinstance(path[1], int):
        array, index = path[0], path[1] + 1
        record_id = _record_id(document[array][path[1]])
    field = _schema_error_field(error)
    if field is None and index is None:
        field = path[0] if path and _is_plain_name(path[0]) else None
    bounds = limits.int_range(array, field) if error.validator in ("minimum", "maximum", "type") else None
    return ImportRejected(index, record_id, field, "schema", str(error.validator), array, limits=bounds)


def _check_dates(record: dict[str, Any]) -> tuple[str, str] | None:
    """(field, "not_real" | "years") for the first timestamp or day that is no real moment or day
    in the years the diary handles (limits.MIN_YEAR..MAX_YEAR)."""
    for name in _TIME_FIELDS:
        value = record.get(name)
        problem = limits.moment_problem(value) if value is not None else None
        if problem is not None:
            return name, problem
    due = (record.get("follow_up") or {}).get("due")
    problem = limits.day_problem(due) if due is not None else None
    return ("follow_up.due", problem) if problem is not None else None


def parse_document(data: bytes, catalogue: Catalogue, library: ExerciseLibrary | None = None) -> ImportBundle:
    """Every record of an export file held in memory (see parse_stream)."""
    return parse_stream(io.BytesIO(data), catalogue, library)


def load_document(path: Path, catalogue: Catalogue, library: ExerciseLibrary | None = None, *,
                  progress: Callable[[int, int], None] | None = None) -> ImportBundle:
    """Read and check an export file of any size (see parse_stream), every entry held in the
    bundle; `progress(bytes read, file size)` as it goes. OSError if it cannot be read."""
    path = Path(path)
    with open(path, "rb") as handle:
        return parse_stream(handle, catalogue, library, total=os.fstat(handle.fileno()).st_size, progress=progress)


def open_document(path: Path, catalogue: Catalogue, library: ExerciseLibrary | None = None, *,
                  progress: Callable[[int, int], None] | None = None) -> ImportBundle:
    """Check a whole export file like load_document, but keep only its entries' number: the
    bundle's entries (FileEntries) are read from the file again, checked again, whenever they
    are needed, so a file of any size is planned and imported in flat memory."""
    path = Path(path)
    count = 0
    with open(path, "rb") as handle:
        batches = iter_batches(handle, catalogue, library, total=os.fstat(handle.fileno()).st_size,
                               progress=progress)
        while True:
            try:
                count += len(next(batches))
            except StopIteration as stop:
                bundle: ImportBundle = stop.value
                break
    bundle.encounters = FileEntries(path, catalogue, library, count)
    return bundle


class FileEntries:
    """The entries of an export file that passed every check, read (and checked) anew on each
    iteration, in file order; len() is their number. A file changed since raises ImportRejected
    or OSError while it is read."""

    def __init__(self, path: Path, catalogue: Catalogue, library: ExerciseLibrary | None, count: int) -> None:
        self.path, self._catalogue, self._library, self._count = Path(path), catalogue, library, count

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[Encounter]:
        with open(self.path, "rb") as handle:
            for batch in iter_batches(handle, self._catalogue, self._library):
                yield from batch


def parse_stream(stream: BinaryIO, catalogue: Catalogue, library: ExerciseLibrary | None = None, *,
                 total: int = 0, progress: Callable[[int, int], None] | None = None) -> ImportBundle:
    """Every record of an export file read from `stream`, or ImportRejected naming the first
    problem (see iter_batches), the entries held in the bundle."""
    encounters: list[Encounter] = []
    batches = iter_batches(stream, catalogue, library, total=total, progress=progress)
    while True:
        try:
            encounters.extend(next(batches))
        except StopIteration as stop:
            bundle: ImportBundle = stop.value
            break
    bundle.encounters = encounters
    return bundle


def iter_batches(stream: BinaryIO, catalogue: Catalogue, library: ExerciseLibrary | None = None, *,
                 total: int = 0, progress: Callable[[int, int], None] | None = None,
                 size: int = 500) -> Generator[list[Encounter], None, ImportBundle]:
    """The checked entries of an export file read from `stream`, `size` at a time; returns (as
    the generator's value) the bundle of every other record, its entries left empty.

    The file is read record by record (json_stream: limits on depth, record size and count
    instead of a size cap). Checks, in order: encoding, JSON syntax and limits, format marker and
    version, the JSON Schema and the integer ranges of limits.INT_FIELDS, real dates in the years
    the diary handles, ids unique within their array, answers (limits.answer_problem and their
    exercise step), and content ids known to `catalogue` (validate_encounter) and, for exercise
    sessions, to `library` (the shipped library when None). A version 1 file has no practice records.
    The first problem raises ImportRejected.
    """
    document: dict[str, Any] = {}  # the header values and the practice and history arrays
    header: Header | None = None
    batch: list[Encounter] = []
    count = 0
    early: list[dict[str, Any]] = []  # entries met before the header (none in the app's own files)
    seen: set[str] = set()
    for kind, key, value in StreamReader(stream, RECORD_ARRAYS, total=total, progress=progress).events():
        if kind == "value" and key == "":
            check_header(value)  # not a JSON object: refused as no export
        elif kind == "value":
            document[key] = value
        elif kind == "array":
            document[key] = []
            if key == "encounters" and "format" in document and "format_version" in document:
                header = _check_head(document)
        elif key != "encounters":
            document[key].append(value)
        elif header is None:
            early.append(cast(dict[str, Any], value))
        else:
            count += 1
            batch.append(_checked_encounter(count, value, header.format_version, seen, catalogue))
            if len(batch) >= size:
                yield batch
                batch = []
    header = header or _check_head(document)
    for record in early:
        count += 1
        batch.append(_checked_encounter(count, record, header.format_version, seen, catalogue))
    if batch:
        yield batch
    rejected = _first_schema_error(document, header.format_version) or int_rejection(None, None, document, None)
    if rejected is not None:
        raise rejected
    practice = parse_practice(document, catalogue, library) if header.format_version >= 2 else PracticeRecords()
    history = parse_history(document, catalogue) if header.format_version >= 3 else HistoryRecords()
    return ImportBundle([], practice, history)


def _with_required(document: dict[str, Any], version: int, **records: list[Any]) -> dict[str, Any]:
    """`document` with every array and object its schema requires (empty when missing) and `records`."""
    filled: dict[str, Any] = {name: ({} if name == "settings" else []) for name in schema(version)["required"]
              if name not in ("format", "format_version")}
    return {**filled, **document, **records}


def _check_head(document: dict[str, Any]) -> Header:
    """The header of a file whose records are about to be read: marker, version, the schema and
    integer ranges of the fields so far, the export time."""
    header = check_header(document)
    whole = _with_required(document, header.format_version)
    rejected = _first_schema_error(whole, header.format_version) or int_rejection(None, None, whole, None)
    if rejected is not None:
        raise rejected
    if document.get("exported_at") is not None:
        try:
            parse_iso(document["exported_at"])
        except ValueError:
            raise ImportRejected(None, None, "exported_at", "bad_date") from None
    return header


def _checked_encounter(position: int, record: Any, version: int, seen: set[str], catalogue: Catalogue) -> Encounter:
    """One entry of the file, checked on its own (the schema, then the checks of parse_stream)."""
    found = _first_schema_error(_with_required({"format": FORMAT, "format_version": version}, version,
                                               encounters=[record]), version)
    if found is not None:
        raise ImportRejected(position, found.record_id, found.field, found.code, found.detail, "encounters",
                             limits=found.limits)
    record_id = _record_id(record)
    if record_id is None:
        raise ImportRejected(position, None, "id", "schema", "pattern")
    hidden = _surrogate_field(record)
    if hidden is not None:
        field = ".".join(hidden) if all(_is_plain_name(p) for p in hidden) else None
        raise ImportRejected(position, record_id, field, "not_json", "encoding")
    bad = _check_dates(record)
    if bad is not None:
        raise date_rejection(position, record_id, *bad, "encounters")
    if record_id in seen:
        raise ImportRejected(position, record_id, "id", "duplicate_id")
    seen.add(record_id)
    rejected = int_rejection(position, record_id, record, "encounters")
    if rejected is not None:
        raise rejected
    enc = encounter_from_dict(record)  # difficulty and org_metric.value are ints by now
    problems = validate_encounter(enc, catalogue)
    if problems:
        problem = problems[0]
        code = "unknown_value" if problem.code == "unknown_value" else "schema"
        raise ImportRejected(position, record_id, problem.field, code, problem.code)
    return enc


class _Identified(Protocol):
    @property
    def id(self) -> str: ...


def refuse_existing(encounters: Sequence[_Identified], existing: set[str], array: str = "encounters") -> None:
    """ImportRejected(already_exists) for the first record whose id the diary already holds."""
    for position, record in enumerate(encounters, start=1):
        if record.id in existing:
            raise ImportRejected(position, record.id, "id", "already_exists", "", array)
