"""run_gui on an encrypted diary: the passphrase dialog first (wrong → retry, Cancel quits), then the
window; Ctrl+L locks the running app, and quitting from the lock screen ends cleanly."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from tests.helpers.typing import commit_text
from tyokirja.app import run_gui
from tyokirja.domain.encounter import Encounter
from tyokirja.storage.connection import SQLITE_HEADER, close_diary, open_diary
from tyokirja.storage.encounters import EncounterRepository
from tyokirja.ui import messages
from tyokirja.ui.dialogs.passphrase_dialog import PassphraseDialog
from tyokirja.ui.lock import LockScreen
from tyokirja.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

PASS = "aloitus vaatii tunnuslauseen"


@pytest.fixture
def encrypted(db_path):
    db = open_diary(db_path, passphrase=PASS)
    EncounterRepository(db).save(Encounter(
        occurred_at=datetime(2026, 4, 1, 8, tzinfo=UTC).astimezone(), title="Aamun palaveri"))
    close_diary(db)
    return db_path


def poll(step) -> None:
    """Call step() from the event loop until it returns True."""
    def tick():
        if not step():
            QTimer.singleShot(30, tick)
    QTimer.singleShot(30, tick)


def visible(kind):
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def test_start_asks_the_passphrase_then_shows_the_diary(encrypted, qapp, monkeypatch, restore_app_state):
    errors = []
    monkeypatch.setattr(messages, "error", lambda parent, text: errors.append(text))
    seen = {}

    def step():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, PassphraseDialog):
            if "wrong" not in seen:
                commit_text(dialog.field.edit, "väärä")
                dialog.try_open()
                seen["wrong"] = dialog.error.text()
                return False
            commit_text(dialog.field.edit, PASS)
            dialog.try_open()
            return False
        screens = visible(LockScreen)
        if screens and "rows" in seen:
            seen["locked"] = not visible(MainWindow)
            screens[0].close()  # quitting while locked
            return True
        windows = visible(MainWindow)
        if windows and "rows" not in seen:
            seen["rows"] = windows[0].diary_page.model.rowCount()
            windows[0].lock_action.trigger()  # Ctrl+L
        return False

    poll(step)
    assert run_gui(encrypted, "en") == 0
    assert "Wrong passphrase" in seen["wrong"]
    assert seen["rows"] == 1 and seen["locked"]
    assert errors == []
    assert encrypted.read_bytes()[:16] != SQLITE_HEADER
    for backup in (encrypted.parent / "backups").glob("*") if (encrypted.parent / "backups").exists() else []:
        assert backup.read_bytes()[:16] != SQLITE_HEADER, backup.name


def test_cancel_at_the_passphrase_quits_and_changes_nothing(encrypted, qapp, monkeypatch, restore_app_state):
    monkeypatch.setattr(messages, "error", lambda parent, text: pytest.fail(text))
    before = hashlib.sha256(encrypted.read_bytes()).hexdigest()

    def step():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, PassphraseDialog):
            dialog.reject()
            return True
        return False

    poll(step)
    assert run_gui(encrypted, "en") == 0
    assert hashlib.sha256(encrypted.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in encrypted.parent.iterdir()) == [encrypted.name]
