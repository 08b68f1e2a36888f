"""The lock: after an idle time, on system sleep, or on Ctrl+L the window with diary text goes away.

Locking first saves the editor's text as a draft (never lose a word), then deletes the main window
with every page that shows diary text, closes the database connection (SQLCipher drops the key) and
shows a LockScreen that holds only "Työkirja is locked" and a passphrase field. Unlocking reopens
the diary with the passphrase and builds a fresh main window through the composition root.

Idle time is measured against a clock that keeps running during suspend (CLOCK_BOOTTIME on Linux)
on every check, not only by a QTimer: timers miss sleep time (KeePassXC #2014).
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import SLOT, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMainWindow, QPushButton, QVBoxLayout, QWidget

from tyokirja.services.workbook import WorkbookKeeper
from tyokirja.storage.errors import StorageError, WrongPassphraseError
from tyokirja.ui.dialogs.passphrase_dialog import PassphraseField, error_label
from tyokirja.ui.window_protocol import DiaryWindow

ACTIVITY_EVENTS = frozenset({
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.InputMethod,
})
MAX_MODAL_RETRIES = 20


def default_clock() -> float:
    """Seconds that keep counting while the machine sleeps (and ignore wall-clock changes on Linux)."""
    if hasattr(time, "CLOCK_BOOTTIME"):
        return time.clock_gettime(time.CLOCK_BOOTTIME)
    return time.time()


class LockScreen(QWidget):
    """All the window shows while locked: the app name, "locked", a passphrase field."""

    unlock_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Työkirja")
        self.setObjectName("lock_screen")
        title = QLabel(self.tr("Työkirja is locked"))
        title.setObjectName("lock_title")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        self.field = PassphraseField(self.tr("Passphrase"))
        self.field.submitted.connect(self._on_unlock_clicked)
        self.error = error_label()
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._on_unlock_clicked)
        prompt = QLabel(self.tr("Passphrase:"))
        prompt.setBuddy(self.field.edit)

        column = QVBoxLayout()
        column.setSpacing(10)
        column.addWidget(title)
        column.addSpacing(12)
        column.addWidget(prompt)
        column.addWidget(self.field)
        column.addWidget(self.error)
        column.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignRight)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        holder = QWidget()
        holder.setFixedWidth(400)
        holder.setLayout(column)
        outer.addWidget(holder, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        self.setFocusProxy(self.field)

    def show_wrong_passphrase(self) -> None:
        self.field.clear()
        self.error.setText(self.tr("Wrong passphrase. Try again."))
        self.error.show()
        self.field.setFocus()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _on_unlock_clicked(self) -> None:
        passphrase = self.field.text()
        if passphrase:
            self.field.clear()
            self.unlock_requested.emit(passphrase)


class LockController(QObject):
    """Idle, sleep and manual lock for one diary; swaps the main window for a LockScreen and back."""

    locked = Signal()
    window_replaced = Signal(QMainWindow)  # a new main window over a reopened diary (unlock, encryption on/off)

    def __init__(
        self,
        keeper: WorkbookKeeper,
        build_window: Callable[[], DiaryWindow],
        *,
        teardown: Callable[[QMainWindow], None] | None = None,
        clock: Callable[[], float] = default_clock,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.keeper = keeper
        self.build_window = build_window  # a main window over keeper.workbook
        self.teardown = teardown
        self.clock = clock
        self.window: DiaryWindow | None = None
        self.lock_screen: LockScreen | None = None
        self._timeout_s = 0.0
        self._last_activity = clock()
        self._modal_retries = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.check)
        app = QApplication.instance()
        if app is None:
            raise RuntimeError("LockController needs the QApplication to exist")
        app.installEventFilter(self)
        self._sleep_watch = _connect_prepare_for_sleep(self)

    def dispose(self) -> None:
        """Stop watching: the diary this controller locked is closed (the app may reopen another)."""
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.window = None
        self.deleteLater()

    # -- window and policy -------------------------------------------------------------------

    def attach(self, window: DiaryWindow) -> None:
        """Make `window` the one to lock; wire its Lock and Encryption actions."""
        self.window = window
        lock_action = getattr(window, "lock_action", None)
        if lock_action is not None:
            lock_action.triggered.connect(self.request_lock)
        encryption_action = getattr(window, "encryption_action", None)
        if encryption_action is not None:
            encryption_action.setVisible(True)
            encryption_action.triggered.connect(self.open_encryption_dialog)
        self.refresh_policy()

    def current(self) -> QWidget | None:
        """What the user sees: the main window, or the lock screen."""
        return self.lock_screen if self.lock_screen is not None else self.window

    def is_locked(self) -> bool:
        return self.lock_screen is not None

    def refresh_policy(self) -> None:
        """Re-read whether the diary is encrypted and its idle minutes (after unlock or a settings change)."""
        encrypted = not self.keeper.is_locked() and self.keeper.is_encrypted()
        minutes = 0
        if encrypted:
            try:
                minutes = self.keeper.workbook.security.lock_idle_minutes()
            except StorageError:
                minutes = 0
        self._timeout_s = minutes * 60.0
        action = getattr(self.window, "lock_action", None) if self.window is not None else None
        if action is not None:
            action.setEnabled(encrypted)
        self.note_activity()

    def set_idle_timeout(self, seconds: float) -> None:
        """Override the idle time (tests, and the dialog right after a change)."""
        self._timeout_s = float(seconds)
        self.note_activity()

    def idle_timeout(self) -> float:
        return self._timeout_s

    def note_activity(self) -> None:
        self._last_activity = self.clock()
        if self._timeout_s > 0 and not self.is_locked():
            self._timer.start(int(self._timeout_s * 1000))
        else:
            self._timer.stop()

    # -- checks ------------------------------------------------------------------------------

    def expired(self) -> bool:
        return self._timeout_s > 0 and not self.is_locked() and self.clock() - self._last_activity >= self._timeout_s

    @Slot()
    def check(self) -> bool:
        """Lock if the idle time has passed by the clock; else wait for the rest. True if it locked."""
        if self.is_locked() or self._timeout_s <= 0:
            return False
        if self.expired():
            return self.lock()
        remaining = self._timeout_s - (self.clock() - self._last_activity)
        self._timer.start(max(1, int(remaining * 1000)))
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in ACTIVITY_EVENTS:
            if self.expired():
                # back from sleep or a missed timer: this input must not reach the diary
                QTimer.singleShot(0, self.check)
                return True
            if not self.is_locked() and self._timeout_s > 0:
                self.note_activity()
        elif kind == QEvent.Type.ApplicationStateChange and self.expired():
            QTimer.singleShot(0, self.check)
        return False

    @Slot(bool)
    def _on_prepare_for_sleep(self, going_to_sleep: bool) -> None:
        if going_to_sleep:
            self.lock()

    @Slot()
    def request_lock(self) -> None:
        """Ctrl+L: lock once the triggering event has finished (the window is deleted while locking)."""
        QTimer.singleShot(0, self.lock)

    # -- lock and unlock ---------------------------------------------------------------------

    @Slot()
    def lock(self) -> bool:
        """Save the draft, delete the window with all diary text, close the diary, show the lock screen."""
        if self.is_locked() or self.keeper.is_locked() or not self.keeper.is_encrypted():
            return False
        if self._close_modals():
            return False  # retried once their event loops have ended
        window = self.window
        if window is not None and not self._save_draft(window):
            self.note_activity()  # try again after another idle period; the text stays on screen meanwhile
            return False
        if window is not None and self.teardown is not None:
            self.teardown(window)
        screen = LockScreen()
        screen.unlock_requested.connect(self.unlock)
        if window is not None:
            screen.setGeometry(window.geometry())
        else:
            screen.resize(900, 640)
        self.lock_screen = screen
        screen.show()
        screen.activateWindow()
        screen.field.setFocus()
        if window is not None:
            window.hide()
            self.window = None
            shiboken6.delete(window)  # every page, model and editor with diary text goes with it
            del window
        self.keeper.lock()  # closes the connection; SQLCipher frees the key
        self._timer.stop()
        gc.collect()
        self.locked.emit()
        return True

    @Slot(str)
    def unlock(self, passphrase: str) -> bool:
        screen = self.lock_screen
        if screen is None:
            return False
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.keeper.unlock(passphrase)
        except WrongPassphraseError:
            screen.show_wrong_passphrase()
            return False
        except StorageError as exc:
            from tyokirja.errortext import describe

            screen.show_error(describe(exc))
            return False
        finally:
            del passphrase
            QGuiApplication.restoreOverrideCursor()
        self.lock_screen = None
        window = self._new_window(screen)
        window.activateWindow()
        screen.hide()
        screen.deleteLater()
        self.window_replaced.emit(window)
        return True

    def _new_window(self, where: QWidget | None) -> DiaryWindow:
        """A main window over the reopened diary, shown where `where` was, and watched from now on."""
        window = self.build_window()
        if where is not None:
            window.setGeometry(where.geometry())
        self.attach(window)
        window.show()
        return window

    def _close_modals(self) -> bool:
        """Close open dialogs and popups first; True means the lock was rescheduled."""
        popup = QApplication.activePopupWidget()
        modal = QApplication.activeModalWidget()
        if popup is None and modal is None:
            self._modal_retries = 0
            return False
        if self._modal_retries >= MAX_MODAL_RETRIES:
            self._modal_retries = 0
            return False
        self._modal_retries += 1
        if popup is not None:
            popup.close()
        if isinstance(modal, QDialog):
            modal.reject()
        elif modal is not None:
            modal.close()
        QTimer.singleShot(0, self.lock)
        return True

    def _save_draft(self, window: DiaryWindow) -> bool:
        """Write the editor's text to the draft table. False when it could not be saved."""
        page = getattr(window, "diary_page", None)
        if page is None:
            return True
        page.flush_draft()
        return not (page.is_dirty() and getattr(page, "_draft_pending", False))

    # -- settings ----------------------------------------------------------------------------

    @Slot()
    def open_encryption_dialog(self) -> QDialog | None:
        from tyokirja.ui.dialogs.encryption_dialog import EncryptionDialog

        window = self.window
        if window is None:
            return None
        if not window.save_pending():  # turning encryption on or off builds the window anew: nothing may wait
            return None
        dialog = EncryptionDialog(self.keeper, window)
        dialog.changed.connect(self.refresh_policy)
        dialog.reopened.connect(lambda: self._rebuild_under(dialog))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _rebuild_under(self, dialog: QDialog) -> None:
        """Encryption went on or off, so the diary was opened again: a new window over the new workbook.

        The old window's services belong to the closed connection. The dialog moves onto the new
        window and stays open; window_replaced is emitted once it closes (drafts, backups start then).
        """
        old = self.window
        if old is not None and self.teardown is not None:
            self.teardown(old)
        window = self._new_window(old)
        dialog.setParent(window, dialog.windowFlags())
        dialog.open()
        if old is not None:
            old.hide()
            old.deleteLater()
        dialog.finished.connect(lambda _result: self.window_replaced.emit(window))


