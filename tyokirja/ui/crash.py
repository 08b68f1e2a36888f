"""The crash dialog: an unexpected error shows a copyable report that holds no diary text.

The report names the exception type and the code locations (file, line, function) only.
Exception messages and local variables are left out because they can quote what the user wrote.
"""

from __future__ import annotations

import platform
import sys
import traceback
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tyokirja import __version__

_MARKERS = ("site-packages/", "dist-packages/", "/tyokirja/")


def _short_path(filename: str) -> str:
    """Drop the part of a path that names the user's folders (home directory, user name)."""
    name = filename.replace("\\", "/")
    for marker in _MARKERS:
        cut = name.rfind(marker)
        if cut >= 0:
            return name[cut + 1 :] if marker.startswith("/") else name[cut + len(marker) :]
    return name.rsplit("/", 1)[-1]


def _frames(tb: TracebackType | None) -> list[str]:
    return [
        f"  {_short_path(frame.filename)}:{frame.lineno} in {frame.name}"
        for frame in traceback.extract_tb(tb)
    ]


def build_report(exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None) -> str:
    """A plain-text report for a bug: versions, exception types and code locations only."""
    lines = [
        f"Työkirja {__version__}",
        f"Python {platform.python_version()}, PySide6 {pyside_version}, {platform.system()} {platform.release()}",
        "",
    ]
    chain: list[tuple[type[BaseException], TracebackType | None]] = [(exc_type, tb)]
    seen = {id(exc)}
    current = exc
    while current is not None:
        nxt = current.__cause__ or (None if current.__suppress_context__ else current.__context__)
        if nxt is None or id(nxt) in seen:
            break
        seen.add(id(nxt))
        chain.append((type(nxt), nxt.__traceback__))
        current = nxt
    for index, (kind, trace) in enumerate(reversed(chain)):
        if index:
            lines.append("")
            lines.append("which led to:")
        lines.append(f"{kind.__module__}.{kind.__qualname__}")
        lines.extend(_frames(trace) or ["  (no code location)"])
    return "\n".join(lines)


class CrashDialog(QDialog):
    """Says that something went wrong, that saved entries are safe, and offers the report to copy."""

    def __init__(self, report: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Työkirja")
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Something unexpected went wrong inside Työkirja. Entries you have saved are safe, and the "
                "text you were writing is kept as a draft that is offered at the next start.\n\n"
                "If you want to report the problem, copy the report below. It contains no diary text."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.report_view = QPlainTextEdit(report)
        self.report_view.setReadOnly(True)
        self.report_view.setAccessibleName(self.tr("Error report"))
        self.report_view.setMinimumSize(520, 220)
        layout.addWidget(self.report_view)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = QPushButton(self.tr("Copy report"))
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self._copy)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.report_view.toPlainText())


class CrashHandler:
    """sys.excepthook replacement. Keeps working (to stderr) if the dialog itself cannot be shown."""

    def __init__(self):
        self._showing = False
        self.previous = sys.excepthook

    def install(self) -> CrashHandler:
        sys.excepthook = self
        return self

    def uninstall(self) -> None:
        if sys.excepthook is self:
            sys.excepthook = self.previous

    def __call__(self, exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QCoreApplication.quit()
            return
        report = build_report(exc_type, exc, tb)
        print(report, file=sys.stderr)
        if self._showing or QApplication.instance() is None:
            return
        self._showing = True
        try:
            CrashDialog(report, QApplication.activeWindow()).exec()
        except Exception:  # noqa: BLE001 - never recurse into the hook from the hook
            pass
        finally:
            self._showing = False


def install_crash_handler() -> CrashHandler:
    return CrashHandler().install()
