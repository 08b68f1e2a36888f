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
from tyokirja.services.diary import DiaryService
from tyokirja.services.snippets import Snippet
from tyokirja.storage.errors import StorageError
from tyokirja.ui.dates import format_day_time

SummaryRole = Qt.ItemDataRole.UserRole + 1
DateTextRole = Qt.ItemDataRole.UserRole + 2
LabelsTextRole = Qt.ItemDataRole.UserRole + 3
NeedsCompletionRole = Qt.ItemDataRole.UserRole + 4
SnippetRole = Qt.ItemDataRole.UserRole + 5  # services.snippets.Snippet of a search hit, or None
SearchingRole = Qt.ItemDataRole.UserRole + 6  # True while the list shows search hits (rows get a snippet line)

PAGE_SIZE = 200

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
    """Rows of EncounterSummary for the current filter, newest first; more pages on demand."""

    total_changed = Signal(int)  # matching entries for the current filter
    load_failed = Signal(object)  # a typed StorageError: the rows loaded so far stay, no more are asked

    def __init__(self, service: DiaryService, catalogue: Catalogue, lang: str, parent=None):
        super().__init__(parent)
        self._service = service
        self._catalogue = catalogue
        self._lang = lang
        self._filter = EncounterFilter()
        self._rows: list[EncounterSummary] = []
        self._total = 0
        self._order = "date"
        self._snippets: dict[str, Snippet] = {}

    # -- loading -----------------------------------------------------------------------------

    def current_filter(self) -> EncounterFilter:
        return self._filter

    def total(self) -> int:
        """How many entries match the filter (loaded or not)."""
        return self._total

    def set_filter(self, flt: EncounterFilter) -> None:
        """Show the entries matching `flt`: reset and load the first page."""
        self._filter = flt
        self._reload(PAGE_SIZE)

    def order(self) -> str:
        return self._order

    def set_order(self, order: str) -> None:
        """List search hits newest first ("date") or best match first ("relevance")."""
        if order != self._order:
            self._order = order
            self._reload(max(PAGE_SIZE, len(self._rows)))

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
        """Reload after a save or delete, keeping at least as many rows loaded as before."""
        self._reload(max(PAGE_SIZE, len(self._rows)))

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
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: _Index = _ROOT) -> None:
        if parent.isValid():
            return
        start = len(self._rows)
        try:
            # by key: the next page starts after the last row shown (no OFFSET re-finding the earlier rows)
            after = self._rows[-1].id if self._rows else None
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
