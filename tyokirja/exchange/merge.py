"""Merge import: which records of a checked export are new, which the diary already has, which conflict.

Records keep their ids across export and import, so a record of the file whose id the diary holds
is either *already there* (the same content) or *conflicting* (the diary's differs). A conflict is
never overwritten: the user either skips it or keeps both, the file's version then arriving under
a copy id derived from the id and the content (`<id>.copy-<8 hex>`), so that importing the same
file again finds the copy and adds nothing. Settings are never overwritten either: a setting the
diary has not chosen is taken from the file, a differing one is listed and the diary's stays.

Pure: the caller looks the ids up in the diary (`lookup`) and does the writing.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from tyokirja.domain.encounter import Encounter
from tyokirja.domain.rating import RatingSession
from tyokirja.domain.report import CoachExport

from .format3 import SETTING_KINDS, rating_dict, report_dict
from .json_format import record_dict

CONFLICT_CHOICES = ("keep_both", "skip")
COPY_MARK = ".copy-"
_ID_MAX = 128
_FILLED_IN = ("created_at", "updated_at")  # stamped by the import when a file leaves them out


@dataclass
class KindPlan:
    """The plan for one record array: what is new, already there, conflicting."""

    new: list[Any] = field(default_factory=list)
    same: list[str] = field(default_factory=list)  # ids already there (or whose copy is)
    conflicts: list[tuple[int, Any]] = field(default_factory=list)  # (1-based position in the file, record)

    def to_add(self, choice: str | None) -> list[Any]:
        """The records to insert: the new ones and, when keeping both, the conflicting ones as copies."""
        if choice != "keep_both":
            return list(self.new)
        return [*self.new, *(as_copy(record) for _, record in self.conflicts)]


@dataclass
class ImportPlan:
    """What importing a file would do, by array (the file's RECORD_ARRAYS order) and for settings."""

    kinds: dict[str, KindPlan]
    settings_new: dict[str, Any] = field(default_factory=dict)
    settings_same: list[str] = field(default_factory=list)
    settings_conflicts: list[str] = field(default_factory=list)

    @property
    def new(self) -> int:
        return sum(len(k.new) for k in self.kinds.values()) + len(self.settings_new)

    @property
    def same(self) -> int:
        return sum(len(k.same) for k in self.kinds.values()) + len(self.settings_same)

    @property
    def conflicting(self) -> int:
        return self.conflicting_records + len(self.settings_conflicts)

    @property
    def conflicting_records(self) -> int:
        """Conflicts the user must decide on (a differing setting always keeps the diary's value)."""
        return sum(len(k.conflicts) for k in self.kinds.values())

    def conflicts(self) -> list[tuple[str, int, str]]:
        """(array, position in the file, id) of every conflicting record, in file order."""
        return [(array, position, record.id) for array, kind in self.kinds.items()
                for position, record in kind.conflicts]

    def added(self, choice: str | None) -> dict[str, int]:
        """How many records of each array an import with `choice` adds."""
        return {array: len(kind.to_add(choice)) for array, kind in self.kinds.items()}


def record_json(record: object) -> dict[str, Any]:
    """A record as the exchange format writes it (for the copy id's digest)."""
    if isinstance(record, Encounter):
        return record_dict(record)
    if isinstance(record, RatingSession):
        return rating_dict(record)
    if isinstance(record, CoachExport):
        return report_dict(record)
    data: dict[str, Any] = record.to_dict()  # type: ignore[attr-defined]
    return data


def copy_id(record: Any) -> str:
    """The id the file's version of a conflicting record gets when both are kept: stable for the
    same content, so a second import of the same file finds it."""
    data = record_json(record)
    data.pop("id", None)
    digest = hashlib.sha256(json.dumps(data, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()
    suffix = f"{COPY_MARK}{digest[:8]}"
    base: str = record.id
    return base[: _ID_MAX - len(suffix)] + suffix


def as_copy(record: Any) -> Any:
    return dataclasses.replace(record, id=copy_id(record))


def same_record(incoming: Any, stored: Any) -> bool:
    """Whether the file's record says what the diary's does. A created_at/updated_at left out of
    the file takes the diary's (an import fills them in with its own time, not the record's)."""
    if type(incoming) is not type(stored):
        return False
    filled = {name: getattr(stored, name) for name in _FILLED_IN
              if hasattr(incoming, name) and getattr(incoming, name) is None}
    if filled:
        incoming = dataclasses.replace(incoming, **filled)
    return bool(incoming == stored)


def plan_kind(records: list[Any], lookup: Callable[[list[str]], dict[str, Any]]) -> KindPlan:
    """Sort one array's records into new, already there and conflicting (`lookup(ids)`: the diary's
    records among `ids`, by id)."""
    plan = KindPlan()
    stored = lookup([r.id for r in records])
    clashing: list[tuple[int, Any]] = []
    for position, record in enumerate(records, start=1):
        if record.id not in stored:
            plan.new.append(record)
        elif same_record(record, stored[record.id]):
            plan.same.append(record.id)
        else:
            clashing.append((position, record))
    copies = lookup([copy_id(record) for _, record in clashing]) if clashing else {}
    for position, record in clashing:
        if copy_id(record) in copies:  # kept side by side by an earlier import of the same file
            plan.same.append(record.id)
        else:
            plan.conflicts.append((position, record))
    return plan


def plan_settings(plan: ImportPlan, incoming: dict[str, Any], stored: dict[str, Any]) -> None:
    """Settings from the file: taken when the diary has none of its own, never overwritten."""
    for key in sorted(incoming):
        if key not in SETTING_KINDS:
            continue
        if key not in stored:
            plan.settings_new[key] = incoming[key]
        elif stored[key] == incoming[key]:
            plan.settings_same.append(key)
        else:
            plan.settings_conflicts.append(key)
