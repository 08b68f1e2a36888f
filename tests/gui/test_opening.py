"""Opening at start: a slow open (a migration rebuilding the search index) shows a notice that says
what is happening, returns the diary when done, and hands errors back; a quick one shows nothing."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog

from tyokirja.storage.connection import open_diary
from tyokirja.storage.encounters import EncounterRepository
from tyokirja.storage.errors import DiaryUnavailableError
from tyokirja.ui.opening import open_with_notice


def _notices() -> list[str]:
    return [w.labelText() for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]


def test_a_slow_open_says_what_happens_and_returns_the_diary(db_path, fi_app, qtbot):
    open_diary(db_path).conn.close()  # an existing diary
    seen: list[list[str]] = []
    QTimer.singleShot(800, lambda: seen.append(_notices()))

    def slow_open():
        time.sleep(1.5)  # what a migration of a large diary costs, in short
        return open_diary(db_path, create=False)

    db = open_with_notice(slow_open)
    try:
        assert EncounterRepository(db).count() == 0  # a working connection, used on the GUI thread
    finally:
        db.conn.close()
    assert len(seen) == 1 and len(seen[0]) == 1
    assert seen[0][0].startswith("Avataan päiväkirjaa…") and "hakuhakemisto" in seen[0][0]
    qtbot.waitUntil(lambda: _notices() == [])  # gone once the diary is open


def test_a_failed_open_is_raised_to_the_caller_and_the_notice_closes(tmp_path, fi_app, qtbot):
    def failing():
        time.sleep(0.8)
        return open_diary(tmp_path / "ei-ole.sqlite", create=False)

    with pytest.raises(DiaryUnavailableError):
        open_with_notice(failing)
    qtbot.waitUntil(lambda: _notices() == [])
    assert not (tmp_path / "ei-ole.sqlite").exists()


def test_a_quick_open_shows_no_extra_window(db_path, fi_app):
    before = {id(w) for w in QApplication.topLevelWidgets()}
    db = open_with_notice(lambda: open_diary(db_path))
    db.conn.close()
    new = [w for w in QApplication.topLevelWidgets() if id(w) not in before and isinstance(w, QProgressDialog)]
    assert new == []
