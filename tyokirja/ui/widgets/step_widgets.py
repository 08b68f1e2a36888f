"""One widget per step KIND of the exercise content. Nothing here knows any particular exercise.

build_step_widget(step, ctx) returns a StepWidget: value() gives the answer as stored in
ExerciseSession.responses, set_value() shows a stored answer, has_answer() says whether the step is
answered, and `changed` fires on every edit. Answer shapes by kind:
text -> str; choice -> option id (list of ids when multiple); scale -> int; terms -> [term ids];
encounter -> entry id; if_then -> {"if", "then"} (a list of them when count > 1); statement -> statement id;
model_answers / info -> None (no input); goals_review -> [{"goal_id", "status", "note"}].
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

from .chip_set import ChipSet
from .focus_rating_step import FocusRatingStep
from .segmented_choice import SegmentedChoice
from .step_base import StepContext, StepWidget, attr, tx
from .term_picker import TermPicker

# StepContext, StepWidget, attr and tx (step_base) are imported from here by the runner and answer_text.
MODEL_KINDS = ("paraphrase", "reflection", "clarifying", "summary")
GOAL_STATUSES = ("continue", "adapted", "ended")


class TextStep(StepWidget):
    def __init__(self, step, ctx, parent=None):
        super().__init__(step, ctx, parent)
        self.edit = QPlainTextEdit()
        self.edit.setTabChangesFocus(True)
        self.edit.setAccessibleName(tx(step, "prompt", ctx.lang))
        lines = int(attr(step, "lines", 3) or 3)
        self.edit.setMinimumHeight(self.edit.fontMetrics().lineSpacing() * max(2, lines) + 14)
        self.edit.textChanged.connect(self.changed)
        self.body.addWidget(self.edit)
        self.setFocusProxy(self.edit)

    def value(self):
        text = self.edit.toPlainText()
        return text if text.strip() else None

    def set_value(self, value) -> None:
        self.edit.setPlainText(value or "")


class ChoiceStep(StepWidget):
    def __init__(self, step, ctx, parent=None):
        super().__init__(step, ctx, parent)
        self.multiple = bool(attr(step, "multiple", False))
        self.group = QButtonGroup(self)
        self.group.setExclusive(not self.multiple)
        self.buttons: dict[str, QRadioButton | QCheckBox] = {}
        for option in step.options:
            option_id, text = option.id, option.label(ctx.lang)
            button = QCheckBox(text) if self.multiple else QRadioButton(text)
            button.setAccessibleName(text)
            self.group.addButton(button)
            self.buttons[option_id] = button
            self.body.addWidget(button)
        self.group.buttonToggled.connect(lambda *_: self.changed.emit())
        if self.buttons:
            self.setFocusProxy(next(iter(self.buttons.values())))

    def value(self):
        chosen = [oid for oid, b in self.buttons.items() if b.isChecked()]
        if self.multiple:
            return chosen
        return chosen[0] if chosen else None

    def set_value(self, value) -> None:
        wanted = value if isinstance(value, list) else [value]
        for oid, button in self.buttons.items():
            button.setChecked(oid in wanted)


class ScaleStep(StepWidget):
    def __init__(self, step, ctx, parent=None):
        super().__init__(step, ctx, parent)
        low, high = int(attr(step, "min", 1)), int(attr(step, "max", 5))
        values = [None, *range(low, high + 1)]
        labels = ["–"] + [str(v) for v in range(low, high + 1)]
        names = [self.tr("Not answered")] + [str(v) for v in range(low, high + 1)]
        self.scale = SegmentedChoice(values, labels, names)
        self.scale.setAccessibleName(tx(step, "prompt", ctx.lang))
        self.scale.changed.connect(self.changed)
        self.body.addWidget(self.scale)
        ends = QGridLayout()
        ends.addWidget(QLabel(tx(step, "min_label", ctx.lang)), 0, 0, Qt.AlignmentFlag.AlignLeft)
        ends.addWidget(QLabel(tx(step, "max_label", ctx.lang)), 0, 1, Qt.AlignmentFlag.AlignRight)
        self.body.addLayout(ends)
        self.setFocusProxy(self.scale)

    def value(self):
        return self.scale.value()

    def set_value(self, value) -> None:
        self.scale.set_value(value)


class TermsStep(StepWidget):
    def __init__(self, step, ctx, parent=None):
        super().__init__(step, ctx, parent)
        self.limit = int(attr(step, "max_terms", None) or attr(step, "max", 0) or 0)
        self.picker: ChipSet | TermPicker
        if attr(step, "vocabulary", "emotions") == "needs":
            self.picker = ChipSet(ctx.catalogue, "needs", ctx.lang, self.limit)
        else:
            self.picker = TermPicker(ctx.catalogue, ctx.lang)
            self.picker.changed.connect(self._keep_limit)
        self.picker.setAccessibleName(tx(step, "prompt", ctx.lang))
        self.picker.changed.connect(self.changed)
        self.body.addWidget(self.picker)
        self.setFocusProxy(self.picker)

    def _keep_limit(self) -> None:
        chosen = self.picker.selected()
        if self.limit and len(chosen) > self.limit:
            self.picker.set_selected(chosen[-self.limit:])

    def value(self):
        return self.picker.selected()

    def set_value(self, value) -> None:
        self.picker.set_selected(list(value or []))


class EncounterStep(StepWidget):
    def __init__(self, step, ctx, parent=None):
        super().__init__(step, ctx, parent)
        from .encounter_choice import EncounterChoice

        offer_new = bool(attr(step, "allow_new", True))
        self.choice = EncounterChoice(ctx.diary, ctx.catalogue, ctx.lang, ctx.new_entry_dialog if offer_new else None)
        self.choice.changed.connect(self.changed)
        self.body.addWidget(self.choice)
        self.setFocusProxy(self.choice)

    def value(self):
        return self.choice.value()

    def set_value(self, value) -> None:
        self.choice.set_value(value)


class IfThenStep(StepWidget):
    def __init__(self, step, ctx, parent=None):
        super().__init__(step, ctx, parent)
        self.count = max(1, int(attr(step, "count", 1) or 1))
        self.rows: list[tuple[QLineEdit, QLineEdit]] = []
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        for index in range(self.count):
            if_edit, then_edit = QLineEdit(), QLineEdit()
            number = str(index + 1)
            if_edit.setAccessibleName(
                self.tr("If (plan {n})").replace("{n}", number) if self.count > 1 else self.tr("If"))
            then_edit.setAccessibleName(
                self.tr("then (plan {n})").replace("{n}", number) if self.count > 1 else self.tr("then"))
            if_edit.setPlaceholderText(self.tr("If… (a situation or cue)"))
            then_edit.setPlaceholderText(self.tr("then I… (what I will do)"))
            for edit in (if_edit, then_edit):
                edit.textChanged.connect(self.changed)
            grid.addWidget(QLabel(self.tr("If")), index * 2, 0)
            grid.addWidget(if_edit, index * 2, 1)
            grid.addWidget(QLabel(self.tr("then")), index * 2 + 1, 0)
            grid.addWidget(then_edit, index * 2 + 1, 1)
            self.rows.append((if_edit, then_edit))
        self.body.addLayout(grid)
        self.setFocusProxy(self.rows[0][0])

    def value(self):
        plans = [{"if": a.text(), "then": b.text()} for a, b in self.rows]
        if self.count == 1:
            return plans[0] if plans[0]["if"].strip() or plans[0]["then"].strip() else None
        return [p for p in plans if p["if"].strip() or p["then"].strip()]

    def set_value(self, value) -> None:
        plans = value if isinstance(value, list) else [value or {}]
        # padded to one plan a row; plans beyond the rows are dropped
        for (if_edit, then_edit), plan in zip(self.rows, plans + [{}] * self.count, strict=False):
            if_edit.setText((plan or {}).get("if", ""))
            then_edit.setText((plan or {}).get("then", ""))


class StatementStep(StepWidget):
    """Shows the session's listening statement prominently; the answer is its id."""

    def __init__(self, step, ctx, parent=None):
        super().__init__(step, ctx, parent)
        text = tx(ctx.statement, "text", ctx.lang) if ctx.statement is not None else ""
        quote = self.label("\u201c" + text + "\u201d")
        quote.setObjectName("statement")
        font = quote.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setItalic(True)
        quote.setFont(font)
        quote.setFrameShape(QFrame.Shape.StyledPanel)
        quote.setMargin(14)
        quote.setAccessibleName(self.tr("Statement"))
        quote.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.quote = quote
        self.body.addWidget(quote)
        self.setFocusProxy(quote)

    def value(self):
        return getattr(self.ctx.statement, "id", None)


