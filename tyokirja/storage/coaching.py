"""The coaching loop's repositories: sessions with a coach, "for my next session" flags, agreements."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from tyokirja.domain.coaching import AgendaItem, Agreement, CoachingSession, SessionFlag
from tyokirja.domain.timeutil import from_storage, to_storage

from .errors import reads_record
from .sessions import RecordRepository, dumps, moment, now_utc, search_ids, select, stamp


class CoachingSessionRepository(RecordRepository[CoachingSession]):
    """Owns the `coaching_sessions` table (oldest first by when the session is or was)."""

    ORDER_BY = "held_utc, seq"
    TABLE = "coaching_sessions"

    def _row(self, s: CoachingSession) -> dict[str, object]:
        created = s.created_at or now_utc()
        row: dict[str, object] = {
            "id": s.id,
            "coach_label": s.coach_label,
            "mode": s.mode,
            "status": s.status,
            "agenda": dumps([item.to_dict() for item in s.agenda]),
            "coach_reflection": s.coach_reflection,
            "insights": s.insights,
            "share_notes": int(s.share_notes),
            "search_text": "\n".join(t for t in s.text_fields().values() if t.strip()),
        }
        row["held_utc"], row["held_offset"] = to_storage(s.held_at)
        row["created_utc"], row["created_offset"] = stamp(created)
        row["updated_utc"], row["updated_offset"] = stamp(s.updated_at or created)
        return row

    def _record(self, row: dict[str, Any]) -> CoachingSession:
        return _session(row)

    def search(self, text: str) -> list[CoachingSession]:
        ids = set(search_ids(self.db, "coaching", text))
        return [s for s in self.all() if s.id in ids] if ids else []


class FlagRepository(RecordRepository[SessionFlag]):
    """Owns the `session_flags` table."""

    ORDER_BY = "created_utc, seq"
    TABLE = "session_flags"

    def _row(self, f: SessionFlag) -> dict[str, object]:
        row: dict[str, object] = {"id": f.id, "kind": f.kind, "ref_id": f.ref_id, "label": f.label,
                                  "session_id": f.session_id}
        row["created_utc"], row["created_offset"] = stamp(f.created_at or now_utc())
        return row

    def _record(self, row: dict[str, Any]) -> SessionFlag:
        return _flag(row)

    def pending(self) -> list[SessionFlag]:
        """Flags not yet on any session's agenda, oldest first."""
        rows = select(self.db, f"SELECT * FROM {self.TABLE} WHERE session_id IS NULL ORDER BY created_utc, seq")
        return [_flag(r) for r in rows]

    def for_ref(self, kind: str, ref_id: str) -> list[SessionFlag]:
        rows = select(self.db, f"SELECT * FROM {self.TABLE} WHERE kind = ? AND ref_id = ? ORDER BY seq",
                      [kind, ref_id])
        return [_flag(r) for r in rows]

    def for_session(self, session_id: str) -> list[SessionFlag]:
        rows = select(self.db, f"SELECT * FROM {self.TABLE} WHERE session_id = ? ORDER BY seq", [session_id])
        return [_flag(r) for r in rows]


class AgreementRepository(RecordRepository[Agreement]):
    """Owns the `session_agreements` table."""

    ORDER_BY = "created_utc, seq"
    TABLE = "session_agreements"

    def _row(self, a: Agreement) -> dict[str, object]:
        row: dict[str, object] = {
            "id": a.id, "session_id": a.session_id, "text": a.text, "kind": a.kind, "goal_id": a.goal_id,
            "exercise_id": a.exercise_id, "due_on": a.due_on.isoformat() if a.due_on else None,
            "status": a.status,
        }
        row["created_utc"], row["created_offset"] = stamp(a.created_at or now_utc())
        row["done_utc"], row["done_offset"] = stamp(a.done_at)
        return row

    def _record(self, row: dict[str, Any]) -> Agreement:
        return _agreement(row)

    def for_session(self, session_id: str) -> list[Agreement]:
        rows = select(self.db, f"SELECT * FROM {self.TABLE} WHERE session_id = ? ORDER BY created_utc, seq",
                      [session_id])
        return [_agreement(r) for r in rows]

    def open_agreements(self) -> list[Agreement]:
        """Homework: agreements not done yet, soonest due first (no date last)."""
        rows = select(self.db, f"SELECT * FROM {self.TABLE} WHERE status = 'open' "
                               "ORDER BY due_on IS NULL, due_on, created_utc, seq")
        return [_agreement(r) for r in rows]

    def unlink_session(self, session_id: str) -> None:
        """The session is gone: its agreements (and the goals they became) stay, without the link.
        The caller owns the transaction."""
        self.db.execute(f"UPDATE {self.TABLE} SET session_id = NULL WHERE session_id = ?", [session_id])

    def for_goal(self, goal_id: str) -> list[Agreement]:
        rows = select(self.db, f"SELECT * FROM {self.TABLE} WHERE goal_id = ?", [goal_id])
        return [_agreement(r) for r in rows]


@reads_record("coaching_sessions")
def _session(row: dict[str, Any]) -> CoachingSession:
    return CoachingSession(
        id=row["id"],
        held_at=from_storage(row["held_utc"], row["held_offset"]),
        coach_label=row["coach_label"],
        mode=row["mode"],
        status=row["status"],
        agenda=[AgendaItem.from_dict(item) for item in json.loads(row["agenda"])],
        coach_reflection=row["coach_reflection"],
        insights=row["insights"],
        share_notes=bool(row["share_notes"]),
        created_at=moment(row["created_utc"], row["created_offset"]),
        updated_at=moment(row["updated_utc"], row["updated_offset"]),
    )


@reads_record("session_flags")
def _flag(row: dict[str, Any]) -> SessionFlag:
    return SessionFlag(id=row["id"], kind=row["kind"], ref_id=row["ref_id"], label=row["label"],
                       session_id=row["session_id"], created_at=moment(row["created_utc"], row["created_offset"]))


@reads_record("session_agreements")
def _agreement(row: dict[str, Any]) -> Agreement:
    return Agreement(
        id=row["id"], session_id=row["session_id"], text=row["text"], kind=row["kind"], goal_id=row["goal_id"],
        exercise_id=row["exercise_id"], due_on=date.fromisoformat(row["due_on"]) if row["due_on"] else None,
        status=row["status"], created_at=moment(row["created_utc"], row["created_offset"]),
        done_at=moment(row["done_utc"], row["done_offset"]),
    )
