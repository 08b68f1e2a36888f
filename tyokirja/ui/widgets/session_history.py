"""An exercise's earlier sessions: open one (Enter), delete one (Del or the button), undo (Ctrl+Z or Undo)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from tyokirja.domain.practice import ExerciseSession, FollowUpTask
from tyokirja.services.exercises import ExerciseService
from tyokirja.storage.errors import StorageError
from tyokirja.ui import messages
from tyokirja.ui.models.encounter_list_model import format_when

from .record_list import ID_ROLE
from .undo_banner import UndoBanner


class SessionHistory(QWidget):
    open_requested = Signal(str)  # session id
    changed = Signal()  # a session was deleted or put back

    def __init__(self, exercises: ExerciseService, parent: QWidget | None = None):
        super().__init__(parent)
        self.exercises = exercises
        self._exercise_id: str | None = None
        self._removed: tuple[ExerciseSession, list[FollowUpTask]] | None = None  # the last delete, for undo
        self.label = QLabel(self.tr("Done earlier"))
        self.label.setStyleSheet("font-weight: bold;")
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Earlier sessions of this exercise"))
        self.list.setMaximumHeight(160)
        self.list.itemActivated.connect(lambda item: self.open_requested.emit(item.data(ID_ROLE)))
        self.label.setBuddy(self.list)
        self.delete_button = QPushButton(self.tr("Delete session"))
        self.delete_button.setAccessibleName(self.tr("Delete the chosen session"))
        self.delete_button.clicked.connect(self.delete_current)
        delete = QAction(self.list)
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.delete_current)
        self.list.addAction(delete)
        undo = QAction(self)
        undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        undo.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo.triggered.connect(self.undo_delete)
        self.addAction(undo)
        self.banner = UndoBanner()
        self.banner.undo_requested.connect(self.undo_delete)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.banner)
        column.addWidget(self.label)
        column.addWidget(self.list)
        row = QHBoxLayout()
        row.addWidget(self.delete_button)
        row.addStretch(1)
        column.addLayout(row)
        self.list.currentItemChanged.connect(lambda current, _old: self.delete_button.setEnabled(current is not None))
        self.delete_button.setEnabled(False)

    def show_for(self, exercise_id: str) -> None:
        self._exercise_id = exercise_id
        self.list.clear()
        try:
            sessions = self.exercises.completed_sessions(exercise_id)
        except StorageError as exc:
            messages.storage_error(self, exc)
            return
        for session in sessions:
            assert session.completed_at is not None, "a completed session has its completion moment"
            item = QListWidgetItem(format_when(session.completed_at))
            item.setData(ID_ROLE, session.id)
            self.list.addItem(item)
        for widget in (self.label, self.list, self.delete_button):
            widget.setVisible(bool(sessions))

    def delete_current(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        when = item.text()
        try:
            self._removed = self.exercises.remove_session(item.data(ID_ROLE))
        except StorageError as exc:
            messages.storage_error(self, exc)
            return
        self.banner.announce(self.tr("Session of {when} deleted.").replace("{when}", when))
        self._refill()
        if not self.list.isVisible() or self.list.count() == 0:
            self.banner.button.setFocus()  # the list may be gone: keep the keyboard here, on Undo
        self.changed.emit()

    def undo_delete(self) -> None:
        if self._removed is None:
            return
        session, tasks = self._removed
        try:
            self.exercises.restore_session(session, tasks)
        except StorageError as exc:
            messages.storage_error(self, exc)
            return
        self._removed = None
        self.banner.hide()
        self._refill()
        self.changed.emit()

    def _refill(self) -> None:
        if self._exercise_id is not None:
            self.show_for(self._exercise_id)
