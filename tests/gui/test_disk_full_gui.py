"""The diary page on a really full disk and a really read-only mount: the text stays, the message says why.

Uses a 2 MB tmpfs (root only; skipped with the reason otherwise), not a mocked save.
"""

from __future__ import annotations

import random

import pytest
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

from tests.helpers.typing import commit_text, type_text
from tests.unit.test_disk_full import (
    DIARY_FILES,
    fill,
    fingerprint,
    leave_wal_behind,
    mount_tmpfs,
    remount,
    service_over,
    unmount,
)
from tyokirja.app import build_main_window
from tyokirja.errortext import describe
from tyokirja.services.workbook import Workbook
from tyokirja.storage.connection import close_diary, open_diary
from tyokirja.storage.errors import DiskFullError, ReadOnlyError
from tyokirja.ui import messages

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # offscreen platform noise on show()


@pytest.fixture
def small_tmpfs(tmp_path):
    mnt = tmp_path / "small"
    mount_tmpfs(mnt)
    yield mnt
    unmount(mnt)


def _facts_box(page) -> QPlainTextEdit:
    return next(b for b in page.editor.findChildren(QPlainTextEdit)
                if b.accessibleName() == "What happened (observations)")


def _title_field(window, qtbot) -> QLineEdit:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.diary_page.editor.focus_title()
    widget = QApplication.focusWidget()
    assert isinstance(widget, QLineEdit)
    return widget


def _long_text(words: int) -> str:
    rng = random.Random(5)
    vocabulary = ["asiakas", "äänensävy", "pettymys", "sopimus", "kiire", "ratkaisu", "ymmärrys", "kuuntelu"]
    return " ".join(rng.choice(vocabulary) for _ in range(words))


def _close(window, monkeypatch) -> None:
    monkeypatch.setattr(messages, "confirm", lambda parent, text, yes=None: True)
    window.close()
    window.deleteLater()


def test_disk_full_save_keeps_the_text_and_retry_succeeds(small_tmpfs, catalogue, en_app, qtbot, monkeypatch):
    db_path = small_tmpfs / "tyokirja.sqlite"
    db = open_diary(db_path)
    diary = service_over(db, catalogue)
    window = build_main_window(Workbook(db, db_path, catalogue), "en")
    window.show()
    shown = []
    monkeypatch.setattr(messages, "error", lambda parent, text: shown.append(text))
    page = window.diary_page
    filler = fill(small_tmpfs, leave=120_000)
    facts = _long_text(40_000)  # about 400 kB: more than the space left
    try:
        page.new_entry()
        type_text(_title_field(window, qtbot), "Hankala puhelu äänensävystä")
        commit_text(_facts_box(page), facts)

        assert page.save() is False
        assert shown == [describe(DiskFullError())]
        assert shown[0].startswith("The disk is full, so the change was not saved.")
        assert page.editor.encounter().title == "Hankala puhelu äänensävystä"
        assert page.editor.encounter().facts == facts  # every word still in the editor
        assert page.is_dirty()
        assert diary.count() == 0
        assert {p.name for p in small_tmpfs.iterdir()} <= DIARY_FILES | {"filler.bin"}
        assert db_path.stat().st_size > 0

        filler.unlink()  # the user frees space and presses Ctrl+S again
        assert page.save() is True
        assert diary.count() == 1
        stored = diary.get(diary.summaries()[0].id)
        assert (stored.title, stored.facts) == ("Hankala puhelu äänensävystä", facts)
        assert not page.is_dirty()
        assert db.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    finally:
        _close(window, monkeypatch)
        close_diary(db)


def test_read_only_mount_keeps_the_text_and_leaves_the_file_alone(small_tmpfs, catalogue, en_app, qtbot, monkeypatch):
    db_path = small_tmpfs / "tyokirja.sqlite"
    leave_wal_behind(db_path)
    before = fingerprint(small_tmpfs)
    remount(small_tmpfs, "ro")
    db = open_diary(db_path)
    diary = service_over(db, catalogue)
    window = build_main_window(Workbook(db, db_path, catalogue), "en")
    window.show()
    shown = []
    monkeypatch.setattr(messages, "error", lambda parent, text: shown.append(text))
    page = window.diary_page
    try:
        page.new_entry()
        type_text(_title_field(window, qtbot), "Ei mene levylle")
        commit_text(_facts_box(page), "Tärkeä havainto, joka ei saa kadota.")
        assert page.save() is False
        assert shown == [describe(ReadOnlyError())]
        assert "cannot be written to (read-only file or folder)" in shown[0]
        assert page.editor.encounter().facts == "Tärkeä havainto, joka ei saa kadota."
        assert page.is_dirty()
        assert [s.title for s in diary.summaries()] == ["Ennen lukitusta"]
    finally:
        _close(window, monkeypatch)
        close_diary(db)
        after = fingerprint(small_tmpfs)
        remount(small_tmpfs, "rw")
    assert after == before  # hash and mtime of the diary, its -wal and -shm unchanged
