"""The lock: idle time (also across a simulated sleep), Ctrl+L; after locking no widget holds diary
text and the connection is closed; the editor's text survives as a draft; unlocking restores."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication

from tests.helpers.typing import commit_text, type_text
from tyokirja.app import build_main_window
from tyokirja.domain.encounter import Encounter
from tyokirja.services.workbook import WorkbookKeeper, open_workbook
from tyokirja.ui.lock import LockController, LockScreen

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

PASS = "lukko ja avain 2026"
SECRET_TITLE = "Salainen kohtaaminen LOCKCANARY Äänekoski"
SECRET_FACTS = "Esihenkilö kertoi muutoksista LOCKFACTS čđŋ"
TYPED = "Keskeneräinen LOCKTYPED ajatus"
NEEDLES = ("LOCKCANARY", "LOCKFACTS", "LOCKTYPED", "Äänekoski")


class FakeClock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def widget_texts(widget) -> list[str]:
    texts = []
    for name in ("text", "toPlainText", "toolTip", "windowTitle", "placeholderText", "accessibleDescription"):
        getter = getattr(widget, name, None)
        if callable(getter):
            try:
                value = getter()
            except TypeError:
                continue
            if isinstance(value, str):
                texts.append(value)
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()
        try:
            columns = model.columnCount(QModelIndex())
        except TypeError:  # list models keep columnCount private
            columns = 1
        for row in range(min(model.rowCount(), 200)):
            for col in range(columns):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.index(row, col).data(role)
                    if value is not None:
                        texts.append(str(value))
    return texts


def diary_text_on_screen() -> list[str]:
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()
    found = []
    for widget in QApplication.allWidgets():
        for text in widget_texts(widget):
            found.extend(n for n in NEEDLES if n in text)
    return found


@pytest.fixture
def setup(db_path, catalogue, qtbot, en_app):
    keeper = WorkbookKeeper(open_workbook(db_path, create=True, catalogue=catalogue))
    keeper.turn_encryption_on(PASS)
    keeper.workbook.diary.encounters.save(Encounter(
        occurred_at=datetime(2026, 4, 1, 8, 0, tzinfo=UTC).astimezone(), title=SECRET_TITLE, facts=SECRET_FACTS))
    clock = FakeClock()

    def build():
        return build_main_window(keeper.workbook, "en")

    controller = LockController(keeper, build, clock=clock)
    window = build()  # not qtbot.addWidget: locking deletes it
    window.show()
    controller.attach(window)
    yield controller, window, keeper, clock
    for screen in (controller.lock_screen,):
        if screen is not None:
            screen.close()
    if controller.window is not None:  # deleted below before any event runs: no autosave can fire
        controller.window.hide()
        controller.window.deleteLater()
    QApplication.instance().removeEventFilter(controller)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    keeper.close()


def test_idle_time_locks_and_clears_every_diary_text(setup, qtbot):
    controller, window, keeper, clock = setup
    assert controller.idle_timeout() == 10 * 60  # the default: ten minutes
    page = window.diary_page
    db = keeper.workbook.db  # the connection the window reads through
    summary = keeper.workbook.diary.summaries()[0]
    page.open_encounter(summary.id)
    page.editor.focus_title()
    type_text(QApplication.focusWidget(), " LOCKTYPED")
    assert "LOCKCANARY" in " ".join(diary_text_on_screen())

    controller.set_idle_timeout(0.3)
    clock.now += 0.5  # the time has passed by the clock; the real QTimer fires and checks it
    qtbot.waitUntil(controller.is_locked, timeout=3000)

    assert diary_text_on_screen() == []
    assert keeper.is_locked()
    with pytest.raises(Exception, match="closed"):
        db.conn.execute("SELECT 1")
    screen = controller.lock_screen
    assert isinstance(screen, LockScreen) and screen.isVisible()
    labels = [w.text() for w in screen.findChildren(type(screen.error)) if w.isVisible()]
    assert "Työkirja is locked" in labels

    # unlock: a wrong passphrase is refused, the right one brings the window and the typed text back
    commit_text(screen.field.edit, "väärä tunnuslause")
    screen.unlock_button.click()
    assert controller.is_locked() and screen.error.isVisible()
    assert "Wrong passphrase" in screen.error.text()
    commit_text(screen.field.edit, PASS)
    screen.unlock_button.click()
    assert not controller.is_locked() and not keeper.is_locked()
    new_window = controller.window
    assert new_window is not None and new_window.isVisible()
    assert new_window.diary_page.model.rowCount() == 1
    drafts = keeper.workbook.diary.pending_drafts()
    assert len(drafts) == 1 and "LOCKTYPED" in drafts[0][1].title and "LOCKCANARY" in drafts[0][1].title


def test_sleep_longer_than_the_idle_time_locks_at_the_first_input(setup, qtbot):
    controller, window, _keeper, clock = setup
    controller.set_idle_timeout(60)
    clock.now += 59
    QApplication.sendEvent(window, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a"))
    assert not controller.is_locked()  # activity: counting starts again
    clock.now += 2 * 3600  # the machine slept; the QTimer did not notice
    event = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_B, Qt.KeyboardModifier.NoModifier, "b")
    QApplication.instance().notify(window, event)
    qtbot.waitUntil(controller.is_locked, timeout=2000)
    assert diary_text_on_screen() == []


def test_ctrl_l_locks_and_zero_minutes_means_never(setup, qtbot):
    controller, window, keeper, clock = setup
    keeper.workbook.security.set_lock_idle_minutes(0)
    controller.refresh_policy()
    assert controller.idle_timeout() == 0
    clock.now += 10 * 24 * 3600
    assert controller.check() is False
    assert window.lock_action.isEnabled()
    assert window.lock_action.shortcut().toString() == "Ctrl+L"
    window.lock_action.trigger()
    qtbot.waitUntil(controller.is_locked, timeout=2000)
    assert diary_text_on_screen() == []


def test_prepare_for_sleep_locks(setup, qtbot):
    controller, _window, _keeper, _clock = setup
    controller._on_prepare_for_sleep(False)
    assert not controller.is_locked()
    controller._on_prepare_for_sleep(True)
    assert controller.is_locked()


def test_an_open_dialog_is_closed_before_locking(setup, qtbot):
    controller, window, _keeper, _clock = setup
    dialog = controller.open_encryption_dialog()
    qtbot.waitUntil(dialog.isVisible)
    controller.lock()
    qtbot.waitUntil(controller.is_locked, timeout=2000)
    assert diary_text_on_screen() == []


def test_an_unencrypted_diary_is_never_locked(workbook, qtbot, en_app):
    keeper = WorkbookKeeper(workbook)
    window = build_main_window(workbook, "en")
    qtbot.addWidget(window)
    controller = LockController(keeper, lambda: window)
    controller.attach(window)
    try:
        assert controller.idle_timeout() == 0
        assert not window.lock_action.isEnabled()
        assert controller.lock() is False and not keeper.is_locked()
    finally:
        QApplication.instance().removeEventFilter(controller)


def test_turning_encryption_on_builds_a_new_window_over_the_reopened_diary(workbook, qtbot, en_app):
    """The old window's services belong to the closed connection: it goes, a new one takes its place."""
    from tyokirja.ui.lock import install_lock

    keeper = WorkbookKeeper(workbook)
    workbook.diary.encounters.save(Encounter(
        occurred_at=datetime(2026, 4, 1, 8, 0, tzinfo=UTC).astimezone(), title="Ennen salausta"))
    window = build_main_window(workbook, "en")
    window.show()
    replaced = []
    controller = install_lock(keeper, window, lambda: build_main_window(keeper.workbook, "en"), replaced.append)
    try:
        assert not window.lock_action.isEnabled()  # nothing to lock while the file is plain
        dialog = controller.open_encryption_dialog()
        qtbot.waitUntil(dialog.isVisible)
        commit_text(dialog.new_field.edit, PASS)
        commit_text(dialog.repeat_field.edit, PASS)
        dialog.turn_on_button.click()

        new = controller.window
        assert keeper.is_encrypted() and keeper.workbook is not workbook
        assert new is not window and new.isVisible()
        assert new.diary_page.model.rowCount() == 1  # the entry, read through the new connection
        assert dialog.parent() is new and dialog.isVisible()  # the dialog stays open on the new window
        assert new.lock_action.isEnabled()  # encrypted now: Ctrl+L locks
        assert replaced == []  # drafts are offered and backups start once the dialog is closed
        dialog.reject()
        qtbot.waitUntil(lambda: replaced == [new])
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        assert [w for w in QApplication.topLevelWidgets() if w is window] == []  # the old window is gone
    finally:
        if controller.window is not None:
            controller.window.backup_actions.shutdown()
            controller.window.hide()
            controller.window.deleteLater()
        controller.dispose()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        keeper.close()
