"""Every damaged, foreign or leftover file, opened the way the app starts (issue 10, "What it must show").

`run_gui` runs in this process, offscreen. An answerer on a timer plays the user: it reads every
dialog and message box, answers the safe way (Quit in the recovery dialog, which leaves the file
as it is; No to a question; OK to a message; a wrong passphrase once, then Cancel) and closes the
main window as soon as it is shown. Asserted as for the command line (see
tests/unit/test_damaged_files.py): no traceback and no crash dialog, the right exit status, the
folder unchanged unless a healthy diary was legitimately written, no fresh diary anywhere, and a
dialog that names the file.
"""

from __future__ import annotations

import time
import traceback
from typing import Self

import pytest
from PySide6.QtCore import QEvent, QLocale, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox, QPlainTextEdit

from tests.helpers import damaged_corpus as dc

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")
GIVE_UP_S = 30.0  # the answerer closes everything if a start has not ended by then


def _param(case: dc.Case):
    return dc.param(case, case.gui_bug)


@pytest.fixture(scope="module", autouse=True)
def figures(tmp_path_factory):
    started = time.monotonic()
    yield
    dc.timed_summary("gui", tmp_path_factory.getbasetemp(), started)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, qapp):
    return dc.corpus(tmp_path_factory)


@pytest.fixture
def app_state(qapp):
    """run_gui names the application and sets the locale: put both back for the next test."""
    name, org, locale = qapp.applicationName(), qapp.organizationName(), QLocale()
    yield qapp
    qapp.setApplicationName(name)
    qapp.setOrganizationName(org)
    QLocale.setDefault(locale)


def _texts(widget) -> str:
    parts = [label.text() for label in widget.findChildren(QLabel) if label.text()]
    parts += [view.toPlainText() for view in widget.findChildren(QPlainTextEdit)]
    return "\n".join(parts)


class Answerer:
    """Plays the user during one start: records what each dialog said and gives the safe answer."""

    def __init__(self):
        from tyokirja.ui.main_window import MainWindow

        self.main_window_type = MainWindow
        self.dialogs: list[tuple[str, str]] = []
        self.window_shown = False
        self.titles: list[str] = []
        self.tries: dict[int, int] = {}
        self.started = time.monotonic()
        self.timer = QTimer()
        self.timer.setInterval(15)
        self.timer.timeout.connect(self.poll)

    def __enter__(self) -> Self:
        self.timer.start()
        return self

    def __exit__(self, *exc) -> None:
        self.timer.stop()

    def poll(self) -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None:
            self.answer(modal)
            return
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, self.main_window_type) and widget.isVisible():
                self.window_shown = True
                page = getattr(widget, "diary_page", None)
                model = getattr(page, "model", None)
                if model is not None:
                    self.titles += [str(model.index(r, 0).data() or "") for r in range(model.rowCount())]
                widget.close()
        if time.monotonic() - self.started > GIVE_UP_S:
            self.dialogs.append(("GaveUp", "the start did not end"))
            for widget in QApplication.topLevelWidgets():
                widget.close()
            QApplication.exit(99)

    def answer(self, modal) -> None:
        kind = type(modal).__name__
        seen = self.tries.get(id(modal), 0)
        self.tries[id(modal)] = seen + 1
        if isinstance(modal, QMessageBox):
            if not seen:
                self.dialogs.append((f"QMessageBox:{modal.icon().name}", modal.text()))
            safe = modal.button(QMessageBox.StandardButton.Ok) or modal.escapeButton() or modal.defaultButton()
            if safe is not None:
                safe.click()
            else:
                modal.reject()
            return
        if not seen:
            self.dialogs.append((kind, _texts(modal)))
        if kind == "RecoveryDialog":
            modal.quit_button.click()  # Quit: the file stays as it is
        elif kind == "PassphraseDialog" and not seen:
            modal.field.edit.setText("ei-oikea-tunnuslause")
            modal.try_open()  # a wrong passphrase: the dialog stays open and says so
        elif isinstance(modal, QDialog):
            modal.reject()
        else:
            modal.close()


def _dispose_windows() -> None:
    """Delete what a start leaves in this process: its dialogs, and the idle-lock controller that
    run_gui parents to the application (each one filters every event: hundreds slow every later start)."""
    from tyokirja.ui.lock import LockController

    app = QApplication.instance()
    assert app is not None
    for controller in app.findChildren(LockController):
        app.removeEventFilter(controller)
        controller.deleteLater()
    for widget in QApplication.topLevelWidgets():
        widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()


@pytest.mark.parametrize("case", [_param(c) for c in dc.CASES])
def test_the_app_start_refuses_a_damaged_file_and_leaves_it_as_it_was(case, corpus, app_state, capsys):
    from tyokirja.app import run_gui
    from tyokirja.storage.inspection import examine
    from tyokirja.ui import crash

    probe, _ = corpus.fresh(case, "gui-check")
    check_ok = examine(probe / dc.DIARY, full=True).healthy
    corpus.discard(probe)
    folder, out = corpus.fresh(case, "gui")
    before = dc.snapshot(folder)
    crashes: list[str] = []
    original = crash.CrashHandler.__call__

    def noted(handler, exc_type, exc, tb):
        crashes.append("".join(traceback.format_exception(exc_type, exc, tb)))
        return original(handler, exc_type, exc, tb)

    capsys.readouterr()
    code, exception = None, ""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(crash.CrashHandler, "__call__", noted)
        with Answerer() as answerer:
            try:
                code = run_gui(folder / dc.DIARY, None)
            except BaseException:  # noqa: BLE001 - counted, then reported below
                exception = traceback.format_exc()
    _dispose_windows()
    stdout, stderr = capsys.readouterr()
    dialogs = answerer.dialogs + [("CrashDialog", text) for text in crashes if
                                  not any(kind == "CrashDialog" for kind, _ in answerer.dialogs)]
    if crashes and not exception:
        exception = crashes[0]
    run = dc.Run("gui", "gui", code, stdout, stderr, exception, dialogs, answerer.window_shown, answerer.titles)
    problems = dc.judge(case, run, folder, out, before, check_ok, corpus.facts)
    if case.expect == "healthy" and not answerer.window_shown:
        problems.append(("wrong_exit_codes", f"gui: a healthy diary did not open its window: {dialogs}"))
    if any(kind == "GaveUp" for kind, _ in dialogs):
        problems.append(("wrong_exit_codes", "gui: the start did not end by itself"))
    dc.record(case, run, problems, bool(case.gui_bug))
    if not problems:
        corpus.discard(folder)
    assert not problems, "\n".join(f"{kind}: {detail}" for kind, detail in problems)
