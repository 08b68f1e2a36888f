"""What format version 3 adds: skill rating sessions, the shared-reports log and the chosen settings.

Rating sessions carry their item ratings (level, evidence text, the entry given as evidence,
confidence, note); the shared-reports log says which coach reports were made, for which period,
with which sections and records, under which file name (never a folder); `settings` holds only the
diary settings the user changed from their defaults, never anything tied to one machine.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from tyokirja.domain.content import Catalogue
from tyokirja.domain.rating import RatingSession
from tyokirja.domain.report import CoachExport, ItemRef
from tyokirja.domain.timeutil import MAX_YEAR, MIN_YEAR, parse_iso, to_storage

from . import limits
from .rejection import ImportRejected, date_rejection, int_rejection, is_plain_name, record_id, surrogate_field

ARRAY_NAMES = ("rating_sessions", "shared_reports")
# The settings an export carries: key -> "int" | "day". Nothing else in the diary's settings table
# (its identity, the write-ahead-log tokens) belongs to the user's choices.
SETTING_KINDS = {"backup_keep": "int", "lock_idle_minutes": "int", "rating_snoozed_until": "day"}


@dataclass
class HistoryRecords:
    """The records version 3 adds to an export."""

    rating_sessions: list[RatingSession] = field(default_factory=list)
    shared_reports: list[CoachExport] = field(default_factory=list)
    settings: dict[str, int | date] = field(default_factory=dict)

    def count(self) -> int:
        return len(self.rating_sessions) + len(self.shared_reports)


# -- export ---------------------------------------------------------------------------------------


def rating_dict(session: RatingSession) -> dict[str, Any]:
    """A rating session as it appears in the file."""
    return session.to_dict()


def report_dict(export: CoachExport) -> dict[str, Any]:
    """A shared-report log line as it appears in the file."""
    return {
        "id": export.id,
        "created_at": export.created_at.isoformat(),
        "period_start": export.start.isoformat(),
        "period_end": export.end.isoformat(),
        "lang": export.lang,
        "sections": list(export.sections),
        "items": [{"kind": ref.kind, "id": ref.id} for ref in export.items],
        "file_name": export.file_name,
        "file_hash": export.file_hash,
    }


def settings_dict(settings: dict[str, int | date]) -> dict[str, int | str]:
    """The chosen settings in key order, days as YYYY-MM-DD."""
    return {key: value.isoformat() if isinstance(value, date) else value
            for key, value in sorted(settings.items()) if key in SETTING_KINDS}


def build_history(records: HistoryRecords | None) -> dict[str, Any]:
    """The version 3 parts of the document, each array in its stable export order."""
    records = records or HistoryRecords()
    ratings = sorted(records.rating_sessions, key=lambda s: (to_storage(s.rated_at)[0], s.id))
    reports = sorted(records.shared_reports, key=lambda r: (to_storage(r.created_at)[0], r.id))
    return {
        "rating_sessions": [rating_dict(s) for s in ratings],
        "shared_reports": [report_dict(r) for r in reports],
        "settings": settings_dict(records.settings),
    }


# -- import ---------------------------------------------------------------------------------------


def _common(position: int, record: dict[str, Any], array: str, seen: set[str],
            times: tuple[str, ...], days: tuple[str, ...]) -> str:
    """The checks every record shares; returns its id."""
    rid = record_id(record)
    if rid is None:
        raise ImportRejected(position, None, "id", "schema", "pattern", array)
    hidden = surrogate_field(record)
    if hidden is not None:
        where = ".".join(hidden) if all(is_plain_name(p) for p in hidden) else None
        raise ImportRejected(position, rid, where, "not_json", "encoding", array)
    for names, check in ((times, limits.moment_problem), (days, limits.day_problem)):
        for name in names:
            value = record.get(name)
            problem = check(value) if value is not None else None
            if problem is not None:
                raise date_rejection(position, rid, name, problem, array)
    if rid in seen:
        raise ImportRejected(position, rid, "id", "duplicate_id", "", array)
    seen.add(rid)
    rejected = int_rejection(position, rid, record, array)
    if rejected is not None:
        raise rejected
    return rid


def _rating_sessions(document: dict[str, Any], catalogue: Catalogue) -> list[RatingSession]:
    skills = set(catalogue.ids("skills"))
    seen: set[str] = set()
    out: list[RatingSession] = []
    for position, record in enumerate(document["rating_sessions"], start=1):
        rid = _common(position, record, "rating_sessions", seen, ("rated_at",), ("refers_to_date",))
        items: set[str] = set()
        for rating in record.get("ratings", []):
            if rating["item_id"] not in skills:
                raise ImportRejected(position, rid, "ratings.item_id", "unknown_value", "unknown_value",
                                     "rating_sessions")
            if rating["item_id"] in items:
                raise ImportRejected(position, rid, "ratings.item_id", "schema", "duplicate_item", "rating_sessions")
            items.add(rating["item_id"])
        if record["kind"] == "retrospective" and not record.get("refers_to_date"):
            raise ImportRejected(position, rid, "refers_to_date", "schema", "required", "rating_sessions")
        out.append(RatingSession.from_dict(record))
    return out


def _shared_reports(document: dict[str, Any]) -> list[CoachExport]:
    seen: set[str] = set()
    out: list[CoachExport] = []
    for position, record in enumerate(document["shared_reports"], start=1):
        rid = _common(position, record, "shared_reports", seen, ("created_at",), ("period_start", "period_end"))
        if record["file_name"] in (".", ".."):
            raise ImportRejected(position, rid, "file_name", "schema", "pattern", "shared_reports")
        out.append(CoachExport(
            id=rid,
            created_at=parse_iso(record["created_at"]),
            start=date.fromisoformat(record["period_start"]),
            end=date.fromisoformat(record["period_end"]),
            lang=record["lang"],
            sections=tuple(record.get("sections", [])),
            items=tuple(ItemRef(item["kind"], item["id"]) for item in record.get("items", [])),
            file_name=record["file_name"],
            file_hash=record["file_hash"],
        ))
    return out


def _settings(document: dict[str, Any]) -> dict[str, int | date]:
    out: dict[str, int | date] = {}
    for key, value in document["settings"].items():
        if SETTING_KINDS[key] == "day":
            problem = limits.day_problem(value)
            if problem == "years":
                raise ImportRejected(None, None, f"settings.{key}", "bad_date", "years", limits=(MIN_YEAR, MAX_YEAR))
            if problem is not None:
                raise ImportRejected(None, None, f"settings.{key}", "bad_date")
            out[key] = date.fromisoformat(value)
        else:
            out[key] = int(value)
    return out


def parse_history(document: dict[str, Any], catalogue: Catalogue) -> HistoryRecords:
    """The checked version 3 records of a document whose schema already passed.

    Rating sessions: ids well formed and unique, text valid Unicode, real dates, every rated item
    a skill of `catalogue` and rated once, a retrospective says which day it is about. Shared
    reports: the same record checks (the schema already keeps folders out of the file name).
    Settings: days real.
    """
    return HistoryRecords(
        rating_sessions=_rating_sessions(document, catalogue),
        shared_reports=_shared_reports(document),
        settings=_settings(document),
    )
