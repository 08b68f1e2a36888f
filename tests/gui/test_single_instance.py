"""One instance per diary: a second launch is refused (exit 3) and asks the first window forward; stale locks are reclaimed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile

from tyokirja.app import run_gui
from tyokirja.paths import lock_path
from tyokirja.ui import messages
from tyokirja.ui.single_instance import InstanceServer, ask_first_instance_to_raise, bring_forward, server_name

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")
ROOT = Path(__file__).resolve().parents[2]
HOLDER = (
    "import sys, time\n"
    "from PySide6.QtCore import QLockFile\n"
    "lock = QLockFile(sys.argv[1])\n"
    "lock.setStaleLockTime(0)\n"
    "assert lock.tryLock(0)\n"
    "print('locked', flush=True)\n"
    "time.sleep(120)\n"
)


def test_a_second_launch_is_refused_and_the_first_instance_is_asked_to_come_forward(
    db_path, qtbot, en_app, monkeypatch, restore_app_state, capfd
):
    shown = []
    monkeypatch.setattr(messages, "error", lambda parent, text: shown.append(text))
    db_path.parent.mkdir(parents=True)
    lock = QLockFile(lock_path(db_path))  # the first instance: holds the lock, listens
    assert lock.tryLock(0)
    first = InstanceServer(db_path)
    try:
        assert first.listen()
        with qtbot.waitSignal(first.raise_requested, timeout=3000):
            assert run_gui(db_path, "en") == 3
    finally:
        first.close()
        lock.unlock()
    assert len(shown) == 1 and "already open" in shown[0]
    assert "already open" in capfd.readouterr().err
    assert not db_path.exists()  # the second launch never opened the file


def test_the_raise_message_brings_a_minimised_window_back(db_path, qtbot, qapp):
    from PySide6.QtWidgets import QWidget

    window = QWidget()
    qtbot.addWidget(window)
    window.showMinimized()
    server = InstanceServer(db_path)
    server.raise_requested.connect(lambda: bring_forward(window))
    try:
        assert server.listen()
        with qtbot.waitSignal(server.raise_requested, timeout=3000):
            assert ask_first_instance_to_raise(db_path)
    finally:
        server.close()
    assert window.isVisible() and not window.isMinimized()


def test_nobody_listening_means_no_raise_and_names_do_not_reveal_the_path(tmp_path):
    path = tmp_path / "Salainen kansio" / "tyokirja.sqlite"
    assert not ask_first_instance_to_raise(path, timeout_ms=100)
    assert "Salainen" not in server_name(path) and server_name(path) != server_name(tmp_path / "x.sqlite")


def test_a_lock_left_by_a_killed_process_is_reclaimed_every_time(tmp_path):
    lock_path = str(tmp_path / "diary.lock")
    for round_ in range(20):
        holder = subprocess.Popen([sys.executable, "-c", HOLDER, lock_path], cwd=ROOT,
                                  stdout=subprocess.PIPE, text=True)
        try:
            assert holder.stdout.readline().strip() == "locked"
            lock = QLockFile(lock_path)
            lock.setStaleLockTime(0)
            if round_ == 0:
                assert not lock.tryLock(0)  # a live holder keeps it
            os.kill(holder.pid, signal.SIGKILL)
            holder.wait(10)
        finally:
            if holder.poll() is None:
                holder.kill()
            holder.stdout.close()
        assert lock.tryLock(2000), f"round {round_}: {lock.error()}"
        lock.unlock()
