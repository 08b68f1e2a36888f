"""Unlock at start: masked field with a Show toggle, a clear message for a wrong passphrase, retry, Cancel."""

from __future__ import annotations

import hashlib

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLineEdit

from tests.helpers.typing import commit_text
from tyokirja.storage.connection import close_diary, open_diary
from tyokirja.storage.encounters import EncounterRepository
from tyokirja.ui.dialogs.passphrase_dialog import PassphraseDialog, ask_passphrase

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

PASS = "avaa päiväkirja ŧ 42"


@pytest.fixture
def encrypted(db_path):
    db = open_diary(db_path, passphrase=PASS)
    close_diary(db)
    return db_path


def sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_wrong_then_right_passphrase(encrypted, qtbot, en_app):
    before = sha(encrypted)
    steps = []

    def drive():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PassphraseDialog):
            QTimer.singleShot(20, drive)
            return
        field = dialog.field
        assert field.edit.echoMode() == QLineEdit.EchoMode.Password
        field.show_box.click()
        assert field.edit.echoMode() == QLineEdit.EchoMode.Normal
        field.show_box.click()
        commit_text(field.edit, "väärä")
        dialog.buttons.button(dialog.buttons.StandardButton.Open).click()
        steps.append(dialog.error.text())
        assert dialog.isVisible() and dialog.error.isVisible()
        assert field.text() == ""  # cleared for the retry
        assert sha(encrypted) == before
        commit_text(field.edit, PASS)
        field.edit.returnPressed.emit()

    QTimer.singleShot(0, drive)
    db = ask_passphrase(encrypted, lambda p: open_diary(encrypted, create=False, passphrase=p))
    try:
        assert db is not None
        assert EncounterRepository(db).count() == 0
    finally:
        close_diary(db)
    assert steps and "Wrong passphrase, or the file is not a Työkirja diary" in steps[0]


def test_cancel_returns_nothing(encrypted, qtbot, en_app):
    def drive():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PassphraseDialog):
            QTimer.singleShot(20, drive)
            return
        dialog.reject()

    QTimer.singleShot(0, drive)
    assert ask_passphrase(encrypted, lambda p: open_diary(encrypted, create=False, passphrase=p)) is None


def test_an_empty_passphrase_is_not_tried(encrypted, qtbot, en_app):
    tried = []
    dialog = PassphraseDialog(encrypted, tried.append)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.try_open()
    assert tried == [] and dialog.error.isVisible()
