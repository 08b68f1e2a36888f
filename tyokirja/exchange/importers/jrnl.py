"""jrnl's JSON export (`jrnl --format json`): {"tags": {...}, "entries": [{title, body, date, time, tags, starred}]}.

jrnl keeps local wall-clock times without a zone; they are read in this computer's zone (or `tz`).
Each entry becomes a quick entry to complete: jrnl's title (its first sentence) as the title, the
body as "what happened", the tags and the star in the note, and any field jrnl adds that Työkirja
does not know in the note too. The id comes from the date, time and text, so a second import of
the same export adds nothing.
"""

from __future__ import annotations

from datetime import date, datetime, time, tzinfo
from pathlib import Path

from tyokirja.domain.encounter import Encounter

from .common import (
    MAX_ENTRIES,
    TITLE_CHARS,
    Checker,
    ForeignImport,
    finish,
    load_entries_json,
    make_entry,
    note_value,
    read_capped,
    stable_id,
    title_from,
)

KIND = "jrnl"
_KNOWN = ("title", "body", "date", "time", "tags", "starred")


def read(path: Path, tz: tzinfo | None = None) -> ForeignImport:
    """Read and check a jrnl JSON export (SourceRejected or OSError on a problem; nothing is written)."""
    path = Path(path)
    check = Checker(path)
    document = load_entries_json(read_capped(path, check), check)
    if not isinstance(document, dict) or not isinstance(document.get("entries"), list):
        raise check.reject("wrong_shape", field="entries")
    records = document["entries"]
    if len(records) > MAX_ENTRIES:
        raise check.reject("too_many", detail=str(len(records)))
    entries = [_entry(check, position, record, tz) for position, record in enumerate(records, start=1)]
    return finish(KIND, path, entries, len(records), {})


def _entry(check: Checker, position: int, record: object, tz: tzinfo | None) -> Encounter:
    if not isinstance(record, dict):
        raise check.reject("type", record=position)
    title = check.text(record.get("title"), position, "title")
    body = check.text(record.get("body"), position, "body")
    day_text = check.text(record.get("date"), position, "date", required=True)
    time_text = check.text(record.get("time"), position, "time") or "00:00"
    try:
        day = date.fromisoformat(day_text)
    except ValueError:
        raise check.reject("bad_date", record=position, field="date") from None
    try:
        clock = time.fromisoformat(time_text)
    except ValueError:
        raise check.reject("bad_date", record=position, field="time") from None
    try:
        wall = datetime.combine(day, clock.replace(tzinfo=None))
        when = wall.replace(tzinfo=tz) if tz is not None else wall.astimezone()
    except (ValueError, OverflowError, OSError):
        raise check.reject("bad_date", record=position, field="date") from None
    when = check.moment(when, position, "date")
    tags = record.get("tags")
    if tags is not None and not (isinstance(tags, list) and all(isinstance(t, str) for t in tags)):
        raise check.reject("type", record=position, field="tags")
    starred = record.get("starred")
    if starred is not None and not isinstance(starred, bool):
        raise check.reject("type", record=position, field="starred")
    notes = [f"jrnl {day_text} {time_text}"]
    if tags:
        notes.append("tags: " + " ".join(tags))
    if starred:
        notes.append("starred: true")
    notes.extend(f"{key}: {note_value(value)}" for key, value in record.items() if key not in _KNOWN)
    note_text = check.text("\n".join(notes), position, "tags")
    shown = title.strip()
    facts = body
    if not shown or len(shown) > TITLE_CHARS:  # a long or missing title: the whole text stays in facts
        facts = f"{title}\n{body}" if title.strip() and body else (title or body)
        shown = ""
    entry_id = stable_id(KIND, day_text, time_text, title, body)
    return make_entry(entry_id, when, shown or title_from(facts, day_text), facts, note_text.split("\n"))
