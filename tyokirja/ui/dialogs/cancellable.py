"""The closing rules of a dialog whose long work runs as one ui.worker.Task at a time on its own pool.

Cancel stops the running work (an import rolls back) and the dialog stays open to say so; when
nothing runs, Cancel closes. Closing the dialog any other way while the work runs stops it, waits
for it to end and hears no more of it. Subclasses set `task` while work runs and say "Stopping…" in
`_stopping()`.
"""

from __future__ import annotations

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QDialog

from tyokirja.ui.worker import Task


class CancellableWorkDialog(QDialog):
    task: Task | None = None
    pool: QThreadPool

    def _stopping(self) -> None:
        """Say that the work is being stopped (the dialog stays open until it has)."""

    def reject(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self._stopping()
            return
        super().reject()

    def done(self, result: int) -> None:
        task = self.task
        if task is not None:
            task.cancel()
        self.pool.waitForDone()
        if task is not None:
            for signal in (task.signals.progress, task.signals.done, task.signals.failed):
                signal.disconnect()
            self.task = None
        super().done(result)
