"""How the encounter form shows validation problems: a message area on top and marked fields."""

from __future__ import annotations

from PySide6.QtCore import QMargins, Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from tyokirja.domain.validation import Problem

# A red that keeps at least 3:1 contrast against both light and dark window backgrounds.
PROBLEM_RED = "#d32f2f"
MARK_STYLE = f"*[problem=\"true\"] {{ border: 2px solid {PROBLEM_RED}; border-radius: 3px; padding: 1px 2px; }}"
FRAME_GAP = 4  # room between the red frame and the contents of a marked group (term picker, elements)
WARNING_SIGN = "\u26a0 "


class ProblemBanner(QFrame):
    """A framed list of problem sentences; hidden while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("problemBanner")
        self.setStyleSheet(f"#problemBanner {{ border: 2px solid {PROBLEM_RED}; border-radius: 4px; }}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        self._heading = QLabel(self)
        font = self._heading.font()
        font.setBold(True)
        self._heading.setFont(font)
        self._body = QLabel(self)
        self._body.setWordWrap(True)
        self._body.setTextFormat(Qt.TextFormat.PlainText)
        self._body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self._heading)
        layout.addWidget(self._body)
        self.setAccessibleName(self.tr("Problems"))
        self.hide()

    def show_sentences(self, heading: str, sentences: list[str]) -> None:
        self._heading.setText(WARNING_SIGN + heading)
        self._body.setText("\n".join("\u2022 " + s for s in sentences))
        self.setAccessibleDescription("\n".join(sentences))
        self.show()

    def text(self) -> str:
        """Everything the banner says (heading and sentences), as shown."""
        parent = self.parentWidget()
        # Qt's isVisibleTo(nullptr) is isVisible(): the same test without a parent
        shown = self.isVisibleTo(parent) if parent is not None else self.isVisible()
        return self._heading.text() + "\n" + self._body.text() if shown else ""

    def clear(self) -> None:
        self._heading.clear()
        self._body.clear()
        self.setAccessibleDescription("")
        self.hide()


class ProblemMarks:
    """Frames bad fields in red, puts a warning sign before their labels and tells screen readers why."""

    def __init__(self, labels: dict[str, QLabel], fields: dict[str, QWidget]):
        self._labels = labels
        self._fields = fields  # in visual order
        self._saved: list[tuple[QWidget, str, QMargins]] = []  # widget, its description and margins before
        self._label_texts: dict[QLabel, str] = {}

    def mark(self, problems: list[Problem], sentences: list[str]) -> QWidget | None:
        """Mark every field named in `problems`; return the first marked widget in visual order."""
        by_field: dict[str, list[str]] = {}
        for problem, sentence in zip(problems, sentences, strict=False):
            by_field.setdefault(problem.field, []).append(sentence)
        first = None
        for name, widget in self._fields.items():
            if name not in by_field:
                continue
            first = first or widget
            self._saved.append((widget, widget.accessibleDescription(), widget.contentsMargins()))
            widget.setAccessibleDescription(" ".join(by_field[name]))
            widget.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
            if widget.layout() is not None:  # a group of controls: keep them off the frame
                widget.setContentsMargins(FRAME_GAP, FRAME_GAP, FRAME_GAP, FRAME_GAP)
            _set_problem(widget, True)
            label = self._labels.get(name)
            if label is not None and label not in self._label_texts:
                self._label_texts[label] = label.text()
                label.setText(WARNING_SIGN + label.text())
        return first

    def is_marked(self, widget: QWidget) -> bool:
        return bool(widget.property("problem"))

    def clear(self) -> None:
        for widget, description, margins in self._saved:
            widget.setAccessibleDescription(description)
            widget.setContentsMargins(margins)
            _set_problem(widget, False)
        for label, text in self._label_texts.items():
            label.setText(text)
        self._saved.clear()
        self._label_texts.clear()


def _set_problem(widget: QWidget, on: bool) -> None:
    widget.setProperty("problem", on)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    widget.update()
