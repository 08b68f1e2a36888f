"""Opening the diary at start without a frozen, empty screen.

Opening can take long once: the first start after an update runs the pending migrations (the search
index of a large diary is rebuilt then). The opener runs in a worker thread; when it has not finished
within a moment, a small window says what is happening until it has. Its result or its error comes
back to the caller on the GUI thread (the connection allows use from another thread).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QApplication, QLabel, QProgressDialog, QWidget

T = TypeVar("T")

NOTICE_AFTER_S = 0.4  # an ordinary start is done by then and shows no extra window


def notice_text() -> str:
    return QCoreApplication.translate(
        "Opening", "Opening the diary… The first start after an update can take a while: the search index "
                   "is brought up to date once. Nothing needs to be done meanwhile.")


def open_with_notice(opener: Callable[[], T], parent: QWidget | None = None) -> T:
    """Run `opener` off the GUI thread, showing a busy notice when it takes longer than a moment."""
    outcome: dict[str, object] = {}

    def work() -> None:
        try:
            outcome["value"] = opener()
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread and raised there
            outcome["error"] = exc

    worker = threading.Thread(target=work, name="tyokirja-open", daemon=True)
    worker.start()
    worker.join(NOTICE_AFTER_S)
    if worker.is_alive():
        notice = QProgressDialog(notice_text(), "", 0, 0, parent)
        label = QLabel(notice_text())
        label.setWordWrap(True)  # a few short lines, not one screen-wide one
        notice.setLabel(label)
        notice.setFixedWidth(480)
        notice.setWindowTitle("Työkirja")
        notice.setCancelButton(None)  # a migration runs in one transaction to its end; it is not cancelled
        notice.setWindowModality(Qt.WindowModality.ApplicationModal)
        notice.setMinimumDuration(0)
        notice.setAccessibleName(notice_text())
        notice.show()
        while worker.is_alive():
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            worker.join(0.05)
        notice.close()
        notice.deleteLater()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["value"]  # type: ignore[return-value]
