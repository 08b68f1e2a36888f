"""The form where one encounter is written (kohtaamismerkintä). The diary page owns saving and drafts."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from tyokirja.domain.content import Catalogue
from tyokirja.domain.encounter import DIFFICULTY_RANGE, Encounter, FollowUp, now_local
from tyokirja.domain.validation import Problem
from tyokirja.errortext import describe_problem
from tyokirja.ui.widgets.scroll_region import scroll_region

from .choice_combo import ChoiceCombo
from .date_inputs import DateField, DateTimeField
from .elements_editor import ElementsEditor
from .metric_input import MetricInput
from .problem_marks import MARK_STYLE, ProblemBanner, ProblemMarks
from .segmented_choice import SegmentedChoice
from .skill_marks import SkillMarks
from .term_picker import TermPicker
from .wrap_label import WrapLabel

CHOICES = {  # Encounter field -> catalogue kind
    "my_role": "my_roles",
    "counterpart_role": "counterpart_roles",
    "scope": "scopes",
    "channel": "channels",
    "situation": "situations",
}
TEXTS = ("facts", "my_feelings_text", "their_feelings_text", "impact_on_other", "went_well",
         "do_differently", "notes")


MIN_FORM_WIDTH = 300  # logical pixels: the form still reads at this width (and the window fits 800 at 200 %)


class EncounterEditor(QWidget):
    """Every field of one Encounter in a scrolling form, with no buttons of its own.

    `changed` fires on each user edit (never on set_encounter). Field widgets do no whole-text work
    while typing, so a megabyte of text stays responsive; text is read only in encounter().
    """

    changed = Signal()

    def __init__(self, catalogue: Catalogue, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._catalogue = catalogue
        self._lang = lang
        self._loading = False
        self._dirty = False
        self._base = Encounter(occurred_at=now_local(), title="")
        self._labels: dict[str, QLabel] = {}
        self._fields: dict[str, QWidget] = {}

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self._banner = ProblemBanner(self)
        outer.addWidget(self._banner)
        self._host = QWidget()
        self._host.setStyleSheet(MARK_STYLE)
        self._scroll = scroll_region(self._host, self.tr("Entry form"))
        # Never cut a field off: where the window is too narrow (large text, 200 % scale) the form scrolls
        # sideways too, and the splitter keeps at least a readable width for it (MIN_FORM_WIDTH).
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setMinimumWidth(MIN_FORM_WIDTH)
        outer.addWidget(self._scroll)
        self._form = QFormLayout(self._host)
        self._form.setContentsMargins(12, 8, 12, 16)
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self._form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._form.setHorizontalSpacing(16)
        self._build_form()
        self._marks = ProblemMarks(self._labels, self._fields)
        self._connect_edits()
        self.set_encounter(self._base)

    # --- building (widgets are created in visual order, which is also the Tab order) ------

    def _section(self, title: str) -> QFormLayout:
        """A heading row across both columns; all sections share one form so the columns line up."""
        heading = QLabel(title, self._host)
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        heading.setFont(font)
        heading.setContentsMargins(0, 0 if self._form.rowCount() == 0 else 12, 0, 0)
        self._form.addRow(heading)
        return self._form

    def _row(self, form: QFormLayout, name: str, text: str, widget: QWidget, accessible: str = "") -> None:
        label = QLabel(text, self._host)
        label.setBuddy(widget)
        label.setWordWrap(True)
        form.addRow(label, widget)
        widget.setAccessibleName(accessible or text)
        self._labels[name] = label
        self._fields[name] = widget

    def _note(self, form: QFormLayout, text: str) -> QLabel:
        note = self._quiet(WrapLabel(text, self._host))
        form.addRow("", note)
        return note

    @staticmethod
    def _quiet(label: QLabel) -> QLabel:
        """Secondary text: italic in the normal text colour (greyed text would be too faint to read)."""
        font = label.font()
        font.setItalic(True)
        label.setFont(font)
        return label

    def _text_box(self, lines: int, placeholder: str = "") -> QPlainTextEdit:
        box = QPlainTextEdit(self._host)
        box.setTabChangesFocus(True)
        box.setPlaceholderText(placeholder)
        margins = box.contentsMargins()
        height = box.fontMetrics().lineSpacing() * lines + 2 * box.document().documentMargin()
        box.setFixedHeight(int(height) + margins.top() + margins.bottom() + 2 * box.frameWidth())
        return box

    def _build_form(self) -> None:
        c, lang = self._catalogue, self._lang
        form = self._section(self.tr("The encounter"))
        self._when = DateTimeField(self._host)
        self._row(form, "occurred_at", self.tr("When"), self._when)
        self._title = QLineEdit(self._host)
        self._title.setPlaceholderText(self.tr("For example: Customer upset about a late delivery"))
        self._row(form, "title", self.tr("Title"), self._title)
        self._needs_completion = QCheckBox(self.tr("Fill in later"), self._host)
        self._needs_completion.setToolTip(self.tr(
            "Marks a quick entry that still needs completing. Untick it once the entry is complete."))
        self._needs_completion.setAccessibleName(self.tr("Fill in later"))
        form.addRow("", self._needs_completion)
        self._combos: dict[str, ChoiceCombo] = {}
        texts = {
            "my_role": self.tr("My role"),
            "counterpart_role": self.tr("Counterpart (role)"),
            "scope": self.tr("Internal or external"),
            "channel": self.tr("Channel"),
            "situation": self.tr("Situation"),
        }
        for name, kind in CHOICES.items():
            combo = ChoiceCombo(c, kind, lang, self._host)
            self._row(form, name, texts[name], combo)
            self._combos[name] = combo
            if name == "counterpart_role":
                self._note(form, self.tr(
                    "Write down the other person's role only, never their name: they have not agreed "
                    "to be written about."))
        difficulty_row = QWidget(self._host)
        row_layout = QHBoxLayout(difficulty_row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        names = [self.tr("Difficulty not rated")] + [
            self.tr("Difficulty {n} of 5").replace("{n}", str(n)) for n in DIFFICULTY_RANGE]
        self._difficulty = SegmentedChoice([None, *DIFFICULTY_RANGE],
                                           [self.tr("Not rated")] + [str(n) for n in DIFFICULTY_RANGE],
                                           names, difficulty_row)
        row_layout.addWidget(self._difficulty)
        row_layout.addWidget(self._quiet(QLabel(self.tr("1 = easy, 5 = very hard"), difficulty_row)), 1)
        self._row(form, "difficulty", self.tr("Difficulty"), difficulty_row)
        self._fields["difficulty"] = self._difficulty
        self._difficulty.setAccessibleName(self.tr("Difficulty"))
        self._build_metric_row(form)

        form = self._section(self.tr("What happened"))
        self._facts = self._text_box(8, self.tr("Only what a camera would have recorded: who said and did what."))
        self._row(form, "facts", self.tr("Observations"), self._facts, self.tr("What happened (observations)"))

        form = self._section(self.tr("Feelings"))
        self._my_feelings = TermPicker(c, lang, self._host)
        self._row(form, "my_feelings", self.tr("My feelings"), self._my_feelings)
        self._my_feelings_text = self._text_box(3)
        self._row(form, "my_feelings_text", self.tr("In my own words"), self._my_feelings_text,
                  self.tr("My feelings in my own words"))
        self._their_feelings = TermPicker(c, lang, self._host)
        self._row(form, "their_feelings", self.tr("Their feelings (my guess)"), self._their_feelings)
        self._note(form, self.tr("This is a guess. When you can, check it by asking them."))
        self._their_feelings_text = self._text_box(3)
        self._row(form, "their_feelings_text", self.tr("My guess in words"), self._their_feelings_text,
                  self.tr("Their feelings, my guess in words"))

        form = self._section(self.tr("Looking back"))
        self._impact = self._text_box(3)
        self._row(form, "impact_on_other", self.tr("Effect on the other"), self._impact)
        self._went_well = self._text_box(3)
        self._row(form, "went_well", self.tr("What went well"), self._went_well)
        self._differently = self._text_box(3)
        self._row(form, "do_differently", self.tr("What I would do differently"), self._differently)

        self._elements = ElementsEditor(c, lang, self._host)
        self._row(form, "elements", self.tr("Elements present"), self._elements)
        self._skills = SkillMarks(c, lang, self._host)
        self._row(form, "skills", self.tr("Skills exercised"), self._skills)

        form = self._section(self.tr("Follow-up"))
        self._follow_text = self._text_box(2, self.tr("What will you do next, and with whom (by role)?"))
        self._row(form, "follow_up_text", self.tr("Next step"), self._follow_text, self.tr("Follow-up"))
        due_row = QWidget(self._host)
        due_layout = QHBoxLayout(due_row)
        due_layout.setContentsMargins(0, 0, 0, 0)
        self._has_due = QCheckBox(self.tr("Has a due date"), due_row)
        self._has_due.setAccessibleName(self.tr("Has a due date"))
        due_layout.addWidget(self._has_due)
        self._due = DateField(due_row)
        self._due.setAccessibleName(self.tr("Due date"))
        due_layout.addWidget(self._due)
        due_layout.addStretch(1)
        form.addRow("", due_row)
        self._follow_done = QCheckBox(self.tr("Done"), self._host)
        self._follow_done.setAccessibleName(self.tr("Follow-up done"))
        form.addRow("", self._follow_done)

        form = self._section(self.tr("Anything else"))
        self._notes = self._text_box(4)
        self._row(form, "notes", self.tr("Notes"), self._notes)
        self._share = QCheckBox(self.tr("Share with coach"), self._host)
        self._share.setAccessibleName(self.tr("Share with coach"))
        self._share.setToolTip(self.tr(
            "The coach report can quote this entry as an excerpt, if you also choose excerpts for the report."))
        form.addRow("", self._share)

    def _build_metric_row(self, form: QFormLayout) -> None:
        """Asiakasmittari: an optional customer metric the organisation shares (kind, then value)."""
        self._metric = MetricInput(self._host)
        self._metric_kind, self._metric_value = self._metric.kind, self._metric.value_box
        self._row(form, "org_metric", self.tr("Customer metric"), self._metric)
        self._fields["org_metric"] = self._metric_kind
        self._labels["org_metric"].setBuddy(self._metric_kind)
        self._note(form, self.tr(
            "Only if your organisation shares it with you — a context number, not a score of you."))

    def _connect_edits(self) -> None:
        self._when.dateTimeChanged.connect(self._on_edited)
        self._title.textChanged.connect(self._on_edited)
        self._needs_completion.toggled.connect(self._on_edited)
        for combo in self._combos.values():
            combo.currentIndexChanged.connect(self._on_edited)
        self._difficulty.changed.connect(self._on_edited)
        self._metric.changed.connect(self._on_edited)
        for box in self._text_boxes().values():
            box.textChanged.connect(self._on_edited)  # O(1): no text is read here
        self._my_feelings.changed.connect(self._on_edited)
        self._their_feelings.changed.connect(self._on_edited)
        self._elements.changed.connect(self._on_edited)
        self._skills.changed.connect(self._on_edited)
        self._has_due.toggled.connect(self._due.setEnabled)
        self._has_due.toggled.connect(self._on_edited)
        self._due.dateChanged.connect(self._on_edited)
        self._follow_done.toggled.connect(self._on_edited)
        self._follow_text.textChanged.connect(self._on_edited)
        self._share.toggled.connect(self._on_edited)

    def _text_boxes(self) -> dict[str, QPlainTextEdit]:
        return {
            "facts": self._facts,
            "my_feelings_text": self._my_feelings_text,
            "their_feelings_text": self._their_feelings_text,
            "impact_on_other": self._impact,
            "went_well": self._went_well,
            "do_differently": self._differently,
            "notes": self._notes,
        }

    def _on_edited(self, *_args) -> None:
        if self._loading:
            return
        self._dirty = True
        self.changed.emit()

    # --- public API -----------------------------------------------------------------------

    def set_encounter(self, enc: Encounter) -> None:
        """Show `enc` in every field. Clears problems and the dirty flag; emits no `changed`."""
        self._loading = True
        try:
            self._base = enc
            self._when.set_value(enc.occurred_at)
            self._title.setText(enc.title)
            self._title.setCursorPosition(0)
            self._needs_completion.setChecked(enc.needs_completion)
            for name, combo in self._combos.items():
                combo.set_value(getattr(enc, name))
            self._difficulty.set_value(enc.difficulty)
            self._metric.set_value(enc.org_metric)
            for name, box in self._text_boxes().items():
                box.setPlainText(getattr(enc, name))
            self._follow_text.setPlainText(enc.follow_up.text)
            self._my_feelings.set_selected(enc.my_feelings)
            self._their_feelings.set_selected(enc.their_feelings)
            self._elements.set_values(enc.elements)
            self._skills.set_values(enc.skills)
            self._has_due.setChecked(enc.follow_up.due is not None)
            self._due.setEnabled(enc.follow_up.due is not None)
            self._due.set_value(enc.follow_up.due or now_local().date())
            self._follow_done.setChecked(enc.follow_up.done)
            self._share.setChecked(enc.share_with_coach)
        finally:
            self._loading = False
        self._dirty = False
        self.clear_problems()
        self._scroll.verticalScrollBar().setValue(0)

    def encounter(self) -> Encounter:
        """A new Encounter: the record last set, with every field as the form now shows it."""
        texts = {name: box.toPlainText() for name, box in self._text_boxes().items()}
        return self._base.copy(
            occurred_at=self._when.value(),
            title=self._title.text(),
            needs_completion=self._needs_completion.isChecked(),
            share_with_coach=self._share.isChecked(),
            difficulty=self._difficulty.value(),
            org_metric=self._metric.value(),
            my_feelings=self._my_feelings.selected(),
            their_feelings=self._their_feelings.selected(),
            elements=self._elements.values(),
            skills=self._skills.values(),
            follow_up=FollowUp(
                text=self._follow_text.toPlainText(),
                due=self._due.value() if self._has_due.isChecked() else None,
                done=self._follow_done.isChecked(),
            ),
            **{name: combo.value() for name, combo in self._combos.items()},
            **texts,
        )

    def is_dirty(self) -> bool:
        return self._dirty

    def mark_clean(self) -> None:
        self._dirty = False

    def show_problems(self, problems: list[Problem]) -> None:
        """Mark each bad field, list the sentences at the top and focus the first bad field."""
        self.clear_problems()
        if not problems:
            return
        sentences = [describe_problem(p) for p in problems]
        self._banner.show_sentences(self.tr("Please check these fields before saving:"), sentences)
        first = self._marks.mark(problems, sentences)
        if first is not None:
            self._scroll.ensureWidgetVisible(first)
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear_problems(self) -> None:
        self._banner.clear()
        self._marks.clear()

    def focus_title(self) -> None:
        self._scroll.ensureWidgetVisible(self._title)
        self._title.setFocus(Qt.FocusReason.OtherFocusReason)
