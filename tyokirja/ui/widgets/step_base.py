"""What every exercise step widget shares: the StepWidget base, its StepContext and content helpers.

The concrete widgets (one per step kind) live in step_widgets.py and focus_rating_step.py; both build
on this module, so neither has to import the other's module to reach the base.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from tyokirja.domain.content import Catalogue


def tx(obj: Any, key: str, lang: str) -> str:
    """A content text in `lang` through the content object's own method (step.prompt(lang)...); "" if none."""
    method = getattr(obj, key, None)
    return (method(lang) if callable(method) else "") or ""


def attr(obj: Any, key: str, default=None):
    """A kind-specific step setting; `default` when the content leaves it unset."""
    value = getattr(obj, key, None)
    return default if value is None else value


@dataclass
class StepContext:
    """What step widgets may need besides the step: language, vocabulary, diary, earlier answers."""

    lang: str
    catalogue: Catalogue
    diary: Any = None  # DiaryService, for the encounter step
    responses: dict = field(default_factory=dict)  # earlier answers of this session, by step id
    statement: Any = None  # the ListeningStatement chosen for this session, if any
    goals: list = field(default_factory=list)  # active goals, for goals_review
    new_entry_dialog: Any = None  # makes the quick-entry dialog for the encounter step (the page supplies it)


class StepWidget(QWidget):
    changed = Signal()

    def __init__(self, step, ctx: StepContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.step, self.ctx = step, ctx
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.setSpacing(8)

    def value(self):
        return None

    def set_value(self, value) -> None:
        pass

    def has_answer(self) -> bool:
        value = self.value()
        if isinstance(value, str):
            return bool(value.strip())
        if isinstance(value, dict):
            return any(str(v).strip() for v in value.values())
        if isinstance(value, list):
            return bool(value)
        return value is not None

    def label(self, text: str) -> QLabel:
        widget = QLabel(text)
        widget.setWordWrap(True)
        widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return widget
