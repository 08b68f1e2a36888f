"""An inline notice after a deletion, with the Undo button (no modal dialog in the way).

The offer does not run out: Undo (and Ctrl+Z) stays until the next delete or the end of the session.
Dismiss only hides the notice.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

TITLE_CHARS = 60  # a longer title is shortened in the notice


def shorten(title: str) -> str:
    """A title on one line, cut to TITLE_CHARS with an ellipsis for the notice."""
    title = " ".join(title.split())
    return title[:TITLE_CHARS - 1].rstrip() + "…" if len(title) > TITLE_CHARS else title


class UndoBanner(QFrame):
    undo_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("undoBanner")
        self.setStyleSheet("#undoBanner { background: palette(alternate-base); border: 1px solid palette(mid); }")
        self.label = QLabel(self.tr("Entry deleted."))
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.button = QPushButton(self.tr("Undo (Ctrl+Z)"))
        self.button.setAccessibleName(self.tr("Undo delete"))
        self.button.clicked.connect(self.undo_requested)
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.dismiss_button.setAccessibleName(self.tr("Dismiss notice"))
        self.dismiss_button.clicked.connect(self.hide)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.label, 1)
        row.addWidget(self.button)
        row.addWidget(self.dismiss_button)
        self.hide()

    def announce(self, text: str) -> None:
        """Show the notice with `text` (what was deleted, in the caller's words)."""
        self.label.setText(text)
        self.show()

    def announce_deleted(self, title: str = "") -> None:
        """Show the notice, naming the deleted entry when it has a title."""
        title = shorten(title)
        if title:
            self.label.setText(self.tr("Entry deleted: {title}").replace("{title}", title))
        else:
            self.label.setText(self.tr("Entry deleted."))
        self.show()
