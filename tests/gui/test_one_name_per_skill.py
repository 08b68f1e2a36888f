"""One name for each skill wherever it is shown: the catalogue's (resources/content/skills.toml).

The rating dialog and the entry editor's skill marks are read as a user reads them
(their visible texts), in Finnish and English, and must each call every rated skill by its catalogue name.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel

from tests.helpers.walk import shown_texts
from tests.helpers.windows import shown_and_active
from tyokirja.app import build_main_window
from tyokirja.domain.rating import load_default_instrument

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def test_the_instrument_calls_each_item_by_its_skill_name(catalogue):
    instrument = load_default_instrument(catalogue)
    for item in instrument.items:
        for lang in ("fi", "en"):
            assert item.name(lang) == catalogue.label("skills", item.id, lang)


@pytest.fixture(params=["fi", "en"])
def lang(request, qapp):
    from tyokirja.i18n import install_translators, remove_translators

    translators = install_translators(qapp, request.param)
    yield request.param
    remove_translators(qapp, translators)


def test_rating_dialog_and_editor_use_the_catalogue_names(qtbot, workbook, catalogue, lang):
    names = [catalogue.label("skills", item.id, lang) for item in load_default_instrument(catalogue).items]
    window = shown_and_active(qtbot, build_main_window(workbook, lang))
    window.resize(1280, 900)

    window.show_area("diary")
    window.diary_page.new_entry()
    editor_texts = " | ".join(shown_texts(window.diary_page.editor))

    seen: list[str] = []

    def read_dialog() -> None:
        for dialog in QApplication.topLevelWidgets():
            if isinstance(dialog, QDialog) and dialog.isVisible():
                # one item a page: read every page's labels, shown or not yet
                seen.append(" | ".join(label.text() for label in dialog.findChildren(QLabel)))
                dialog.reject()

    QTimer.singleShot(200, read_dialog)
    window.open_rating()
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)

    for name in names:
        assert name in seen[0], f"rating dialog does not call {name!r} so"
    skills_in_editor = [n for n in names if n in editor_texts]
    assert len(skills_in_editor) >= 8, editor_texts  # the skill marks: the rated skills among them
