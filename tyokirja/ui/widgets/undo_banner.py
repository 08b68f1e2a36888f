"""An inline notice after a deletion, with the Undo button (no modal dialog in the way)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class UndoBanner(QFrame):
    undo_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, objectName="undoBanner")
        self.setStyleSheet("#undoBanner { background: palette(alternate-base); border: 1px solid palette(mid); }")
        self.label = QLabel(self.tr("Entry deleted."))
        self.button = QPushButton(self.tr("Undo (Ctrl+Z)"))
        self.button.setAccessibleName(self.tr("Undo delete"))
        self.button.clicked.connect(self.undo_requested)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.label, 1)
        row.addWidget(self.button)
        self.hide()

    def announce_deleted(self) -> None:
        self.label.setText(self.tr("Entry deleted."))
        self.show()
