"""The coach report wizard's choice pages: period and language, sections, agenda and goals, entries."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWizardPage,
)

from tyokirja.domain.report import (
    DEFAULT_SECTIONS,
    MAX_AGENDA_CHARS,
    MAX_AGENDA_LINES,
    PRIVATE_SECTIONS,
    SECTIONS,
    agenda_lines,
)
from tyokirja.ui.dates import format_day
from tyokirja.ui.widgets.date_inputs import DateField
from tyokirja.ui.widgets.wrap_label import WrapLabel

PERIODS = ("4w", "3m", "12m", "since")


class PeriodPage(QWizardPage):
    def __init__(self, lang: str, today: date, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Period and language"))
        self.setSubTitle(self.tr("Which weeks the report covers, and the language your coach reads."))
        names = {"4w": self.tr("The last 4 weeks"), "3m": self.tr("The last 3 months"),
                 "12m": self.tr("The last 12 months"), "since": self.tr("Since a date:")}
        self.group = QButtonGroup(self)
        box = QVBoxLayout()
        self.buttons: dict[str, QRadioButton] = {}
        for key in PERIODS:
            button = QRadioButton(names[key])
            self.buttons[key] = button
            self.group.addButton(button)
        self.since = DateField()
        self.since.setAccessibleName(self.tr("First day of the period"))
        self.since.set_value(date(today.year, 1, 1) if today.month > 1 else date(today.year - 1, 1, 1))
        self.since.setEnabled(False)
        for key in PERIODS[:-1]:
            box.addWidget(self.buttons[key])
        row = QHBoxLayout()
        row.addWidget(self.buttons["since"])
        row.addWidget(self.since)
        row.addStretch(1)
        box.addLayout(row)
        self.buttons["3m"].setChecked(True)
        self.buttons["since"].toggled.connect(self.since.setEnabled)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of the report"))
        self.language.addItem("Suomi", "fi")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if lang == "fi" else 1)
        form = QFormLayout()
        form.addRow(self.tr("Language of the report:"), self.language)
        layout = QVBoxLayout(self)
        layout.addLayout(box)
        layout.addSpacing(12)
        layout.addLayout(form)
        layout.addStretch(1)

    def period(self) -> str:
        return next(key for key, button in self.buttons.items() if button.isChecked())

    def since_date(self) -> date:
        return self.since.value()

    def lang(self) -> str:
        return self.language.currentData()


class SectionsPage(QWizardPage):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("What the report holds"))
        self.setSubTitle(self.tr("Summaries are on to start with. Your own texts, feelings and load checks "
                                 "go along only if you tick them, every time."))
        names = {
            "cover": self.tr("Cover: period, date, and that this is your own report, not an appraisal"),
            "agenda": self.tr("What I want to discuss (you write it on the next page)"),
            "goals": self.tr("Goals and experiments: wish, if–then plans, status"),
            "sessions": self.tr("Sessions and agreements: coaching sessions held, what was agreed and what came "
                                "of it"),
            "session_notes": self.tr("Session notes: only of sessions marked “notes may go into a coach report”"),
            "skills": self.tr("Skill profile: your levels over time and the anchor sentences"),
            "practice": self.tr("Practice: how much you practised per week"),
            "patterns": self.tr("Encounter patterns: totals only, no single entry"),
            "feedback": self.tr("Feedback: asked, received, processed, loop closed; themes by skill"),
            "appendix": self.tr("Appendix: the rating scale's anchor sentences"),
            "excerpts": self.tr("Free text of entries and reflections you pick one by one"),
            "feelings": self.tr(
                "Feelings in encounters: your most frequent feeling words, and feelings in the picked entries"),
            "wellbeing": self.tr("Load and recovery checks (scales only)"),
            "metrics": self.tr("Customer metrics (NPS, CSAT, CES) logged on your entries"),
            "quotes": self.tr("Feedback in their words: what was said, and what you take and leave"),
        }
        self.boxes: dict[str, QCheckBox] = {}
        shared = QGroupBox(self.tr("On unless you untick"))
        shared_layout = QVBoxLayout(shared)
        private = QGroupBox(self.tr("Private: only if you tick"))
        private_layout = QVBoxLayout(private)
        for section in SECTIONS:
            box = QCheckBox(names[section])
            box.setChecked(section in DEFAULT_SECTIONS)
            box.toggled.connect(self.completeChanged)
            self.boxes[section] = box
            (private_layout if section in PRIVATE_SECTIONS else shared_layout).addWidget(box)
        layout = QVBoxLayout(self)
        layout.addWidget(shared)
        layout.addWidget(private)
        layout.addStretch(1)

    def sections(self) -> frozenset[str]:
        return frozenset(s for s, box in self.boxes.items() if box.isChecked())

    def isComplete(self) -> bool:
        return bool(self.sections() - {"cover"})


class AgendaPage(QWizardPage):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("What I want to discuss"))
        self.setSubTitle(self.tr("Up to three short lines for your coach: questions or themes for the session."))
        self.agenda = QPlainTextEdit()
        self.agenda.setAccessibleName(self.tr("What I want to discuss"))
        self.agenda.setTabChangesFocus(True)
        self.agenda.setFixedHeight(self.agenda.fontMetrics().lineSpacing() * 4 + 16)
        self.agenda.textChanged.connect(self._on_agenda_text_changed)
        self.limit = QLabel()
        self.goals = QListWidget()
        self.goals.setAccessibleName(self.tr("Goals in the report"))
        self.goals_label = WrapLabel(self.tr("Goals and experiments in the report:"))
        self.session_box = QCheckBox(self.tr("Bring the agenda of my next coaching session"))
        self.session_box.setChecked(True)
        self.session_box.setVisible(False)
        self.session_lines = WrapLabel()
        self.session_lines.setVisible(False)
        self.session_box.toggled.connect(self.session_lines.setEnabled)
        self._session_agenda: list[str] = []
        layout = QVBoxLayout(self)
        layout.addWidget(self.session_box)
        layout.addWidget(self.session_lines)
        layout.addWidget(self.agenda)
        layout.addWidget(self.limit)
        layout.addSpacing(8)
        layout.addWidget(self.goals_label)
        layout.addWidget(self.goals, 1)

    def set_goals(self, goals, show: bool) -> None:
        chosen = self.goal_ids() if self.goals.count() else None
        self.goals.clear()
        for goal in goals:
            day = format_day(goal.start or goal.created_at)
            item = QListWidgetItem(f"{day}  {goal.wish}" if day else goal.wish)
            item.setData(Qt.ItemDataRole.UserRole, goal.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = goal.id in chosen if chosen is not None else goal.share_with_coach
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.goals.addItem(item)
        self.goals.setVisible(show)
        self.goals_label.setVisible(show)

    def goal_ids(self) -> tuple[str, ...]:
        return tuple(self.goals.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.goals.count())
                     if self.goals.item(i).checkState() == Qt.CheckState.Checked)

    def text(self) -> str:
        return self.agenda.toPlainText().strip()

    def set_session_agenda(self, lines: list[str]) -> None:
        """The next coaching session's agenda, carried into the report unless unticked."""
        self._session_agenda = list(lines)
        self.session_lines.setText("\n".join("• " + line for line in lines))
        self.session_box.setVisible(bool(lines))
        self.session_lines.setVisible(bool(lines))

    def session_agenda(self) -> list[str]:
        return list(self._session_agenda) if self.session_box.isChecked() else []

    def _on_agenda_text_changed(self) -> None:
        ok = self.fits()
        self.limit.setText("" if ok else self.tr("Up to three lines and 400 characters, please."))
        self.completeChanged.emit()

    def fits(self) -> bool:
        text = self.text()
        return len(agenda_lines(text)) <= MAX_AGENDA_LINES and len(text) <= MAX_AGENDA_CHARS

    def isComplete(self) -> bool:
        return self.fits()


