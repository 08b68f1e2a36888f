"""Long work (an import or export of thousands of records) with Python's cyclic collector paused.

Such work holds tens of thousands of objects for a while, and each full collection walks all of
them with the GIL held: in the app that froze the window for 100–200 ms at a time during an import,
and in the CLI it cost about a tenth of an export's time. Reference counting still frees everything
that is not a cycle; the collector resumes when the last such block ends. The app's background
tasks (ui/worker.py) and the CLI's export and import run inside it.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

_gc_lock = threading.Lock()
_gc_holders = 0
_gc_paused = False


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while the block runs (nested and concurrent blocks count)."""
    global _gc_holders, _gc_paused
    with _gc_lock:
        if _gc_holders == 0 and gc.isenabled():
            gc.disable()
            _gc_paused = True
        _gc_holders += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_holders -= 1
            if _gc_holders == 0 and _gc_paused:
                _gc_paused = False
                gc.enable()
