"""Reading an export file: record by record, every check, in flat memory (see json_format).

parse_document / load_document hold every checked entry in the bundle; open_document checks the
file and keeps only the entries' number, reading them from the file again (FileEntries) when an
import plans and writes them.
"""

from __future__ import annotations

import hashlib
import io
import os
from collections.abc import Callable, Generator, Iterator
from pathlib import Path
from typing import Any, BinaryIO, cast

from tyokirja.domain.content import Catalogue
from tyokirja.domain.encounter import Encounter, encounter_from_dict
from tyokirja.domain.exercise import ExerciseLibrary
from tyokirja.domain.timeutil import parse_iso
from tyokirja.domain.validation import validate_encounter

from . import limits
from .document import (
    _TIME_FIELDS,
    FORMAT,
    RECORD_ARRAYS,
    Header,
    ImportBundle,
    _first_schema_error,
    check_header,
    schema,
)
from .format3 import HistoryRecords, parse_history
from .format4 import CoachingRecords, parse_coaching
from .json_stream import StreamReader
from .practice_records import PracticeRecords, parse_practice
from .rejection import ImportRejected, date_rejection, int_rejection, is_plain_name, surrogate_field
from .rejection import record_id as id_of


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
    with open(path, "rb") as raw:
        handle = _Digesting(raw)
        batches = iter_batches(cast(BinaryIO, handle), catalogue, library, total=os.fstat(raw.fileno()).st_size,
                               progress=progress)
        while True:
            try:
                count += len(next(batches))
            except StopIteration as stop:
                bundle: ImportBundle = stop.value
                break
    bundle.encounters = FileEntries(path, catalogue, library, count, handle.digest())
    return bundle


class _Digesting:
    """A binary file read through, its bytes' SHA-256 kept as they go by."""

    def __init__(self, stream: BinaryIO) -> None:
        self._stream, self._hash = stream, hashlib.sha256()

    def read(self, size: int = -1) -> bytes:
        data = self._stream.read(size)
        self._hash.update(data)
        return data

    def digest(self) -> bytes:
        return self._hash.digest()


class FileEntries:
    """The entries of an export file that passed every check, read anew on each iteration, in
    file order; len() is their number.

    The first reading (open_document) checked every record and kept the file's SHA-256. Later
    readings (planning, then writing) only parse and convert the entries, about twice as fast, and
    compare the digest when the file ends: a file changed since raises ImportRejected ("changed"),
    so the import's transaction rolls back. A record that no longer converts raises the same.
    OSError if the file cannot be read.
    """

    def __init__(self, path: Path, catalogue: Catalogue, library: ExerciseLibrary | None, count: int,
                 digest: bytes) -> None:
        self.path, self._catalogue, self._library, self._count = Path(path), catalogue, library, count
        self._digest = digest

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[Encounter]:
        with open(self.path, "rb") as raw:
            handle = _Digesting(raw)
            try:
                for batch in iter_batches(cast(BinaryIO, handle), self._catalogue, self._library, checked=False):
                    yield from batch
            except ImportRejected:
                raise ImportRejected(None, None, None, "changed") from None
            if handle.digest() != self._digest:
                raise ImportRejected(None, None, None, "changed")


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
                 size: int = 500, checked: bool = True) -> Generator[list[Encounter], None, ImportBundle]:
    """The checked entries of an export file read from `stream`, `size` at a time; returns (as
    the generator's value) the bundle of every other record, its entries left empty.

    The file is read record by record (json_stream: limits on depth, record size and count
    instead of a size cap). Checks, in order: encoding, JSON syntax and limits, format marker and
    version, the JSON Schema and the integer ranges of limits.INT_FIELDS, real dates in the years
    the diary handles, ids unique within their array, answers (limits.answer_problem and their
    exercise step), and content ids known to `catalogue` (validate_encounter) and, for exercise
    sessions, to `library` (the shipped library when None). A version 1 file has no practice records.
    The first problem raises ImportRejected. With `checked` false (a file already read whole with
    every check, see FileEntries) the entries are only converted, and a record that does not
    convert raises ImportRejected ("changed").
    """
    check = _checked_encounter if checked else _converted_encounter
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
            batch.append(check(count, value, header.format_version, seen, catalogue))
            if len(batch) >= size:
                yield batch
                batch = []
    header = header or _check_head(document)
    for record in early:
        count += 1
        batch.append(check(count, record, header.format_version, seen, catalogue))
    if batch:
        yield batch
    if not checked:  # the other records were checked by the first reading, and are not needed again
        return ImportBundle([], PracticeRecords(), HistoryRecords(), CoachingRecords())
    rejected = _first_schema_error(document, header.format_version) or int_rejection(None, None, document, None)
    if rejected is not None:
        raise rejected
    practice = parse_practice(document, catalogue, library) if header.format_version >= 2 else PracticeRecords()
    history = parse_history(document, catalogue) if header.format_version >= 3 else HistoryRecords()
    coaching = parse_coaching(document) if header.format_version >= 4 else CoachingRecords()
    return ImportBundle([], practice, history, coaching)


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


def _converted_encounter(position: int, record: Any, version: int, seen: set[str], catalogue: Catalogue) -> Encounter:
    """One entry of a file already checked whole: converted only (see FileEntries)."""
    try:
        return encounter_from_dict(record)
    except Exception as exc:  # it passed every check before: the file has changed since
        raise ImportRejected(position, None, None, "changed") from exc


def _checked_encounter(position: int, record: Any, version: int, seen: set[str], catalogue: Catalogue) -> Encounter:
    """One entry of the file, checked on its own (the schema, then the checks of parse_stream)."""
    found = _first_schema_error(_with_required({"format": FORMAT, "format_version": version}, version,
                                               encounters=[record]), version)
    if found is not None:
        raise ImportRejected(position, found.record_id, found.field, found.code, found.detail, "encounters",
                             limits=found.limits)
    record_id = id_of(record)
    if record_id is None:
        raise ImportRejected(position, None, "id", "schema", "pattern")
    hidden = surrogate_field(record)
    if hidden is not None:
        field = ".".join(hidden) if all(is_plain_name(p) for p in hidden) else None
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
