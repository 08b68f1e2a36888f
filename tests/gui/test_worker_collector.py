"""Background tasks pause Python's cyclic collector (its full collections froze the window during an
import) and always resume it, also when the work fails or two tasks overlap."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QThreadPool

from tyokirja.services.longwork import collector_paused
from tyokirja.ui.worker import Task


def test_the_collector_is_paused_during_a_task_and_resumed_after(qtbot) -> None:
    seen: list[bool] = []
    task = Task(lambda: seen.append(gc.isenabled()), with_progress=False)
    with qtbot.waitSignal(task.signals.done, timeout=5000):
        QThreadPool.globalInstance().start(task)
    assert seen == [False]
    assert gc.isenabled()


def test_a_failing_task_resumes_the_collector(qtbot) -> None:
    def fail() -> None:
        raise OSError("levy täynnä")

    task = Task(fail, with_progress=False)
    with qtbot.waitSignal(task.signals.failed, timeout=5000):
        QThreadPool.globalInstance().start(task)
    assert gc.isenabled()


def test_overlapping_pauses_resume_only_when_the_last_ends() -> None:
    inner_started, outer_may_end = threading.Event(), threading.Event()

    def other() -> None:
        with collector_paused():
            inner_started.set()
            outer_may_end.wait(5)

    with collector_paused():
        thread = threading.Thread(target=other)
        thread.start()
        assert inner_started.wait(5)
    assert not gc.isenabled()  # the other block still runs
    outer_may_end.set()
    thread.join(5)
    assert gc.isenabled()


def test_a_collector_the_app_turned_off_stays_off() -> None:
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
