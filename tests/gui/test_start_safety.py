"""Start-up never makes or changes what the user did not ask for (issue 10, defects 3, 8 and 11).

- a mistyped --db path is a question, not a new empty diary with its folders;
- an existing folder keeps its mode; a folder the app creates is owner-only;
- another copy's -wal beside the diary is not applied: the app says so, and only on the user's
  word moves it aside (renamed, kept) and opens the diary as it was last saved.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from tyokirja.app import run_gui
from tyokirja.domain.encounter import Encounter
from tyokirja.storage.connection import close_diary, open_diary
from tyokirja.storage.encounters import EncounterRepository
from tyokirja.ui import messages
from tyokirja.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")
WHEN = datetime(2026, 5, 4, 8, 15, tzinfo=UTC)


def _snapshot(folder: Path) -> dict[str, tuple[str, int]]:
    return {p.name: (hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "dir", p.stat().st_mode)
            for p in sorted(folder.iterdir())}


def _close_main_window_when_shown(seen: list[str]) -> QTimer:
    """Close the main window as soon as it is up, remembering the titles of the entries it lists."""
    def poll():
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                model = widget.diary_page.model
                seen.extend(model.index(r, 0).data() or "" for r in range(model.rowCount()))
                widget.close()
                timer.stop()
    timer = QTimer(interval=50, timeout=poll)
    timer.start()
    return timer


def test_a_mistyped_db_folder_asks_and_a_no_creates_nothing(tmp_path, qapp, monkeypatch, restore_app_state):
    asked = []
    monkeypatch.setattr(messages, "confirm", lambda parent, text, yes_text=None: asked.append(text) or False)
    target = tmp_path / "Documnets" / "diary" / "tyokirja.sqlite"
    assert run_gui(target, "en") == 2
    assert len(asked) == 1 and str(target) in asked[0] and "does not exist either" in asked[0]
    assert list(tmp_path.iterdir()) == []  # no file, no folder


def test_yes_creates_the_diary_and_only_the_new_folders_are_private(tmp_path, qapp, monkeypatch, restore_app_state):
    os.chmod(tmp_path, 0o755)
    monkeypatch.setattr(messages, "confirm", lambda parent, text, yes_text=None: True)
    target = tmp_path / "new" / "tyokirja.sqlite"
    timer = _close_main_window_when_shown([])
    try:
        assert run_gui(target, "en") == 0
    finally:
        timer.stop()
    assert target.is_file() and (target.stat().st_mode & 0o777) == 0o600
    assert (target.parent.stat().st_mode & 0o777) == 0o700
    assert (tmp_path.stat().st_mode & 0o777) == 0o755  # the folder that was there is left as it was


def test_opening_a_diary_in_an_existing_folder_never_changes_the_folders_mode(tmp_path, qapp, monkeypatch,
                                                                              restore_app_state):
    shared = tmp_path / "shared"
    shared.mkdir()
    os.chmod(shared, 0o755)
    target = shared / "tyokirja.sqlite"
    close_diary(open_diary(target))
    assert (shared.stat().st_mode & 0o777) == 0o755
    timer = _close_main_window_when_shown([])
    try:
        assert run_gui(target, "en") == 0
    finally:
        timer.stop()
    assert (shared.stat().st_mode & 0o777) == 0o755


def _diverged_copies(tmp_path: Path) -> tuple[Path, Path]:
    """Diary A (closed cleanly, 3 entries) and the -wal of copy B, written while B was open."""
    a = tmp_path / "a" / "tyokirja.sqlite"
    db = open_diary(a)
    EncounterRepository(db).save(Encounter(occurred_at=WHEN, title="Yhteinen alku"))
    close_diary(db)
    b = tmp_path / "b" / "tyokirja.sqlite"
    b.parent.mkdir()
    shutil.copy(a, b)
    db_a = open_diary(a)
    for title in ("A:n toinen", "A:n kolmas"):
        EncounterRepository(db_a).save(Encounter(occurred_at=WHEN, title=title))
    close_diary(db_a)
    db_b = open_diary(b)
    EncounterRepository(db_b).save(Encounter(occurred_at=WHEN, title="B:n oma"))
    stranger = tmp_path / "stranger-wal"
    shutil.copy(Path(f"{b}-wal"), stranger)  # copied while B is open: a sync folder does this
    close_diary(db_b)
    return a, stranger


def test_another_copys_wal_is_refused_and_nothing_changes(tmp_path, qapp, monkeypatch, restore_app_state):
    a, stranger = _diverged_copies(tmp_path)
    shutil.copy(stranger, Path(f"{a}-wal"))
    before = _snapshot(a.parent)
    asked = []
    monkeypatch.setattr(messages, "confirm", lambda parent, text, yes_text=None: asked.append(text) or False)
    assert run_gui(a, "en") == 2
    assert len(asked) == 1 and "was not written for this file" in asked[0]
    assert _snapshot(a.parent) == before


def test_moving_the_strangers_wal_aside_opens_the_diary_as_last_saved(tmp_path, qapp, monkeypatch,
                                                                     restore_app_state):
    a, stranger = _diverged_copies(tmp_path)
    shutil.copy(stranger, Path(f"{a}-wal"))
    monkeypatch.setattr(messages, "confirm", lambda parent, text, yes_text=None: True)
    told = []
    monkeypatch.setattr(messages, "info", lambda parent, text: told.append(text))
    titles: list[str] = []
    timer = _close_main_window_when_shown(titles)
    try:
        assert run_gui(a, "en") == 0
    finally:
        timer.stop()
    assert len(titles) == 3  # the window listed A's three entries
    db = open_diary(a)
    try:
        assert sorted(e.title for e in EncounterRepository(db).all()) == ["A:n kolmas", "A:n toinen", "Yhteinen alku"]
    finally:
        close_diary(db)
    kept = [p for p in a.parent.iterdir() if ".other-copy-" in p.name and not p.name.endswith("-shm")]
    assert len(kept) == 1 and kept[0].read_bytes() == stranger.read_bytes()
    assert told and str(kept[0]) in told[0]


def test_a_record_damaged_while_the_app_runs_is_explained_not_crashed_on(diary, catalogue, qtbot, monkeypatch):
    """The diary page's list meets a record it cannot read: one message, the rest keeps working."""
    from tyokirja.ui.pages.diary_page import DiaryPage

    for n in range(3):
        diary.save(Encounter(occurred_at=WHEN.replace(hour=8 + n), title=f"Merkintä {n}"))
    shown = []
    monkeypatch.setattr(messages, "error", lambda parent, text: shown.append(text))
    page = DiaryPage(diary, catalogue, "en")
    qtbot.addWidget(page)
    page.show()
    assert page.model.rowCount() == 3
    db = diary.encounters.db
    db.execute("UPDATE encounters SET title = CAST(x'c328' AS TEXT) WHERE title = 'Merkintä 1'")
    page.model.refresh()
    qtbot.waitUntil(lambda: len(shown) == 1)
    assert "damaged record" in shown[0] and "tyokirja check" in shown[0]
    page.model.refresh()
    qtbot.wait(50)
    assert len(shown) == 1  # said once, not on every repaint