def _connect_prepare_for_sleep(controller: LockController) -> bool:
    """Lock on logind's PrepareForSleep(true) when a system bus exists (none in tests or CI: skip)."""
    try:
        from PySide6.QtDBus import QDBusConnection
    except ImportError:  # pragma: no cover - QtDBus is part of PySide6 Essentials on Linux
        return False
    bus = QDBusConnection.systemBus()
    if not bus.isConnected():
        return False
    return bus.connect(
        "org.freedesktop.login1",
        "/org/freedesktop/login1",
        "org.freedesktop.login1.Manager",
        "PrepareForSleep",
        controller,
        # PySide6's stubs type the slot as bytes; SLOT() gives str, which connect() accepts at run time.
        SLOT("_on_prepare_for_sleep(bool)"),  # type: ignore[call-overload]
    )


def install_lock(
    keeper: WorkbookKeeper,
    window: DiaryWindow,
    rebuild: Callable[[], DiaryWindow],
    on_replaced: Callable[[QMainWindow], None] | None = None,
) -> LockController:
    """The composition root's one call: lock `window`'s diary when idle, asleep or on Ctrl+L.

    `rebuild` makes a fresh main window over keeper.workbook, the diary opened again after an unlock
    or after encryption was turned on or off; `on_replaced` runs for it once shown (offer drafts,
    restart automatic backups).
    """

    def teardown(old: QMainWindow) -> None:
        backup_actions = getattr(old, "backup_actions", None)
        if backup_actions is not None:
            backup_actions.shutdown()  # no backup may run on the connection that is about to close

    controller = LockController(keeper, rebuild, teardown=teardown, parent=QApplication.instance())
    controller.attach(window)
    if on_replaced is not None:
        controller.window_replaced.connect(on_replaced)
    return controller
