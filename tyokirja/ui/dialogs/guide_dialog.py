"""Help → Guide (F1): the guide's articles, searchable, one shown at a time with the framework it draws on.

The window's "?" for a page or an exercise opens the article that belongs to it (domain/guide.py).
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from tyokirja.domain.guide import Article, Guide

ID_ROLE = Qt.ItemDataRole.UserRole


class GuideDialog(QDialog):
    def __init__(self, guide: Guide, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.guide, self.lang = guide, lang
        self.setWindowTitle(self.tr("Guide"))
        self.resize(860, 560)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search the guide…"))
        self.search.setAccessibleName(self.tr("Search the guide"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Articles"))
        self.list.setWordWrap(True)  # titles are short sentences: wrapped, never cut
        self.list.setSpacing(3)
        self.list.currentItemChanged.connect(self._on_list_current_item_changed)
        self.article = QTextBrowser()
        self.article.setAccessibleName(self.tr("Article"))
        self.article.setOpenLinks(False)
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(self.article)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([320, 540])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self._fill(self.guide.articles)

    def _fill(self, articles: list[Article]) -> None:
        current = self.current_id()
        self.list.clear()
        for article in articles:
            item = QListWidgetItem(article.title(self.lang))
            item.setData(ID_ROLE, article.id)
            self.list.addItem(item)
        ids = [a.id for a in articles]
        if ids:
            self.list.setCurrentRow(ids.index(current) if current in ids else 0)
        else:
            self.article.setHtml("<p>" + html.escape(self.tr("No article mentions these words.")) + "</p>")

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def titles(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def open_article(self, article_id: str) -> None:
        self.search.clear()
        ids = [self.list.item(i).data(ID_ROLE) for i in range(self.list.count())]
        if article_id in ids:
            self.list.setCurrentRow(ids.index(article_id))

    def _on_search_text_changed(self, text: str) -> None:
        self._fill(self.guide.search(text))

    def _on_list_current_item_changed(self, item: QListWidgetItem | None, _previous) -> None:
        if item is None:
            return
        article = self.guide.get(item.data(ID_ROLE))
        parts = ["<h2>" + html.escape(article.title(self.lang)) + "</h2>"]
        parts += ["<p>" + html.escape(p) + "</p>" for p in article.paragraphs(self.lang)]
        source = self.tr("Source framework: {framework}").replace("{framework}", article.framework(self.lang))
        parts.append("<p><i>" + html.escape(source) + "</i></p>")
        self.article.setHtml("".join(parts))

    def shown_text(self) -> str:
        return self.article.toPlainText()
