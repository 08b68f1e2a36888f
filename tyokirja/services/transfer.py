"""Moving the diary in and out: JSON export, all-or-nothing merge import of JSON, and a full health check."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sized
from datetime import date, datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, cast

import tyokirja
from tyokirja.domain.content import Catalogue
from tyokirja.domain.encounter import Encounter, EncounterFilter, now_local
from tyokirja.exchange import csv_format, format4, json_format, markdown
from tyokirja.exchange.format3 import HistoryRecords
from tyokirja.exchange.format4 import CoachingRecords
from tyokirja.exchange.importers import ForeignImport, read_source
from tyokirja.exchange.json_format import RECORD_ARRAYS, ImportBundle
from tyokirja.exchange.merge import CONFLICT_CHOICES, ImportPlan, KindPlan, plan_kind, plan_settings
from tyokirja.exchange.practice_records import ARRAY_NAMES, PracticeRecords
from tyokirja.exchange.readable import EntryStream, Selection, Wording
from tyokirja.exchange.rejection import ImportRejected
from tyokirja.storage.encounters import EncounterRepository
from tyokirja.storage.errors import StorageError, classify
from tyokirja.storage.inspection import HealthReport, examine
from tyokirja.storage.wordforms import preload as preload_analyser

if TYPE_CHECKING:
    from tyokirja.domain.exercise import ExerciseLibrary
    from tyokirja.services.diary import DiaryService
    from tyokirja.storage.exports import CoachExportRepository
    from tyokirja.storage.feedback import FeedbackRepository
    from tyokirja.storage.followups import FollowUpRepository
    from tyokirja.storage.goals import GoalRepository
    from tyokirja.storage.ratings import RatingRepository
    from tyokirja.storage.sessions import RecordRepository, SessionRepository
    from tyokirja.storage.settings import SettingsRepository

    # in the order of the exchange format's arrays (exchange.practice_records.ARRAY_NAMES)
    PracticeRepositories = tuple[SessionRepository, FollowUpRepository, FeedbackRepository, GoalRepository]
    HistoryRepositories = tuple[RatingRepository, CoachExportRepository, SettingsRepository]

__all__ = ["ImportCancelled", "ImportRejected", "TransferService", "check_diary"]

_INSERT_CHUNK = 500  # entries inserted between two progress reports and cancel checks


class ImportCancelled(Exception):
    """The user stopped an import; its transaction was rolled back, the diary is unchanged."""


class TransferService:
    """Export the whole diary to the JSON exchange format and merge such a file back in.

    Takes the EncounterRepository (or a DiaryService, whose repository it uses) and the catalogue
    that imported content ids are checked against. Every other kind of record travels too: the
    practice records (`practice_repos`: sessions, follow-ups, feedback requests, goals) and the
    rating sessions, shared-reports log and settings (`history_repos`); repositories not given are
    built over the same diary file. Imported exercise answers are checked against `library` (the
    shipped one when None). Storage failures surface as typed storage errors; a refused import
    file as ImportRejected, with the diary unchanged.
    """

    def __init__(self, encounters: EncounterRepository | DiaryService, catalogue: Catalogue,
                 clock: Callable[[], datetime] = now_local, *, library: ExerciseLibrary | None = None,
                 practice_repos: PracticeRepositories | None = None,
                 history_repos: HistoryRepositories | None = None) -> None:
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
        if history_repos is None:
            from tyokirja.storage.exports import CoachExportRepository
            from tyokirja.storage.ratings import RatingRepository
            from tyokirja.storage.settings import SettingsRepository

            db = self.encounters.db
            history_repos = (RatingRepository(db), CoachExportRepository(db), SettingsRepository(db))
        self.ratings, self.shared_reports, self.settings = history_repos
        from tyokirja.storage.coaching import AgreementRepository, CoachingSessionRepository, FlagRepository

        db = self.encounters.db  # the coaching loop (format 4): built over the same diary file
        coaching = (CoachingSessionRepository(db), FlagRepository(db), AgreementRepository(db))
        self.coaching_repos: dict[str, RecordRepository[Any]] = dict(zip(format4.ARRAY_NAMES, coaching, strict=True))

    def practice_records(self) -> PracticeRecords:
        """Every practice record in the diary."""
        return PracticeRecords(**{name: repo.all() for name, repo in self.practice_repos.items()})

    def history_records(self) -> HistoryRecords:
        """The rating sessions, the shared-reports log and the settings the user chose."""
        return HistoryRecords(rating_sessions=self.ratings.all(), shared_reports=self.shared_reports.all(),
                              settings=self.settings.chosen())

    def coaching_records(self) -> CoachingRecords:
        """The coaching sessions, flags and agreements."""
        return CoachingRecords(**{name: repo.all() for name, repo in self.coaching_repos.items()})

    def export_document(self, selection: Selection | None = None) -> dict[str, Any]:
        """The export document for the diary as it is now (drafts are not exported); with `selection`
        (see selection()) only its records, the follow-ups of its sessions, goals and feedback
        requests, and the chosen settings (coaching sessions travel only in a whole-diary export)."""
        try:
            if selection is None:
                encounters = self.encounters.all()
                practice = self.practice_records()
                history = self.history_records()
                coaching = self.coaching_records()
            else:
                encounters, practice, history = self._selected_records(selection)
                coaching = CoachingRecords()
        except Exception as exc:  # noqa: BLE001 - not swallowed: _raise_typed re-raises it, typed or unchanged
            _raise_typed(exc)
        return json_format.build_document(
            encounters,
            exported_at=self.clock(),
            app_version=tyokirja.__version__,
            content_version=self.catalogue.version,
            practice=practice,
            history=history,
            coaching=coaching,
        )

    def _selected_records(self, selection: Selection) -> tuple[list[Encounter], PracticeRecords, HistoryRecords]:
        chosen = selection.practice
        owners: set[str] = {s.id for s in chosen.exercise_sessions} | {r.id for r in chosen.feedback_requests} \
            | {g.id for g in chosen.goals}
        follow_ups = [f for f in self.practice_repos["follow_ups"].all()
                      if (f.session_id in owners) or (f.ref_id in owners)]
        practice = PracticeRecords(exercise_sessions=list(chosen.exercise_sessions), follow_ups=follow_ups,
                                   feedback_requests=list(chosen.feedback_requests), goals=list(chosen.goals))
        history = HistoryRecords(rating_sessions=list(selection.ratings), settings=self.settings.chosen())
        return list(selection.encounters), practice, history

    def export_json(self, path: Path, selection: Selection | None = None) -> int:
        """Write every entry (or those of `selection`) to `path` (atomically, owner-only); return how
        many entries were written.

        OSError (disk full, no such folder, no permission) propagates; no partial file is left.
        """
        if selection is not None:  # a chosen part: small enough to build whole
            document = self.export_document(selection)
            json_format.write_atomically(Path(path), json_format.dumps(document))
            return len(document["encounters"])
        try:
            practice = self.practice_records()
            history = self.history_records()
            coaching = self.coaching_records()
        except Exception as exc:  # noqa: BLE001 - not swallowed: _raise_typed re-raises it, typed or unchanged
            _raise_typed(exc)
        counted = _Counted(self.encounters.iter_export_order())
        chunks = json_format.iter_document_text(counted, exported_at=self.clock(), app_version=tyokirja.__version__,
                                                content_version=self.catalogue.version, practice=practice,
                                                history=history, coaching=coaching)
        self._write(Path(path), chunks)
        return counted.count

    def _lookups(self) -> dict[str, Any]:
        """array -> the repository method that returns the diary's records among some ids."""
        return {"encounters": self.encounters.get_many,
                **{name: repo.get_many for name, repo in self.practice_repos.items()},
                "rating_sessions": self.ratings.get_many, "shared_reports": self.shared_reports.get_many,
                **{name: repo.get_many for name, repo in self.coaching_repos.items()}}

    # -- readable exports ------------------------------------------------------------------------

    def selection(self, date_from: date | None = None, date_to: date | None = None, search: str = "",
                  tz: tzinfo | None = None) -> Selection:
        """The records a Markdown or CSV export holds: entries, exercise sessions, feedback requests,
        goals and skill ratings dated within the local days `date_from`..`date_to` (either open).
        With `search`, only entries and practice records holding every word (as the app's search
        finds them); skill ratings, which search does not cover, are then left out."""
        def inside(moment: datetime | date | None) -> bool:
            if moment is None:
                return date_from is None and date_to is None
            day = moment.astimezone(tz).date() if isinstance(moment, datetime) else moment
            return (date_from is None or day >= date_from) and (date_to is None or day <= date_to)

        text = search.strip()
        try:
            flt = EncounterFilter(text=text, date_from=date_from, date_to=date_to)
            encounters = EntryStream(lambda: self.encounters.iter_matching(flt, tz),
                                     self.encounters.count(flt, tz))
            sessions_repo = cast("SessionRepository", self.practice_repos["exercise_sessions"])
            feedback_repo = cast("FeedbackRepository", self.practice_repos["feedback_requests"])
            goals_repo = cast("GoalRepository", self.practice_repos["goals"])
            sessions = sessions_repo.search(text) if text else sessions_repo.all()
            feedback = feedback_repo.search(text) if text else feedback_repo.all()
            goals = goals_repo.search(text) if text else goals_repo.all()
            ratings = [] if text else self.ratings.all()
        except Exception as exc:  # noqa: BLE001 - not swallowed: _raise_typed re-raises it, typed or unchanged
            _raise_typed(exc)
        practice = PracticeRecords(
            exercise_sessions=[s for s in sessions if inside(s.started_at)],
            feedback_requests=[r for r in feedback if inside(r.created_at)],
            goals=[g for g in goals if inside(g.start or g.created_at)],
        )
        return Selection(encounters, practice, [r for r in ratings if inside(r.rated_at)], date_from, date_to, text)

    def export_markdown(self, path: Path, lang: str, selection: Selection, *, per_month: bool = False) -> int:
        """Write `selection` as Markdown: one file at `path`, or with `per_month` a folder `path` holding
        one YYYY-MM.md per month (created owner-only if missing). Returns the number of entries."""
        wording = Wording(lang, self.catalogue, self.library)
        now = self.clock()
        if not per_month:
            self._write(Path(path), markdown.render_parts(selection, wording, exported_at=now))
            return len(selection.encounters)
        folder = Path(path)
        if not folder.exists():
            folder.mkdir(mode=0o700)
        for month, part in markdown.by_month(selection).items():
            json_format.write_atomically(folder / f"{month}.md", markdown.render(
                part, wording, exported_at=now, heading=f"{wording.text('title')} {month}"))
        return len(selection.encounters)

    def export_csv(self, path: Path, lang: str, selection: Selection) -> int:
        """Write the entries of `selection` as CSV (see exchange.csv_format); return how many."""
        wording = Wording(lang, self.catalogue, self.library)
        self._write(Path(path), csv_format.render_parts(selection.encounters, wording))
        return len(selection.encounters)

    @staticmethod
    def _write(path: Path, chunks: Iterator[str]) -> None:
        """Write an export as it is made (atomically); a storage failure while reading comes typed."""
        try:
            json_format.write_chunks_atomically(path, chunks)
        except OSError:
            raise
        except Exception as exc:  # noqa: BLE001 - not swallowed: _raise_typed re-raises it, typed or unchanged
            _raise_typed(exc)

    # -- import ----------------------------------------------------------------------------------

    def read_file(self, path: Path, progress: Callable[[int, int], None] | None = None) -> ImportBundle:
        """Read and check a whole export file of any size, record by record (nothing is written);
        `progress(bytes read, file size)` as it goes. Raises ImportRejected or OSError."""
        from tyokirja.exchange.json_import import open_document

        preload_analyser()  # the entries' search keys will need it: let it load while the file is read
        return open_document(Path(path), self.catalogue, self.library, progress=progress)

    def plan_import(self, bundle: ImportBundle) -> ImportPlan:
        """What importing `bundle` would add, find already there and find conflicting (a dry run:
        nothing is written)."""
        try:
            return self._plan(bundle)
        except Exception as exc:  # noqa: BLE001 - not swallowed: _raise_typed re-raises it, typed or unchanged
            _raise_typed(exc)

    def _plan(self, bundle: ImportBundle, entries: KindPlan | None = None) -> ImportPlan:
        lookups = self._lookups()
        kinds: dict[str, KindPlan] = {}
        for name in RECORD_ARRAYS:
            if name != "encounters":
                kinds[name] = plan_kind(_records_of(bundle, name), lookups[name])
            elif entries is not None:
                kinds[name] = entries
            elif isinstance(bundle.encounters, list):
                kinds[name] = plan_kind(bundle.encounters, lookups[name])
            else:
                kinds[name] = self._plan_entries(bundle.encounters)
        plan = ImportPlan(kinds)
        plan_settings(plan, bundle.history.settings, self.settings.chosen())
        return plan

    def read_source(self, kind: str, path: Path) -> ForeignImport:
        """Read and check another journal's export (exchange.importers: jrnl, dayone, rednotebook);
        SourceRejected or OSError on a problem. Nothing is written."""
        preload_analyser()  # the entries' search keys will need it: let it load while the file is read
        return read_source(kind, Path(path))

    def _plan_entries(self, entries: Iterable[Encounter], conflicts: str | None = None, *,
                      write: bool = False, progress: Callable[[int, int], None] | None = None,
                      cancelled: Callable[[], bool] | None = None) -> KindPlan:
        """Plan (and with `write`, insert) entries read from a file a batch at a time: the plan keeps
        the ids of the new and unchanged ones, and only the conflicting records themselves. Writing
        stops at the first conflict when no choice was made (ImportRejected already_exists); when
        `cancelled()` turns true it stops with ImportCancelled (the caller's transaction rolls back)."""
        summary = KindPlan()
        done = 0
        total = len(entries) if isinstance(entries, Sized) else 0
        for batch in _batches(entries, 500):
            if write and cancelled is not None and cancelled():
                raise ImportCancelled()
            kind = plan_kind(batch, self.encounters.get_many)
            shifted = [(position + done, record) for position, record in kind.conflicts]
            if write:
                if shifted and conflicts is None:
                    raise ImportRejected(shifted[0][0], shifted[0][1].id, "id", "already_exists", "", "encounters")
                self.encounters.insert_many(kind.to_add(conflicts))
            summary.new.extend(record.id for record in kind.new)
            summary.same.extend(kind.same)
            summary.conflicts.extend(shifted)
            done += len(batch)
            if write and progress is not None:
                progress(done, max(total, done))
        return summary

    def import_bundle(self, bundle: ImportBundle, conflicts: str | None = None, *,
                      progress: Callable[[int, int], None] | None = None,
                      cancelled: Callable[[], bool] | None = None) -> ImportPlan:
        """Add what is new in `bundle`, in one transaction, and return the plan it followed.

        Records already there are left as they are. Conflicting records (same id, different
        content) are skipped or kept side by side under a copy id (`conflicts`: "skip" or
        "keep_both"); with None and any conflict nothing is written and ImportRejected
        ("already_exists") names the first. A setting the diary already has is never changed.
        `progress(done, total)` hears about the entries written; when `cancelled()` turns true the
        transaction is rolled back and ImportCancelled raised.
        """
        if conflicts is not None and conflicts not in CONFLICT_CHOICES:
            raise ValueError(f"conflicts must be one of {CONFLICT_CHOICES}, not {conflicts!r}")
        db = self.encounters.db
        try:
            with db.atomic():  # planned and written in one transaction: a refusal or failure rolls back all
                streamed = not isinstance(bundle.encounters, list)
                # entries read from the file are planned and written a batch at a time, first
                entries = self._plan_entries(bundle.encounters, conflicts, write=True, progress=progress,
                                             cancelled=cancelled) if streamed else None
                plan = self._plan(bundle, entries)
                if plan.conflicting_records and conflicts is None:
                    array, position, record_id = plan.conflicts()[0]
                    raise ImportRejected(position, record_id, "id", "already_exists", "", array)
                if not streamed:
                    self._insert_entries(plan.kinds["encounters"].to_add(conflicts), progress, cancelled)
                for name, repo in self.practice_repos.items():
                    repo.insert_many(plan.kinds[name].to_add(conflicts))
                self.ratings.insert_many(plan.kinds["rating_sessions"].to_add(conflicts))
                self.shared_reports.insert_many(plan.kinds["shared_reports"].to_add(conflicts))
                for name, repo in self.coaching_repos.items():
                    repo.insert_many(plan.kinds[name].to_add(conflicts))
                for key, value in plan.settings_new.items():
                    self.settings.set_key(key, value)
        except (ImportRejected, ImportCancelled):
            raise
        except Exception as exc:  # noqa: BLE001 - not swallowed: _raise_typed re-raises it, typed or unchanged
            _raise_typed(exc)
        return plan

    def _insert_entries(self, entries: list[Encounter], progress: Callable[[int, int], None] | None,
                        cancelled: Callable[[], bool] | None) -> None:
        total = len(entries)
        for start in range(0, total, _INSERT_CHUNK):
            if cancelled is not None and cancelled():
                raise ImportCancelled()
            self.encounters.insert_many(entries[start:start + _INSERT_CHUNK])
            if progress is not None:
                progress(min(start + _INSERT_CHUNK, total), total)
        if cancelled is not None and cancelled():
            raise ImportCancelled()

    def import_encounters(self, records: list[Encounter] | ImportBundle, conflicts: str | None = None) -> int:
        """Merge already checked records in (see import_bundle); return the number of entries added.

        Takes a list of entries or a whole ImportBundle (entries and every other kind of record).
        """
        if not isinstance(records, ImportBundle):
            records = ImportBundle(list(records), PracticeRecords())
        return self.import_bundle(records, conflicts).added(conflicts)["encounters"]

    def import_json(self, path: Path, conflicts: str | None = None,
                    progress: Callable[[int, int], None] | None = None) -> int:
        """Check the whole file, then merge it in (all or nothing); return how many entries were added.

        Raises ImportRejected (file refused, diary unchanged), OSError (file unreadable) or a
        typed storage error.
        """
        return self.import_encounters(self.read_file(path, progress), conflicts)


