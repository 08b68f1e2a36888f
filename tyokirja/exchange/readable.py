"""What the human-readable exports (Markdown, CSV) share: the chosen records and their wording.

`Selection` is what the user chose to export (the whole diary, a date range or a search) with
the records in it; `Wording` turns ids into the user's language — field names from
resources/content/export.toml, roles, feelings and skills from the content catalogue, exercise
and step names from the exercise library — and times into the record's own local time.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from tyokirja.domain.content import Catalogue
from tyokirja.domain.encounter import Encounter
from tyokirja.domain.exercise import ExerciseLibrary, Step
from tyokirja.domain.rating import RatingSession
from tyokirja.domain.report import format_date, load_report_texts
from tyokirja.domain.timeutil import minute_text, shown_time
from tyokirja.resources import resources_dir

from .practice_records import PracticeRecords


class EntryStream:
    """Entries read anew on each iteration, already in export order (moment, then id); len()
    is their number."""

    def __init__(self, read: Callable[[], Iterator[Encounter]], count: int) -> None:
        self._read = read
        self._count = count

    def __iter__(self) -> Iterator[Encounter]:
        return self._read()

    def __len__(self) -> int:
        return self._count


@dataclass
class Selection:
    """The records a readable export holds, and how they were chosen (for its heading).

    `encounters` is a list, or an EntryStream that reads them from the diary when iterated (in
    export order), so that an export of any size is written without holding every entry."""

    encounters: list[Encounter] | EntryStream
    practice: PracticeRecords = field(default_factory=PracticeRecords)
    ratings: list[RatingSession] = field(default_factory=list)
    date_from: date | None = None
    date_to: date | None = None
    search: str = ""


@functools.cache
def _texts() -> dict[str, dict[str, str]]:
    return load_report_texts(resources_dir() / "content" / "export.toml")


# Which catalogue kind each entry field's ids come from.
ENTRY_KINDS = {"my_role": "my_roles", "counterpart_role": "counterpart_roles", "scope": "scopes",
               "channel": "channels", "situation": "situations", "my_feelings": "emotions",
               "their_feelings": "emotions", "skills": "skills", "elements": "elements"}


class Wording:
    """Labels and formats in one language ("fi" or "en")."""

    def __init__(self, lang: str, catalogue: Catalogue, library: ExerciseLibrary | None = None):
        self.lang = lang if lang in ("fi", "en") else "fi"
        self.catalogue = catalogue
        self.library = library
        self.texts = _texts()[self.lang]

    def text(self, key: str, **values: object) -> str:
        out = self.texts[key]
        for name, value in values.items():
            out = out.replace("{" + name + "}", str(value))
        return out

    def label(self, kind: str, term_id: str | None) -> str:
        return self.catalogue.label(kind, term_id, self.lang)

    def labels(self, kind: str, ids: list[str]) -> str:
        return ", ".join(self.label(kind, i) for i in ids)

    def when(self, moment: datetime | None) -> str:
        """YYYY-MM-DD HH:MM in the record's own local time (its offset added when not this computer's)."""
        if moment is None:
            return ""
        shown = shown_time(moment)
        text = minute_text(shown.local)
        return f"{text} {shown.offset}" if shown.show_offset else text

    def day(self, day: date | datetime | None) -> str:
        return format_date(day, self.lang) if day is not None else ""

    def flag(self, value: bool) -> str:
        return self.text("yes" if value else "no")

    def elements(self, values: dict[str, str]) -> str:
        return ", ".join(f"{self.label('elements', key)}: {self.text('element_' + value)}"
                         for key, value in sorted(values.items()))

    def exercise(self, exercise_id: str) -> str:
        if self.library is not None and exercise_id in self.library:
            return self.library.get(exercise_id).name(self.lang)
        return exercise_id

    def _step(self, exercise_id: str, step_id: str) -> Step | None:
        if self.library is None or exercise_id not in self.library:
            return None
        try:
            return self.library.get(exercise_id).step(step_id)
        except KeyError:
            return None

    def step(self, exercise_id: str, step_id: str) -> str:
        """The step's question in this language (its id for a step this library does not have)."""
        step = self._step(exercise_id, step_id)
        return step.prompt(self.lang) if step is not None else step_id

    def step_answer(self, exercise_id: str, step_id: str, value: Any) -> str:
        """An answer with the ids of a choice or a term list shown as their labels."""
        step = self._step(exercise_id, step_id)
        ids = value if isinstance(value, list) else [value]
        if step is not None and step.kind == "choice" and all(isinstance(i, str) for i in ids):
            return ", ".join(o.label(self.lang) if (o := step.option(i)) else i for i in ids)
        if step is not None and step.kind == "terms" and step.vocabulary and all(isinstance(i, str) for i in ids):
            return self.labels(step.vocabulary, ids)
        return self.answer(value)

    def status(self, status: str) -> str:
        return self.texts.get(f"status_{status}", status)

    def answer(self, value: Any) -> str:
        """An exercise answer as text: texts as they are, if–then plans as a sentence, lists joined."""
        if isinstance(value, str):
            return value
        if isinstance(value, dict) and set(value) <= {"if", "then"}:
            return self.text("plan", **{"if": value.get("if", ""), "then": value.get("then", "")})
        if isinstance(value, list):
            return "; ".join(self.answer(v) for v in value)
        if isinstance(value, dict):
            return "; ".join(f"{k}: {self.answer(v)}" for k, v in value.items())
        if isinstance(value, bool):
            return self.flag(value)
        return "" if value is None else str(value)

    def scope(self, selection: Selection) -> str:
        parts = []
        if selection.date_from is not None:
            parts.append(self.text("scope_from", date=self.day(selection.date_from)))
        if selection.date_to is not None:
            parts.append(self.text("scope_to", date=self.day(selection.date_to)))
        if selection.search:
            parts.append(self.text("scope_search", text=selection.search))
        return ", ".join(parts) if parts else self.text("scope_all")
