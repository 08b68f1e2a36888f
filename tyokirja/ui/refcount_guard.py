"""Work around a reference-count bug of PySide6 6.12 on CPython 3.11: keep None, True and False alive.

Measured on this stack: many wrapped Qt methods that return nothing (QPainter.drawLine, fillRect,
QWidget.setFocusPolicy, installEventFilter, …) give back Py_None without taking a reference, as if None
were immortal (it is from Python 3.12 on, not on 3.11). Each call lowers None's count by one; a chart
repaint costs ~150, so after a few dozen repaints the interpreter aborts with "none_dealloc:
deallocating None" (the same happens to True/False in some paths, "bool_dealloc"). Giving the three
singletons a huge head start makes them immortal in practice, as Python 3.12 does by design.
"""

from __future__ import annotations

import ctypes
import sys

HEAD_START = 1 << 40  # a thousand billion Qt calls
_done = False  # set once the head start is given: it must be given only once per process


def keep_singletons_alive() -> None:
    """Raise the reference counts of None, True and False once per process (no-op on 3.12+)."""
    global _done
    if sys.version_info >= (3, 12) or _done:
        return
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += HEAD_START  # ob_refcnt is the first field
    _done = True
