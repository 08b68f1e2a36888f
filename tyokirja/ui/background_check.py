"""After start-up, the check an open of an unchanged diary skipped, off the GUI thread.

Opening a diary the app last closed cleanly only checks what stays cheap at any size (header,
application id, schema version); the per-table b-tree check runs here once the window is shown.
Damage found is explained with the same sentence as at an open, and the next open checks the
file fully (and offers a backup).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QWidget

from tyokirja.services.transfer import verify_after_start
from tyokirja.ui import messages
from tyokirja.ui.worker import Task


def start_background_check(window: QWidget, path: Path, pool: QThreadPool | None = None) -> Task:
    """Check the diary at `path` in `pool` (the global one by default); a problem found is shown
    over `window`. Returns the task (kept by the window until it is done)."""
    task = Task(lambda: verify_after_start(path), with_progress=False)

    def found(problem: object) -> None:
        if isinstance(problem, BaseException):
            messages.storage_error(window, problem)

    def failed(exc: object) -> None:  # a bug in the check itself: the crash dialog, as anywhere
        raise exc if isinstance(exc, BaseException) else RuntimeError(exc)

    task.signals.done.connect(found)
    task.signals.failed.connect(failed)
    (pool or QThreadPool.globalInstance()).start(task)
    return task
