"""Settings → Encryption…: turn on (passphrase twice, strength hint, warning), change, lock time, turn off."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest
import sqlcipher3
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.helpers.typing import commit_text
from tyokirja.services.backup import BackupService
from tyokirja.services.workbook import WorkbookKeeper
from tyokirja.storage.connection import close_diary, is_encrypted, open_diary
from tyokirja.ui import messages
from tyokirja.ui.dialogs.encryption_dialog import EncryptionDialog

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

PASS = "vahva lause jossa on monta sanaa"
NEW = "toinen yhtä pitkä lause 2027"


@pytest.fixture
def dialog(workbook, qtbot, en_app, monkeypatch):
    monkeypatch.setattr(messages, "info", lambda parent, text: None)
    keeper = WorkbookKeeper(workbook)
    dlg = EncryptionDialog(keeper)
    qtbot.addWidget(dlg)
    dlg.show()
    yield dlg, keeper
    keeper.close()


def test_turn_on_change_lock_time_and_turn_off(dialog, db_path, diary, monkeypatch, qtbot):
    dlg, keeper = dialog
    reopened = []
    dlg.reopened.connect(lambda: reopened.append(keeper.workbook))
    backups = db_path.parent / "backups"
    backups.mkdir(mode=0o700)
    old_copy = backups / "old.sqlite"
    diary.encounters.db.conn.execute("VACUUM INTO ?", [str(old_copy)])
    asked = []
    monkeypatch.setattr(messages, "confirm", lambda parent, text, yes=None: asked.append(text) or True)

    assert "nobody can open the diary again" in dlg.findChild(type(dlg.strength), "forgotten_warning").text()
    commit_text(dlg.new_field.edit, "lyhyt")
    assert "too short" in dlg.strength.text()
    commit_text(dlg.repeat_field.edit, "lyhyt")
    assert dlg.turn_on() is False and dlg.error.isVisible() and not is_encrypted(db_path)
    dlg.new_field.clear()
    dlg.repeat_field.clear()
    commit_text(dlg.new_field.edit, PASS)
    assert "strong" in dlg.strength.text() or "good" in dlg.strength.text()
    commit_text(dlg.repeat_field.edit, PASS + "x")
    assert dlg.turn_on() is False and "differ" in dlg.error.text()
    dlg.repeat_field.clear()
    commit_text(dlg.repeat_field.edit, PASS)
    dlg.turn_on_button.click()
    assert is_encrypted(db_path)
    assert asked == []  # the old copy is listed, not deleted on a yes/no question
    assert set(dlg.copies_box.checkboxes()) == {old_copy} and old_copy.exists()
    assert not dlg.copies_box.delete_button.isEnabled()  # nothing is ticked for the user
    dlg.copies_box.checkboxes()[old_copy].setChecked(True)
    dlg.copies_box.delete_button.click()
    assert not old_copy.exists()  # the user picked it and pressed Delete selected
    assert dlg.copies_box is None  # nothing left to offer

    qtbot.waitUntil(lambda: hasattr(dlg, "idle_spin") and dlg.idle_spin.isVisible())
    dlg.idle_spin.setValue(3)
    assert len(reopened) == 1 and reopened[0] is keeper.workbook  # turned on: a new workbook for new views
    assert keeper.workbook.security.lock_idle_minutes() == 3

    commit_text(dlg.current_field.edit, "väärä")
    commit_text(dlg.new_field.edit, NEW)
    commit_text(dlg.repeat_field.edit, NEW)
    assert dlg.change() is False and "wrong" in dlg.error.text()
    dlg.current_field.clear()
    commit_text(dlg.current_field.edit, PASS)
    dlg.change_button.click()
    keeper.workbook.security.check_passphrase(NEW)
    assert len(reopened) == 1  # a new passphrase re-keys the open diary: nothing to rebuild

    commit_text(dlg.off_field.edit, NEW)
    dlg.turn_off_button.click()
    assert not is_encrypted(db_path)
    assert len(reopened) == 2 and keeper.workbook.diary.count() == 0  # the plaintext file, opened again
    with pytest.raises(sqlcipher3.ProgrammingError):
        diary.count()  # the first workbook's services went with its connection


def _fingerprints(paths: list[Path]) -> dict[Path, tuple[str, int]]:
    return {p: (hashlib.sha256(p.read_bytes()).hexdigest(), os.stat(p).st_mtime_ns) for p in paths}


def test_turning_encryption_on_offers_only_the_diarys_own_backup(dialog, db_path, diary, monkeypatch, qtbot):
    """Issue 10: another diary and another program's database in the same folders are never offered."""
    dlg, _keeper = dialog
    shown = []
    for name in ("confirm", "error", "info"):
        monkeypatch.setattr(messages, name, lambda *args, _name=name, **kw: shown.append((_name, args)) or True)
    folder = db_path.parent
    other = open_diary(folder / "toinen.sqlite")  # another Työkirja diary beside this one
    other.execute("INSERT INTO settings (key, value) VALUES ('marker', 'toinen')")
    close_diary(other)
    foreign = folder / "muu-ohjelma.sqlite"  # another program's database
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.execute("INSERT INTO notes VALUES ('ei Työkirjan')")
    conn.commit()
    conn.close()
    backup = BackupService(diary.encounters.db, db_path).backup_now().path  # a real automatic backup
    kept = [folder / "toinen.sqlite", foreign]
    before = _fingerprints(kept)

    commit_text(dlg.new_field.edit, PASS)
    commit_text(dlg.repeat_field.edit, PASS)
    qtbot.mouseClick(dlg.turn_on_button, Qt.MouseButton.LeftButton)
    assert is_encrypted(db_path)

    box = dlg.copies_box
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    offered = box.checkboxes()
    assert [p.name for p in offered] == [backup.name]
    check = offered[backup]
    assert backup.name in check.text() and not check.isChecked()
    check.setFocus()
    qtbot.keyClick(check, Qt.Key.Key_Space)  # tick it
    assert check.isChecked() and box.delete_button.isEnabled()
    assert box.delete_button.text() == "Delete selected"
    qtbot.mouseClick(box.delete_button, Qt.MouseButton.LeftButton)

    assert not backup.exists()
    assert _fingerprints(kept) == before
    assert sorted(p.name for p in folder.iterdir() if p.name.startswith(("toinen", "muu"))) == [
        "muu-ohjelma.sqlite", "toinen.sqlite"]
    assert shown == []  # no question, no error
    assert dlg.copies_box is None


def test_the_cursor_starts_in_the_new_passphrase_so_typing_goes_there(dialog, qtbot):
    dlg, keeper = dialog
    dlg.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dlg)
    qtbot.keyClicks(QApplication.focusWidget(), "abc")  # whatever has the focus gets the keys
    assert dlg.new_field.text() == "abc"
    assert not keeper.is_encrypted()
