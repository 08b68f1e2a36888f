"""Diary use cases: save, quick entry, delete with undo, list, search, drafts."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

import sqlcipher3

from tyokirja.domain.content import Catalogue
from tyokirja.domain.encounter import (
    Encounter,
    EncounterFilter,
    EncounterSummary,
    encounter_from_dict,
    encounter_to_dict,
    now_local,
)
from tyokirja.domain.search_query import parse_query
from tyokirja.domain.validation import ValidationError, validate_encounter
from tyokirja.storage import encounter_days
from tyokirja.storage.connection import DiaryDatabase
from tyokirja.storage.drafts import Draft, DraftRepository
from tyokirja.storage.encounters import EncounterRepository

from .snippets import Snippet, make_snippet

DRAFT_KIND = "encounter"
NO_FILTER = EncounterFilter()  # every entry (the filter is frozen, so one shared default is safe)


def draft_key(encounter_id: str | None) -> str:
    return f"{DRAFT_KIND}:{encounter_id or 'new'}"


@dataclass(frozen=True)
class ListPage:
    """What the diary list shows for one filter and order: how many entries match, the first rows
    and the snippets of the first of them (a search's; {} without search text)."""

    filter: EncounterFilter
    order: str
    total: int
    rows: list[EncounterSummary]
    snippets: dict[str, Snippet] = field(default_factory=dict)


def _snippets(encounters: EncounterRepository, text: str, ids: list[str]) -> dict[str, Snippet]:
    query = parse_query(text)
    if query.is_empty() or not ids:
        return {}
    # the title is on the row already: the snippet comes from the other fields
    return {entry_id: make_snippet(texts[1:], query) for entry_id, texts in encounters.texts(ids).items()}


def _first_page(encounters: EncounterRepository, flt: EncounterFilter, order: str, limit: int,
                snippet_rows: int) -> ListPage:
    total = encounters.count(flt)
    rows = encounters.summaries(flt, offset=0, limit=limit, order=order)
    snippets = _snippets(encounters, flt.text, [r.id for r in rows[:snippet_rows]]) if flt.text.strip() else {}
    return ListPage(flt, order, total, rows, snippets)


class DiaryService:
    """The one place the UI and CLI go through to read and change the encounter diary."""

    def __init__(
        self,
        encounters: EncounterRepository,
        drafts: DraftRepository,
        catalogue: Catalogue,
        clock: Callable[[], datetime] = now_local,
    ):
        self.encounters = encounters
        self.drafts = drafts
        self.catalogue = catalogue
        self.clock = clock

    def new_encounter(self) -> Encounter:
        return Encounter(occurred_at=self.clock().replace(second=0, microsecond=0), title="")

    def save(self, enc: Encounter) -> Encounter:
        """Validate and store; on success the entry's draft is discarded."""
        problems = validate_encounter(enc, self.catalogue)
        if problems:
            raise ValidationError(problems)
        saved = self.encounters.save(enc)
        self.drafts.discard(draft_key(enc.id))
        self.drafts.discard(draft_key(None))
        return saved

    def quick_entry(self, title: str, facts: str, feeling: str | None) -> Encounter:
        """The 30-second path: title, what happened, one feeling; flagged to complete later."""
        enc = self.new_encounter().copy(
            title=title.strip(),
            facts=facts,
            my_feelings=[feeling] if feeling else [],
            needs_completion=True,
        )
        return self.save(enc)

    def get(self, encounter_id: str) -> Encounter:
        return self.encounters.get(encounter_id)

    def delete(self, encounter_id: str) -> Encounter:
        """Delete and return the removed entry, which `restore` can put back (undo)."""
        removed = self.encounters.delete(encounter_id)
        self.drafts.discard(draft_key(encounter_id))
        return removed

    def restore(self, enc: Encounter) -> Encounter:
        return self.encounters.save(enc)

    def count(self, flt: EncounterFilter = NO_FILTER) -> int:
        return self.encounters.count(flt)

    def summaries(self, flt: EncounterFilter = NO_FILTER, offset: int = 0, limit: int = 200,
                  order: str = "date", after: str | None = None) -> list[EncounterSummary]:
        """A page of list rows: newest first (order="date") or best match first ("relevance");
        `after`: the id of the previous page's last row (keyset paging, cost flat at any depth)."""
        return self.encounters.summaries(flt, offset=offset, limit=limit, order=order, after=after)

    def day_counts(self, first: date, last: date) -> dict[date, int]:
        """How many entries each day from `first` to `last` holds (days without any are absent)."""
        return encounter_days.day_counts(self.encounters.db, first, last)

    def snippets(self, text: str, ids: list[str]) -> dict[str, Snippet]:
        """For search `text`, a line of each entry in `ids` around its first match, matches marked."""
        return _snippets(self.encounters, text, ids)

    def first_page(self, flt: EncounterFilter = NO_FILTER, order: str = "date", limit: int = 200,
                   snippet_rows: int = 0) -> ListPage:
        """The count, the first `limit` rows and the snippets of the first `snippet_rows` of them."""
        return _first_page(self.encounters, flt, order, limit, snippet_rows)

    # -- drafts ------------------------------------------------------------------------------

    def save_draft(self, enc: Encounter, *, is_new: bool) -> None:
        self.drafts.put(draft_key(None if is_new else enc.id), DRAFT_KIND, encounter_to_dict(enc))

    def discard_draft(self, enc_id: str | None) -> None:
        self.drafts.discard(draft_key(enc_id))

    def pending_drafts(self) -> list[tuple[Draft, Encounter]]:
        """Drafts left by an interrupted session, with the encounter each one holds."""
        result = []
        for draft in self.drafts.all():
            if draft.kind != DRAFT_KIND:
                continue
            try:
                result.append((draft, encounter_from_dict(draft.payload)))
            except (KeyError, TypeError, ValueError):
                continue
        return result


class DiaryReader:
    """The diary list's reads on a read-only connection of their own (storage.connection.open_reader),
    so that a search can run on a worker thread while the app's connection stays free.

    One thread at a time uses the connection (a lock inside); interrupt() stops the query running now
    from any thread (a newer search supersedes it). The results are the DiaryService's, row for row:
    the same repository code runs over the same file. A search's found ids stay in this connection's
    temp tables, so paging on here after a first page costs only the page.
    """

    def __init__(self, db: DiaryDatabase) -> None:
        self.db = db
        self.encounters = EncounterRepository(db)
        self._lock = threading.Lock()
        self._closed = False

    @property
    def closed(self) -> bool:
        return self._closed

    def entries(self) -> int:
        """About how many entries the diary holds (the highest row number: cheap at any size)."""
        with self._lock:
            if self._closed:
                return 0
            return int(self.db.execute("SELECT coalesce(max(seq), 0) FROM encounters").fetchone()[0])

    def first_page(self, flt: EncounterFilter, order: str, limit: int, snippet_rows: int) -> ListPage | None:
        """DiaryService.first_page on this connection; None when interrupted or closed meanwhile."""
        with self._lock:
            if self._closed:
                return None
            try:
                return _first_page(self.encounters, flt, order, limit, snippet_rows)
            except sqlcipher3.dbapi2.OperationalError as exc:
                if "interrupt" in str(exc):
                    return None
                raise

    def summaries(self, flt: EncounterFilter, limit: int, order: str, after: str | None) -> list[EncounterSummary]:
        """DiaryService.summaries on this connection (the next page of the list by key)."""
        with self._lock:
            if self._closed:
                return []
            return self.encounters.summaries(flt, limit=limit, order=order, after=after)

    def interrupt(self) -> None:
        """Stop the query running on this connection now, if any (it returns None)."""
        if not self._closed:
            self.db.conn.interrupt()

    def close(self) -> None:
        """Close the connection (after the query running now, which is interrupted); reads then return nothing."""
        self.interrupt()
        with self._lock:
            if not self._closed:
                self._closed = True
                self.db.conn.close()