class ModelAnswersStep(StepWidget):
    """The statement's model answers, each beside the user's own answer to the step of the same name."""

    def __init__(self, step, ctx, parent=None):
        super().__init__(step, ctx, parent)
        self.titles = {"paraphrase": self.tr("Paraphrase"), "reflection": self.tr("Reflection of feeling"),
                       "clarifying": self.tr("Clarifying question"), "summary": self.tr("Summary")}
        parts = []
        for kind in MODEL_KINDS:
            model = ctx.statement.model_answer(kind, ctx.lang) if ctx.statement is not None else ""
            own = ctx.responses.get(kind)
            parts.append("<p><b>" + html.escape(self.titles[kind]) + "</b><br>")
            if isinstance(own, str) and own.strip():
                parts.append(html.escape(self.tr("You wrote:")) + " " + html.escape(own) + "<br>")
            parts.append(html.escape(self.tr("Model:")) + " <i>" + html.escape(model) + "</i></p>")
        self.view = self.label("".join(parts))
        self.view.setTextFormat(Qt.TextFormat.RichText)
        self.view.setAccessibleName(self.tr("Model answers"))
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.body.addWidget(self.view)
        self.setFocusProxy(self.view)


class InfoStep(StepWidget):
    """No input: the prompt and help are the instruction."""


