"""FeedbackRepository: feedback requests (palautepyynnöt) and their life cycle."""

from __future__ import annotations

import json

import sqlite_utils

from tyokirja.domain.practice import SBI, FeedbackRequest

from .errors import NotFoundError
from .sessions import (
    delete_by_id,
    dumps,
    existing_ids,
    insert_rows,
    moment,
    now_utc,
    search_ids,
    select,
    stamp,
    upsert,
)

_MOMENTS = ("asked", "received", "processed", "closed")


class FeedbackRepository:
    """Owns the `feedback_requests` table."""

    TABLE = "feedback_requests"

    def __init__(self, db: sqlite_utils.Database):
        self.db = db

    def _row(self, f: FeedbackRequest) -> dict:
        created = f.created_at or now_utc()
        row = {
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

    def save(self, request: FeedbackRequest) -> FeedbackRequest:
        upsert(self.db, self.TABLE, self._row(request))
        return self.get(request.id)

    def insert_many(self, requests: list[FeedbackRequest]) -> None:
        insert_rows(self.db, self.TABLE, [self._row(r) for r in requests])

    def existing(self, ids: list[str]) -> set[str]:
        return existing_ids(self.db, self.TABLE, ids)

    def delete(self, request_id: str) -> FeedbackRequest:
        request = self.get(request_id)
        delete_by_id(self.db, self.TABLE, request_id)
        return request

    def get(self, request_id: str) -> FeedbackRequest:
        rows = select(self.db, f"SELECT * FROM {self.TABLE} WHERE id = ?", [request_id])
        if not rows:
            raise NotFoundError(request_id)
        return _request(rows[0])

    def all(self) -> list[FeedbackRequest]:
        """Every request, oldest first."""
        return [_request(r) for r in select(self.db, f"SELECT * FROM {self.TABLE} ORDER BY created_utc, seq")]

    def search(self, text: str) -> list[FeedbackRequest]:
        ids = set(search_ids(self.db, "feedback", text))
        return [r for r in self.all() if r.id in ids] if ids else []


def _request(row: dict) -> FeedbackRequest:
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
