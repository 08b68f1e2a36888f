"""What format version 4 adds: the coaching loop (domain/coaching.py).

`coaching_sessions` carry their agenda (kind, text, the record it came from) and the private notes
(the notes travel in the user's own export like every other text; `share_notes` says whether a
coach report may show them); `session_flags` are the "for my next session" marks; and
`session_agreements` say what was agreed in which session and which goal it became. A session or
goal id an agreement names need not be in the file: a deleted session leaves its agreements with
no session (null), and a goal may have been deleted since.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from tyokirja.domain.coaching import Agreement, CoachingSession, SessionFlag
from tyokirja.domain.timeutil import to_storage

from .format3 import _common
from .rejection import ImportRejected

ARRAY_NAMES = ("coaching_sessions", "session_flags", "session_agreements")


@dataclass
class CoachingRecords:
    """The records version 4 adds to an export."""

    coaching_sessions: list[CoachingSession] = field(default_factory=list)
    session_flags: list[SessionFlag] = field(default_factory=list)
    session_agreements: list[Agreement] = field(default_factory=list)

    def count(self) -> int:
        return len(self.coaching_sessions) + len(self.session_flags) + len(self.session_agreements)


def _created(record: SessionFlag | Agreement) -> tuple[str, str]:
    return (to_storage(record.created_at)[0] if record.created_at else "", record.id)


def build_coaching(records: CoachingRecords | None) -> dict[str, Any]:
    """The version 4 arrays of the document, each in its stable export order."""
    records = records or CoachingRecords()
    sessions = sorted(records.coaching_sessions, key=lambda s: (to_storage(s.held_at)[0], s.id))
    return {
        "coaching_sessions": [s.to_dict() for s in sessions],
        "session_flags": [f.to_dict() for f in sorted(records.session_flags, key=_created)],
        "session_agreements": [a.to_dict() for a in sorted(records.session_agreements, key=_created)],
    }


_TIMES = {"coaching_sessions": ("held_at", "created_at", "updated_at"), "session_flags": ("created_at",),
          "session_agreements": ("created_at", "done_at")}
_DAYS = {"coaching_sessions": (), "session_flags": (), "session_agreements": ("due_on",)}
_PARSERS = {"coaching_sessions": CoachingSession.from_dict, "session_flags": SessionFlag.from_dict,
            "session_agreements": Agreement.from_dict}


def parse_coaching(document: dict[str, Any]) -> CoachingRecords:
    """The version 4 records of a schema-checked document, or ImportRejected naming the first problem
    (an id missing or repeated, a date that is no real moment, a value outside the allowed sets)."""
    out = CoachingRecords()
    for array in ARRAY_NAMES:
        seen: set[str] = set()
        parsed: list[Any] = getattr(out, array)
        for position, record in enumerate(document.get(array, []), start=1):
            rid = _common(position, record, array, seen, _TIMES[array], _DAYS[array])
            try:
                parsed.append(_PARSERS[array](record))
            except (ValueError, KeyError, TypeError):
                raise ImportRejected(position, rid, None, "unknown_value", "unknown_value", array) from None
    return out
