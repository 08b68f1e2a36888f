"""The Työkirja JSON exchange format (docs/exchange-format.md): build, write, read and check.

Export writes one versioned, schema-described UTF-8 document, atomically and owner-only, one entry
at a time (iter_document_text), so an export of any size is never held whole. Import is all or
nothing: the file is read record by record (json_stream, json_import), validated against the JSON
Schema and checked before anything reaches the diary; the first problem raises ImportRejected.

Version 2 adds the practice arrays (exercise_sessions, follow_ups, feedback_requests, goals; see
practice_records.py); version 3 the rating sessions, the shared-reports log and the chosen settings
(format3.py); version 4 the coaching sessions, flags and agreements (format4.py). Version 1 to 3
files still import: they simply hold fewer kinds of record.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime
from typing import Any, Protocol

from tyokirja.domain.encounter import Encounter, encounter_to_dict
from tyokirja.domain.timeutil import to_storage

from .atomic_file import write_atomically as write_atomically
from .atomic_file import write_chunks_atomically as write_chunks_atomically
from .document import (
    FORMAT,
    FORMAT_VERSION,
    MAX_IMPORT_BYTES,
    RECORD_ARRAYS,
    SCHEMA_FILE,
    SUPPORTED_VERSIONS,
    EntrySource,
    Header,
    ImportBundle,
    check_header,
    decode,
    read_import_file,
    schema,
)
from .format3 import HistoryRecords, build_history
from .format4 import CoachingRecords, build_coaching
from .json_import import FileEntries, iter_batches, load_document, open_document, parse_document, parse_stream
from .json_text import _encode, _quote
from .json_text import dumps as dumps
from .practice_records import PracticeRecords, build_arrays
from .rejection import (  # noqa: F401 (CODES, ImportRejected re-exported)
    CODES,
    ImportRejected,
    date_rejection,
    int_rejection,
    is_plain_name,
    record_id,
    surrogate_field,
)

# -- export -------------------------------------------------------------------------------------


def _sort_key(enc: Encounter) -> tuple[str, str]:
    return to_storage(enc.occurred_at)[0], enc.id


def record_dict(enc: Encounter) -> dict[str, Any]:
    """One entry as it appears in the file (elements in a stable key order)."""
    data = encounter_to_dict(enc)
    data["elements"] = dict(sorted(data["elements"].items()))
    return data


def _head(exported_at: datetime, app_version: str, content_version: int) -> dict[str, Any]:
    """The header fields every export starts with, in file order."""
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "exported_at": exported_at.isoformat(timespec="seconds"),
        "app_version": app_version,
        "content_version": content_version,
    }


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
        **_head(exported_at, app_version, content_version),
        "encounters": [record_dict(enc) for enc in sorted(encounters, key=_sort_key)],
        **build_arrays(practice),
        **build_history(history),
        **build_coaching(coaching),
    }


def iter_document_text(
    encounters: Iterable[Encounter],
    *,
    exported_at: datetime,
    app_version: str,
    content_version: int,
    practice: PracticeRecords | None = None,
    history: HistoryRecords | None = None,
    coaching: CoachingRecords | None = None,
    batch: int = 256,
) -> Iterator[str]:
    """The text of the export document in pieces, byte for byte what dumps(build_document(...))
    writes, with `encounters` read one at a time (they must come in export order: occurred_at
    instant, then id). An export of any size is written without holding it whole."""
    head = _head(exported_at, app_version, content_version)
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
    for key, value in {**build_arrays(practice), **build_history(history), **build_coaching(coaching)}.items():
        parts.append(",\n  " + _quote(key) + ": ")
        _encode(value, "  ", parts)
    parts.append("\n}\n")
    yield "".join(parts)


class _Identified(Protocol):
    @property
    def id(self) -> str: ...


def refuse_existing(encounters: Sequence[_Identified], existing: set[str], array: str = "encounters") -> None:
    """ImportRejected(already_exists) for the first record whose id the diary already holds."""
    for position, record in enumerate(encounters, start=1):
        if record.id in existing:
            raise ImportRejected(position, record.id, "id", "already_exists", "", array)


# what callers (the CLI, the services, the importers of other journals, tests) use from here
__all__ = [
    "CODES", "FORMAT", "FORMAT_VERSION", "MAX_IMPORT_BYTES", "RECORD_ARRAYS", "SCHEMA_FILE", "SUPPORTED_VERSIONS",
    "EntrySource", "FileEntries", "Header", "ImportBundle", "ImportRejected", "build_document", "check_header",
    "decode", "dumps", "iter_batches", "iter_document_text", "load_document", "open_document", "parse_document",
    "parse_stream", "read_import_file", "record_dict", "refuse_existing", "schema", "write_atomically",
    "write_chunks_atomically",
]
