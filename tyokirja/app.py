"""Composition root: build the diary, the services and the main window, and run the GUI.

No module-level state: tests build the same graph over a temporary file with build_main_window().
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from PySide6.QtCore import QCoreApplication, QLockFile, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

from tyokirja import APP_ID
from tyokirja.domain.content import Catalogue
from tyokirja.paths import lock_path
from tyokirja.services.workbook import Workbook, WorkbookKeeper
from tyokirja.ui.dialogs.draft_recovery import DraftRecoveryDialog, open_recovery_dialog
from tyokirja.ui.main_window import MainWindow

_IMPORTED_AT = time.monotonic()


def seconds_since_process_start() -> float:
    """How long this process has run: from /proc on Linux, else since this module was imported."""
    try:
        with open("/proc/self/stat", "rb") as handle:
            fields = handle.read().rsplit(b")", 1)[1].split()
        start_ticks = int(fields[19])  # field 22 of stat(5), counted after "pid (comm)"
        with open("/proc/uptime", "rb") as handle:
            uptime = float(handle.read().split()[0])
        return max(0.0, uptime - start_ticks / os.sysconf("SC_CLK_TCK"))
    except (OSError, ValueError, IndexError):
        return time.monotonic() - _IMPORTED_AT


def build_main_window(workbook: Workbook, lang: str) -> MainWindow:
    """The window with every page over `workbook` (the same graph run_gui shows)."""
    return MainWindow(workbook, lang)


@dataclass(frozen=True)
class Reopen:
    """_run's request to run again on `path` (after a restore, a new diary, or another file chosen)."""

    path: Path
    create_ok: bool = False  # a new diary may be made there without asking (the user chose "new")


def offer_recovered_drafts(window: MainWindow) -> DraftRecoveryDialog | None:
    """Offer the drafts a crashed or killed session left: Restore opens one in the editor, unsaved."""
    page = window.diary_page
    return open_recovery_dialog(page.service, window, page.restore_draft)


