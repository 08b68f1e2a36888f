"""The table check left out of a quick open runs after start-up off the GUI thread and says what it found."""

from __future__ import annotations

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QWidget

from tyokirja.storage.connection import close_diary, open_diary
from tyokirja.ui import messages
from tyokirja.ui.background_check import start_background_check

from ..unit.test_open_fast_check import _diary, _rot_silently


def _run(qtbot, path, monkeypatch) -> list[str]:
    told: list[str] = []
    monkeypatch.setattr(messages, "error", lambda parent, text: told.append(text))
    window = QWidget()
    qtbot.addWidget(window)
    pool = QThreadPool()
    task = start_background_check(window, path, pool)
    done: list[object] = []
    task.signals.done.connect(done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=20_000)
    pool.waitForDone()
    return told


def test_damage_found_after_start_is_explained(qtbot, fi_app, tmp_path, monkeypatch):
    path = tmp_path / "paivakirja.sqlite"
    _diary(path)
    _rot_silently(path)
    close_diary(open_diary(path))  # the quick open lets it through
    told = _run(qtbot, path, monkeypatch)
    assert len(told) == 1 and "paivakirja.sqlite on vioittunut" in told[0]


def test_a_healthy_diary_says_nothing(qtbot, fi_app, tmp_path, monkeypatch):
    path = tmp_path / "paivakirja.sqlite"
    _diary(path)
    assert _run(qtbot, path, monkeypatch) == []
