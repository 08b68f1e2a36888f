"""Start-up recovery as a user meets it: a damaged diary, the dialog, and what is on disk afterwards."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel

from tyokirja.app import run_gui
from tyokirja.domain.encounter import Encounter
from tyokirja.services.backup import BackupService, RecoveryService
from tyokirja.storage.connection import close_diary, open_diary
from tyokirja.storage.encounters import EncounterRepository
from tyokirja.storage.errors import CorruptDiaryError, NotADiaryError
from tyokirja.ui import messages
from tyokirja.ui.dialogs.recovery_dialog import RecoveryDialog, needs_recovery
from tyokirja.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")
WHEN = datetime(2026, 5, 4, 8, 15, tzinfo=UTC)


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _diary_with_backup(db_path: Path, backed_up: list[str], later: list[str]) -> Path | None:
    """A diary whose backup holds `backed_up`; `later` entries are written after it; then damaged."""
    db = open_diary(db_path)
    repo = EncounterRepository(db)
    backup = None
    try:
        for title in backed_up:
            repo.save(Encounter(occurred_at=WHEN, title=title))
        if backed_up:
            backup = BackupService(db, db_path).backup_now().path
        for title in later:
            repo.save(Encounter(occurred_at=WHEN, title=title))
    finally:
        close_diary(db)
    data = db_path.read_bytes()
    db_path.write_bytes(data[: len(data) // 2])
    return backup


def _visible(kind):
    return next((w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()), None)


def _when_shown(kind, action, tries: int = 200) -> None:
    """Poll the event loop until a window of `kind` shows, then act on it (works inside exec())."""
    widget = _visible(kind)
    if widget is not None:
        action(widget)
    elif tries:
        QTimer.singleShot(25, lambda: _when_shown(kind, action, tries - 1))


def test_only_damaged_or_foreign_files_lead_to_recovery():
    assert needs_recovery(CorruptDiaryError())
    for reason in ("foreign", "not_sqlite", "empty"):
        assert needs_recovery(NotADiaryError(reason=reason))
    assert not needs_recovery(NotADiaryError(reason="newer"))
    assert not needs_recovery(NotADiaryError(reason="encrypted"))


def test_the_newest_good_backup_is_restored_and_the_window_opens_with_its_entries(
    db_path, en_app, monkeypatch, restore_app_state
):
    _diary_with_backup(db_path, ["Palaveri esihenkilön kanssa", "Asiakkaan palaute"], ["Myöhempi"])
    damaged = _sha(db_path)
    told, seen = [], {}
    monkeypatch.setattr(messages, "info", lambda parent, text: told.append(text))

    def on_dialog(dialog: RecoveryDialog) -> None:
        seen["explains"] = " ".join(label.text() for label in dialog.findChildren(QLabel))
        seen["offer"] = dialog.restore_button.text()
        seen["other"] = dialog.other_button.isVisible() and dialog.quit_button.isVisible()
        dialog.restore_button.click()
        _when_shown(MainWindow, on_window)

    def on_window(window: MainWindow) -> None:
        seen["titles"] = sorted(e.title for e in window.service.encounters.all())
        seen["rows"] = window.diary_page.model.rowCount()
        window.close()

    QTimer.singleShot(0, lambda: _when_shown(RecoveryDialog, on_dialog))
    assert run_gui(db_path, "en") == 0

    assert "Restore newest good backup" in seen["offer"] and "2 entries" in seen["offer"]
    assert seen["other"]
    assert "is damaged" in seen["explains"] and "keeps the current file aside" in seen["explains"]
    assert seen["titles"] == ["Asiakkaan palaute", "Palaveri esihenkilön kanssa"] and seen["rows"] == 2
    kept = [p for p in db_path.parent.iterdir() if p.name.startswith("tyokirja.sqlite.damaged-")]
    assert len(kept) == 1 and _sha(kept[0]) == damaged
    assert len(told) == 1 and str(kept[0]) in told[0]


def test_with_no_backup_quitting_leaves_the_damaged_file_exactly_as_it_was(
    db_path, en_app, monkeypatch, restore_app_state
):
    _diary_with_backup(db_path, [], ["Ainoa merkintä"])
    damaged = _sha(db_path)
    before = sorted(p.name for p in db_path.parent.iterdir())
    seen = {}

    def on_dialog(dialog: RecoveryDialog) -> None:
        seen["restore"] = dialog.restore_button
        seen["texts"] = " ".join(label.text() for label in dialog.findChildren(QLabel))
        dialog.quit_button.click()

    QTimer.singleShot(0, lambda: _when_shown(RecoveryDialog, on_dialog))
    assert run_gui(db_path, "en") == 2
    assert seen["restore"] is None
    assert "No backup of this diary was found" in seen["texts"] and "damaged" in seen["texts"]
    assert _sha(db_path) == damaged
    assert sorted(p.name for p in db_path.parent.iterdir()) == before


def test_a_new_diary_is_started_only_on_an_explicit_choice_and_the_damaged_file_is_kept(
    db_path, en_app, monkeypatch, restore_app_state
):
    _diary_with_backup(db_path, [], ["Ainoa merkintä"])
    damaged = _sha(db_path)
    answers = iter([False, True])  # the first confirmation is declined: nothing may happen then
    monkeypatch.setattr(messages, "confirm", lambda parent, text, yes_text=None: next(answers))
    monkeypatch.setattr(messages, "info", lambda parent, text: None)
    seen = {}

    def on_dialog(dialog: RecoveryDialog) -> None:
        dialog.new_button.click()  # declined
        seen["after_decline"] = _sha(db_path)
        dialog.new_button.click()  # confirmed
        _when_shown(MainWindow, on_window)

    def on_window(window: MainWindow) -> None:
        seen["rows"] = window.service.count()
        window.close()

    QTimer.singleShot(0, lambda: _when_shown(RecoveryDialog, on_dialog))
    assert run_gui(db_path, "en") == 0
    assert seen["after_decline"] == damaged
    assert seen["rows"] == 0
    kept = [p for p in db_path.parent.iterdir() if ".damaged-" in p.name]
    assert len(kept) == 1 and _sha(kept[0]) == damaged


def test_choose_another_file_opens_that_diary_instead(tmp_path, db_path, en_app, monkeypatch, restore_app_state):
    _diary_with_backup(db_path, [], ["Rikki"])
    damaged = _sha(db_path)
    other = tmp_path / "toinen.sqlite"
    db = open_diary(other)
    EncounterRepository(db).save(Encounter(occurred_at=WHEN, title="Toisen päiväkirjan merkintä"))
    close_diary(db)
    monkeypatch.setattr(RecoveryDialog, "ask_for_file", lambda self: str(other))
    seen = {}

    def on_window(window: MainWindow) -> None:
        seen["titles"] = [e.title for e in window.service.encounters.all()]
        seen["path"] = window.db_path
        window.close()

    QTimer.singleShot(0, lambda: _when_shown(RecoveryDialog, lambda d: (d.other_button.click(),
                                                                         _when_shown(MainWindow, on_window))))
    assert run_gui(db_path, "en") == 0
    assert seen == {"titles": ["Toisen päiväkirjan merkintä"], "path": other}
    assert _sha(db_path) == damaged


def test_a_failed_restore_says_why_and_keeps_the_dialog_open(db_path, en_app, qtbot, monkeypatch):
    backup = _diary_with_backup(db_path, ["Yksi"], [])
    recovery = RecoveryService(db_path)
    dialog = RecoveryDialog(CorruptDiaryError(path=db_path), recovery)
    qtbot.addWidget(dialog)
    backup.write_bytes(b"not any more")  # the backup broke after the dialog found it
    errors = []
    monkeypatch.setattr(messages, "error", lambda parent, text: errors.append(text))
    dialog.restore_button.click()
    assert errors and dialog.result_value is None
    assert not [p for p in db_path.parent.iterdir() if ".damaged-" in p.name]
