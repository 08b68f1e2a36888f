"""Every page, dialog and exercise step, walked in Finnish and in English as a screen reader and a reader do.

Fails on a focusable control that assistive technology would announce without a name, and (in Finnish)
on any visible text that is still the English source of a translated message or one of Qt's own English
words. The figures (surfaces, controls checked) are printed for the closing note (`-s`).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWizard

from tests.gui.practice_support import answer_current
from tests.helpers.walk import english_in, focusable, nameless, shown_texts
from tests.helpers.windows import shown_and_active
from tyokirja.app import build_main_window

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


class Walk:
    def __init__(self, lang: str):
        self.lang = lang
        self.surfaces = 0
        self.controls = 0
        self.problems: list[str] = []

    def visit(self, where: str, root) -> None:
        QApplication.processEvents()
        self.surfaces += 1
        self.controls += len(focusable(root))
        self.problems += [f"{where}: nameless {line}" for line in nameless(root)]
        if self.lang == "fi":
            self.problems += [f"{where}: English text {text!r}" for text in english_in(shown_texts(root))]


def _new_dialogs(before: set) -> list[QDialog]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QDialog) and w.isVisible() and w not in before]


def _walk_dialog(walk: Walk, name: str, dialog: QDialog) -> None:
    walk.visit(name, dialog)
    if isinstance(dialog, QWizard):
        for _ in range(8):  # each page the wizard lets through with its defaults
            page = dialog.currentId()
            dialog.next()
            QApplication.processEvents()
            if dialog.currentId() == page:
                break
            walk.visit(f"{name} page {dialog.currentId()}", dialog)


def walk_action(qtbot, walk: Walk, name: str, trigger) -> None:
    """Trigger, then walk and close whatever dialog it opened (also a modal one run with exec())."""
    before = set(QApplication.topLevelWidgets())
    seen: list[QDialog] = []

    def inspect() -> None:
        for dialog in _new_dialogs(before):
            seen.append(dialog)
            _walk_dialog(walk, name, dialog)
            dialog.reject()

    QTimer.singleShot(200, inspect)
    trigger()
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)


@pytest.fixture(params=["fi", "en"])
def lang(request, qapp):
    from tyokirja.i18n import install_translators, remove_translators

    translators = install_translators(qapp, request.param)
    yield request.param
    remove_translators(qapp, translators)


def test_every_surface_names_its_controls_and_speaks_the_language(qtbot, workbook, diary, lang, capsys):
    diary.save(diary.new_encounter().copy(title="Asiakaspalaute puhelimessa", facts="Asiakas oli pettynyt."))
    window = shown_and_active(qtbot, build_main_window(workbook, lang))
    window.resize(1280, 800)
    walk = Walk(lang)

    for row in range(window.sidebar.count()):
        window.sidebar.setCurrentRow(row)
        walk.visit(f"page {window.sidebar.item(row).text()}", window)
    window.show_area("diary")
    window.diary_page.new_entry()
    walk.visit("diary editor", window)
    window.diary_page.editor.set_encounter(window.diary_page.editor.encounter())  # leave it clean

    dialogs = [("quick entry", window.diary_page.quick_action.trigger), ("rating", window.open_rating),
               ("coach report", window.open_report_wizard), ("shared reports", window.open_export_log),
               ("forget a word", window.open_forget_dialog), ("kept backups", window.backup_actions.keep_action.trigger),
               ("reminder", window.reminder_action.trigger)]
    for name, trigger in dialogs:
        walk_action(qtbot, walk, name, trigger)

    window.show_area("exercises")
    exercises = window.area_page("exercises")
    library = exercises.list
    for row in range(library.count()):
        exercise_id = library.item(row).data(Qt.ItemDataRole.UserRole)
        exercises.start(exercise_id)
        runner = exercises.runner
        for n in range(len(runner.steps)):
            walk.visit(f"exercise {exercise_id} step {n + 1}", window)
            answer_current(runner, qtbot, lang, n)
            if n < len(runner.steps) - 1:
                runner.next()
        runner.pause()

    with capsys.disabled():
        print(f"\n[{lang}] surfaces walked: {walk.surfaces}, focusable controls checked: {walk.controls}, "
              f"problems: {len(walk.problems)}")
    assert walk.surfaces > 40 and walk.controls > 300
    assert walk.problems == [], "\n".join(dict.fromkeys(walk.problems))
