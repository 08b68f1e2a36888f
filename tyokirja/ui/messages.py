"""Every message box the application shows comes from here (and nowhere else creates QMessageBox).

Texts are already translated sentences; callers never pass diary text into a title.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

_APP_NAME = "Työkirja"


def _box(parent: QWidget | None, icon: QMessageBox.Icon, text: str) -> QMessageBox:
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(_APP_NAME)
    box.setText(text)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def error(parent: QWidget | None, text: str) -> None:
    """Tell the user something failed and what to do; blocks until dismissed."""
    box = _box(parent, QMessageBox.Icon.Warning, text)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()


def storage_error(parent: QWidget | None, exc: BaseException) -> None:
    """Explain a typed storage failure (errortext.describe) in the one standard way."""
    from tyokirja.errortext import describe

    error(parent, describe(exc))


def info(parent: QWidget | None, text: str) -> None:
    box = _box(parent, QMessageBox.Icon.Information, text)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()


def confirm(parent: QWidget | None, text: str, yes_text: str | None = None) -> bool:
    """Ask a yes/no question; the safe answer (No) is the default, Esc means No."""
    box = _box(parent, QMessageBox.Icon.Question, text)
    yes = box.addButton(yes_text or QCoreApplication.translate("Messages", "Yes"), QMessageBox.ButtonRole.YesRole)
    no = box.addButton(QCoreApplication.translate("Messages", "No"), QMessageBox.ButtonRole.NoRole)
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    box.exec()
    return box.clickedButton() is yes


def about(parent: QWidget | None, title: str, rich_text: str) -> None:
    """The Help → About box (rich text so the file path and paragraphs read well)."""
    QMessageBox.about(parent, title, rich_text)
