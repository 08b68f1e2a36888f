"""FeedbackRepository: feedback requests (palautepyynnöt) and their life cycle."""

from __future__ import annotations

import json
from typing import Any

from tyokirja.domain.practice import SBI, FeedbackRequest

from .errors import reads_record
from .sessions import (
    RecordRepository,
    dumps,
    moment,
    now_utc,
    search_ids,
    stamp,
)

_MOMENTS = ("asked", "received", "processed", "closed")


class FeedbackRepository(RecordRepository[FeedbackRequest]):
    """Owns the `feedback_requests` table."""

    ORDER_BY = "created_utc, seq"
    TABLE = "feedback_requests"


    def _row(self, f: FeedbackRequest) -> dict[str, object]:
        created = f.created_at or now_utc()
        row: dict[str, object] = {
            "id": f.id,
            "target_behaviour": f.target_behaviour,
            "asked_role": f.asked_role,
            "channel": f.channel,
            "question": f.question,
            "question_template": f.question_template,
            "status": f.status,
            "content": f.content,
            "sbi": dumps(f.sbi.to_dict()),
            "my_reaction": dumps(f.my_reaction),
            "take": f.take,
            "leave": f.leave,
            "action": f.action,
            "thanked": int(f.thanked),
            "skills": dumps(f.skills),
            "session_id": f.session_id,
            "share_with_coach": int(f.share_with_coach),
            "search_text": "\n".join(t for t in f.text_fields().values() if t.strip()),
        }
        for name in _MOMENTS:
            row[f"{name}_utc"], row[f"{name}_offset"] = stamp(getattr(f, f"{name}_at"))
        row["created_utc"], row["created_offset"] = stamp(created)
        row["updated_utc"], row["updated_offset"] = stamp(f.updated_at or created)
        return row

    def _record(self, row: dict[str, Any]) -> FeedbackRequest:
        return _request(row)


    def search(self, text: str) -> list[FeedbackRequest]:
        ids = set(search_ids(self.db, "feedback", text))
        return [r for r in self.all() if r.id in ids] if ids else []


@reads_record("feedback_requests")
def _request(row: dict[str, Any]) -> FeedbackRequest:
    return FeedbackRequest(
        id=row["id"],
        target_behaviour=row["target_behaviour"],
        asked_role=row["asked_role"],
        channel=row["channel"],
        question=row["question"],
        question_template=row["question_template"],
        status=row["status"],
        asked_at=moment(row["asked_utc"], row["asked_offset"]),
        received_at=moment(row["received_utc"], row["received_offset"]),
        processed_at=moment(row["processed_utc"], row["processed_offset"]),
        closed_at=moment(row["closed_utc"], row["closed_offset"]),
        content=row["content"],
        sbi=SBI.from_dict(json.loads(row["sbi"])),
        my_reaction=json.loads(row["my_reaction"]),
        take=row["take"],
        leave=row["leave"],
        action=row["action"],
        thanked=bool(row["thanked"]),
        skills=json.loads(row["skills"]),
        session_id=row["session_id"],
        share_with_coach=bool(row["share_with_coach"]),
        created_at=moment(row["created_utc"], row["created_offset"]),
        updated_at=moment(row["updated_utc"], row["updated_offset"]),
    )
