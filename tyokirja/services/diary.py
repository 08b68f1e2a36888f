"""Diary use cases: save, quick entry, delete with undo, list, search, drafts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

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
from tyokirja.storage.drafts import Draft, DraftRepository
from tyokirja.storage.encounters import EncounterRepository

from .snippets import Snippet, make_snippet

DRAFT_KIND = "encounter"
NO_FILTER = EncounterFilter()  # every entry (the filter is frozen, so one shared default is safe)


def draft_key(encounter_id: str | None) -> str:
    return f"{DRAFT_KIND}:{encounter_id or 'new'}"


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
        query = parse_query(text)
        if query.is_empty():
            return {}
        # the title is on the row already: the snippet comes from the other fields
        return {entry_id: make_snippet(texts[1:], query) for entry_id, texts in self.encounters.texts(ids).items()}

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
