"""The runner's last page: the closing line, the if–then plan, what comes later, usefulness, and all answers.

Also the read-only view of a stored session (review=True: only the answers and a Close button).
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from .answer_text import plan_text
from .scroll_region import scroll_region
from .segmented_choice import SegmentedChoice


class SummaryView(QWidget):
    usefulness_changed = Signal(object)  # int 1–5 or None
    goal_requested = Signal()  # "try this plan as an experiment"
    done = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.closing = QLabel()
        self.closing.setWordWrap(True)
        font = self.closing.font()
        font.setItalic(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.closing.setFont(font)
        self.plan = QLabel()
        self.plan.setWordWrap(True)
        self.plan.setTextFormat(Qt.TextFormat.RichText)
        self.plan.setFrameShape(QFrame.Shape.StyledPanel)
        self.plan.setMargin(10)
        self.plan.setAccessibleName(self.tr("Your plan"))
        self.goal_button = QPushButton(self.tr("Try this plan as an experiment"))
        self.goal_button.setToolTip(self.tr("Saves the plan as a goal with a review in a week (see Goals)"))
        self.goal_button.clicked.connect(self.goal_requested)
        self.later = QLabel()
        self.later.setWordWrap(True)
        self.use_label = QLabel(self.tr("How useful was this? (optional)"))
        self.usefulness = SegmentedChoice(
            [None, 1, 2, 3, 4, 5], ["–", "1", "2", "3", "4", "5"],
            [self.tr("Not rated"), *(self.tr("Usefulness {n} of 5").replace("{n}", str(n)) for n in range(1, 6))])
        self.usefulness.setAccessibleName(self.tr("How useful was this?"))
        self.usefulness.changed.connect(lambda: self.usefulness_changed.emit(self.usefulness.value()))
        self.use_label.setBuddy(self.usefulness)
        self.answers_heading = QLabel(self.tr("Your answers"))
        self.answers_heading.setStyleSheet("font-weight: bold;")
        self.answers = QLabel()
        self.answers.setWordWrap(True)
        self.answers.setTextFormat(Qt.TextFormat.RichText)
        self.answers.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.answers.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.answers.setAccessibleName(self.tr("Your answers"))
        self.done_button = QPushButton(self.tr("Done"))
        self.done_button.setDefault(True)
        self.done_button.clicked.connect(self.done)

        box = QWidget()
        column = QVBoxLayout(box)
        goal_row = QHBoxLayout()
        goal_row.addWidget(self.goal_button)
        goal_row.addStretch(1)
        for widget in (self.closing, self.plan, goal_row, self.later, self.use_label, self.usefulness,
                       self.answers_heading, self.answers):
            if isinstance(widget, QHBoxLayout):
                column.addLayout(widget)
            else:
                column.addWidget(widget)
        column.addStretch(1)
        scroll = scroll_region(box, self.tr("Summary of the exercise"), tab_stop=True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.setFocusProxy(self.done_button)

    def show_session(self, *, closing: str, plans: list, later: str, answers: str, ctx, usefulness,
                     review: bool) -> None:
        self.closing.setText(closing)
        self.closing.setVisible(bool(closing))
        sentences = []
        for _step, value in plans:
            for plan in value if isinstance(value, list) else [value]:
                if isinstance(plan, dict) and any(str(v).strip() for v in plan.values()):
                    sentences.append(html.escape(plan_text(plan)))
        self.plan.setText("<b>" + html.escape(self.tr("Your next step")) + "</b><br>" + "<br>".join(sentences))
        self.plan.setVisible(bool(sentences))
        self.goal_button.setVisible(bool(sentences))
        self.goal_button.setEnabled(True)
        self.goal_button.setText(self.tr("Try this plan as an experiment"))
        self.later.setText(later)
        self.later.setVisible(bool(later))
        self.use_label.setVisible(not review)
        self.usefulness.setVisible(not review)
        self.usefulness.set_value(usefulness)
        self.answers.setText(answers or self.tr("No answers were stored."))
        self.done_button.setText(self.tr("Close") if review else self.tr("Done"))

    def goal_saved(self) -> None:
        self.goal_button.setEnabled(False)
        self.goal_button.setText(self.tr("Saved as a goal: you find it under Goals"))


class EarlierAnswers(QScrollArea):
    """The runner's side panel: prompts and answers of the steps before the current one."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setAccessibleName(self.tr("Your answers so far"))
        heading = QLabel(self.tr("Your answers so far"))
        heading.setStyleSheet("font-weight: bold;")
        box = QWidget()
        column = QVBoxLayout(box)
        column.addWidget(heading)
        column.addWidget(self.label)
        column.addStretch(1)
        self.setWidget(box)
        self.setWidgetResizable(True)
        self.setAccessibleName(self.tr("Your answers so far"))
        self.setMinimumWidth(280)
        self.setMaximumWidth(380)
        self.setFrameShape(QFrame.Shape.StyledPanel)
