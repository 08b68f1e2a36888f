"""Day One's JSON export: a zip holding one JSON file per journal (Journal.json) and photos/.

Each journal file is {"metadata": {...}, "entries": [{uuid, creationDate, timeZone, text, tags,
starred, photos, ...}]}. An entry becomes a quick entry to complete: its first line as the title, the
whole text as "what happened", the time in its own zone, tags, star and every other field Day One
writes (location, weather, modifiedDate...) in the note. Photos, videos, audio and PDF attachments do
not come over: the dry run counts them, and the text keeps its dayone-moment links. The formatting
copy of the text (richText) is left out too. Ids come from Day One's uuids.

The zip is never unpacked to disk: a name pointing outside it (../, /, C:) refuses the whole zip, and
every member is read with a cap on what it unpacks to (a zip bomb stops at the cap).
"""

from __future__ import annotations

import zipfile
import zlib
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from tyokirja.domain.encounter import Encounter

from .common import (
    MAX_ENTRIES,
    MAX_SOURCE_BYTES,
    Checker,
    ForeignImport,
    SourceRejected,
    finish,
    load_entries_json,
    make_entry,
    note_value,
    read_capped,
    stable_id,
    title_from,
)

KIND = "dayone"
MAX_MEMBERS = 200_000
ATTACHMENTS = ("photos", "videos", "audios", "pdfAttachments")
_USED = ("uuid", "creationDate", "timeZone", "text", "tags", "starred", "richText", *ATTACHMENTS)
_CHUNK = 1 << 20


def read(path: Path) -> ForeignImport:
    """Read and check a Day One export zip (or one journal's JSON file); SourceRejected or OSError."""
    path = Path(path)
    if path.suffix.lower() == ".json":
        check = Checker(path)
        documents: list[tuple[str, object]] = [(path.name, load_entries_json(read_capped(path, check), check))]
        photo_files = 0
    else:
        documents, photo_files = _read_zip(path)
    entries: list[Encounter] = []
    read_count = 0
    attached = dict.fromkeys(ATTACHMENTS, 0)
    attached["richText"] = 0
    seen: dict[str, str] = {}
    for name, document in documents:
        check = Checker(path, name)
        if not isinstance(document, dict) or not isinstance(document.get("entries"), list):
            raise check.reject("wrong_shape", field="entries")
        records = document["entries"]
        read_count += len(records)
        if read_count > MAX_ENTRIES:
            raise check.reject("too_many", detail=str(read_count))
        for position, record in enumerate(records, start=1):
            entries.append(_entry(check, position, record, seen, attached))
    attached["photos"] = max(attached["photos"], photo_files)
    return finish(KIND, path, entries, read_count, attached)


def _unsafe(name: str) -> bool:
    parts = PurePosixPath(name.replace("\\", "/")).parts
    return (name.startswith(("/", "\\")) or ".." in parts or (len(name) > 1 and name[1] == ":")
            or any(ord(c) < 32 for c in name))


def _read_zip(path: Path) -> tuple[list[tuple[str, object]], int]:
    check = Checker(path)
    if path.stat().st_size > MAX_SOURCE_BYTES:
        raise check.reject("too_large", detail=str(path.stat().st_size))
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            if len(members) > MAX_MEMBERS:
                raise check.reject("bad_zip", detail="members")
            if any(_unsafe(m.filename) for m in members):
                raise check.reject("unsafe_name")
            journals = [m for m in members if not m.is_dir() and "/" not in m.filename
                        and m.filename.lower().endswith(".json")]
            if not journals:
                raise check.reject("no_journal")
            photos = sum(1 for m in members if not m.is_dir() and m.filename.startswith("photos/"))
            documents: list[tuple[str, object]] = []
            for member in journals:
                inner = Checker(path, member.filename)
                documents.append((member.filename, load_entries_json(_member_bytes(archive, member, inner), inner)))
            return documents, photos
    except SourceRejected:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError, ValueError):
        raise check.reject("bad_zip") from None


def _member_bytes(archive: zipfile.ZipFile, member: zipfile.ZipInfo, check: Checker) -> bytes:
    """A member's bytes, stopping at MAX_SOURCE_BYTES whatever its header claims."""
    if member.file_size > MAX_SOURCE_BYTES:
        raise check.reject("too_large", detail=str(member.file_size))
    chunks: list[bytes] = []
    total = 0
    with archive.open(member) as handle:
        while chunk := handle.read(_CHUNK):
            total += len(chunk)
            if total > MAX_SOURCE_BYTES:
                raise check.reject("too_large", detail=str(total))
            chunks.append(chunk)
    return b"".join(chunks)


def _moment(check: Checker, position: int, rid: str | None, record: dict[str, object]) -> tuple[datetime, bool]:
    """The entry's time in its own zone; False when the zone is unknown (the time then stays in UTC)."""
    text = check.text(record.get("creationDate"), position, "creationDate", record_id=rid, required=True)
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise check.reject("bad_date", record=position, record_id=rid, field="creationDate") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)  # Day One writes UTC ("...Z")
    check.moment(moment, position, "creationDate", record_id=rid)
    zone_name = check.text(record.get("timeZone"), position, "timeZone", record_id=rid)
    if not zone_name:
        return moment, True
    try:
        zone = ZoneInfo(zone_name)
        return check.moment(moment.astimezone(zone), position, "timeZone", record_id=rid), True
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return moment, False


def _entry(check: Checker, position: int, record: object, seen: dict[str, str],
           attached: dict[str, int]) -> Encounter:
    if not isinstance(record, dict):
        raise check.reject("type", record=position)
    uuid = record.get("uuid")
    rid = uuid if isinstance(uuid, str) else None
    text = check.text(record.get("text"), position, "text", record_id=rid)
    when, zone_known = _moment(check, position, rid, record)
    tags = record.get("tags")
    if tags is not None and not (isinstance(tags, list) and all(isinstance(t, str) for t in tags)):
        raise check.reject("type", record=position, record_id=rid, field="tags")
    starred = record.get("starred")
    if starred is not None and not isinstance(starred, bool):
        raise check.reject("type", record=position, record_id=rid, field="starred")
    for name in ATTACHMENTS:
        value = record.get(name)
        if value is not None and not isinstance(value, list):
            raise check.reject("type", record=position, record_id=rid, field=name)
        attached[name] += len(value or [])
    if record.get("richText") is not None:
        attached["richText"] += 1
    notes = [f"Day One {uuid}" if rid else "Day One"]
    if not zone_known:
        notes.append(f"timeZone: {note_value(record.get('timeZone'))}")
    if tags:
        notes.append("tags: " + " ".join(f"#{t}" for t in tags))
    if starred:
        notes.append("starred: true")
    notes.extend(f"{key}: {note_value(value)}" for key, value in record.items() if key not in _USED)
    note_text = check.text("\n".join(notes), position, "text", record_id=rid)
    created = record.get("creationDate")
    if rid and (rid not in seen or seen[rid] == text):
        seen[rid] = text
        entry_id = stable_id(KIND, rid)
    else:  # no uuid, or a second entry under the same uuid with other text
        entry_id = stable_id(KIND, rid or "", str(created), text)
    return make_entry(entry_id, when, title_from(text, when.date().isoformat()), text, note_text.split("\n"))
