"""One item of a rating session: the anchors as sentences, the evidence, and how sure I am.

The anchors are radio buttons whose text is the behaviour; the number is secondary. "0 – no evidence
yet" is always there. A level 1–5 asks "How do you know?": a one-line example or a linked entry.
The previous level is never shown here (the dialog reveals it only after saving).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from tyokirja.domain.rating import Instrument, SkillRating
from tyokirja.ui.dates import format_day

from .segmented_choice import SegmentedChoice
from .wrap_label import WrapLabel

ERROR_STYLE = (
    "QLabel#evidenceProblem { color: palette(highlighted-text); background: #b03a2e; padding: 4px 8px;"
    " border-radius: 4px; }"
)


class RatingItemForm(QWidget):
    """rating() gives the SkillRating as the form shows it; problem() says what stops saving, or ""."""

    changed = Signal()

    def __init__(self, instrument: Instrument, item_id: str, lang: str, entries: list[tuple[str, str]],
                 retrospective: bool = False, parent: QWidget | None = None):
        """`entries` are (encounter id, display text) of the entries that can be linked as evidence."""
        super().__init__(parent)
        self.item_id = item_id
        item = instrument.item(item_id)
        self.setStyleSheet(ERROR_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        name = QLabel(item.name(lang))
        font = name.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        name.setFont(font)
        layout.addWidget(name)
        self.name_label = name
        if retrospective:
            prompt = WrapLabel(instrument.text("retrospective_prompt", lang))
            bold = prompt.font()
            bold.setBold(True)
            prompt.setFont(bold)
            layout.addWidget(prompt)
        layout.addWidget(WrapLabel(item.question(lang)))

        self.group = QButtonGroup(self)
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(1, 1)
        self.options: dict[int, QRadioButton] = {}
        self.anchor_labels: dict[int, QLabel] = {}
        for row, level in enumerate((1, 2, 3, 4, 5, 0)):
            sentence = instrument.level_text(item_id, level, lang)
            radio = QRadioButton(str(level))
            radio.setAccessibleName(self.tr("{level} – {anchor}").replace("{level}", str(level)).replace(
                "{anchor}", sentence))
            label = WrapLabel(sentence)
            label.setBuddy(radio)
            label.installEventFilter(self)  # a click on the sentence chooses it
            self.group.addButton(radio, level)
            grid.addWidget(radio, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(label, row, 1)
            self.options[level] = radio
            self.anchor_labels[level] = label
        layout.addLayout(grid)
        self.group.idToggled.connect(self._on_group_id_toggled)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.evidence = QLineEdit()
        self.evidence.setPlaceholderText(self.tr("One example from the last four weeks"))
        prompt_text = instrument.text("evidence_prompt", lang)
        self.evidence.setAccessibleName(prompt_text)
        evidence_label = QLabel(prompt_text)
        evidence_label.setBuddy(self.evidence)
        form.addRow(evidence_label, self.evidence)
        self.entry = QComboBox()
        self.entry.addItem(self.tr("No linked entry"), None)
        for encounter_id, text in entries:
            self.entry.addItem(text, encounter_id)
        self.entry.setAccessibleName(self.tr("Linked diary entry"))
        entry_label = QLabel(self.tr("…or link an entry"))
        entry_label.setBuddy(self.entry)
        form.addRow(entry_label, self.entry)
        names = [self.tr("Confidence not set"), self.tr("Unsure"), self.tr("Fairly sure"), self.tr("Sure")]
        self.confidence = SegmentedChoice([None, 1, 2, 3], [self.tr("Not set"), "1", "2", "3"], names)
        self.confidence.setAccessibleName(self.tr("Confidence"))
        self.confidence.setToolTip(self.tr("1 = unsure, 2 = fairly sure, 3 = sure"))
        confidence_label = QLabel(self.tr("How sure are you?"))
        confidence_label.setBuddy(self.confidence)
        confidence_row = QHBoxLayout()
        confidence_row.addWidget(self.confidence)
        hint = QLabel(self.tr("1 = unsure, 2 = fairly sure, 3 = sure"))
        italic = hint.font()
        italic.setItalic(True)
        hint.setFont(italic)
        confidence_row.addWidget(hint, 1)
        form.addRow(confidence_label, confidence_row)
        layout.addLayout(form)
        self.problem_label = QLabel()
        self.problem_label.setObjectName("evidenceProblem")
        self.problem_label.setWordWrap(True)
        self.problem_label.hide()
        layout.addWidget(self.problem_label)
        layout.addStretch(1)
        self.evidence.textChanged.connect(self._on_edited)
        self.entry.currentIndexChanged.connect(self._on_edited)
        self.confidence.changed.connect(self._on_edited)

    # -- public -------------------------------------------------------------------------------

    def level(self) -> int | None:
        chosen = self.group.checkedId()
        return None if chosen < 0 else chosen

    def rating(self) -> SkillRating:
        return SkillRating(
            item_id=self.item_id,
            level=self.level() or 0,
            evidence_text=self.evidence.text().strip(),
            evidence_encounter_id=self.entry.currentData(),
            confidence=self.confidence.value(),
        )

    def problem(self) -> str:
        """Why this item cannot be left yet ("" when it can): a level is needed, and 1–5 need evidence."""
        level = self.level()
        if level is None:
            return self.tr("Choose the sentence that fits best, or \"no evidence yet\".")
        if level >= 1 and not self.rating().has_evidence:
            return self.tr("Add one example or link an entry: how do you know?")
        return ""

    def show_problem(self) -> bool:
        """Show the problem (if any) and focus where it can be fixed; True when there was one."""
        text = self.problem()
        self.problem_label.setText(text)
        self.problem_label.setVisible(bool(text))
        if text:
            target = self.evidence if self.level() is not None else self.options[1]
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        return bool(text)

    def focus_first(self) -> None:
        chosen = self.group.checkedButton() or self.options[1]
        chosen.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- slots --------------------------------------------------------------------------------

    def _on_group_id_toggled(self, level: int, checked: bool) -> None:
        if checked:
            self._on_edited()

    def _on_edited(self, *_args) -> None:
        if self.problem_label.isVisible() and not self.problem():
            self.problem_label.hide()
        self.changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.MouseButtonRelease:
            for level, label in self.anchor_labels.items():
                if label is watched:
                    self.options[level].setChecked(True)
                    self.options[level].setFocus(Qt.FocusReason.MouseFocusReason)
                    return True
        return super().eventFilter(watched, event)


def entry_choices(summaries, locale: QLocale | None = None) -> list[tuple[str, str]]:
    """(id, "date  title") for the linked-entry list, newest first as given."""
    locale = locale or QLocale()
    return [(s.id, format_day(s.occurred_at, locale) + "  " + s.title)
            for s in summaries]
