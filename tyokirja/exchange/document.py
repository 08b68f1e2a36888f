"""What an export document is, and the checks of it as a whole: format, versions, the JSON Schema.

Shared by the writer (json_format) and the reader (json_import): the format marker and versions,
the record arrays, the header, the bundle an import reads, the schema validators (fastjsonschema
first, jsonschema naming the problem) and the header check.
"""

from __future__ import annotations

import functools
import io
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import fastjsonschema
import jsonschema

from tyokirja.domain.encounter import Encounter
from tyokirja.resources import resources_dir

from . import format3, format4, limits
from .format3 import HistoryRecords
from .format4 import CoachingRecords
from .json_stream import StreamReader
from .practice_records import ARRAY_NAMES, PracticeRecords
from .rejection import ImportRejected, is_plain_name
from .rejection import record_id as id_of

FORMAT = "tyokirja-export"
FORMAT_VERSION = 4
SUPPORTED_VERSIONS = (1, 2, 3, 4)  # every version listed here stays importable
RECORD_ARRAYS = ("encounters", *ARRAY_NAMES, *format3.ARRAY_NAMES, *format4.ARRAY_NAMES)
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



class EntrySource(Protocol):
    """Entries that are read when iterated (json_import.FileEntries); len() is their number."""

    def __iter__(self) -> Iterator[Encounter]: ...

    def __len__(self) -> int: ...


@dataclass
class ImportBundle:
    """Everything a checked export file holds, ready to insert."""

    encounters: list[Encounter] | EntrySource  # json_import.FileEntries: read from the file when needed
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
        names.append(extra if is_plain_name(extra) else "?")
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
        record_id = id_of(document[array][path[1]])
    field = _schema_error_field(error)
    if field is None and index is None:
        field = path[0] if path and is_plain_name(path[0]) else None
    bounds = limits.int_range(array, field) if error.validator in ("minimum", "maximum", "type") else None
    return ImportRejected(index, record_id, field, "schema", str(error.validator), array, limits=bounds)
