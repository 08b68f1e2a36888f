"""Moving the diary in and out: JSON export, all-or-nothing JSON import, and a full health check."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, cast

import tyokirja
from tyokirja.domain.content import Catalogue
from tyokirja.domain.encounter import Encounter, now_local
from tyokirja.exchange import json_format
from tyokirja.exchange.json_format import ImportBundle
from tyokirja.exchange.practice_records import ARRAY_NAMES, PracticeRecords
from tyokirja.exchange.rejection import ImportRejected
from tyokirja.storage.encounters import EncounterRepository
from tyokirja.storage.errors import classify
from tyokirja.storage.inspection import HealthReport, examine

if TYPE_CHECKING:
    from tyokirja.domain.exercise import ExerciseLibrary
    from tyokirja.services.diary import DiaryService
    from tyokirja.storage.feedback import FeedbackRepository
    from tyokirja.storage.followups import FollowUpRepository
    from tyokirja.storage.goals import GoalRepository
    from tyokirja.storage.sessions import RecordRepository, SessionRepository

    # in the order of the exchange format's arrays (exchange.practice_records.ARRAY_NAMES)
    PracticeRepositories = tuple[SessionRepository, FollowUpRepository, FeedbackRepository, GoalRepository]

__all__ = ["ImportRejected", "TransferService", "check_diary"]


class TransferService:
    """Export the whole diary to the JSON exchange format and import such a file back.

    Takes the EncounterRepository (or a DiaryService, whose repository it uses) and the catalogue
    that imported content ids are checked against. The practice records (exercise sessions,
    follow-ups, feedback requests, goals) travel too: their repositories are `practice_repos`
    (sessions, follow-ups, feedback requests, goals) or are built over the same diary file.
    Imported exercise answers are checked against `library` (the shipped one when None). Storage
    failures surface as typed storage errors; a refused import file as ImportRejected, with the
    diary unchanged.
    """

    def __init__(self, encounters: EncounterRepository | DiaryService, catalogue: Catalogue,
                 clock: Callable[[], datetime] = now_local, *, library: ExerciseLibrary | None = None,
                 practice_repos: PracticeRepositories | None = None) -> None:
        self.encounters = cast(EncounterRepository, getattr(encounters, "encounters", encounters))
        self.catalogue = catalogue
        self.clock = clock
        self.library = library
        repos: tuple[RecordRepository[Any], ...]
        if practice_repos is not None:
            repos = practice_repos
        else:
            from tyokirja.storage.feedback import FeedbackRepository
            from tyokirja.storage.followups import FollowUpRepository
            from tyokirja.storage.goals import GoalRepository
            from tyokirja.storage.sessions import SessionRepository

            db = self.encounters.db
            repos = (SessionRepository(db), FollowUpRepository(db), FeedbackRepository(db), GoalRepository(db))
        # keyed by array name, so each repository's record type is the one its name picks (Any here)
        self.practice_repos: dict[str, RecordRepository[Any]] = dict(zip(ARRAY_NAMES, repos, strict=True))

    def practice_records(self) -> PracticeRecords:
        """Every practice record in the diary."""
        return PracticeRecords(**{name: repo.all() for name, repo in self.practice_repos.items()})

    def export_document(self) -> dict[str, Any]:
        """The export document for the diary as it is now (drafts are not exported)."""
        try:
            encounters = self.encounters.all()
            practice = self.practice_records()
        except Exception as exc:  # noqa: BLE001 - not swallowed: _raise_typed re-raises it, typed or unchanged
            _raise_typed(exc)
        return json_format.build_document(
            encounters,
            exported_at=self.clock(),
            app_version=tyokirja.__version__,
            content_version=self.catalogue.version,
            practice=practice,
        )

    def export_json(self, path: Path) -> int:
        """Write every entry to `path` (atomically, owner-only); return how many were written.

        OSError (disk full, no such folder, no permission) propagates; no partial file is left.
        """
        document = self.export_document()
        json_format.write_atomically(Path(path), json_format.dumps(document))
        return len(document["encounters"])

    def import_encounters(self, records: list[Encounter] | ImportBundle) -> int:
        """Insert already checked records in one transaction; refuse all if any id exists.

        Takes a list of entries or a whole ImportBundle (entries and practice records); returns
        the number of diary entries added.
        """
        if isinstance(records, ImportBundle):
            encounters, practice = records.encounters, records.practice
        else:
            encounters, practice = list(records), PracticeRecords()

        def check_then_insert_practice(existing: set[str]) -> None:
            # Runs inside the encounters' transaction: a refusal here rolls back everything.
            json_format.refuse_existing(encounters, existing)
            for name, repo in self.practice_repos.items():
                batch = getattr(practice, name)
                if batch:
                    json_format.refuse_existing(batch, repo.existing([r.id for r in batch]), name)
                    repo.insert_many(batch)

        self.encounters.insert_all_or_none(encounters, check=check_then_insert_practice)
        return len(encounters)

    def import_json(self, path: Path) -> int:
        """Check the whole file, then insert every record or none; return how many entries were added.

        Raises ImportRejected (file refused, diary unchanged), OSError (file unreadable) or a
        typed storage error.
        """
        return self.import_encounters(json_format.load_document(Path(path), self.catalogue, self.library))


def examine_diary(path: Path, passphrase: str | None = None) -> HealthReport:
    """Everything `tyokirja check` reports about the file at `path` (read only; see storage.inspection)."""
    return examine(Path(path), passphrase, full=True)


def check_diary(path: Path, passphrase: str | None = None) -> int:
    """Fully check an existing diary file without writing to it and return its number of entries.

    Raises the first problem found as its typed storage error.
    """
    report = examine_diary(path, passphrase)
    if report.problems:
        raise report.problems[0]
    return int(report.entries or 0)


def _raise_typed(exc: Exception, path: Path | None = None) -> NoReturn:
    """Re-raise a driver error as its typed storage error (unknown ones unchanged: bugs)."""
    err = classify(exc, path)
    if err is exc:
        raise exc
    raise err from exc
