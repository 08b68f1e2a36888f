"""The composition root: one open diary and every repository and service over it.

`open_workbook(path)` is the one way the app, the command line and the tests get at a diary. It
opens (or creates) the file through storage.connection, and the Workbook builds each service
once, on first use, over the same connection: nothing is ever `None`, and nothing is wired by hand
anywhere else. app.py puts the main window on top; cli.py uses the services it needs.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from tyokirja.domain.content import Catalogue
from tyokirja.domain.encounter import now_local
from tyokirja.domain.exercise import ExerciseLibrary
from tyokirja.services.backup import BackupService
from tyokirja.services.diary import DiaryService
from tyokirja.services.exercises import ExerciseService
from tyokirja.services.feedback import FeedbackService
from tyokirja.services.goals import GoalService
from tyokirja.services.progress import ProgressService
from tyokirja.services.reporting import ReportService
from tyokirja.services.search import SearchService
from tyokirja.services.security import SecurityService
from tyokirja.services.today import TodayService
from tyokirja.storage.connection import DiaryDatabase, close_diary, open_diary
from tyokirja.storage.drafts import DraftRepository
from tyokirja.storage.encounters import EncounterRepository
from tyokirja.storage.exports import CoachExportRepository
from tyokirja.storage.feedback import FeedbackRepository
from tyokirja.storage.followups import FollowUpRepository
from tyokirja.storage.goals import GoalRepository
from tyokirja.storage.ratings import RatingRepository
from tyokirja.storage.report_queries import ReportQueries
from tyokirja.storage.sessions import SessionRepository

if TYPE_CHECKING:  # the exchange format loads jsonschema: only a command that moves data pays for it
    from tyokirja.services.transfer import TransferService


class Workbook:
    """An open diary with its services. Build it with open_workbook(); close() it when done.

    Services are created on first use (start-up builds only what the first page needs) and are
    shared: every page and command sees the same objects over the same connection.
    """

    def __init__(self, db: DiaryDatabase, path: Path, catalogue: Catalogue, *,
                 passphrase: str | None = None, clock: Callable[[], datetime] = now_local,
                 library: ExerciseLibrary | None = None):
        self.db = db
        self.path = Path(path)
        self.catalogue = catalogue
        self.clock = clock
        self._passphrase = passphrase  # only for a command line run; the app never keeps it
        self._library = library  # None: the shipped exercises, loaded on first use
        self.diary = DiaryService(EncounterRepository(db), DraftRepository(db), catalogue, clock)

    @cached_property
    def library(self) -> ExerciseLibrary:
        """The exercises and listening statements (raises ContentError on broken content)."""
        if self._library is not None:
            return self._library
        from tyokirja.domain.exercise_loader import load_default_library

        return load_default_library(self.catalogue)

    @cached_property
    def feedback(self) -> FeedbackService:
        """Feedback requests and their life cycle."""
        return FeedbackService(FeedbackRepository(self.db), self.clock)

    @cached_property
    def goals(self) -> GoalService:
        """Goals and experiments (WOOP) and their reviews."""
        return GoalService(GoalRepository(self.db), self.clock)

    @cached_property
    def exercises(self) -> ExerciseService:
        """Exercise sessions and their follow-ups (raises ContentError on broken content)."""
        return ExerciseService(SessionRepository(self.db), FollowUpRepository(self.db), RatingRepository(self.db),
                               self.library, self.catalogue, self.feedback, self.goals, self.clock)

    @cached_property
    def today(self) -> TodayService:
        """The today view (raises ContentError on broken content)."""
        return TodayService(self.exercises, self.goals, self.exercises.sessions, self.feedback.repository,
                            self.diary.encounters, self.clock)

    @cached_property
    def progress(self) -> ProgressService:
        """Skill ratings and the progress statistics (raises ContentError on broken content)."""
        return ProgressService.open(self.db, self.catalogue, clock=self.clock)

    @cached_property
    def reports(self) -> ReportService:
        return ReportService(
            progress=self.progress, library=self.library, sessions=self.exercises.sessions,
            feedback=self.feedback.repository, goals=self.goals.repository, queries=ReportQueries(self.db),
            exports=CoachExportRepository(self.db), encounters=self.diary.encounters, catalogue=self.catalogue,
            clock=self.clock)

    @cached_property
    def backups(self) -> BackupService:
        return BackupService(self.db, self.path, passphrase=self._passphrase)

    @cached_property
    def security(self) -> SecurityService:
        return SecurityService(self.db, self.path)

    @cached_property
    def transfer(self) -> TransferService:
        from tyokirja.services.transfer import TransferService

        repos = (self.exercises.sessions, self.exercises.followups, self.feedback.repository, self.goals.repository)
        return TransferService(self.diary.encounters, self.catalogue, self.clock, library=self.library,
                               practice_repos=repos)

    def search(self, lang: str) -> SearchService:
        """Search over entries and practice records, naming exercises in `lang`."""
        return SearchService(self.diary.encounters, self.exercises.sessions, self.feedback.repository,
                             self.goals.repository, self.library, lang)

    def close(self) -> None:
        """Checkpoint and close the diary file (a session that wrote nothing leaves it as it was)."""
        close_diary(self.db)


def open_workbook(path: Path, *, create: bool = False, passphrase: str | None = None,
                  catalogue: Catalogue | None = None, clock: Callable[[], datetime] = now_local,
                  library: ExerciseLibrary | None = None) -> Workbook:
    """Open the diary at `path` (refusing anything that is not a healthy diary, see storage.inspection).

    `create` makes a new diary when there is no file (the caller has asked the user first).
    Raises the typed storage errors of open_diary.
    """
    db = open_diary(Path(path), create=create, passphrase=passphrase)
    try:
        return Workbook(db, path, catalogue or Catalogue.load_default(), passphrase=passphrase, clock=clock,
                        library=library)
    except BaseException:
        close_diary(db)
        raise
