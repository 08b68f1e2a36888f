"""GoalRepository: goals and experiments (tavoitteet ja kokeilut, WOOP)."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from tyokirja.domain.practice import Goal, IfThen

from .errors import reads_record
from .sessions import (
    RecordRepository,
    dumps,
    moment,
    now_utc,
    search_ids,
    select,
    stamp,
)


class GoalRepository(RecordRepository[Goal]):
    """Owns the `goals` table."""

    ORDER_BY = "created_utc, seq"
    TABLE = "goals"


    def _row(self, g: Goal) -> dict[str, object]:
        created = g.created_at or now_utc()
        row: dict[str, object] = {
            "id": g.id,
            "skill_id": g.skill_id,
            "wish": g.wish,
            "outcome": g.outcome,
            "obstacle": g.obstacle,
            "plans": dumps([p.to_dict() for p in g.plans]),
            "start": g.start.isoformat() if g.start else None,
            "review_at": g.review_at.isoformat() if g.review_at else None,
            "success_signal": g.success_signal,
            "status": g.status,
            "encounter_ids": dumps(g.encounter_ids),
            "review_notes": g.review_notes,
            "session_id": g.session_id,
            "share_with_coach": int(g.share_with_coach),
            "search_text": "\n".join(t for t in g.text_fields().values() if t.strip()),
        }
        row["created_utc"], row["created_offset"] = stamp(created)
        row["updated_utc"], row["updated_offset"] = stamp(g.updated_at or created)
        return row

    def _record(self, row: dict[str, Any]) -> Goal:
        return _goal(row)


    def open_goals(self) -> list[Goal]:
        """Goals still running (active, continue, adapted), oldest first."""
        rows = select(
            self.db,
            f"SELECT * FROM {self.TABLE} WHERE status IN ('active', 'continue', 'adapted') ORDER BY created_utc, seq",
        )
        return [_goal(r) for r in rows]

    def search(self, text: str) -> list[Goal]:
        ids = set(search_ids(self.db, "goal", text))
        return [g for g in self.all() if g.id in ids] if ids else []


@reads_record("goals")
def _goal(row: dict[str, Any]) -> Goal:
    return Goal(
        id=row["id"],
        skill_id=row["skill_id"],
        wish=row["wish"],
        outcome=row["outcome"],
        obstacle=row["obstacle"],
        plans=[IfThen.from_dict(p) for p in json.loads(row["plans"])],
        start=date.fromisoformat(row["start"]) if row["start"] else None,
        review_at=date.fromisoformat(row["review_at"]) if row["review_at"] else None,
        success_signal=row["success_signal"],
        status=row["status"],
        encounter_ids=json.loads(row["encounter_ids"]),
        review_notes=row["review_notes"],
        session_id=row["session_id"],
        share_with_coach=bool(row["share_with_coach"]),
        created_at=moment(row["created_utc"], row["created_offset"]),
        updated_at=moment(row["updated_utc"], row["updated_offset"]),
    )
