"""Run one piece of long work in a QThreadPool and hear about it on the GUI thread.

    task = Task(lambda progress, cancelled: service.export(options, path, progress, cancelled))
    task.signals.progress.connect(bar_update)   # (done, total)
    task.signals.done.connect(on_done)          # the callable's result
    task.signals.failed.connect(on_failed)      # the exception it raised
    pool.start(task);  task.cancel()            # cancelled() turns True; the work stops at its next check

`fn` takes (progress, cancelled) when `with_progress` is true (the default), else no arguments.

While any task runs, Python's cyclic garbage collector is paused (services.longwork).
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, Signal

from tyokirja.services.longwork import collector_paused


class TaskSignals(QObject):
    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(object)


class Task(QRunnable):
    def __init__(self, fn: Callable, *, with_progress: bool = True):
        super().__init__()
        self.setAutoDelete(False)  # the caller keeps it until done/failed arrive
        self.fn = fn
        self.with_progress = with_progress
        self.signals = TaskSignals()
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            with collector_paused():
                result = self.fn(self.signals.progress.emit, self.cancelled) if self.with_progress else self.fn()
        # deliberately broad: any failure of the work must reach the GUI thread (explained, or the crash dialog)
        except Exception as exc:  # noqa: BLE001
            self.signals.failed.emit(exc)
            return
        self.signals.done.emit(result)
