"""The window shell: title, sidebar, menus and shortcuts, settings, start-up refusals, crash report."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile, QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from tests.helpers.typing import type_text
from tests.helpers.windows import shown_and_active
from tyokirja.app import build_main_window, run_gui
from tyokirja.domain.encounter import Encounter
from tyokirja.errortext import describe
from tyokirja.paths import lock_path
from tyokirja.storage.errors import NotADiaryError
from tyokirja.ui import messages
from tyokirja.ui.crash import build_report
from tyokirja.ui.dialogs import recovery_dialog

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # offscreen platform noise on show()
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def window(workbook, diary, catalogue, qtbot, en_app, db_path):
    return shown_and_active(qtbot, build_main_window(workbook, "en"))


def _actions_by_shortcut(window) -> dict[str, str]:
    found = {}
    for action in window.findChildren(type(window.quit_action)):
        for seq in action.shortcuts():
            found[seq.toString(QKeySequence.SequenceFormat.PortableText)] = action.text().replace("&", "")
    return found


def test_window_title_never_shows_entry_text(window, diary):
    page = window.diary_page
    page.new_entry()
    page.editor.focus_title()
    type_text(QApplication.focusWidget(), "Salainen neuvottelu")
    assert page.save()
    page.list_view.setCurrentIndex(page.model.index(0))
    titles = [w.windowTitle() for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert window.windowTitle() == "Työkirja"
    assert all("Salainen" not in t for t in titles)


def test_sidebar_lists_the_areas_and_shows_their_pages(window):
    assert window.sidebar.accessibleName()
    names = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert names == ["Today", "Diary", "Exercises", "Feedback", "Goals", "Coaching", "Progress"]
    assert list(window.pages) == ["today", "diary", "exercises", "feedback", "goals", "sessions", "progress"]
    assert window.stack.currentWidget() is window.pages["today"]
    for row, key in enumerate(window.pages):  # each area's page is built when first shown
        window.sidebar.setCurrentRow(row)
        assert window.stack.currentWidget() is window.pages[key]
    assert window.pages["diary"] is window.diary_page


def test_every_main_action_has_its_standard_shortcut(window):
    shortcuts = _actions_by_shortcut(window)
    assert shortcuts["Ctrl+N"] == "New entry"
    assert shortcuts["Ctrl+Shift+N"] == "Quick entry"
    assert shortcuts["Ctrl+S"] == "Save entry"
    assert shortcuts["Ctrl+Q"] == "Quit"
    assert shortcuts["Ctrl+Z"] == "Undo delete"
    assert shortcuts["Ctrl+F"] == "Find"
    assert shortcuts["Del"] == "Delete entry"
    assert shortcuts["Ctrl+Shift+K"] == "For my next session"
    menus = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert menus == ["File", "Edit", "Go", "Settings", "Help"]


def test_ctrl_and_a_number_goes_to_each_area_as_the_go_menu_shows(window, qtbot):
    shortcuts = _actions_by_shortcut(window)
    areas = [window.sidebar.item(row).text() for row in range(window.sidebar.count())]
    assert [shortcuts[f"Ctrl+{n}"] for n in range(1, len(areas) + 1)] == areas
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.sidebar.currentItem().text() == areas[4] and window.stack.currentWidget() is window.pages["goals"]
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.diary_page


def test_count_in_the_status_bar(window, diary):
    for day in (1, 2, 3):
        diary.save(Encounter(occurred_at=datetime(2024, 1, day, tzinfo=UTC), title=f"Merkintä {day}"))
    window.diary_page.model.refresh()  # saved behind the page's back: reload the list
    assert window.count_label.text() == "3 entries"


def test_language_choice_is_stored_and_applies_at_next_start(window, monkeypatch):
    told = []
    monkeypatch.setattr(messages, "info", lambda parent, text: told.append(text))
    english = next(a for a in window.language_group.actions() if a.data() == "en")
    finnish = next(a for a in window.language_group.actions() if a.data() == "fi")
    try:
        finnish.trigger()
        assert QSettings().value("language") == "fi"
        assert "next time" in told[-1]
        english.trigger()
        assert QSettings().value("language") == "en"
    finally:
        QSettings().remove("language")


def test_about_names_the_version_the_file_and_privacy(window, db_path, monkeypatch):
    shown = []
    monkeypatch.setattr(messages, "about", lambda parent, title, text: shown.append(text))
    window.about_action.trigger()
    from tyokirja import __version__

    assert __version__ in shown[0]
    assert str(db_path) in shown[0]
    assert "Nothing leaves this computer" in shown[0]


def test_crash_report_names_code_locations_but_no_diary_text():
    def write_entry(text):
        secret = text  # noqa: F841 - a local that must not reach the report
        raise ValueError(f"cannot store {text!r}")

    try:
        try:
            write_entry("Asiakkaan nimi oli Matti Meikäläinen")
        except ValueError as exc:
            raise RuntimeError("while saving 'Matti'") from exc
    except RuntimeError as exc:
        report = build_report(type(exc), exc, exc.__traceback__)
    assert "builtins.ValueError" in report and "builtins.RuntimeError" in report
    assert "in write_entry" in report and "test_main_window.py:" in report
    assert "Matti" not in report and "Meikäläinen" not in report
    assert str(Path.home()) not in report or str(Path.home()) == "/"


def test_a_foreign_file_is_refused_and_left_untouched(tmp_path, qapp, monkeypatch, restore_app_state):
    shown, offered = [], []
    monkeypatch.setattr(messages, "error", lambda parent, text: shown.append(text))
    # the recovery dialog (tests/gui/test_recovery_dialog.py) explains it; here the user chooses Quit
    monkeypatch.setattr(recovery_dialog, "offer_recovery", lambda exc, recovery, parent=None: offered.append(exc))
    target = tmp_path / "notes.txt"
    target.write_bytes(b"shopping list, not a diary\n")
    before = sorted(p.name for p in tmp_path.iterdir())
    assert run_gui(target, "en") == 2
    assert target.read_bytes() == b"shopping list, not a diary\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    assert [describe(e) for e in offered] == [describe(NotADiaryError(path=target, reason="not_sqlite"))]
    assert shown == []


def test_a_second_window_on_the_same_diary_is_refused(db_path, qapp, monkeypatch, restore_app_state):
    shown = []
    monkeypatch.setattr(messages, "error", lambda parent, text: shown.append(text))
    db_path.parent.mkdir(parents=True)
    held = QLockFile(lock_path(db_path))
    assert held.tryLock(0)
    try:
        assert run_gui(db_path, "en") == 3
    finally:
        held.unlock()
    assert "already open" in shown[0]
    assert not db_path.exists()


def test_startup_probe_reports_one_json_line(diary, db_path):
    start = datetime(2024, 1, 1, 8, tzinfo=timezone(timedelta(hours=2)))
    items = [Encounter(occurred_at=start + timedelta(hours=i), title=f"Kohtaaminen {i}") for i in range(250)]
    with diary.encounters.db.atomic():
        diary.encounters.insert_many(items)
    env = dict(os.environ, TYOKIRJA_STARTUP_PROBE="1", QT_QPA_PLATFORM="offscreen")
    code = "import sys; from pathlib import Path; from tyokirja.app import run_gui; sys.exit(run_gui(Path(sys.argv[1]), 'fi'))"
    done = subprocess.run([sys.executable, "-c", code, str(db_path)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["list_rows"] == 200
    assert 0 < report["window_shown_s"] <= report["list_shown_s"] < 30
    assert report["peak_rss_mb"] > 10


def test_window_has_accessible_names_on_its_controls(window):
    page = window.diary_page
    unnamed = [
        w for w in page.findChildren(QWidget)
        if w.focusPolicy() != w.focusPolicy().NoFocus and w.isVisible() and not w.accessibleName()
        and type(w).__name__ in ("QLineEdit", "QComboBox", "QListView", "QDateEdit", "QCheckBox")
        and not (type(w).__name__ == "QCheckBox" and w.text())
    ]
    assert unnamed == []
