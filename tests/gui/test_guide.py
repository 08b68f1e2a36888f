"""The guide (Help → Guide, F1, and the "?" under the areas) and the first-run welcome on Today."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from tests.helpers.typing import type_text
from tests.helpers.windows import shown_and_active
from tyokirja.app import build_main_window
from tyokirja.domain.content import Catalogue
from tyokirja.domain.exercise_loader import load_default_library
from tyokirja.domain.guide import load_default_guide
from tyokirja.ui.dialogs.guide_dialog import GuideDialog
from tyokirja.ui.widgets.welcome_panel import WELCOME_SETTING

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def fresh_settings():
    QSettings().remove(WELCOME_SETTING)
    yield
    QSettings().remove(WELCOME_SETTING)


def test_every_article_is_complete_in_both_languages_and_names_its_framework():
    guide = load_default_guide()
    ids = {a.id for a in guide.articles}
    assert {"responsibility", "five_elements", "listening", "empathy", "feedback", "woop", "reflection",
            "recovery"} <= ids
    library = load_default_library(Catalogue.load_default())
    for article in guide.articles:
        for lang in ("fi", "en"):
            assert article.title(lang) and len(article.paragraphs(lang)) >= 2 and article.framework(lang)
        assert all(e in library for e in article.exercises), article.id
    covered = {c for a in guide.articles for c in a.concepts}
    assert {"principle.responsibility", "element.connection", "tool.activelistening", "skill.eq.empathy",
            "skill.comm.feedback", "tool.reflection", "ctx.wellbeing"} <= covered


def test_search_finds_articles_in_either_language_and_shows_the_source(qtbot, fi_app):
    dialog = GuideDialog(load_default_guide(), "fi")
    qtbot.addWidget(dialog)
    assert len(dialog.titles()) == len(load_default_guide().articles)
    type_text(dialog.search, "jos–niin")
    assert "Tavoitteet ja kokeilut: WOOP ja jos–niin" in dialog.titles()
    dialog.search.clear()
    type_text(dialog.search, "feedforward")
    assert dialog.titles() == ["Palaute: SBI ja feedforward"]
    assert "Lähdekehys: SBI – tilanne, toiminta, vaikutus" in dialog.shown_text()
    dialog.search.clear()
    type_text(dialog.search, "zzzz")
    assert dialog.titles() == [] and "Mikään artikkeli" in dialog.shown_text()


def test_f1_opens_the_article_of_the_page_and_of_the_exercise(qtbot, workbook, en_app):
    window = shown_and_active(qtbot, build_main_window(workbook, "en"))
    window.show_area("sessions")
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, GuideDialog) and w.isVisible())
    assert dialog.current_id() == "coaching_loop" and "GROW" in dialog.shown_text()
    dialog.close()
    window.show_area("exercises")
    window.practice_pages.exercises.select("listening_mirror")
    opened = window.guide.page_button
    qtbot.mouseClick(opened, Qt.MouseButton.LeftButton)
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, GuideDialog) and w.isVisible())
    assert dialog.current_id() == "listening" and "Rogers & Farson" in dialog.shown_text()
    dialog.close()


def test_the_welcome_shows_once_on_an_empty_diary_and_can_be_skipped(qtbot, workbook, en_app, fresh_settings):
    window = shown_and_active(qtbot, build_main_window(workbook, "en"))
    panel = window.welcome
    assert panel is not None and panel.isVisible() and panel.screens() <= 3
    assert not window.rating_reminder.isVisible()  # no "monthly rating due" on a first start
    qtbot.mouseClick(panel.next_button, Qt.MouseButton.LeftButton)
    assert panel.step.text() == "2 of 3"
    qtbot.mouseClick(panel.skip_button, Qt.MouseButton.LeftButton)
    assert not panel.isVisible()
    window.close()
    again = shown_and_active(qtbot, build_main_window(workbook, "en"))
    assert again.welcome is None
