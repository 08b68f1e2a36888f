"""Quick entry: title, what happened and one feeling, saved in well under 30 seconds."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from tyokirja.domain.content import Catalogue
from tyokirja.domain.encounter import Encounter
from tyokirja.domain.validation import ValidationError
from tyokirja.errortext import describe_problem
from tyokirja.services.diary import DiaryService
from tyokirja.storage.errors import StorageError
from tyokirja.ui import messages


class QuickEntryDialog(QDialog):
    """Creates an entry flagged "to complete later" through DiaryService.quick_entry."""

    entry_saved = Signal(object)  # the stored Encounter

    def __init__(self, service: DiaryService, catalogue: Catalogue, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._service = service
        self.setWindowTitle(self.tr("Quick entry"))
        self.setMinimumWidth(460)

        intro = QLabel(self.tr("Jot down the encounter now and complete it later."))
        intro.setWordWrap(True)
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.title_edit.setPlaceholderText(self.tr("e.g. Customer's complaint on the phone"))
        self.facts_edit = QPlainTextEdit()
        self.facts_edit.setAccessibleName(self.tr("What happened"))
        self.facts_edit.setPlaceholderText(self.tr("What happened, in a sentence or two"))
        self.facts_edit.setTabChangesFocus(True)
        self.facts_edit.setFixedHeight(self.facts_edit.fontMetrics().lineSpacing() * 5 + 12)
        self.feeling = QComboBox()
        self.feeling.setAccessibleName(self.tr("One feeling"))
        self.feeling.addItem(self.tr("— no feeling chosen —"), None)
        for family in catalogue.terms("emotion_families"):
            emotions = catalogue.emotions_in(family.id)
            if not emotions:
                continue
            self.feeling.insertSeparator(self.feeling.count())
            for term in emotions:
                self.feeling.addItem(f"{term.label(lang)}  ({family.label(lang)})", term.id)
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: palette(link); font-weight: bold;")
        self.problem_label.hide()

        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title_edit)
        form.addRow(self.tr("&What happened"), self.facts_edit)
        form.addRow(self.tr("&Feeling"), self.feeling)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        hint = QLabel(self.tr("Enter saves (Shift+Enter starts a new line), Esc cancels."))
        hint.setEnabled(False)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem_label)
        layout.addWidget(hint)
        layout.addWidget(buttons)

        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(self.save)
        self.facts_edit.installEventFilter(self)
        self.title_edit.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter saves from every field; Shift+Enter still starts a new line in "what happened".
        if watched is self.facts_edit and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key_event = event
            if key_event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
                key_event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            ):
                self.save()
                return True
        return super().eventFilter(watched, event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.title_edit.setFocus()

    def has_text(self) -> bool:
        return bool(self.title_edit.text().strip() or self.facts_edit.toPlainText().strip())

    def save(self) -> None:
        try:
            saved: Encounter = self._service.quick_entry(
                self.title_edit.text(), self.facts_edit.toPlainText(), self.feeling.currentData()
            )
        except ValidationError as exc:
            self.problem_label.setText("\n".join(describe_problem(p) for p in exc.problems))
            self.problem_label.show()
            self.title_edit.setFocus()
            return
        except StorageError as exc:
            messages.storage_error(self, exc)
            return
        self.entry_saved.emit(saved)
        self.accept()

    def reject(self) -> None:
        if self.has_text() and not messages.confirm(
            self, self.tr("Discard this quick entry? What you typed will not be saved."), self.tr("Discard")
        ):
            return
        super().reject()
