"""The Työkirja JSON exchange format (docs/exchange-format.md): build, write, read and check.

Export writes one versioned, schema-described UTF-8 document, atomically and owner-only. Import is
all or nothing: the whole file is parsed, validated against the JSON Schema and checked record by
record before anything reaches the diary; the first problem raises ImportRejected.

Version 2 adds the practice arrays (exercise_sessions, follow_ups, feedback_requests, goals; see
practice_records.py); version 3 the rating sessions, the shared-reports log and the chosen settings
(format3.py); version 4 the coaching sessions, flags and agreements (format4.py). Version 1 to 3
files still import: they simply hold fewer kinds of record.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import json
import json.encoder
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import IO, Any, NoReturn, Protocol

import jsonschema

from tyokirja.domain.content import Catalogue
from tyokirja.domain.encounter import Encounter, encounter_from_dict, encounter_to_dict
from tyokirja.domain.exercise import ExerciseLibrary
from tyokirja.domain.timeutil import parse_iso, to_storage
from tyokirja.domain.validation import validate_encounter
from tyokirja.resources import resources_dir

from . import format3, format4, limits
from .format3 import HistoryRecords, build_history, parse_history
from .format4 import CoachingRecords, build_coaching, parse_coaching
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
FORMAT_VERSION = 4
SUPPORTED_VERSIONS = (1, 2, 3, 4)  # every version listed here stays importable
RECORD_ARRAYS = ("encounters", *ARRAY_NAMES, *format3.ARRAY_NAMES, *format4.ARRAY_NAMES)
MAX_IMPORT_BYTES = 128 * 1024 * 1024
SCHEMA_FILE = "tyokirja-export-v{version}.schema.json"

_UTF8_BOM = b"\xef\xbb\xbf"
_OTHER_BOMS = (b"\x00\x00\xfe\xff", b"\xff\xfe\x00\x00", b"\xfe\xff", b"\xff\xfe")
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
    coaching: CoachingRecords | None = None,
) -> dict[str, Any]:
    """The export document: header fields, every entry by occurred_at and id, the practice arrays,
    then the rating sessions, the shared-reports log and the chosen settings, then the coaching loop."""
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "exported_at": exported_at.isoformat(timespec="seconds"),
        "app_version": app_version,
        "content_version": content_version,
        "encounters": [record_dict(enc) for enc in sorted(encounters, key=_sort_key)],
        **build_arrays(practice),
        **build_history(history),
        **build_coaching(coaching),
    }


@dataclass
class ImportBundle:
    """Everything a checked export file holds, ready to insert."""

    encounters: list[Encounter]
    practice: PracticeRecords
    history: HistoryRecords = field(default_factory=HistoryRecords)
    coaching: CoachingRecords = field(default_factory=CoachingRecords)

    def __len__(self) -> int:  # the number of diary entries
        return len(self.encounters)

    def counts(self) -> dict[str, int]:
        """How many records of each kind (RECORD_ARRAYS order), as the import message reports them."""
        return {"encounters": len(self.encounters),
                **{name: len(getattr(self.practice, name)) for name in ARRAY_NAMES},
                **{name: len(getattr(self.history, name)) for name in format3.ARRAY_NAMES},
                **{name: len(getattr(self.coaching, name)) for name in format4.ARRAY_NAMES}}


def dumps(document: dict[str, Any]) -> str:
    """The document as text exactly as it is written to disk: what json.dumps(document,
    ensure_ascii=False, indent=2) writes, plus a final newline, built about twice as fast (the
    standard library's indenting encoder is a pure-Python generator; an export holds millions of
    values)."""
    parts: list[str] = []
    _encode(document, "", parts)
    parts.append("\n")
    return "".join(parts)


_quote = json.encoder.encode_basestring  # the C implementation of a JSON string, non-ASCII as itself


def _encode(value: object, indent: str, out: list[str]) -> None:
    """Append `value` as indented JSON; `indent` is the indentation of the line it starts on."""
    if isinstance(value, str):
        out.append(_quote(value))
    elif value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, int):
        out.append(int.__repr__(value))
    elif isinstance(value, float):
        out.append(json.dumps(value))  # NaN and infinities never reach an export
    elif isinstance(value, dict):
        if not value:
            out.append("{}")
            return
        inner = indent + "  "
        out.append("{")
        first = True
        for key, item in value.items():
            out.append("\n" + inner if first else ",\n" + inner)
            first = False
            out.append(_quote(key if isinstance(key, str) else json.dumps(key)))
            out.append(": ")
            _encode(item, inner, out)
        out.append("\n" + indent + "}")
    elif isinstance(value, (list, tuple)):
        if not value:
            out.append("[]")
            return
        inner = indent + "  "
        out.append("[")
        first = True
        for item in value:
            out.append("\n" + inner if first else ",\n" + inner)
            first = False
            _encode(item, inner, out)
        out.append("\n" + indent + "]")
    else:
        raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def _open_for(target: Path | int, data: str | bytes) -> IO[Any]:
    """`target` (a path or a file descriptor) opened for writing `data`: binary for bytes, text for str."""
    if isinstance(data, bytes):
        return open(target, "wb")
    return open(target, "w", encoding="utf-8", newline="\n")


def write_atomically(path: Path, text: str | bytes) -> None:
    """Write owner-only (0600) via a temp file in the same folder, fsync and rename (text or bytes).

    A failure (disk full, interrupted run) leaves any earlier file at `path` as it was and no
    half-written file behind. OSError propagates to the caller.
    """
    path = Path(path)
    if path.exists() and not path.is_file():
        # A device or pipe (/dev/stdout, /dev/full, a FIFO): write into it as it is. Renaming a
        # temp file over it would replace the device node itself (as root, even /dev/full).
        if path.is_dir():
            raise IsADirectoryError(errno.EISDIR, "is a directory", str(path))
        with _open_for(path, text) as handle:
            handle.write(text)
            handle.flush()
        return
    folder = path.parent if str(path.parent) else Path(".")
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with _open_for(fd, text) as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp_name, 0o600)
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    with contextlib.suppress(OSError):
        dir_fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


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
    """UTF-8 (with or without a byte-order mark) JSON text to Python values.

    Refuses arrays and objects nested more than limits.MAX_DEPTH levels ("too_deep"), however
    deep: valid JSON that deep is no export, and checks after this one may recurse.
    """
    if data.startswith(_UTF8_BOM):
        data = data[len(_UTF8_BOM):]
    elif data.startswith(_OTHER_BOMS) or b"\x00" in data:
        raise ImportRejected(None, None, None, "not_json", "encoding")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise ImportRejected(None, None, None, "not_json", "encoding") from None
    try:
        document = json.loads(text, object_pairs_hook=_no_duplicate_keys, parse_constant=_no_constant,
                              parse_int=limits.parse_int)
    except _DuplicateKey as exc:
        raise ImportRejected(None, None, exc.key, "schema", "duplicate_key") from None
    except json.JSONDecodeError as exc:
        raise ImportRejected(None, None, None, "not_json", f"{exc.lineno}:{exc.colno}") from None
    except RecursionError:  # the parser's own limit (~1,000 levels) is past MAX_DEPTH too
        raise ImportRejected(None, None, None, "too_deep", str(limits.MAX_DEPTH)) from None
    except ValueError:
        raise ImportRejected(None, None, None, "not_json", "syntax") from None
    if limits.deeper_than(document):
        raise ImportRejected(None, None, None, "too_deep", str(limits.MAX_DEPTH))
    return document


class _DuplicateKey(ValueError):
    def __init__(self, key: str):
        super().__init__("duplicate key")
        self.key = key if _is_plain_name(key) else None


def _no_duplicate_keys(pairs: list[tuple[str, object]]) -> dict[str, object]:
    result: dict[str, object] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKey(key)
        result[key] = value
    return result


def _no_constant(name: str) -> NoReturn:
    raise ValueError(f"{name} is not JSON")


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


def _first_schema_error(document: dict[str, Any], version: int) -> ImportRejected | None:
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
    """Every record of an export file, or ImportRejected naming the first problem.

    Checks, in order: encoding, JSON syntax and depth, format marker and version, the JSON Schema
    and the integer ranges of limits.INT_FIELDS, real dates in the years the diary handles, ids
    unique within their array, answers (limits.answer_problem and their exercise step), and
    content ids known to `catalogue` (validate_encounter) and, for exercise sessions, to
    `library` (the shipped library when None). A version 1 file has no practice records.
    """
    document = decode(data)
    header = check_header(document)
    assert isinstance(document, dict)  # check_header refuses anything but a JSON object
    rejected = _first_schema_error(document, header.format_version) or int_rejection(None, None, document, None)
    if rejected is not None:
        raise rejected
    if document.get("exported_at") is not None:
        try:
            parse_iso(document["exported_at"])
        except ValueError:
            raise ImportRejected(None, None, "exported_at", "bad_date") from None
    records = document["encounters"]
    seen: set[str] = set()
    result: list[Encounter] = []
    for position, record in enumerate(records, start=1):
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
        result.append(enc)
    practice = parse_practice(document, catalogue, library) if header.format_version >= 2 else PracticeRecords()
    history = parse_history(document, catalogue) if header.format_version >= 3 else HistoryRecords()
    coaching = parse_coaching(document) if header.format_version >= 4 else CoachingRecords()
    return ImportBundle(result, practice, history, coaching)


def load_document(path: Path, catalogue: Catalogue, library: ExerciseLibrary | None = None) -> ImportBundle:
    """Read and check an export file (see parse_document). OSError if it cannot be read."""
    return parse_document(read_import_file(path), catalogue, library)


class _Identified(Protocol):
    @property
    def id(self) -> str: ...


def refuse_existing(encounters: Sequence[_Identified], existing: set[str], array: str = "encounters") -> None:
    """ImportRejected(already_exists) for the first record whose id the diary already holds."""
    for position, record in enumerate(encounters, start=1):
        if record.id in existing:
            raise ImportRejected(position, record.id, "id", "already_exists", "", array)
