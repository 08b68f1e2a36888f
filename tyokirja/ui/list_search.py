"""The diary list's search on a worker thread: the count, the first page and its snippets.

    search = ListSearch(reader)                       # services.diary.DiaryReader: its own connection
    search.finished.connect(show)                     # (ListPage, limit) of the newest request only
    search.failed.connect(explain)                    # a typed StorageError of the newest request
    search.request(flt, order, limit, snippet_rows)   # supersedes any earlier request

A newer request supersedes the older ones: one not started yet is skipped, the one running is
interrupted, and whatever an older one finds is dropped, never shown. One worker thread reads, so
the requests run one after another on the one read-only connection. A small diary (below
`background_from` entries) is searched at once on the calling thread instead (run_now): it takes a
few milliseconds, and the list then never shows results that lag behind the filter.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QThreadPool, Signal

from tyokirja.domain.encounter import EncounterFilter
from tyokirja.services.diary import DiaryReader, ListPage
from tyokirja.storage.errors import StorageError
from tyokirja.ui.worker import Task

# Below this many entries a search (even best match first) takes a few milliseconds: no thread needed.
BACKGROUND_FROM = 1000


class ListSearch(QObject):
    """The newest of the list's requests, run on a worker thread over `reader`."""

    finished = Signal(object)  # (ListPage, limit): the newest request's result
    failed = Signal(object)  # a StorageError from the newest request (the list explains it)

    def __init__(self, reader: DiaryReader, parent: QObject | None = None, *,
                 background_from: int = BACKGROUND_FROM) -> None:
        super().__init__(parent)
        self.reader = reader
        self.background_from = background_from
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # one connection: one reader at a time, requests in order
        self._generation = 0
        self._request: tuple[EncounterFilter, str, int, int] | None = None  # the newest, while it runs
        self._tasks: dict[int, Task] = {}  # kept until their signals arrive
        self._large = False  # seen to hold at least background_from entries

    def usable(self) -> bool:
        """False once the reader is closed (the diary is closing or being converted): read elsewhere."""
        return not self.reader.closed

    def in_background(self) -> bool:
        """Does this diary need the worker thread (is it large enough for a search to be felt)?

        Asked before each search, so it never waits for the reader: while a request runs there, the
        answer is yes (it went to the worker), and once large, a diary stays large for this window."""
        if self.background_from <= 0 or self._large or self._request is not None:
            return True
        self._large = self.reader.entries() >= self.background_from
        return self._large

    def pending(self) -> bool:
        """Is a request on its way (asked for, its result not delivered yet)?"""
        return self._request is not None

    def run_now(self, flt: EncounterFilter, order: str, limit: int, snippet_rows: int) -> ListPage | None:
        """The first page on this thread, superseding any request on its way (None: the reader closed)."""
        self.cancel()
        return self.reader.first_page(flt, order, limit, snippet_rows)

    def cancel(self) -> None:
        """Drop the request on its way, if any: its result will not be delivered."""
        self._generation += 1
        if self._request is not None:
            self._request = None
            self.reader.interrupt()

    def request(self, flt: EncounterFilter, order: str, limit: int, snippet_rows: int) -> None:
        """Find the first page on the worker thread; `finished` delivers it unless a newer request came."""
        self.cancel()
        self._request = (flt, order, limit, snippet_rows)
        self._start()

    def _start(self) -> None:
        assert self._request is not None
        generation = self._generation
        flt, order, limit, snippet_rows = self._request
        reader = self.reader

        def work() -> tuple[int, ListPage | StorageError | None]:
            if generation != self._generation:  # superseded before it started: not worth reading
                return generation, None
            try:
                return generation, reader.first_page(flt, order, limit, snippet_rows)
            except StorageError as exc:
                return generation, exc

        task = Task(work, with_progress=False)
        self._tasks[generation] = task
        task.signals.done.connect(self._on_task_done)
        task.signals.failed.connect(self._on_task_failed)
        self._pool.start(task)

    def _on_task_done(self, outcome: tuple[int, ListPage | StorageError | None]) -> None:
        generation, result = outcome
        self._tasks.pop(generation, None)
        if generation != self._generation or self._request is None:
            return  # superseded: never shown
        limit = self._request[2]
        if result is None:
            if self.reader.closed:
                self._request = None
                self.failed.emit(None)  # the list reads on the app's connection from now on
            else:  # interrupted by a request that was itself dropped just then: run it again
                self._generation += 1
                self._start()
            return
        self._request = None
        if isinstance(result, StorageError):
            self.failed.emit(result)
        else:
            self.finished.emit((result, limit))

    def _on_task_failed(self, exc: object) -> None:  # a bug in the search itself: the crash dialog
        raise exc if isinstance(exc, BaseException) else RuntimeError(exc)

    def shutdown(self) -> None:
        """Stop the search running now and wait for the worker (the window is closing; the reader
        closes next). A request on its way is run again if the window stays after all."""
        self.reader.interrupt()
        self._pool.waitForDone()
