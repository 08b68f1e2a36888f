"""Forget a word: type it, see where it occurs, confirm; then the notice about older backups.

The word is replaced by "[poistettu]" in every record (entries, drafts, practice records). Roles
chosen from the lists are stored as ids, which are content, not personal data; the dialog says so
when the word is a role's name. Backups made earlier still hold the word: the dialog lists them
and offers to delete them, after a confirmation.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tyokirja.services.erasure import DEFAULT_REPLACEMENT, ForgetPreview, ForgetService
from tyokirja.storage.errors import StorageError
from tyokirja.ui import messages


class ForgetDialog(QDialog):
    """Drives ForgetService.preview / forget / prune_backups and shows what happened."""

    forgotten = Signal()  # records were rewritten: views showing them must reload

    def __init__(self, service: ForgetService, parent: QWidget | None = None):
        super().__init__(parent)
        self._service = service
        self._preview: ForgetPreview | None = None
        self.setWindowTitle(self.tr("Forget a word"))
        self.setMinimumWidth(520)

        intro = QLabel(self.tr(
            "Removes a word, such as a name, from every entry, draft and practice record. The word and "
            "its inflected forms are replaced with “{replacement}” as whole words, whatever their case; "
            "other words that merely contain it are kept. Check the hits below before you confirm: "
            "this cannot be undone.").replace("{replacement}", DEFAULT_REPLACEMENT))
        intro.setWordWrap(True)
        self.word_edit = QLineEdit()
        self.word_edit.setAccessibleName(self.tr("Word to forget"))
        self.word_edit.setPlaceholderText(self.tr("e.g. a name"))
        self.word_edit.textChanged.connect(self._on_word_edit_text_changed)
        self.word_edit.returnPressed.connect(self.find_occurrences)
        self.find_button = QPushButton(self.tr("&Find"))
        self.find_button.clicked.connect(self.find_occurrences)
        row = QHBoxLayout()
        row.addWidget(self.word_edit, 1)
        row.addWidget(self.find_button)

        self.preview_label = QLabel()
        self.preview_label.setWordWrap(True)
        self.preview_label.setTextFormat(Qt.TextFormat.PlainText)
        self.preview_label.setAccessibleName(self.tr("Where the word occurs"))
        self.context_list = QListWidget()
        self.context_list.setAccessibleName(self.tr("Hits in their context"))
        self.context_list.setWordWrap(True)
        self.context_list.hide()
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)
        self.result_label.hide()
        self.backup_list = QListWidget()
        self.backup_list.setAccessibleName(self.tr("Older backups"))
        self.backup_list.setMaximumHeight(self.backup_list.fontMetrics().lineSpacing() * 6 + 8)
        self.backup_list.hide()
        self.prune_button = QPushButton(self.tr("&Delete these backups…"))
        self.prune_button.clicked.connect(self.prune_backups)
        self.prune_button.hide()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.forget_button = buttons.addButton(self.tr("F&orget the word"), QDialogButtonBox.ButtonRole.ActionRole)
        self.forget_button.setEnabled(False)
        self.forget_button.clicked.connect(self.forget)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.preview_label)
        layout.addWidget(self.context_list, 1)
        layout.addWidget(self.result_label)
        layout.addWidget(self.backup_list)
        layout.addWidget(self.prune_button)
        layout.addWidget(buttons)
        self.word_edit.setFocus()

    # -- wording -----------------------------------------------------------------------------

    def _kind_label(self, kind: str) -> str:
        labels = {
            "encounter": self.tr("Diary entries"),
            "draft": self.tr("Unsaved drafts"),
            "exercise": self.tr("Exercises"),
            "follow_up": self.tr("Follow-ups"),
            "feedback": self.tr("Feedback requests"),
            "goal": self.tr("Goals"),
            "rating": self.tr("Skill ratings"),
            "coaching": self.tr("Coaching sessions"),
        }
        return labels.get(kind, self.tr("Other records"))

    def _field_label(self, column: str) -> str:
        labels = {
            "title": self.tr("title"),
            "facts": self.tr("what happened"),
            "my_feelings_text": self.tr("my feelings"),
            "their_feelings_text": self.tr("their feelings"),
            "impact_on_other": self.tr("impact on the other"),
            "went_well": self.tr("what went well"),
            "do_differently": self.tr("what I would do differently"),
            "follow_up_text": self.tr("follow-up"),
            "notes": self.tr("notes"),
        }
        return labels.get(column, self.tr("text"))

    def preview_text(self, preview: ForgetPreview) -> str:
        if not preview.total:
            return self.tr("The word does not occur in the diary.")
        lines = [self.tr("Occurrences found: {count}").replace("{count}", str(preview.total))]
        for kind, count in preview.by_kind().items():
            fields: dict[str, int] = {}
            for (k, column), n in preview.counts.items():
                if k == kind:
                    label = self._field_label(column)
                    fields[label] = fields.get(label, 0) + n
            detail = ", ".join(f"{label} {n}" for label, n in fields.items())
            lines.append(f"• {self._kind_label(kind)}: {count} ({detail})")
        return "\n".join(lines)

    # -- actions -----------------------------------------------------------------------------

    def find_occurrences(self) -> ForgetPreview | None:  # not find(): QWidget.find(id) is Qt's
        word = self.word_edit.text().strip()
        if not word:
            return None
        try:
            preview = self._service.preview(word)
        except StorageError as exc:
            messages.storage_error(self, exc)
            return None
        self._preview = preview
        text = self.preview_text(preview)
        if preview.role_labels:
            text += "\n\n" + self.tr(
                "“{word}” is also the name of a role in the lists. Entries keep the role chosen from the "
                "list: a role is not personal data. Only the word written in your own text is replaced."
            ).replace("{word}", word)
        self.preview_label.setText(text)
        self.context_list.clear()
        for before, hit, after in preview.contexts:  # each hit as it will be replaced, [marked]
            self.context_list.addItem(f"{before}[{hit}]{after}")
        if preview.total > len(preview.contexts):
            self.context_list.addItem(self.tr("… and %n more", "", preview.total - len(preview.contexts)))
        self.context_list.setVisible(bool(preview.contexts))
        self.forget_button.setEnabled(preview.total > 0)
        return preview

    def forget(self) -> bool:
        preview = self._preview
        if preview is None or not preview.total or preview.word != self.word_edit.text().strip():
            preview = self.find_occurrences()
            if preview is None or not preview.total:
                return False
        question = self.tr("Occurrences: {count}. Replace each “{word}” with “{replacement}”? This cannot be undone.")
        question = (question.replace("{count}", str(preview.total)).replace("{word}", preview.word)
                    .replace("{replacement}", DEFAULT_REPLACEMENT))
        if not messages.confirm(self, question, self.tr("Forget")):
            return False
        try:
            result = self._service.forget(preview.word)
        except StorageError as exc:
            messages.storage_error(self, exc)
            return False
        self._preview = None
        self.forget_button.setEnabled(False)
        self.context_list.clear()
        self.context_list.hide()
        self.forgotten.emit()
        self.preview_label.setText(self.tr("Done. Records changed: {count}.").replace(
            "{count}", str(result.records_changed)))
        self._show_backups(result.backups)
        return True

    def _show_backups(self, backups: list[Path]) -> None:
        self.backup_list.clear()
        if not backups:
            self.result_label.setText(self.tr("There are no older backups of this diary."))
            self.backup_list.hide()
            self.prune_button.hide()
        else:
            self.result_label.setText(self.tr(
                "Older backups still hold the word. Backups of this diary: {count}, in {folder}. Delete them "
                "if you no longer need them. Copies made elsewhere (such as system backups) are not touched."
            ).replace("{count}", str(len(backups))).replace("{folder}", str(backups[0].parent)))
            for path in backups:
                self.backup_list.addItem(path.name)
            self.backup_list.show()
            self.prune_button.show()
        self.result_label.show()

    def prune_backups(self) -> bool:
        backups = self._service.backups()
        if not backups:
            self._show_backups([])
            return False
        question = self.tr("Delete the older backups listed ({count}) for good? You cannot restore the diary "
                           "from them afterwards.").replace("{count}", str(len(backups)))
        if not messages.confirm(self, question, self.tr("Delete backups")):
            return False
        try:
            removed = self._service.prune_backups(backups)
        except StorageError as exc:
            messages.storage_error(self, exc)
            return False
        self._show_backups(self._service.backups())
        self.result_label.setText(self.tr("Backups deleted: {count}.").replace("{count}", str(len(removed))))
        return True

    def _on_word_edit_text_changed(self, _text: str) -> None:
        self.forget_button.setEnabled(False)
