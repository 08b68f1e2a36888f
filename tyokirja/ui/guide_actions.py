"""Help → Guide (F1) and the "?" for the page shown: the guide article that belongs to the current area,
or to the exercise chosen or running on the Exercises page; and the first-run welcome on Today.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolButton

from tyokirja.domain.guide import Guide


class GuideActions(QObject):
    def __init__(self, window, lang: str):
        super().__init__(window)
        self.window, self.lang = window, lang
        self._guide: Guide | None = None
        self.guide_action = QAction(self.tr("&Guide"), window)
        self.guide_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.guide_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.guide_action.triggered.connect(lambda: self.open_guide(self.article_for_page()))
        self.page_button = QToolButton()
        self.page_button.setText(self.tr("? Guide to this page"))
        self.page_button.setAccessibleName(self.tr("Open the guide article for this page"))
        self.page_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.page_button.setAutoRaise(True)
        self.page_button.clicked.connect(lambda: self.open_guide(self.article_for_page()))

    @property
    def guide(self) -> Guide:
        if self._guide is None:
            from tyokirja.domain.guide import load_default_guide

            self._guide = load_default_guide()
        return self._guide

    def article_for_page(self) -> str | None:
        """The article of the exercise on the Exercises page, else of the area shown."""
        area = self.window.current_area()
        if area == "exercises":
            page = self.window.practice_pages.exercises
            runner = page.runner
            exercise_id = runner.exercise.id if page.stack.currentWidget() is runner and runner.exercise \
                else page.current_id()
            article = self.guide.for_exercise(exercise_id) if exercise_id else None
            if article is not None:
                return article.id
        article = self.guide.for_area(area)
        return article.id if article is not None else None

    def open_guide(self, article_id: str | None = None):
        from tyokirja.ui.dialogs.guide_dialog import GuideDialog

        dialog = GuideDialog(self.guide, self.lang, self.window)
        if article_id is not None:
            dialog.open_article(article_id)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def offer_welcome(self, host, empty_diary: bool):
        """The three welcome screens at the top of Today, once, on a new empty diary (None when not shown)."""
        from tyokirja.ui.widgets.welcome_panel import WELCOME_SETTING, WelcomePanel

        if not empty_diary or QSettings().value(WELCOME_SETTING, False, type=bool):
            return None
        panel = WelcomePanel()
        panel.finished.connect(lambda: QSettings().setValue(WELCOME_SETTING, True))
        panel.guide_requested.connect(lambda: self.open_guide("responsibility"))
        host.insertWidget(0, panel)
        return panel
