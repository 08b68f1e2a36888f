"""RedNotebook's data folder: one YAML file per month, YYYY-MM.txt = {day: {"text": ..., category: {entry: null}}}.

Each day becomes a quick entry to complete, at noon of that day in this computer's zone (RedNotebook
keeps no times): the text's first line as the title, the whole text (with its #tags) as "what
happened", and the day's categories with their entries in the note. Ids come from the day, so a
second import of the same folder adds nothing, and a day edited since shows up as a conflict.

YAML is read with PyYAML's safe loader only (no Python tags: they are refused), after a pass over
the parser's events that refuses files with more anchors/aliases than a month file has (an alias
"billion laughs" bomb) or nesting deeper than RedNotebook writes.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, time, tzinfo
from pathlib import Path
from typing import Any

import yaml

from tyokirja.domain.encounter import Encounter

from .common import (
    MAX_ENTRIES,
    Checker,
    ForeignImport,
    decode_utf8,
    finish,
    make_entry,
    note_value,
    read_capped,
    stable_id,
    title_from,
)

KIND = "rednotebook"
MONTH_FILE = re.compile(r"(\d{4})-(\d{2})\.txt")
MAX_ALIASES = 10  # RedNotebook writes none; a handful cannot blow up (each alias at most doubles what it copies)
MAX_EVENTS = 5_000_000
MAX_DEPTH = 20  # RedNotebook writes three levels: days, a day, a category
NOON = time(12, 0)
_EVENT_PARSER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # builds nothing: only the events


def read(path: Path, tz: tzinfo | None = None) -> ForeignImport:
    """Read and check a RedNotebook data folder (or one month file); SourceRejected or OSError."""
    path = Path(path)
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if MONTH_FILE.fullmatch(p.name) and p.is_file())
        if not files:
            raise Checker(path).reject("no_months")
    else:
        if not MONTH_FILE.fullmatch(path.name):
            raise Checker(path).reject("no_months")
        files = [path]
    entries: list[Encounter] = []
    empty = 0
    for month_file in files:
        check = Checker(path, month_file.name, unit="day")
        year_text, month_text = MONTH_FILE.fullmatch(month_file.name).groups()  # type: ignore[union-attr]
        year, month = int(year_text), int(month_text)
        if not 1 <= month <= 12 or not 1900 <= year <= 9998:
            raise check.reject("bad_date", detail="month")
        days = _load_month(read_capped(month_file, check), check)
        for day, content in days.items():
            entry = _entry(check, year, month, day, content, tz)
            if entry is None:
                empty += 1
            else:
                entries.append(entry)
        if len(entries) > MAX_ENTRIES:
            raise check.reject("too_many", detail=str(len(entries)))
    return finish(KIND, path, entries, len(entries) + empty, {"empty_days": empty})


def _load_month(data: bytes, check: Checker) -> dict[Any, Any]:
    text = decode_utf8(data, check)
    aliases = events = depth = 0
    try:
        for event in yaml.parse(text, Loader=_EVENT_PARSER):
            events += 1
            if isinstance(event, yaml.AliasEvent):
                aliases += 1
                if aliases > MAX_ALIASES:
                    raise check.reject("yaml_aliases", detail=_line(event))
            elif isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    raise check.reject("wrong_shape", detail="depth")
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
            if events > MAX_EVENTS:
                raise check.reject("too_large", detail="events")
        loaded = yaml.safe_load(text)
    except yaml.constructor.ConstructorError as exc:
        raise check.reject("yaml_tag", detail=_line(exc.problem_mark)) from None
    except yaml.YAMLError as exc:
        raise check.reject("not_yaml", detail=_line(getattr(exc, "problem_mark", None))) from None
    except RecursionError:
        raise check.reject("wrong_shape", detail="depth") from None
    if loaded is None:
        return {}
    if not isinstance(loaded, dict):
        raise check.reject("wrong_shape")
    return loaded


def _line(mark: object) -> str:
    line = getattr(mark, "line", None)
    if line is None:
        line = getattr(getattr(mark, "start_mark", None), "line", None)
    return str(line + 1) if isinstance(line, int) else ""


def _entry(check: Checker, year: int, month: int, day: object, content: object,
           tz: tzinfo | None) -> Encounter | None:
    if type(day) is not int:
        raise check.reject("type", field="day")
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        raise check.reject("bad_date", record=day if 0 < day < 1000 else None, field="day")
    if content is None:
        return None
    if not isinstance(content, dict):
        raise check.reject("type", record=day)
    text = check.text(content.get("text"), day, "text")
    when = datetime.combine(date(year, month, day), NOON)
    when = when.replace(tzinfo=tz) if tz is not None else when.astimezone()
    notes = [f"RedNotebook {when.date().isoformat()}"]
    for category, entries in content.items():
        if category == "text":
            continue
        name = note_value(category)
        if isinstance(entries, dict):
            listed = "; ".join(note_value(entry) for entry in entries)
            notes.append(f"{name}: {listed}" if listed else name)
        elif entries is None:
            notes.append(name)
        else:
            notes.append(f"{name}: {note_value(entries)}")
    if not text.strip() and len(notes) == 1:
        return None  # an empty day (RedNotebook does not save them)
    note_text = check.text("\n".join(notes), day, "text")
    title = title_from(text, title_from("\n".join(notes[1:]), when.date().isoformat()))
    return make_entry(stable_id(KIND, when.date().isoformat()), when, title, text, note_text.split("\n"))
