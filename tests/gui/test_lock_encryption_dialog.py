"""Settings → Encryption…: turn on (passphrase twice, strength hint, warning), change, lock time, turn off."""

from __future__ import annotations

import pytest

from tests.helpers.typing import commit_text
from tyokirja.services.security import SecurityService
from tyokirja.storage.connection import is_encrypted
from tyokirja.ui import messages
from tyokirja.ui.dialogs.encryption_dialog import EncryptionDialog

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

PASS = "vahva lause jossa on monta sanaa"
NEW = "toinen yhtä pitkä lause 2027"


@pytest.fixture
def dialog(diary, db_path, qtbot, en_app, monkeypatch):
    monkeypatch.setattr(messages, "info", lambda parent, text: None)
    security = SecurityService(diary.encounters.db, db_path)
    dlg = EncryptionDialog(security)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg, security


def test_turn_on_change_lock_time_and_turn_off(dialog, db_path, diary, monkeypatch, qtbot):
    dlg, security = dialog
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
    assert len(asked) == 1 and "Older unencrypted copies" in asked[0] and ": 1." in asked[0]
    assert not old_copy.exists()  # the user agreed to delete it

    qtbot.waitUntil(lambda: hasattr(dlg, "idle_spin") and dlg.idle_spin.isVisible())
    dlg.idle_spin.setValue(3)
    assert security.lock_idle_minutes() == 3

    commit_text(dlg.current_field.edit, "väärä")
    commit_text(dlg.new_field.edit, NEW)
    commit_text(dlg.repeat_field.edit, NEW)
    assert dlg.change() is False and "wrong" in dlg.error.text()
    dlg.current_field.clear()
    commit_text(dlg.current_field.edit, PASS)
    dlg.change_button.click()
    security.check_passphrase(NEW)

    commit_text(dlg.off_field.edit, NEW)
    dlg.turn_off_button.click()
    assert not is_encrypted(db_path)
    assert diary.count() == 0  # the service keeps working on the plaintext file again
