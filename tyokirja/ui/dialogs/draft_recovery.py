"""Offer the drafts an interrupted session left behind: restore each into the editor, or discard it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tyokirja.domain.encounter import Encounter
from tyokirja.services.diary import DiaryService, draft_key
from tyokirja.storage.errors import StorageError
from tyokirja.ui import messages
from tyokirja.ui.models.encounter_list_model import format_when

_DraftRole = Qt.ItemDataRole.UserRole + 1


def is_new_draft(draft) -> bool:
    """True for the draft of an entry that had never been saved."""
    return draft.key == draft_key(None)


def pending_draft(service: DiaryService, encounter_id: str | None) -> Encounter | None:
    """The unsaved state kept for one entry (None: the never-saved new entry), if there is one."""
    key = draft_key(encounter_id)
    for draft, enc in service.pending_drafts():
        if draft.key == key:
            return enc
    return None


def is_blank(enc: Encounter) -> bool:
    """Nothing typed or chosen: an untouched new entry has nothing worth keeping as a draft."""
    return (
        not any(text.strip() for text in enc.text_fields().values())
        and not (enc.my_role or enc.counterpart_role or enc.scope or enc.channel or enc.situation)
        and enc.difficulty is None
        and enc.org_metric is None
        and not (enc.my_feelings or enc.their_feelings or enc.elements or enc.skills)
        and enc.follow_up.is_empty()
    )


def open_recovery_dialog(service: DiaryService, parent: QWidget, on_restore) -> DraftRecoveryDialog | None:
    """If an earlier session left drafts, open the recovery dialog (window-modal, not blocking)."""
    try:
        drafts = service.pending_drafts()
    except StorageError as exc:  # a damaged draft: say so rather than fail the start
        messages.storage_error(parent, exc)
        return None
    if not drafts:
        return None
    dialog = DraftRecoveryDialog(service, drafts, parent)
    dialog.restore_requested.connect(on_restore)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


class DraftRecoveryDialog(QDialog):
    """Lists each pending draft by title and time. Restore hands it to the page; Discard deletes it."""

    restore_requested = Signal(object, object, bool)  # draft, Encounter, is_new

    def __init__(self, service: DiaryService, drafts: list, parent: QWidget | None = None):
        super().__init__(parent)
        self._service = service
        self.setWindowTitle(self.tr("Unsaved text found"))
        self.setMinimumWidth(560)
        intro = QLabel(
            self.tr(
                "Työkirja was closed while you were still writing. This text was kept for you. "
                "Restore it to the editor to continue, or discard it."
            )
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Unsaved drafts"))
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSpacing(3)
        for draft, enc in drafts:
            item = QListWidgetItem(self._describe(draft, enc))
            item.setData(_DraftRole, (draft, enc))
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        rows = min(len(drafts), 5)
        self.list.setFixedHeight(rows * (2 * self.fontMetrics().lineSpacing() + 12) + 8)
        self.list.itemActivated.connect(self._on_list_item_activated)

        buttons = QDialogButtonBox()
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.restore_button.setDefault(True)
        self.discard_button = QPushButton(self.tr("&Discard"))
        self.later_button = QPushButton(self.tr("Decide &later"))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.later_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.restore_button.clicked.connect(self.restore_selected)
        self.discard_button.clicked.connect(self.discard_selected)
        self.later_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(buttons)

    def _describe(self, draft, enc: Encounter) -> str:
        title = enc.title.strip() or self.tr("(no title)")
        when = format_when(draft.updated_at.astimezone())
        kind = self.tr("New entry") if is_new_draft(draft) else self.tr("Changes to a saved entry")
        detail = self.tr("{kind}, last edited {time}").replace("{kind}", kind).replace("{time}", when)
        return title + "\n" + detail

    def _take_selected(self):
        item = self.list.currentItem()
        if item is None:
            return None
        return self.list.takeItem(self.list.row(item)).data(_DraftRole)

    def _close_if_done(self) -> None:
        if self.list.count() == 0:
            self.accept()

    def _on_list_item_activated(self, _item: QListWidgetItem) -> None:
        self.restore_selected()

    def restore_selected(self) -> None:
        taken = self._take_selected()
        if taken is None:
            return
        draft, enc = taken
        self.restore_requested.emit(draft, enc, is_new_draft(draft))
        self._close_if_done()

    def discard_selected(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        draft, enc = item.data(_DraftRole)
        try:
            self._service.discard_draft(None if is_new_draft(draft) else enc.id)
        except StorageError as exc:
            messages.storage_error(self, exc)
            return
        self._take_selected()
        self._close_if_done()
