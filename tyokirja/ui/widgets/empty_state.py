"""What an empty diary shows: one friendly sentence and the two ways to start."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyDiaryState(QWidget):
    def __init__(self, actions: list[QAction], parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        heading = QLabel(self.tr("Your diary is still empty."))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        heading.setFont(font)
        text = QLabel(self.tr(
            "Write down a work encounter that stayed on your mind. New entry opens the whole form; "
            "Quick entry takes half a minute now, and you can complete it later."))
        text.setWordWrap(True)
        buttons = QHBoxLayout()
        for action in actions:
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            button = QPushButton(action.text().replace("&", "") + "  (" + shortcut + ")")
            button.clicked.connect(action.trigger)
            buttons.addWidget(button)
        buttons.addStretch(1)
        for widget in (heading, text):
            widget.setAlignment(Qt.AlignmentFlag.AlignLeft)
            layout.addWidget(widget)
        layout.addLayout(buttons)
        layout.addStretch(2)
        layout.setContentsMargins(48, 24, 48, 24)
