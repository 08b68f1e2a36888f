"""The first-run welcome on Today: three short screens instead of an empty start, skippable at any point.

Shown on a new, empty diary until Skip or Start (then never again: a QSettings flag); the last screen
can open the guide. A panel on the page, not a window: nothing waits for it.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

WELCOME_SETTING = "welcome_done"


class WelcomePanel(QFrame):
    guide_requested = Signal()
    finished = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("welcome")
        self.setStyleSheet("QFrame#welcome { border: 1px solid palette(mid); border-radius: 6px; "
                           "background: palette(base); }")
        self.setAccessibleName(self.tr("Welcome to Työkirja"))
        screens = [
            (self.tr("A private workbook for your encounters at work"),
             self.tr("Write down the encounters that matter – a customer call, a meeting, a hard talk – in a few "
                     "lines. Everything stays on this computer; nothing leaves unless you export it yourself.")),
            (self.tr("Short exercises, one step at a time"),
             self.tr("Today suggests one short exercise: a three-minute reflection, a listening drill, a plan for "
                     "a difficult talk. Weeks with practice count; nothing resets to zero.")),
            (self.tr("Bring it to your coach"),
             self.tr("Flag things for your next coaching session with Ctrl+Shift+K. The Coaching area gathers "
                     "them into an agenda, keeps what you agree, and the guide (F1) explains the ideas behind "
                     "the exercises.")),
        ]
        self.stack = QStackedWidget()
        for title, text in screens:
            page = QWidget()
            column = QVBoxLayout(page)
            heading = QLabel("<h2>" + html.escape(title) + "</h2>")
            heading.setTextFormat(Qt.TextFormat.RichText)
            body = QLabel(text)
            body.setWordWrap(True)
            column.addWidget(heading)
            column.addWidget(body)
            column.addStretch(1)
            self.stack.addWidget(page)
        self.step = QLabel()
        self.skip_button = QPushButton(self.tr("Skip"))
        self.skip_button.setAccessibleName(self.tr("Skip the welcome"))
        self.skip_button.clicked.connect(self.close_welcome)
        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.setAccessibleName(self.tr("Previous welcome screen"))
        self.back_button.clicked.connect(lambda: self.go(-1))
        self.next_button = QPushButton(self.tr("Next"))
        self.next_button.setAccessibleName(self.tr("Next welcome screen"))
        self.next_button.clicked.connect(self._on_next_button_clicked)
        self.guide_button = QPushButton(self.tr("Open the guide"))
        self.guide_button.clicked.connect(self._on_guide_button_clicked)
        row = QHBoxLayout()
        row.addWidget(self.step)
        row.addStretch(1)
        for button in (self.skip_button, self.guide_button, self.back_button, self.next_button):
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        layout.addLayout(row)
        self._show_step()

    def screens(self) -> int:
        return self.stack.count()

    def go(self, step: int) -> None:
        self.stack.setCurrentIndex(max(0, min(self.stack.count() - 1, self.stack.currentIndex() + step)))
        self._show_step()

    def _show_step(self) -> None:
        index, count = self.stack.currentIndex(), self.stack.count()
        self.step.setText(self.tr("{n} of {count}").replace("{n}", str(index + 1)).replace("{count}", str(count)))
        self.back_button.setEnabled(index > 0)
        last = index == count - 1
        self.next_button.setText(self.tr("Start using Työkirja") if last else self.tr("Next"))
        self.next_button.setAccessibleName(self.tr("Close the welcome") if last else self.tr("Next welcome screen"))
        self.guide_button.setVisible(last)

    def _on_next_button_clicked(self) -> None:
        if self.stack.currentIndex() == self.stack.count() - 1:
            self.close_welcome()
        else:
            self.go(1)

    def _on_guide_button_clicked(self) -> None:
        self.close_welcome()
        self.guide_requested.emit()

    def close_welcome(self) -> None:
        """Skip or Start: the welcome is done for good."""
        self.hide()
        self.finished.emit()
