"""The diary list: summaries (never bodies) loaded a page at a time, and the delegate that draws them."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from tyokirja.domain.content import Catalogue
from tyokirja.domain.encounter import EncounterFilter, EncounterSummary
from tyokirja.domain.timeutil import shown_time
from tyokirja.services.diary import DiaryService, ListPage
from tyokirja.services.snippets import Snippet
from tyokirja.storage.errors import StorageError
from tyokirja.ui.dates import format_day_time
from tyokirja.ui.list_search import ListSearch

SummaryRole = Qt.ItemDataRole.UserRole + 1
DateTextRole = Qt.ItemDataRole.UserRole + 2
LabelsTextRole = Qt.ItemDataRole.UserRole + 3
NeedsCompletionRole = Qt.ItemDataRole.UserRole + 4
SnippetRole = Qt.ItemDataRole.UserRole + 5  # services.snippets.Snippet of a search hit, or None
SearchingRole = Qt.ItemDataRole.UserRole + 6  # True while the list shows search hits (rows get a snippet line)

PAGE_SIZE = 200
SNIPPET_ROWS = 30  # snippets made with the first page (more than a window shows); the rest when drawn
SEARCHING_AFTER_MS = 300  # a search still on its way after this long is shown as "Searching…"

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invalid index Qt passes for "no parent"; shared like the default it replaces


def format_when(moment: datetime) -> str:
    """A record's time by the one rule (timeutil.shown_time): its own wall clock in the locale's
    short format, plus its offset when that is not the computer's ("8.3.2026 8.21 (UTC+03:00)")."""
    shown = shown_time(moment)
    local = shown.local
    text = format_day_time(local)
    return f"{text} (UTC{shown.offset})" if shown.show_offset else text