class _Counted(Iterator[Encounter]):
    """Passes entries through, counting them (an export says how many it wrote)."""

    def __init__(self, source: Iterator[Encounter]) -> None:
        self._source = source
        self.count = 0

    def __next__(self) -> Encounter:
        item = next(self._source)
        self.count += 1
        return item


def _batches(items: Iterable[Encounter], size: int) -> Iterator[list[Encounter]]:
    batch: list[Encounter] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _records_of(bundle: ImportBundle, array: str) -> list[Any]:
    if array == "encounters":
        return list(bundle.encounters)
    if array in ARRAY_NAMES:
        return list(getattr(bundle.practice, array))
    if array in format4.ARRAY_NAMES:
        return list(getattr(bundle.coaching, array))
    return list(getattr(bundle.history, array))


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


def verify_after_start(path: Path) -> StorageError | None:
    """The table check an open of an unchanged diary leaves for after start-up (see
    storage.inspection.verify_tables): run it off the GUI thread; the typed error it returns is
    explained like any other. An encrypted diary is skipped: SQLCipher checks each page's HMAC
    whenever the page is read."""
    from tyokirja.storage.connection import is_encrypted
    from tyokirja.storage.inspection import verify_tables

    path = Path(path)
    if is_encrypted(path):
        return None
    return verify_tables(path)


def _raise_typed(exc: Exception, path: Path | None = None) -> NoReturn:
    """Re-raise a driver error as its typed storage error (unknown ones unchanged: bugs)."""
    err = classify(exc, path)
    if err is exc:
        raise exc
    raise err from exc
