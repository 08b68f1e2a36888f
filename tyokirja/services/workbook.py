"""The composition root: one open diary and every repository and service over it.

`open_workbook(path)` is the one way the app, the command line and the tests get at a diary. It
opens (or creates) the file through storage.connection, and the Workbook builds each service
once, on first use, over the same connection: nothing is ever `None`, and nothing is wired by hand
anywhere else. app.py puts the main window on top; cli.py uses the services it needs.

A Workbook lives as long as its connection. Locking, unlocking and turning encryption on or off
close the connection and open the file again: WorkbookKeeper does those and hands out the new
Workbook, so nothing ever holds a service over a connection that was swapped underneath it.
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
from tyokirja.services.coaching import CoachingService
from tyokirja.services.diary import DiaryReader, DiaryService
from tyokirja.services.exercises import ExerciseService
from tyokirja.services.feedback import FeedbackService
from tyokirja.services.goals import GoalService
from tyokirja.services.progress import ProgressService
from tyokirja.services.reporting import ReportService
from tyokirja.services.search import SearchService
from tyokirja.services.security import PlainCopy, SecurityService
from tyokirja.services.today import TodayService
from tyokirja.storage import encryption
from tyokirja.storage.coaching import AgreementRepository, CoachingSessionRepository, FlagRepository
from tyokirja.storage.connection import DiaryDatabase, close_diary, is_encrypted, open_diary, open_reader
from tyokirja.storage.drafts import DraftRepository
from tyokirja.storage.encounters import EncounterRepository
from tyokirja.storage.errors import StorageError
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
        self._reader: DiaryReader | None = None
        self._reader_tried = False

    def diary_reader(self) -> DiaryReader | None:
        """The diary list's second, read-only connection (searches on a worker thread), opened on
        first use and closed with the workbook. None for an encrypted diary (no passphrase is kept
        to key a second connection) or when it cannot be opened: the list then reads on `diary`."""
        if not self._reader_tried and not self.db.closed:
            self._reader_tried = True
            try:
                self._reader = DiaryReader(open_reader(self.path))
            except StorageError:
                self._reader = None
        return self._reader

    def close_reader(self) -> None:
        """Close the list's read-only connection (before the file is closed, converted or replaced)."""
        if self._reader is not None:
            self._reader.close()

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
    def coaching(self) -> CoachingService:
        """Sessions with a coach, flags for the next one, agendas and agreements."""
        return CoachingService(CoachingSessionRepository(self.db), FlagRepository(self.db),
                               AgreementRepository(self.db), self.goals, self.exercises.followups,
                               self.exercises.sessions, self.progress, self.library, self.clock)

    @cached_property
    def today(self) -> TodayService:
        """The today view (raises ContentError on broken content)."""
        return TodayService(self.exercises, self.goals, self.exercises.sessions, self.feedback.repository,
                            self.diary.encounters, self.clock, coaching=self.coaching)

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
            clock=self.clock, coaching=self.coaching)

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
        history = (self.progress.ratings, CoachExportRepository(self.db), self.progress.settings)
        return TransferService(self.diary.encounters, self.catalogue, self.clock, library=self.library,
                               practice_repos=repos, history_repos=history)

    def search(self, lang: str) -> SearchService:
        """Search over entries and practice records, naming exercises in `lang`."""
        return SearchService(self.diary.encounters, self.exercises.sessions, self.feedback.repository,
                             self.goals.repository, self.library, lang)

    def close(self) -> None:
        """Checkpoint and close the diary file (a session that wrote nothing leaves it as it was)."""
        self.close_reader()  # first: the app's own connection is the last one, as it always was
        close_diary(self.db)

    @property
    def closed(self) -> bool:
        return self.db.closed

    def reopened(self, passphrase: str | None) -> Workbook:
        """A new Workbook over the same file, opened again (with `passphrase` when it is encrypted)."""
        library = self.__dict__.get("library", self._library)  # loaded once: the content does not change
        return open_workbook(self.path, passphrase=passphrase, catalogue=self.catalogue, clock=self.clock,
                             library=library)


class WorkbookKeeper:
    """The app's open diary across lock, unlock and encryption changes.

    Each of those closes the current Workbook and opens a new one over the same file; whoever shows
    the diary (the main window) is built again over `workbook`. While locked there is no workbook.
    """

    def __init__(self, workbook: Workbook) -> None:
        self._workbook: Workbook | None = workbook
        self._last = workbook  # the newest one, open or closed: the next is opened like it
        self.path = workbook.path

    @property
    def workbook(self) -> Workbook:
        if self._workbook is None:
            raise RuntimeError("the diary is locked")  # the UI shows only the lock screen meanwhile
        return self._workbook

    def is_locked(self) -> bool:
        return self._workbook is None

    def is_encrypted(self) -> bool:
        return is_encrypted(self.path)

    def lock(self) -> None:
        """Close the diary: SQLCipher frees the key with the connection. Nothing reads it until unlock()."""
        if self._workbook is not None:
            self._workbook.close()
            self._workbook = None

    def unlock(self, passphrase: str) -> Workbook:
        """Open the diary again with `passphrase` (WrongPassphraseError leaves it locked, the file untouched)."""
        if self._workbook is None:
            self._workbook = self._last = self._last.reopened(passphrase)
        return self._workbook

    def turn_encryption_on(self, passphrase: str) -> list[PlainCopy]:
        """Encrypt the diary; the workbook is then a new one. Returns the unencrypted copies left on disk."""
        self._convert(lambda db: encryption.encrypt_diary(db, self.path, passphrase), passphrase)
        return self.workbook.security.plaintext_copies()

    def turn_encryption_off(self, current: str) -> None:
        """Store the diary unencrypted again, after checking the current passphrase; the workbook is new."""
        self.workbook.security.check_passphrase(current)
        self._convert(lambda db: encryption.decrypt_diary(db, self.path), current)

    def _convert(self, convert: Callable[[DiaryDatabase], None], passphrase: str) -> None:
        old = self.workbook
        old.close_reader()  # the file is about to be rewritten and replaced: no second connection on it
        try:
            convert(old.db)
        finally:
            if old.closed:  # the conversion got as far as closing: open whichever file is there now
                self._workbook = self._last = old.reopened(passphrase if is_encrypted(self.path) else None)

    def close(self) -> None:
        self.lock()


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