class EncounterListModel(QAbstractListModel):
    """Rows of EncounterSummary for the current filter, newest first; more pages on demand.

    With a ListSearch (a read-only connection of its own), a new filter or order of a large diary is
    searched on a worker thread: the rows shown stay until the new ones arrive (`reloaded`), and a
    filter superseded meanwhile is never shown. current_filter() is the filter of the rows shown.
    """

    total_changed = Signal(int)  # matching entries for the current filter
    load_failed = Signal(object)  # a typed StorageError: the rows loaded so far stay, no more are asked
    reloaded = Signal()  # the rows of a search from the worker thread replaced the ones shown
    searching_changed = Signal(bool)  # a search has been on its way for a while (True), or arrived (False)

    def __init__(self, service: DiaryService, catalogue: Catalogue, lang: str, parent=None,
                 search: ListSearch | None = None):
        super().__init__(parent)
        self._service = service
        self._catalogue = catalogue
        self._lang = lang
        self._filter = EncounterFilter()
        self._rows: list[EncounterSummary] = []
        self._total = 0
        self._order = "date"
        self._snippets: dict[str, Snippet] = {}
        self._search = search
        self._wanted: tuple[EncounterFilter, str] | None = None  # asked for, on its way from the worker
        self._searching = False
        self._searching_timer = QTimer(self, singleShot=True, interval=SEARCHING_AFTER_MS)
        self._searching_timer.timeout.connect(self._on_searching_timer_timeout)
        if search is not None:
            search.finished.connect(self._on_search_finished)
            search.failed.connect(self._on_search_failed)

    # -- loading -----------------------------------------------------------------------------

    def current_filter(self) -> EncounterFilter:
        return self._filter

    def total(self) -> int:
        """How many entries match the filter (loaded or not)."""
        return self._total

    def set_filter(self, flt: EncounterFilter) -> None:
        """Show the entries matching `flt`: reset and load the first page (on the worker, for a large diary)."""
        self._show(flt, self._next()[1], PAGE_SIZE)

    def order(self) -> str:
        return self._order

    def set_order(self, order: str) -> None:
        """List search hits newest first ("date") or best match first ("relevance")."""
        flt, wanted = self._next()
        if order != wanted:
            self._show(flt, order, max(PAGE_SIZE, len(self._rows)))

    def pending(self) -> bool:
        """Is a new filter or order being searched on the worker thread (the old rows still shown)?"""
        return self._wanted is not None

    def _next(self) -> tuple[EncounterFilter, str]:
        """The filter and order asked for last (shown, or on their way)."""
        return self._wanted if self._wanted is not None else (self._filter, self._order)

    def _show(self, flt: EncounterFilter, order: str, limit: int, *, now: bool = False) -> None:
        search = self._search
        if search is None or not search.usable():
            self._wanted = None
            self._filter, self._order = flt, order
            self._reload(limit)
            self._set_searching(False)
            return
        if now or not search.in_background():
            self._wanted = None
            try:
                page = search.run_now(flt, order, limit, SNIPPET_ROWS)
            except StorageError as exc:
                self._filter, self._order = flt, order
                self._fail(exc)
                return
            if page is None:  # the reader closed just now: read on the app's connection
                self._show(flt, order, limit)
                return
            self._apply(page, limit)
            return
        self._wanted = (flt, order)
        search.request(flt, order, limit, SNIPPET_ROWS)
        if not self._searching:
            self._searching_timer.start()

    def _apply(self, page: ListPage, limit: int) -> None:
        self.beginResetModel()
        self._filter, self._order = page.filter, page.order
        self._rows = list(page.rows)
        self._total = page.total if len(self._rows) >= limit else len(self._rows)
        self._snippets = dict(page.snippets)
        self.endResetModel()
        self._set_searching(False)
        self.total_changed.emit(self._total)

    def _fail(self, exc: StorageError) -> None:
        self.beginResetModel()
        self._rows, self._total, self._snippets = [], 0, {}
        self.endResetModel()
        self._set_searching(False)
        self.total_changed.emit(0)
        self.load_failed.emit(exc)

    def _set_searching(self, on: bool) -> None:
        if not on:
            self._searching_timer.stop()
        if on != self._searching:
            self._searching = on
            self.searching_changed.emit(on)

    def _on_searching_timer_timeout(self) -> None:
        if self._wanted is not None:
            self._set_searching(True)

    def _on_search_finished(self, outcome: tuple[ListPage, int]) -> None:
        page, limit = outcome
        if self._wanted != (page.filter, page.order):
            return  # asked for before the list moved on by itself (a refresh ran meanwhile)
        self._wanted = None
        self._apply(page, limit)
        self.reloaded.emit()

    def _on_search_failed(self, exc: StorageError | None) -> None:
        if self._wanted is None:
            return
        flt, order = self._wanted
        self._wanted = None
        if exc is None:  # the reader closed under the search: the app's connection answers instead
            self._show(flt, order, PAGE_SIZE)
            self.reloaded.emit()
            return
        self._filter, self._order = flt, order
        self._fail(exc)
        self.reloaded.emit()

    def snippet(self, item: EncounterSummary) -> Snippet | None:
        """The search snippet of a row, made when first asked for (the view asks for visible rows only)."""
        if not self._filter.text.strip():
            return None
        if item.id not in self._snippets:
            try:
                self._snippets.update(self._service.snippets(self._filter.text, [item.id]))
            except StorageError:
                return None
        return self._snippets.get(item.id)

    def refresh(self) -> None:
        """Reload after a save or delete, keeping at least as many rows loaded as before: at once, on
        this thread (the caller selects a row next), with the newest filter asked for."""
        flt, order = self._next()
        self._show(flt, order, max(PAGE_SIZE, len(self._rows)), now=True)

    def _reload(self, limit: int) -> None:
        self.beginResetModel()
        try:
            self._total = self._service.count(self._filter)
            self._rows = self._service.summaries(self._filter, offset=0, limit=limit, order=self._order)
            self._snippets = {}
        except StorageError as exc:  # e.g. a record damaged on disk: show what can be shown, say why
            self._rows, self._total, self._snippets = [], 0, {}
            self.endResetModel()
            self.total_changed.emit(0)
            self.load_failed.emit(exc)
            return
        if len(self._rows) < limit:
            self._total = len(self._rows)
        self.endResetModel()
        self.total_changed.emit(self._total)

    def canFetchMore(self, parent: _Index = _ROOT) -> bool:
        # not while a new search is on its way: its rows replace these
        return not parent.isValid() and len(self._rows) < self._total and self._wanted is None

    def fetchMore(self, parent: _Index = _ROOT) -> None:
        if parent.isValid():
            return
        start = len(self._rows)
        try:
            # by key: the next page starts after the last row shown (no OFFSET re-finding the earlier rows)
            after = self._rows[-1].id if self._rows else None
            if self._search is not None and self._search.usable():
                # the connection that found the first page: it still holds the search's found ids
                page = self._search.reader.summaries(self._filter, limit=PAGE_SIZE, order=self._order, after=after)
            else:
                page = self._service.summaries(self._filter, limit=PAGE_SIZE, order=self._order, after=after)
        except StorageError as exc:
            self._total = start  # stop asking for more
            self.load_failed.emit(exc)
            return
        if len(page) < PAGE_SIZE:
            self._total = start + len(page)  # the diary shrank meanwhile: stop asking
        if not page:
            return
        self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    # -- lookup ------------------------------------------------------------------------------

    def summary(self, row: int) -> EncounterSummary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, encounter_id: str, *, load: bool = False) -> int:
        """The row showing `encounter_id`, or -1. With `load`, fetch further pages until found."""
        while True:
            for row, item in enumerate(self._rows):
                if item.id == encounter_id:
                    return row
            if not (load and self.canFetchMore()):
                return -1
            self.fetchMore()

    def labels_text(self, item: EncounterSummary) -> str:
        parts = [
            self._catalogue.label("my_roles", item.my_role, self._lang),
            self._catalogue.label("channels", item.channel, self._lang),
            self._catalogue.label("situations", item.situation, self._lang),
        ]
        return " · ".join(p for p in parts if p)

    # -- Qt model API ------------------------------------------------------------------------

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return item.title or self.tr("(no title)")
        if role == SummaryRole:
            return item
        if role == DateTextRole:
            return format_when(item.occurred_at)
        if role == LabelsTextRole:
            return self.labels_text(item)
        if role == NeedsCompletionRole:
            return item.needs_completion
        if role == SnippetRole:
            return self.snippet(item)
        if role == SearchingRole:
            return bool(self._filter.text.strip())
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            parts = [format_when(item.occurred_at), item.title or self.tr("(no title)")]
            labels = self.labels_text(item)
            if labels:
                parts.append(labels)
            snippet = self.snippet(item)
            if snippet is not None and snippet.parts:
                parts.append(snippet.text())
            if item.needs_completion:
                parts.append(self.tr("quick entry, to be completed"))
            return "\n".join(parts) if role == Qt.ItemDataRole.ToolTipRole else ", ".join(parts)
        return None


