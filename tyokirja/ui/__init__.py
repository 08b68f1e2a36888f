"""The Qt user interface."""

from .refcount_guard import keep_singletons_alive

keep_singletons_alive()  # before any Qt call: PySide6 6.12 on Python 3.11 under-counts None/True/False
