"""Opening the diary at start without a frozen, empty screen.

The first start after an update can take long once: a pending migration re-indexes every entry
for search (about 10–20 s at 20,000 entries). The open stays on the GUI thread (the connection and
the dialogs around it belong there); the migration reports its progress through a callback, and
this module shows it in a small window, letting Qt paint between the batches.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QLocale, Qt
from PySide6.QtWidgets import QApplication, QLabel, QProgressDialog, QWidget

T = TypeVar("T")


class OpeningProgress:
    """A progress(done, total) callback for open_diary: the first call shows the window, later ones
    move its bar (total 0: not counted yet, a busy bar). close() takes the window away."""

    def __init__(self, parent: QWidget | None = None):
        self._parent = parent
        self.dialog: QProgressDialog | None = None

    def __call__(self, done: int, total: int) -> None:
        if self.dialog is None:
            self.dialog = self._make_dialog()
        self.dialog.setMaximum(total)
        self.dialog.setValue(min(done, total))
        if total:
            percent = QLocale().toString(100 * min(done, total) // total)
            self.dialog.setLabelText(QCoreApplication.translate(
                "Opening", "Updating the search index once after an update: {percent} % done. "
                           "Nothing needs to be done meanwhile.").replace("{percent}", percent))
        # Paint and answer the window system; typing and clicks wait until the diary is open.
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)

    def _make_dialog(self) -> QProgressDialog:
        text = QCoreApplication.translate(
            "Opening", "Opening the diary… The first start after an update can take a while: the search index "
                       "is brought up to date once. Nothing needs to be done meanwhile.")
        dialog = QProgressDialog(self._parent)
        label = QLabel(text)
        label.setWordWrap(True)  # a few short lines, not one screen-wide one
        dialog.setLabel(label)
        dialog.setFixedWidth(480)
        dialog.setWindowTitle("Työkirja")
        dialog.setAccessibleName(QCoreApplication.translate("Opening", "Opening the diary"))
        # The migration runs in one transaction to its end: stopping it would only leave it for the next start.
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.show()
        return dialog

    def close(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None


def open_with_progress(opener: Callable[[Callable[[int, int], None]], T], parent: QWidget | None = None) -> T:
    """Run `opener(progress)` here, on the GUI thread, showing its progress when it reports any."""
    progress = OpeningProgress(parent)
    try:
        return opener(progress)
    finally:
        progress.close()