class ItemsPage(QWizardPage):
    """Entries, reflections and feedback whose own text goes along; pre-ticked: marked "share with coach"."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Entries to include"))
        self.setSubTitle(self.tr("Tick each entry whose text may go into the report. Entries you marked "
                                 "“share with coach” are ticked to start with."))
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter by date, kind or title…"))
        self.filter.setAccessibleName(self.tr("Filter the entries"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._on_filter_text_changed)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Entries to include"))
        self.list.itemChanged.connect(lambda _item: self._update_count())
        self.count = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.count)

    def set_choices(self, choices, labels) -> None:
        """`labels(choice)` gives the line to show; earlier ticks survive a change of period."""
        before = {self.list.item(i).data(Qt.ItemDataRole.UserRole): self.list.item(i).checkState()
                  for i in range(self.list.count())}
        self.list.blockSignals(True)
        self.list.clear()
        for choice in choices:
            item = QListWidgetItem(labels(choice))
            item.setData(Qt.ItemDataRole.UserRole, choice.ref)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            state = before.get(choice.ref)
            if state is None:
                state = Qt.CheckState.Checked if choice.preselected else Qt.CheckState.Unchecked
            item.setCheckState(state)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self._on_filter_text_changed(self.filter.text())
        self._update_count()

    def _on_filter_text_changed(self, text: str) -> None:
        """Hide the lines that do not contain the text (ticks of hidden lines stay as they are)."""
        wanted = text.strip().casefold()
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(bool(wanted) and wanted not in item.text().casefold())

    def refs(self) -> tuple:
        return tuple(self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                     if self.list.item(i).checkState() == Qt.CheckState.Checked)

    def _update_count(self) -> None:
        self.count.setText(self.tr("%n chosen", "", len(self.refs())))
