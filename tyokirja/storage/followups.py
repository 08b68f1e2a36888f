"""FollowUpRepository: later steps and reviews that fall due on a day (jatkotoimet)."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from tyokirja.domain.practice import FollowUpTask

from .errors import reads_record
from .sessions import RecordRepository, dumps, moment, now_utc, select, stamp


class FollowUpRepository(RecordRepository[FollowUpTask]):
    """Owns the `follow_ups` table."""

    ORDER_BY = "due_on, created_utc, seq"
    TABLE = "follow_ups"


    def _row(self, t: FollowUpTask) -> dict[str, object]:
        created_utc, created_offset = stamp(t.created_at or now_utc())
        done_utc, done_offset = stamp(t.done_at)
        return {
            "id": t.id,
            "session_id": t.session_id,
            "source_kind": t.source_kind,
            "ref_id": t.ref_id,
            "step_id": t.step_id,
            "due_on": t.due_on.isoformat(),
            "status": t.status,
            "result": dumps(t.result),
            "created_utc": created_utc,
            "created_offset": created_offset,
            "done_utc": done_utc,
            "done_offset": done_offset,
        }

    def _record(self, row: dict[str, Any]) -> FollowUpTask:
        return _task(row)


    def open_due_by(self, today: date) -> list[FollowUpTask]:
        """Open follow-ups due on `today` or earlier, oldest due first."""
        rows = select(
            self.db,
            f"SELECT * FROM {self.TABLE} WHERE status = 'due' AND due_on <= ? ORDER BY due_on, id",
            [today.isoformat()],
        )
        return [_task(r) for r in rows]

    def for_session(self, session_id: str) -> list[FollowUpTask]:
        rows = select(self.db, f"SELECT * FROM {self.TABLE} WHERE session_id = ? ORDER BY due_on, seq", [session_id])
        return [_task(r) for r in rows]

    def for_ref(self, source_kind: str, ref_id: str) -> list[FollowUpTask]:
        rows = select(
            self.db,
            f"SELECT * FROM {self.TABLE} WHERE source_kind = ? AND ref_id = ? ORDER BY due_on, seq",
            [source_kind, ref_id],
        )
        return [_task(r) for r in rows]


@reads_record("follow_ups")
def _task(row: dict[str, Any]) -> FollowUpTask:
    return FollowUpTask(
        id=row["id"],
        session_id=row["session_id"],
        source_kind=row["source_kind"],
        ref_id=row["ref_id"],
        step_id=row["step_id"],
        due_on=date.fromisoformat(row["due_on"]),
        status=row["status"],
        result=json.loads(row["result"]),
        created_at=moment(row["created_utc"], row["created_offset"]),
        done_at=moment(row["done_utc"], row["done_offset"]),
    )