def _startup_probe(window: MainWindow, shown_s: float, app: QApplication) -> None:
    """Benchmark hook (TYOKIRJA_STARTUP_PROBE): report start-up figures as one JSON line and quit."""
    report = {
        "window_shown_s": round(shown_s, 4),
        "list_rows": window.diary_page.model.rowCount(),
        "list_shown_s": round(seconds_since_process_start(), 4),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    print(json.dumps(report), flush=True)
    app.exit(0)


def run_gui(db_path: Path, lang: str | None) -> int:
    """Run the desktop app on the diary at `db_path`; return the process exit status."""
    from tyokirja.i18n import choose_language, install_translators, remove_translators
    from tyokirja.ui.crash import install_crash_handler
    from tyokirja.ui.fonts import ensure_usable_default_font, register_fonts
    from tyokirja.ui.platform_guard import create_application

    # instance() is typed as the QCoreApplication it is declared on; the one running here is a QApplication.
    # A missing platform plugin (system libraries, no display) ends here with one sentence, not Qt's abort.
    app = cast(QApplication, QApplication.instance() or create_application(sys.argv[:1], lang))
    app.setApplicationName("Tyokirja")
    app.setOrganizationName("Tyokirja")
    app.setDesktopFileName(APP_ID)
    chosen = choose_language(lang, QSettings().value("language"), None)
    translators = install_translators(app, chosen)
    ensure_usable_default_font(app, register_fonts())
    crash_handler = install_crash_handler()
    # The search's word analyser takes about a second to load, in a process of its own: start that
    # once the window is up, so that neither the start nor the first save or search waits for it.
    QTimer.singleShot(1500, _preload_word_analyser)
    try:
        path = Path(db_path).expanduser()
        create_ok = path == default_db_path()
        while True:
            status = _run(app, path, chosen, create_ok)
            if not isinstance(status, Reopen):
                return status
            path, create_ok = status.path, status.create_ok
    finally:
        crash_handler.uninstall()
        remove_translators(app, translators)


def _preload_word_analyser() -> None:
    from tyokirja.storage.wordforms import preload

    preload()


def _restore_after_close(backup: Path, db_path: Path) -> None:
    """File → Restore from backup: the diary is closed now; put the backup in its place and say where the
    old file went."""
    from tyokirja.errortext import describe
    from tyokirja.services.backup import RecoveryService
    from tyokirja.storage.errors import StorageError
    from tyokirja.ui import messages

    try:
        kept = RecoveryService(db_path).restore(backup)
    except StorageError as exc:
        messages.error(None, describe(exc))
        return
    text = QCoreApplication.translate("App", "The backup was restored.")
    if kept is not None:
        text += " " + QCoreApplication.translate("App", "The previous diary file was kept as {path}.").replace(
            "{path}", str(kept))
    messages.info(None, text)


class _UnlockCancelled(Exception):
    """The user closed the passphrase dialog of an encrypted diary: quit quietly."""


def _open_at_start(db_path: Path):
    """Open the diary; an encrypted one asks for its passphrase first (retry on a wrong one)."""
    from tyokirja.storage.connection import open_diary
    from tyokirja.storage.errors import NotADiaryError
    from tyokirja.ui.dialogs.passphrase_dialog import ask_passphrase
    from tyokirja.ui.opening import open_with_progress

    try:
        return open_with_progress(lambda progress: open_diary(db_path, progress=progress))
    except NotADiaryError as exc:
        if exc.reason != "encrypted":
            raise
    db = ask_passphrase(db_path, lambda passphrase: open_with_progress(
        lambda progress: open_diary(db_path, create=False, passphrase=passphrase, progress=progress)))
    if db is None:
        raise _UnlockCancelled()
    return db


def default_db_path() -> Path:
    from tyokirja.paths import DB_FILENAME, data_dir

    return (data_dir() / DB_FILENAME).expanduser()


def _may_create(db_path: Path) -> bool:
    """Ask before a new diary is made anywhere but the default place (a mistyped --db is not a wish)."""
    from tyokirja.ui import messages

    folder = db_path.parent
    text = QCoreApplication.translate(
        "App", "There is no diary at {path}. Create a new, empty diary there?").replace("{path}", str(db_path))
    if not folder.exists():
        text += " " + QCoreApplication.translate(
            "App", "The folder {folder} does not exist either; it would be created.").replace("{folder}", str(folder))
    return messages.confirm(None, text, QCoreApplication.translate("App", "Create a new diary"))


def _offer_to_set_aside_wal(exc: BaseException, db_path: Path) -> bool:
    """A stranger's -wal beside the diary: offer to move it aside (renamed, kept) and open the diary."""
    from tyokirja.errortext import describe
    from tyokirja.services.backup import RecoveryService
    from tyokirja.storage.errors import StorageError
    from tyokirja.ui import messages

    question = describe(exc) + "\n\n" + QCoreApplication.translate(
        "App", "Move that file aside now (it is renamed and kept, not deleted) and open the diary?")
    if not messages.confirm(None, question, QCoreApplication.translate("App", "Move aside and open")):
        return False
    try:
        kept = RecoveryService(db_path).set_aside_wal()
    except StorageError as err:
        messages.error(None, describe(err))
        return False
    if kept is not None:
        messages.info(None, QCoreApplication.translate("App", "The other copy's change log was kept as {path}.")
                      .replace("{path}", str(kept)))
    return True


def _note_open_folder(window: MainWindow, db_path: Path) -> None:
    """Say once, in the status bar, when other users may look into the diary's folder (left as it is)."""
    from tyokirja.services.security import folder_open_to_others

    if folder_open_to_others(db_path):
        text = QCoreApplication.translate(
            "App", "Other users of this computer may look into the folder {folder}.").replace(
            "{folder}", str(db_path.parent))
        window.statusBar().showMessage(text, 15000)


def _run(app: QApplication, db_path: Path, lang: str, create_ok: bool = True) -> int | Reopen:
    from tyokirja.errortext import describe
    from tyokirja.storage.connection import close_diary
    from tyokirja.storage.errors import StorageError
    from tyokirja.ui import messages

    lock = QLockFile(lock_path(db_path))
    lock.setStaleLockTime(0)  # a lock is stale only when the process that holds it is gone
    if not lock.tryLock(200):
        from tyokirja.ui.single_instance import ask_first_instance_to_raise

        ask_first_instance_to_raise(db_path)  # the first window comes forward where the system allows
        text = QCoreApplication.translate(
            "App", "Työkirja is already open with this diary. Switch to the open window instead.")
        print(text, file=sys.stderr)
        messages.error(None, text)
        return 3
    from tyokirja.ui.single_instance import InstanceServer, bring_forward

    instance = InstanceServer(db_path)
    instance.listen()
    try:
        if not db_path.exists() and not create_ok and not _may_create(db_path):
            print(QCoreApplication.translate("App", "No diary was opened or created."), file=sys.stderr)
            return 2
        try:
            db = _open_at_start(db_path)
        except _UnlockCancelled:
            return 0
        except StorageError as exc:
            from tyokirja.services.backup import RecoveryService
            from tyokirja.storage.errors import ForeignWalError
            from tyokirja.ui.dialogs import recovery_dialog

            print(describe(exc), file=sys.stderr)
            if isinstance(exc, ForeignWalError):
                return Reopen(db_path) if _offer_to_set_aside_wal(exc, db_path) else 2
            if recovery_dialog.needs_recovery(exc):
                recovered = recovery_dialog.offer_recovery(exc, RecoveryService(db_path))
                if recovered is None:
                    return 2
                return Reopen(recovered.path, create_ok=recovered.how == "new")
            messages.error(None, describe(exc))
            return 2
        keeper: WorkbookKeeper | None = None
        try:
            from tyokirja.domain.content import ContentError

            keeper = WorkbookKeeper(Workbook(db, db_path, Catalogue.load_default()))
            workbook = keeper.workbook
            try:
                window = build_main_window(workbook, lang)
                window.restore_state()  # size, place, last area and splitters as the user left them
            except ContentError as exc:  # shipped content is part of the program: reinstall it
                text = QCoreApplication.translate(
                    "App", "The exercise or rating texts that come with Työkirja could not be read, so it cannot "
                           "start. Your diary was not changed. Reinstall Työkirja.")
                print(f"{text} ({exc})", file=sys.stderr)
                messages.error(None, text)
                return 2
            from tyokirja.ui.lock import install_lock

            # The lock controller knows its windows as QMainWindow; every one it holds came from
            # build_main_window (the first here, the others through its rebuild), so each is a MainWindow.
            def after_replaced(new_window: QMainWindow) -> None:
                rebuilt = cast(MainWindow, new_window)
                offer_recovered_drafts(rebuilt)
                rebuilt.backup_actions.start_automatic()
                rebuilt.reminders.start()

            def rebuild() -> MainWindow:
                assert keeper is not None  # set above; the closure outlives the narrowing
                rebuilt = build_main_window(keeper.workbook, lang)
                rebuilt.restore_state()
                return rebuilt

            locker = install_lock(keeper, window, rebuild, after_replaced)

            def raise_current() -> None:
                current = locker.current()
                assert current is not None  # the window or the lock screen, while the event loop runs
                bring_forward(current)

            instance.raise_requested.connect(raise_current)
            _note_open_folder(window, db_path)
            window.show()
            if os.environ.get("TYOKIRJA_STARTUP_PROBE"):
                shown = seconds_since_process_start()
                QTimer.singleShot(0, lambda: _startup_probe(window, shown, app))
            else:
                QTimer.singleShot(0, lambda: offer_recovered_drafts(window))
                window.backup_actions.start_automatic()
                window.reminders.start()
                QTimer.singleShot(5000, window.reminders.offer_once)
                from tyokirja.ui.background_check import start_background_check

                checking = start_background_check(window, db_path)  # noqa: F841 - kept until the loop ends
            status = app.exec()
            # the window now: a new one after an unlock or an encryption change; None when the app quit while locked
            last = cast(MainWindow | None, locker.window)
            locker.dispose()  # a reopen (restore, recovery) builds its own
            if last is None:
                return int(status)
            last.close()  # no-op when already closed; keeps the editor's text if the loop ended otherwise
            last.backup_actions.shutdown()
            pending_restore = last.pending_restore
            last.deleteLater()
            if pending_restore is None:
                return int(status)
        finally:
            if keeper is not None:
                keeper.close()  # the workbook open now (the first, or one opened again since)
            close_diary(db)  # nothing when the keeper closed it already
        _restore_after_close(pending_restore, db_path)  # still holding the lock
        return Reopen(db_path)
    finally:
        instance.close()
        lock.unlock()
