"""One search over the whole workbook: diary entries and practice records together.

    SearchService(encounters, sessions, feedback, goals, library=None, lang="fi")
    SearchService.open(db, library=None, lang="fi")            # builds the repositories
    search_all(text) -> list[SearchHit(kind, id, when, title, snippet)]  newest first

kind is "encounter", "session" (an exercise session; reflections included), "feedback" or "goal".
Diary entries are found by the diary's search (word forms, "phrase", -word, OR; see
domain/search_query.py); practice records by substring, every word. Each hit carries a snippet
(services/snippets.py) of its text around the first match.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, cast

from tyokirja.domain.encounter import EncounterFilter
from tyokirja.domain.exercise import ExerciseLibrary
from tyokirja.domain.practice import ExerciseSession, session_texts
from tyokirja.domain.search_query import SearchQuery, parse_query

from .snippets import Snippet, make_snippet

if TYPE_CHECKING:
    import sqlite_utils

    from tyokirja.storage.encounters import EncounterRepository
    from tyokirja.storage.feedback import FeedbackRepository
    from tyokirja.storage.goals import GoalRepository
    from tyokirja.storage.sessions import SessionRepository

KINDS = ("encounter", "session", "feedback", "goal")
SNIPPET_CHARS = 60
_PAGE = 500


@dataclass(frozen=True)
class SearchHit:
    """One match: what it is, its id, when it happened and a one-line title to show."""

    kind: str
    id: str
    when: datetime
    title: str
    snippet: Snippet = field(default_factory=Snippet)


def _snippet(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= SNIPPET_CHARS else line[: SNIPPET_CHARS - 1].rstrip() + "…"


class SearchService:
    """Searches the encounter diary and the practice records with the same words."""

    def __init__(self, encounters: EncounterRepository, sessions: SessionRepository, feedback: FeedbackRepository,
                 goals: GoalRepository, library: ExerciseLibrary | None = None, lang: str = "fi") -> None:
        self.encounters = encounters
        self.sessions = sessions
        self.feedback = feedback
        self.goals = goals
        self.library = library
        self.lang = lang

    @classmethod
    def open(cls, db: sqlite_utils.Database, library: ExerciseLibrary | None = None, lang: str = "fi") -> SearchService:
        """Build over an open diary; without a library the shipped one names the exercises."""
        from tyokirja.domain.content import ContentError
        from tyokirja.domain.exercise_loader import load_default_library
        from tyokirja.storage.encounters import EncounterRepository
        from tyokirja.storage.feedback import FeedbackRepository
        from tyokirja.storage.goals import GoalRepository
        from tyokirja.storage.sessions import SessionRepository

        if library is None:
            try:
                library = load_default_library()
            except ContentError:
                library = None  # sessions are then titled by their exercise id
        return cls(EncounterRepository(db), SessionRepository(db), FeedbackRepository(db), GoalRepository(db),
                   library, lang)

    def session_title(self, session: ExerciseSession) -> str:
        """The exercise's name, then the first words of the first answer."""
        if self.library is not None and session.exercise_id in self.library:
            name = self.library.get(session.exercise_id).name(self.lang)
        else:
            name = session.exercise_id
        texts = session_texts(session.responses)
        return f"{name}: {_snippet(texts[0])}" if texts else name

    def search_all(self, text: str) -> list[SearchHit]:
        """Every record containing all the words of `text`, newest first ([] for blank text)."""
        hits = list(self.iter_hits(text))
        hits.sort(key=_newest_first, reverse=True)
        return hits

    def iter_hits(self, text: str) -> Iterator[SearchHit]:
        """search_all as a stream, newest first: the first hits come after one page of entries
        (keyset paging by time, so each page costs the same however deep), and the rest follow
        while they are read. Entries with the very same moment may come in another order than
        search_all's."""
        if not text.strip():
            return
        query = parse_query(text)
        practice: list[SearchHit] = []
        for session in self.sessions.search(text):
            snippet = make_snippet(session_texts(session.responses), query)
            practice.append(SearchHit("session", session.id, session.completed_at or session.started_at,
                                      self.session_title(session), snippet))
        # a stored request or goal always has its created_at (created_utc is NOT NULL); None only before saving
        for request in self.feedback.search(text):
            fields = [request.question, request.content, request.take, request.leave, request.action]
            practice.append(SearchHit("feedback", request.id, cast(datetime, request.created_at),
                                      request.target_behaviour, make_snippet(fields, query)))
        for goal in self.goals.search(text):
            fields = [goal.outcome, goal.obstacle, goal.success_signal, goal.review_notes]
            practice.append(SearchHit("goal", goal.id, cast(datetime, goal.created_at), goal.wish,
                                      make_snippet(fields, query)))
        practice.sort(key=_newest_first, reverse=True)
        yield from heapq.merge(self._entry_hits(text, query), practice, key=_newest_first, reverse=True)

    def _entry_hits(self, text: str, query: SearchQuery) -> Iterator[SearchHit]:
        flt = EncounterFilter(text=text)
        after: str | None = None
        while True:
            page = self.encounters.summaries(flt, limit=_PAGE, after=after)
            texts = self.encounters.texts([s.id for s in page])
            # the title is printed already: the snippet comes from the other fields
            for s in page:
                yield SearchHit("encounter", s.id, s.occurred_at, s.title,
                                make_snippet(texts.get(s.id, ("",))[1:], query))
            if len(page) < _PAGE:
                return
            after = page[-1].id


def _newest_first(hit: SearchHit) -> tuple[datetime, int, str]:
    return hit.when, KINDS.index(hit.kind), hit.id
