"""What the practice pages' record lists share: the id role and the two-line item style."""

from __future__ import annotations

from PySide6.QtCore import Qt

ID_ROLE = Qt.ItemDataRole.UserRole
LIST_STYLE = (  # two-line items need air; a styled item paints its own selection (QListWidget is a QListView)
    "QListView::item { padding: 5px 4px; border-bottom: 1px solid palette(midlight); }"
    "QListView::item:selected { background: palette(highlight); color: palette(highlighted-text); }"
)