class EncounterDelegate(QStyledItemDelegate):
    """Three lines per entry: date (and a "to complete" marker), title in bold, labels muted; a search
    hit has a fourth: its snippet, the matched words in bold."""

    MARGIN = 6

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        base = QFont(option.font)
        bold = QFont(base)
        bold.setBold(True)
        small = QFont(base)
        if base.pointSizeF() > 0:
            small.setPointSizeF(base.pointSizeF() * 0.9)
        return small, bold, small

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        small, bold, _ = self._fonts(option)
        height = 2 * QFontMetrics(small).lineSpacing() + QFontMetrics(bold).lineSpacing() + 2 * self.MARGIN + 2
        if index.data(SearchingRole):  # the same height for every hit: no snippet is made just to measure
            height += QFontMetrics(small).lineSpacing()
        return QSize(200, height)

    def paint(self, painter, option: QStyleOptionViewItem, index: _Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        active = opt.state & QStyle.StateFlag.State_Active
        group = QPalette.ColorGroup.Active if active else QPalette.ColorGroup.Inactive
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text_color = opt.palette.color(group, text_role)
        muted = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        muted_color = opt.palette.color(group, muted)
        small, bold, labels_font = self._fonts(opt)
        rect = opt.rect.adjusted(self.MARGIN, self.MARGIN, -self.MARGIN, -self.MARGIN)
        painter.save()
        y = rect.top()
        # line 1: date, and a marker for quick entries that wait to be completed
        painter.setFont(small)
        line = QFontMetrics(small).lineSpacing()
        painter.setPen(muted_color)
        date_text = index.data(DateTextRole)
        painter.drawText(QRect(rect.left(), y, rect.width(), line), Qt.AlignmentFlag.AlignLeft, date_text)
        if index.data(NeedsCompletionRole):
            marker = "● " + self.tr("to complete")
            painter.setPen(text_color if selected else opt.palette.color(group, QPalette.ColorRole.Link))
            painter.drawText(QRect(rect.left(), y, rect.width(), line), Qt.AlignmentFlag.AlignRight, marker)
        y += line
        # line 2: title
        painter.setFont(bold)
        line = QFontMetrics(bold).lineSpacing()
        painter.setPen(text_color)
        title = QFontMetrics(bold).elidedText(index.data(), Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(QRect(rect.left(), y, rect.width(), line), Qt.AlignmentFlag.AlignLeft, title)
        y += line
        # line 3: my role · channel · situation
        painter.setFont(labels_font)
        line = QFontMetrics(labels_font).lineSpacing()
        painter.setPen(muted_color)
        labels = QFontMetrics(labels_font).elidedText(
            index.data(LabelsTextRole), Qt.TextElideMode.ElideRight, rect.width()
        )
        painter.drawText(QRect(rect.left(), y, rect.width(), line), Qt.AlignmentFlag.AlignLeft, labels)
        y += line
        # line 4 (search hits): the snippet, matched words in bold, cut at the right edge
        snippet = index.data(SnippetRole)
        if snippet is not None and snippet.parts:
            self._paint_snippet(painter, snippet, QRect(rect.left(), y, rect.width(), line), small, text_color)
        painter.restore()

    def _paint_snippet(self, painter, snippet: Snippet, area: QRect, font: QFont, color) -> None:
        strong = QFont(font)
        strong.setBold(True)
        x = area.left()
        painter.setPen(color)
        for text, hit in snippet.parts:
            used = strong if hit else font
            metrics = QFontMetrics(used)
            room = area.right() - x
            if room <= 0:
                break
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
            painter.setFont(used)
            painter.drawText(QRect(x, area.top(), room, area.height()), Qt.AlignmentFlag.AlignLeft, shown)
            if shown != text:
                break
            x += metrics.horizontalAdvance(text)


def encounter_list_view(model: EncounterListModel, accessible_name: str) -> QListView:
    """A list view of `model` drawn by EncounterDelegate: one row chosen at a time, rows of equal height."""
    view = QListView()
    view.setAccessibleName(accessible_name)
    view.setModel(model)
    view.setItemDelegate(EncounterDelegate(view))
    view.setUniformItemSizes(True)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    return view
