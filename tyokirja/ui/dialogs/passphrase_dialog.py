"""Unlock at start: ask the passphrase of an encrypted diary, retry on a wrong one, Cancel quits.

PassphraseField (a masked line edit with a Show toggle) is shared by the lock screen and the
encryption dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar, cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from tyokirja.storage.errors import WrongPassphraseError

T = TypeVar("T")


class PassphraseField(QWidget):
    """A masked passphrase entry with a "Show" toggle. Enter emits `submitted`."""

    submitted = Signal()
    changed = Signal()

    def __init__(self, accessible_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setAccessibleName(accessible_name)
        # no autocompletion, no input-method prediction that could remember the passphrase
        self.edit.setInputMethodHints(
            Qt.InputMethodHint.ImhHiddenText
            | Qt.InputMethodHint.ImhSensitiveData
            | Qt.InputMethodHint.ImhNoPredictiveText
        )
        self.edit.returnPressed.connect(self.submitted)
        self.edit.textChanged.connect(self.changed)
        self.show_box = QCheckBox(self.tr("Show"))
        self.show_box.setAccessibleName(self.tr("Show the passphrase"))
        self.show_box.toggled.connect(self._on_show_box_toggled)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.show_box)
        self.setFocusProxy(self.edit)

    def text(self) -> str:
        return self.edit.text()

    def clear(self) -> None:
        self.edit.clear()

    def _on_show_box_toggled(self, shown: bool) -> None:
        self.edit.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)


def error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    dark = label.palette().color(QPalette.ColorRole.Window).lightnessF() < 0.5  # a dark system palette
    label.setStyleSheet("color: #ff8a80;" if dark else "color: #b00020;")  # both ≥ 4.5:1 against the window
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.hide()
    return label


class PassphraseDialog(QDialog):
    """Asks for the passphrase and tries `opener` with it; stays open with a clear message when it is wrong."""

    def __init__(self, path: Path, opener: Callable[[str], object], parent: QWidget | None = None):
        super().__init__(parent)
        self.opener = opener
        self.result_value: object | None = None
        self.setWindowTitle("Työkirja")
        self.setModal(True)
        intro = QLabel(self.tr("This diary is encrypted. Give its passphrase to open it."))
        intro.setWordWrap(True)
        where = QLabel(str(path))
        where.setTextFormat(Qt.TextFormat.PlainText)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where.setStyleSheet("color: palette(mid);")
        self.field = PassphraseField(self.tr("Passphrase"))
        self.field.submitted.connect(self.try_open)
        self.field.changed.connect(self._on_field_changed)
        self.error = error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Open).setText(self.tr("Open"))
        self.buttons.accepted.connect(self.try_open)
        self.buttons.rejected.connect(self.reject)
        label = QLabel(self.tr("&Passphrase:"))
        label.setBuddy(self.field.edit)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(where)
        layout.addSpacing(6)
        layout.addWidget(label)
        layout.addWidget(self.field)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(460, self.sizeHint().height())
        self.field.setFocus()

    def try_open(self) -> None:
        passphrase = self.field.text()
        if not passphrase:
            self._show_error(self.tr("Type the passphrase first."))
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.result_value = self.opener(passphrase)
        except WrongPassphraseError:
            self.field.clear()
            self._show_error(self.tr("Wrong passphrase, or the file is not a Työkirja diary. Nothing was changed. "
                                     "Try again."))
            return
        finally:
            del passphrase
            QGuiApplication.restoreOverrideCursor()
        self.field.clear()
        self.accept()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        layout = self.layout()
        assert layout is not None  # the QVBoxLayout set in __init__
        layout.activate()
        needed = layout.totalHeightForWidth(self.width())
        if needed > self.height():  # grow so the wrapped message is not clipped
            self.resize(self.width(), needed)
        self.field.setFocus()

    def _on_field_changed(self) -> None:
        if self.field.text():
            self.error.hide()


def ask_passphrase(path: Path, opener: Callable[[str], T], parent: QWidget | None = None) -> T | None:
    """Show the dialog until `opener(passphrase)` succeeds (its result is returned) or the user cancels (None).

    Errors other than a wrong passphrase (a damaged file, a full disk) propagate to the caller.
    """
    dialog = PassphraseDialog(path, opener, parent)
    failure: list[BaseException] = []

    def guarded(passphrase: str):
        try:
            return opener(passphrase)
        except WrongPassphraseError:
            raise
        except BaseException as exc:  # noqa: BLE001 - re-raised below, once the dialog has closed
            failure.append(exc)
            return None

    dialog.opener = guarded
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    if failure:
        raise failure[0]
    # the dialog keeps what `guarded` returned, i.e. opener's T (or None after a failure, raised above)
    return cast(T | None, dialog.result_value) if accepted else None
