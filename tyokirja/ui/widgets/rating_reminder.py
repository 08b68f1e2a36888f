"""The monthly rating reminder on the today view: one quiet card, Start or "remind me in a week".

No nagging: no badge, no colour alarm, no count of missed months. It shows only when the monthly rating
is due (30+ days since the last, or none) and not snoozed; it checks again whenever it is shown.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from tyokirja.storage.errors import StorageError

CARD_STYLE = "QFrame#ratingReminder { border: 1px solid palette(mid); border-radius: 6px; background: palette(base); }"


class RatingReminderCard(QFrame):
    start_requested = Signal()

    def __init__(self, progress, host: QWidget | None = None, parent: QWidget | None = None):
        """`host` is the page the card sits on: each time it is shown, the card checks whether it is due."""
        super().__init__(parent)
        self.progress = progress
        self.setObjectName("ratingReminder")
        self.setStyleSheet(CARD_STYLE)
        heading = QLabel(self.tr("Your monthly skill rating is due"))
        heading.setStyleSheet("font-weight: bold;")
        text = QLabel(self.tr("About five minutes: ten skills, each with one example from the last four weeks."))
        text.setWordWrap(True)
        self.start_button = QPushButton(self.tr("Start"))
        self.start_button.setAccessibleName(self.tr("Start the monthly skill rating"))
        self.start_button.clicked.connect(self.start_requested)
        self.snooze_button = QPushButton(self.tr("Remind me in a week"))
        self.snooze_button.clicked.connect(self.snooze)
        row = QHBoxLayout()
        row.addWidget(text, 1)
        row.addWidget(self.start_button)
        row.addWidget(self.snooze_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(row)
        if host is not None:
            host.installEventFilter(self)
        self.refresh()

    def refresh(self) -> None:
        try:
            due = self.progress.rating_due()
        except StorageError:
            due = False  # a reminder is never worth an error box
        self.setVisible(due)

    def snooze(self) -> None:
        with contextlib.suppress(StorageError):
            self.progress.snooze(7)
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Show:
            self.refresh()
        return super().eventFilter(watched, event)