class GoalsReviewStep(StepWidget):
    """Each active goal with continue / adapted / ended and a note."""

    def __init__(self, step, ctx, parent=None):
        super().__init__(step, ctx, parent)
        names = {"continue": self.tr("Continue"), "adapted": self.tr("Adapt"), "ended": self.tr("End")}
        self.rows: list[tuple[str, SegmentedChoice, QLineEdit]] = []
        if not ctx.goals:
            self.body.addWidget(self.label(self.tr("No active goals or experiments right now.")))
        for goal in ctx.goals:
            title = self.label("<b>" + html.escape(goal.wish) + "</b>")
            title.setTextFormat(Qt.TextFormat.RichText)
            choice = SegmentedChoice([None, *GOAL_STATUSES], ["–", *(names[s] for s in GOAL_STATUSES)],
                                     [self.tr("Not decided"), *(names[s] for s in GOAL_STATUSES)])
            choice.setAccessibleName(self.tr("Decision for: {goal}").replace("{goal}", goal.wish))
            note = QLineEdit()
            note.setAccessibleName(self.tr("Note for: {goal}").replace("{goal}", goal.wish))
            note.setPlaceholderText(self.tr("What happened?"))
            choice.changed.connect(self.changed)
            note.textChanged.connect(self.changed)
            for widget in (title, choice, note):
                self.body.addWidget(widget)
            self.rows.append((goal.id, choice, note))
        if self.rows:
            self.setFocusProxy(self.rows[0][1])

    def value(self):
        return [{"goal_id": gid, "status": c.value(), "note": n.text()}
                for gid, c, n in self.rows if c.value()]

    def set_value(self, value) -> None:
        stored = {item.get("goal_id"): item for item in value or []}
        for gid, choice, note in self.rows:
            choice.set_value(stored.get(gid, {}).get("status"))
            note.setText(stored.get(gid, {}).get("note", ""))

    def has_answer(self) -> bool:
        return True  # nothing to review is a fine answer too


WIDGETS = {
    "text": TextStep, "choice": ChoiceStep, "scale": ScaleStep, "terms": TermsStep,
    "encounter": EncounterStep, "if_then": IfThenStep, "statement": StatementStep,
    "model_answers": ModelAnswersStep, "info": InfoStep, "goals_review": GoalsReviewStep,
}


def build_step_widget(step, ctx: StepContext, parent: QWidget | None = None) -> StepWidget:
    """The input for one step; an unknown kind (newer content) falls back to a text field."""
    if step.kind == "focus_rating":  # lives beside the rating widgets it reuses
        return FocusRatingStep(step, ctx, parent)
    return WIDGETS.get(step.kind, TextStep)(step, ctx, parent)
