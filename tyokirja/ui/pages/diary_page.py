"""The diary page: search and list on the left, the open entry on the right; saving, drafts, undo."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import (
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QSplitter,
    QStackedWidget,
    QStyle,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from tyokirja.domain.content import Catalogue
from tyokirja.domain.encounter import Encounter, EncounterFilter
from tyokirja.domain.validation import ValidationError
from tyokirja.errortext import describe, describe_problem
from tyokirja.services.diary import DiaryReader, DiaryService
from tyokirja.storage.errors import StorageError
from tyokirja.ui import messages
from tyokirja.ui.autosave import AUTOSAVE_MS
from tyokirja.ui.dialogs.draft_recovery import is_blank, pending_draft
from tyokirja.ui.dialogs.quick_entry import QuickEntryDialog
from tyokirja.ui.list_search import ListSearch
from tyokirja.ui.models.encounter_list_model import EncounterListModel, encounter_list_view
from tyokirja.ui.widgets.diary_calendar import DiaryCalendar, link_to_filter_bar
from tyokirja.ui.widgets.empty_state import EmptyDiaryState
from tyokirja.ui.widgets.encounter_editor import EncounterEditor
from tyokirja.ui.widgets.filter_bar import FilterBar
from tyokirja.ui.widgets.undo_banner import UndoBanner


class DiaryPage(QWidget):
    status_message = Signal(str)
    count_changed = Signal(int, bool)  # entries shown by the list, whether a filter is on

    def __init__(self, service: DiaryService, catalogue: Catalogue, lang: str, parent: QWidget | None = None,
                 reader: DiaryReader | None = None):
        """`reader`: a read-only connection of the diary's own (Workbook.diary_reader) on which a large
        diary is searched off the GUI thread; without one (an encrypted diary) the list reads on `service`."""
        super().__init__(parent)
        self.service, self.catalogue, self.lang = service, catalogue, lang
        self._open = self._is_new = self._force_dirty = self._draft_pending = self._syncing = False
        self._saved_on_commit = self._closed = False
        self._current_id: str | None = None
        self._undo: Encounter | None = None
        self._quick: QuickEntryDialog | None = None

        # the search that runs off the GUI thread (None: an encrypted diary, searched on the GUI thread)
        self.list_search = ListSearch(reader, self) if reader is not None else None
        self.model = EncounterListModel(service, catalogue, lang, self, search=self.list_search)
        self.filter_bar = FilterBar(catalogue, lang)
        self.calendar = DiaryCalendar(service)
        self.calendar.hide()
        link_to_filter_bar(self.calendar, self.filter_bar)
        self.list_view = encounter_list_view(self.model, self.tr("Diary entries"))
        self.no_match = QLabel(self.tr("No entries match the search and filters."))
        self.no_match.setWordWrap(True)
        self.no_match.hide()
        self.searching = QLabel(self.tr("Searching…"))  # a search on its way for a while; the old rows stay
        self.searching.setEnabled(False)  # drawn muted: a quiet note, not a message
        self.searching.hide()
        self.editor = EncounterEditor(catalogue, lang)
        self.placeholder = QLabel(self.tr("Choose an entry from the list, or start a new one with New entry (Ctrl+N)."))
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._build_actions()
        self._build_layout()

        self._autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._autosave.timeout.connect(self.flush_draft)
        self.editor.changed.connect(self._on_editor_changed)
        self.filter_bar.filter_changed.connect(self._on_filter_bar_filter_changed)
        self.filter_bar.order_changed.connect(self._on_filter_bar_order_changed)
        self.model.total_changed.connect(self._on_model_total_changed)
        self.model.reloaded.connect(self._on_model_reloaded)
        self.model.searching_changed.connect(self.searching.setVisible)
        # Queued: the model fails inside a view's paint or fetch; the message waits for the event loop.
        self.model.load_failed.connect(self._on_model_load_failed, Qt.ConnectionType.QueuedConnection)
        self._load_failure_shown = False
        self.list_view.selectionModel().currentChanged.connect(self._on_list_current_changed)
        self.list_view.activated.connect(self._on_list_activated)
        app = QApplication.instance()
        if isinstance(app, QApplication):  # always, once a widget exists; the check narrows the type
            app.focusChanged.connect(self._on_app_focus_changed)
        self.model.refresh()  # the first page now, on this thread: the window shows the list at once

    # -- building ----------------------------------------------------------------------------

    def _action(self, text: str, shortcut, slot, icon=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        sp = QStyle.StandardPixmap
        keys = QKeySequence.StandardKey
        self.new_action = self._action(self.tr("&New entry"), keys.New, self.new_entry, sp.SP_FileIcon)
        self.quick_action = self._action(
            self.tr("&Quick entry"), "Ctrl+Shift+N", self.open_quick_entry, sp.SP_MediaSeekForward
        )
        self.save_action = self._action(self.tr("&Save entry"), keys.Save, self.save, sp.SP_DialogSaveButton)
        self.delete_action = self._action(self.tr("&Delete entry"), keys.Delete, self.delete_current, sp.SP_TrashIcon)
        self.delete_action.setEnabled(False)  # enabled while the editor shows an entry: that is what it deletes
        # The Delete key acts in the list only, so it keeps deleting characters in text fields.
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.removeAction(self.delete_action)
        self.list_view.addAction(self.delete_action)
        self.undo_action = self._action(self.tr("&Undo delete"), QKeySequence.StandardKey.Undo, self.undo_delete)
        self.undo_action.setEnabled(False)
        self.find_action = self._action(self.tr("&Find"), QKeySequence.StandardKey.Find, self.focus_search)
        self.calendar_action = self._action(self.tr("Ca&lendar"), "Ctrl+Shift+D", self.toggle_calendar)
        self.calendar_action.setCheckable(True)

    def _build_layout(self) -> None:
        toolbar = QToolBar(self.tr("Diary actions"))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.new_action, self.quick_action, self.save_action, self.delete_action, self.calendar_action):
            toolbar.addAction(action)

        self.banner = UndoBanner()
        self.banner.undo_requested.connect(self.undo_delete)

        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.filter_bar)
        column.addWidget(self.calendar)
        column.addWidget(self.searching)
        column.addWidget(self.no_match)
        column.addWidget(self.list_view, 1)
        self.right = QStackedWidget()
        self.right.addWidget(self.placeholder)
        self.right.addWidget(self.editor)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("diarySplitter")  # its position is remembered (ui.window_state)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([380, 700])
        self.splitter.setChildrenCollapsible(False)

        self.empty_state = EmptyDiaryState([self.new_action, self.quick_action])

        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_state)
        self.stack.addWidget(self.splitter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 4)
        layout.addWidget(toolbar)
        layout.addWidget(self.banner)
        layout.addWidget(self.stack, 1)
        # one Tab from the search box to the results; the filters follow the list in the Tab order
        QWidget.setTabOrder(self.filter_bar.search, self.list_view)

    # -- state helpers -----------------------------------------------------------------------

    def is_dirty(self) -> bool:
        return self._open and (self._force_dirty or self.editor.is_dirty())

    def current_encounter_id(self) -> str | None:
        return self._current_id if self._open else None

    def _status(self, text: str) -> None:
        self.status_message.emit(text)

    def _saved_text(self) -> str:
        now = QLocale().toString(QTime.currentTime(), QLocale.FormatType.ShortFormat)
        return self.tr("Saved {time}").replace("{time}", now)

    def _show(self, enc: Encounter, *, is_new: bool, restored: bool = False) -> None:
        self._autosave.stop()
        self.editor.set_encounter(enc)
        self._open, self._is_new, self._current_id = True, is_new, enc.id
        self._force_dirty = self._draft_pending = restored
        self.right.setCurrentWidget(self.editor)
        self.delete_action.setEnabled(True)
        self._update_empty_state()

    def _close_editor(self) -> None:
        self._autosave.stop()
        self._open = self._force_dirty = self._draft_pending = False
        self._current_id = None
        self.right.setCurrentWidget(self.placeholder)
        self.delete_action.setEnabled(False)
        self._update_empty_state()

    def _update_empty_state(self) -> None:
        flt = self.model.current_filter()
        empty = self.model.total() == 0 and flt.is_empty() and not self._open
        self.stack.setCurrentWidget(self.empty_state if empty else self.splitter)
        self.no_match.setVisible(self.model.total() == 0 and not flt.is_empty())

    def _select(self, encounter_id: str | None) -> None:
        """Point the list at an entry (or at nothing) without reopening it."""
        self._syncing = True
        try:
            row = self.model.row_of(encounter_id, load=True) if encounter_id else -1
            if row >= 0:
                index = self.model.index(row)
                self.list_view.setCurrentIndex(index)
                self.list_view.scrollTo(index)
            else:
                selection = self.list_view.selectionModel()
                selection.clearSelection()
                selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.Clear)
        finally:
            self._syncing = False

    def _refresh_list(self) -> None:
        scroll = self.list_view.verticalScrollBar().value()
        self._syncing = True
        try:
            self.model.refresh()
        finally:
            self._syncing = False
        self.list_view.verticalScrollBar().setValue(scroll)
        self._select(self.current_encounter_id())
        self.calendar.refresh_if_shown()

    # -- saving ------------------------------------------------------------------------------

    def _mark_saved(self, saved: Encounter) -> None:
        self._is_new = self._force_dirty = self._draft_pending = False
        self._current_id = saved.id
        self.editor.mark_clean()
        self.editor.clear_problems()

    def save(self) -> bool:
        """Ctrl+S: validate and store. Problems are shown in the editor; no text is ever dropped."""
        if not self._open:
            return False
        self._autosave.stop()
        enc = self.editor.encounter()
        try:
            saved = self.service.save(enc)
        except ValidationError as exc:
            self.editor.show_problems(exc.problems)
            self._status(self.tr("Not saved yet: {problem}").replace("{problem}", describe_problem(exc.problems[0])))
            self._draft_pending = True
            self.flush_draft()
            return False
        except StorageError as exc:
            messages.storage_error(self, exc)
            return False
        self._mark_saved(saved)
        self._refresh_list()
        self._status(self._saved_text())
        return True

    def _commit_current(self, *, closing: bool = False) -> bool:
        """Before the editor shows something else: save if valid, else keep a draft. False = stay."""
        self._autosave.stop()
        self._saved_on_commit = False
        if not self.is_dirty():
            return True
        enc = self.editor.encounter()
        if self._is_new and is_blank(enc):
            with contextlib.suppress(StorageError):
                self.service.discard_draft(None)
            return True
        try:
            saved = self.service.save(enc)
        except ValidationError as invalid:
            try:
                self.service.save_draft(enc, is_new=self._is_new)
            except StorageError as exc:
                return self._storage_failed(exc, closing)
            self._draft_pending = False
            problem = describe_problem(invalid.problems[0])
            self._status(self.tr(
                "The entry you left is not complete yet ({problem}), so it was kept as an unsaved draft. "
                "Open it again to finish it.").replace("{problem}", problem))
            return True
        except StorageError as exc:
            return self._storage_failed(exc, closing)
        self._mark_saved(saved)
        self._saved_on_commit = True
        self._status(self._saved_text())
        return True

    def _storage_failed(self, exc: StorageError, closing: bool) -> bool:
        if closing:
            return messages.confirm(self, describe(exc) + "\n\n" + self.tr(
                "Close anyway? The changes you have not saved will be lost."), self.tr("Close anyway"))
        messages.storage_error(self, exc)
        return False

    def flush_draft(self) -> None:
        """Write the editor's current state to the draft table (autosave)."""
        self._autosave.stop()
        if not (self._open and self._draft_pending):
            return
        enc = self.editor.encounter()
        try:
            if self._is_new and is_blank(enc):
                self.service.discard_draft(None)
            else:
                self.service.save_draft(enc, is_new=self._is_new)
        except StorageError as exc:
            self._status(describe(exc))
            return
        self._draft_pending = False

    def prepare_close(self) -> bool:
        """The window is closing: the same rule as leaving an entry. False keeps the window open."""
        if not self._commit_current(closing=True):
            return False
        if not self._closed:
            self._closed = True
            if self.list_search is not None:
                self.list_search.shutdown()
            app = QApplication.instance()
            if isinstance(app, QApplication):
                app.focusChanged.disconnect(self._on_app_focus_changed)
        return True

    # -- user actions ------------------------------------------------------------------------

    def new_entry(self) -> None:
        if not self._commit_current():
            return
        unfinished = pending_draft(self.service, None)
        if unfinished is not None:
            self._show(unfinished, is_new=True, restored=True)
            self._status(self.tr("Your unfinished new entry is open again: give it a title and save it, "
                                 "or clear its text to start afresh."))
        else:
            self._show(self.service.new_encounter(), is_new=True)
        if self._saved_on_commit:
            self._refresh_list()
        else:
            self._select(None)
        self.editor.focus_title()

    def open_encounter(self, encounter_id: str) -> None:
        """Open an entry from elsewhere (Progress, links): leave the current one as the list does, show
        this one and highlight its row, or no row when the search and filters leave it out of the list."""
        if self._open and encounter_id == self._current_id:
            self._select(encounter_id)
            return
        if self._commit_current():
            self._load(encounter_id)
        if self._saved_on_commit:  # the saved entry may have moved or changed its title
            self._refresh_list()
        else:
            self._select(self.current_encounter_id())

    def _load(self, encounter_id: str) -> None:
        """Show a stored entry, or the unsaved changes to it left in a draft."""
        draft = pending_draft(self.service, encounter_id)
        if draft is not None:
            self._show(draft, is_new=False, restored=True)
            self._status(self.tr("Showing your unsaved changes to this entry."))
            return
        try:
            enc = self.service.get(encounter_id)
        except StorageError as exc:
            self._status(describe(exc))
            return
        self._show(enc, is_new=False)

    def open_quick_entry(self) -> QuickEntryDialog:
        self._quick = QuickEntryDialog(self.service, self.catalogue, self.lang, self.window())
        self._quick.entry_saved.connect(self._on_quick_entry_saved)
        self._quick.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._quick.open()
        return self._quick

    def delete_current(self) -> None:
        """Delete the entry the editor shows (never a list row it does not show). Undo lasts the session,
        until the next delete; a new entry that was never saved is discarded instead, after asking."""
        encounter_id = self.current_encounter_id()
        if encounter_id is None:
            return
        if self._is_new:
            self._discard_new()
            return
        row = self.model.row_of(encounter_id)
        if self.list_search is not None:
            # the delete's checkpoint waits for a search reading an older snapshot: stop it (the list
            # is read again right after, with the newest filter)
            self.list_search.cancel()
        try:
            removed = self.service.delete(encounter_id)
        except StorageError as exc:
            messages.storage_error(self, exc)
            self._refresh_list()  # the search stopped above is read again
            return
        self._undo = removed
        self._close_editor()
        self._refresh_list()
        self.banner.announce_deleted(removed.title)
        self.undo_action.setEnabled(True)
        if row >= 0 and self.model.rowCount():  # its neighbour in the list opens next
            self.list_view.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1)))
        self._update_empty_state()

    def _discard_new(self) -> None:
        if not is_blank(self.editor.encounter()) and not messages.confirm(self, self.tr(
                "Discard this new entry? It has not been saved, and its text will be lost."), self.tr("Discard")):
            return
        self._close_editor()
        try:
            self.service.discard_draft(None)
        except StorageError as exc:
            self._status(describe(exc))
        self._select(None)

    def undo_delete(self) -> None:
        if self._undo is None:
            return
        try:
            restored = self.service.restore(self._undo)
        except StorageError as exc:
            messages.storage_error(self, exc)
            return
        self._forget_undo()
        if self._commit_current():
            self._show(restored, is_new=False)
        self._refresh_list()
        self._status(self.tr("Entry restored."))

    def focus_search(self) -> None:
        self.filter_bar.focus_search()

    def toggle_calendar(self, on: bool) -> None:
        """Ctrl+Shift+D: show the calendar above the list, or hide it."""
        self.calendar_action.setChecked(on)
        self.calendar.set_open(on)

    def restore_draft(self, _draft, enc: Encounter, is_new: bool) -> None:
        if not self._commit_current():
            return
        self._show(enc, is_new=is_new, restored=True)
        self._refresh_list()
        self._status(self.tr("Draft restored. It is not saved yet: save it with Ctrl+S."))

    # -- slots -------------------------------------------------------------------------------

    def _on_editor_changed(self) -> None:
        self._draft_pending = True
        self._autosave.start()

    def _on_app_focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if old is not None and self.editor.isAncestorOf(old) and not (new and self.editor.isAncestorOf(new)):
            self.flush_draft()

    def _on_filter_bar_filter_changed(self, flt: EncounterFilter) -> None:
        self._relist(self.model.set_filter, flt)

    def _on_filter_bar_order_changed(self, order: str) -> None:
        self._relist(self.model.set_order, order)

    def _relist(self, change, value) -> None:
        """Change what the list shows (filter, order) and keep the open entry's row highlighted."""
        self._syncing = True
        try:
            change(value)
        finally:
            self._syncing = False
        self._select(self.current_encounter_id())

    def _on_model_reloaded(self) -> None:
        """A search from the worker thread replaced the rows: highlight the open entry's row again."""
        self._select(self.current_encounter_id())

    def _on_model_load_failed(self, error: StorageError) -> None:
        if not self._load_failure_shown:  # once a session: the list keeps what it could show
            self._load_failure_shown = True
            messages.error(self, describe(error))

    def _on_model_total_changed(self, total: int) -> None:
        self.count_changed.emit(total, not self.model.current_filter().is_empty())
        self._update_empty_state()

    def _on_list_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._syncing:
            return
        item = self.model.summary(current.row())
        if item is None or (self._open and item.id == self._current_id):
            return
        if not self.list_view.selectionModel().isSelected(current):  # focus-in makes a row current only
            self._syncing = True
            self.list_view.selectionModel().select(current, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self._syncing = False
        if not self._commit_current():
            QTimer.singleShot(0, self._reselect_current)
            return
        self._load(item.id)
        if self._saved_on_commit:  # the saved entry may have moved or changed its title
            QTimer.singleShot(0, self._refresh_list)

    def _reselect_current(self) -> None:
        self._select(self.current_encounter_id())

    def _on_list_activated(self, _index: QModelIndex) -> None:
        self.editor.focus_title()

    def _on_quick_entry_saved(self, enc: Encounter) -> None:
        self._refresh_list()
        self._update_empty_state()
        self._status(self.tr("Quick entry saved. It is marked to be completed later."))

    def _forget_undo(self) -> None:
        self._undo = None
        self.banner.hide()
        self.undo_action.setEnabled(False)
